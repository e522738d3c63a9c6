import pytest

from reader.sources.decode import decode, looks_binary
from reader.sources.errors import SourceError


def test_utf8_and_bom():
    assert decode("Zelensky’s “visit”".encode("utf-8"), "x") == "Zelensky’s “visit”"
    assert decode(b"\xef\xbb\xbfhello", "x") == "hello"


def test_utf16_with_bom():
    assert decode("Müller said so.".encode("utf-16"), "x") == "Müller said so."


def test_latin1_is_detected_not_crashed():
    text = "Le président a déclaré que la réunion était très importante pour l'économie française."
    assert decode(text.encode("cp1252"), "x") == text


def test_binary_is_refused_with_a_message():
    with pytest.raises(SourceError, match="binary"):
        decode(bytes(range(256)) * 10, "blob.bin")
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_undecodable_bytes_never_raise():
    out = decode(b"caf\xe9 \xff\xfe\xfd ok " * 3, "x")
    assert "ok" in out
