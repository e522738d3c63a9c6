"""The word lists the language rules read, kept as data: one text file per concept.

As CoreNLP's and HeidelTime's resource files are, each list is a plain `.txt` file beside this
module, one word or phrase a line, `#` starting a comment that says what the list is for and
where it came from. Two shapes:

- `words("speech_verbs")`: a set of words or phrases (one per line);
- `table("months")`: a word or phrase and its value, separated by a tab ("january<TAB>1"), as
  HeidelTime's normalisation files map "january" to "01"; the consumer turns values into numbers;
- `verb_forms("speech_verbs")`: every inflected form of a list of base verbs (`verbs.py`).

Files are read once (with `importlib.resources`, so an installed wheel works as a checkout does)
and cached; the results are immutable, so a caller cannot change a list under another.
"""

from reader.nlp.lexicon.lists import names, table, words
from reader.nlp.lexicon.verbs import inflections, verb_forms

__all__ = ["inflections", "names", "table", "verb_forms", "words"]
