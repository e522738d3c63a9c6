"""Bytes to text: a BOM, then UTF-8, then charset-normalizer's best guess, never a crash.

UTF-32 and UTF-16 are recognised by their BOM (UTF-32 first: its little-endian BOM starts
like UTF-16's) or, without one, by where the zero bytes fall in ASCII-heavy text.
"""

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


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 by BOM, or by the zero bytes of mostly-ASCII text without one."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    n = len(sample) - len(sample) % 4
    if n < 8:
        return None
    lanes = [sample[i:n:4].count(0) / (n // 4) for i in range(4)]
    if lanes[1] > 0.9 and lanes[2] > 0.9 and lanes[3] > 0.9 and lanes[0] < 0.1:
        return "utf-32-le"
    if lanes[0] > 0.9 and lanes[1] > 0.9 and lanes[2] > 0.9 and lanes[3] < 0.1:
        return "utf-32-be"
    even, odd = (lanes[0] + lanes[2]) / 2, (lanes[1] + lanes[3]) / 2
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str, charset: str | None = None) -> str:
    """`charset`: what the server said the encoding is (tried after a BOM and UTF-8)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    wide = _wide_encoding(data)
    if wide is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            raise SourceError(f"{name}: looks like {wide.upper()} text but does not decode as it") from None
    if looks_binary(data):
        raise SourceError(f"{name}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if charset:
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
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
