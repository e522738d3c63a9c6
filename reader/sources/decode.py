"""Bytes to text: UTF-8 first, then charset-normalizer's best guess, never a crash."""

from __future__ import annotations

from reader.sources.errors import SourceError

# Share of C0 control bytes above which a file is treated as binary, not text. Terminal
# escapes (ESC, BEL, BS) are hostile text, not binary: they are removed by sanitize().
_BINARY_SHARE = 0.05
_TEXT_CONTROLS = {7, 8, 9, 10, 11, 12, 13, 27}
_WESTERN = {"cp1252", "latin_1", "iso8859_15"}


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    return controls > max(8, _BINARY_SHARE * len(sample))


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise SourceError(f"{name}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for non-UTF-8 bytes: ~10 ms to import

    matches = list(from_bytes(data))
    if matches:
        best = matches[0]
        # Equally clean candidates are common for short Western text (cp1250 vs cp1252): news in
        # this reader is English first, so prefer the Western code page when it is as clean.
        for m in matches:
            if m.encoding in _WESTERN and m.chaos <= best.chaos:
                return str(m)
        return str(best)
    # Nothing fits: keep what is readable, mark the rest, never raise.
    return data.decode("utf-8", errors="replace")
