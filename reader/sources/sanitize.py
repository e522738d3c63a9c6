"""Make untrusted article text, and any name or server string, safe to show in a terminal.

Escape sequences (CSI, OSC, DCS ...), C0/C1 control characters other than newline and tab,
bidirectional overrides, and invisible characters that hide or split words (zero-width
characters, Unicode tag characters, interlinear annotation marks, soft hyphens) are removed;
line endings are normalized. Rich markup needs no
treatment here: the UI renders text as `rich.text.Text`, never as markup.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC (terminated by BEL or ST),
# and the two-character escapes (ESC followed by one byte).
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                       # CSI
  | \x1b[\]PX^_][^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)  # OSC, DCS, SOS, PM, APC (bounded)
  | \x9b[0-?]*[ -/]*[@-~]                          # 8-bit CSI
  | [\x90\x9d\x98\x9e\x9f][^\x07\x1b\x9c]{0,4096}(?:\x07|\x9c|\x1b\\)  # 8-bit OSC/DCS ...
  | \x1b[@-Z\\-_]?                                 # other escapes, or a lone ESC
    """,
    re.VERBOSE | re.DOTALL,
)
# C0/C1 controls except tab and newline, DEL, lone surrogates (categories Cc and Cs), and the
# bidi embeddings/overrides/isolates and marks (Trojan Source) that reorder what the reader sees.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Invisible characters: soft hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner,
# word joiner and invisible operators, interlinear annotation marks, and the tag characters
# (U+E0000-U+E007F) that can carry a hidden message.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufff9-\ufffb\U000e0000-\U000e007f]")
# What a name may not carry onto one line of output: line breaks and tabs become spaces.
_NAME_SPACES = re.compile("[\t\n\u2028\u2029]+")


def sanitize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _INVISIBLE.sub("", text)
    # Unicode line/paragraph separators become newlines so paragraphs stay where the writer put them.
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\u00a0", " ")


def sanitize_name(name: str) -> str:
    """A file name, URL or server string made safe for one line of output (stderr, a header,
    an export): escapes and controls removed, line breaks made spaces."""
    name = name.replace("\r", " ").replace("\ufeff", "")
    name = _ESCAPES.sub("", name)
    name = _NAME_SPACES.sub(" ", name)
    return _INVISIBLE.sub("", _CONTROLS.sub("", name))
