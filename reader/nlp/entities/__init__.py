"""Who and what the story is about: spaCy's entities collected per paragraph, then consolidated.

`consolidate` merges mentions into one entity per real-world thing, with `roles` (titles
stripped into a role) and `places` (countries and their names as one place).
"""

from reader.nlp.entities.consolidate import Credits, Mention, collect, consolidate, find_credits

__all__ = ["Credits", "Mention", "collect", "consolidate", "find_credits"]
