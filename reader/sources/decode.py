"""Bytes to text: UTF-8 first, then charset-normalizer's best guess, never a crash."""

from __future__ import annotations

from charset_normalizer import from_bytes

from reader.sources.errors import SourceError

# Share of NUL and other C0 control bytes above which a file is treated as binary, not text.
_BINARY_SHARE = 0.01


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / max(1, len(sample)) > _BINARY_SHARE


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
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    # Nothing fits: keep what is readable, mark the rest, never raise.
    return data.decode("utf-8", errors="replace")
