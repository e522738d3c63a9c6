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


TEXT_OUTSIDE_THE_BMP = "Headline 📰\n\nThe mayor said “𝒻ine” in Zürich — 2021."


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_is_decoded_with_characters_outside_the_bmp(codec):
    data = TEXT_OUTSIDE_THE_BMP.encode(codec)
    if codec != "utf-32":  # no BOM: found by where the zero bytes fall
        assert not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))
    assert decode(data, "x") == TEXT_OUTSIDE_THE_BMP


def test_utf32_with_bom_is_not_taken_for_utf16():
    data = "\ufeffA\U0001F4F0B".encode("utf-32-le")
    assert data.startswith(b"\xff\xfe\x00\x00")
    assert decode(data, "x") == "A\U0001F4F0B"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(codec):
    text = "Headline\n\nThe council met on Monday, said the mayor of Zürich."
    assert decode(text.encode(codec), "x") == text


def test_broken_utf32_is_rejected_in_one_line():
    data = "ab".encode("utf-32") + b"\xff\xff\xff\xff" * 3
    with pytest.raises(SourceError, match="UTF-32"):
        decode(data, "x")


def test_binary_with_zero_bytes_is_still_binary():
    with pytest.raises(SourceError, match="binary"):
        decode(bytes(range(256)) * 16, "x")
