"""Who a speaker mention stands for: names, pronouns and descriptions resolved to entities.

`evidence.collect` finds, per block, the words that point at a quote's speaker (a `Mention`)
and the named subjects of sentences (`Subject`); the `Resolver` maps a mention to an entity of
the analysis, by kind, each kind in its own module:

- `names`: a name maps to the entity whose mention it is (an entity is added for a speaker the
  entity list missed);
- `pronouns`: "he"/"she" to the most salient person named before whose gender (`gender`) fits
  (a main-clause subject counts as nearer than an object or an embedded subject), or to no one
  when an unnamed person was just brought in ("one mother … she said"); "it" and a singular
  "they" to the organisation (or spokesperson) that was the last subject;
- `descriptions`: a definite description ("the Ukrainian leader", "the officer") to a person
  whose role fits, or to the name the article gave it in apposition ("The group, Acme Tenants,
  formed …"); an epithet ("the 58-year-old", "the Spaniard") to the person the text gave
  that age or nationality; a spokesperson or a document to the organisation or author named
  with it ("a spokesperson for the union", "a statement from the Commission"); a bare "the
  company" to the one organisation named just before; a bare "the actor" that no role fits to
  the person the story is about, unless the article brought in "an actor" or met the two side
  by side. An unnamed source ("a senior official",
  "the report") stays unresolved and keeps its description.

`context` holds what they share (entities by position and name, subjects, genders); `index`
the position look-ups. Where two could be meant, nothing is guessed.
"""

from reader.nlp.quotes.speakers.mentions import SPEAKER_LABELS, Mention, Subject
from reader.nlp.quotes.speakers.names import TITLES
from reader.nlp.quotes.speakers.resolver import Resolver

__all__ = ["SPEAKER_LABELS", "TITLES", "Mention", "Resolver", "Subject"]
