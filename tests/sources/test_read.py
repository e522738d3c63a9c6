"""The bounded reader: devices, pipes and FIFOs stop at the limit plus one byte; waits are said."""

from __future__ import annotations

import os
import threading

import pytest

from reader.sources import load
from reader.sources.errors import SourceError
from reader.sources.read import CHUNK, announce_wait, read_chunks, read_path


def test_dev_zero_stops_at_the_limit():
    with pytest.raises(SourceError, match=r"/dev/zero: too large \(the limit is 0.1 MB\)"):
        read_path("/dev/zero", 100_000)


def test_dev_urandom_stops_at_the_limit():
    with pytest.raises(SourceError, match="too large"):
        load("/dev/urandom", max_bytes=200_000)


def test_reads_at_most_the_limit_plus_one_byte():
    asked: list[int] = []

    def endless(n: int) -> bytes:
        asked.append(n)
        return b"a" * n

    with pytest.raises(SourceError):
        read_chunks(endless, 3 * CHUNK + 5, "endless")
    assert sum(asked) == 3 * CHUNK + 6


def test_a_pipe_as_a_path_is_bounded(tmp_path):
    """`<(cmd)` and /dev/fd/N: st_size is 0, the writer would go on for ever."""
    r, w = os.pipe()

    def write() -> None:
        try:
            while True:
                os.write(w, b"words and more words\n" * 1000)
        except OSError:  # the reader closed its end
            pass
        finally:
            os.close(w)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        with pytest.raises(SourceError, match="too large"):
            read_path(f"/dev/fd/{r}", 500_000)
    finally:
        os.close(r)
    writer.join(10)
    assert not writer.is_alive()


def test_a_fifo_with_a_writer_is_read(tmp_path):
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as f:
            f.write("Pipe news\n\nThe council met on Monday, said Ann Lee.".encode())

    threading.Thread(target=write, daemon=True).start()
    article = load(str(fifo))
    assert article.title == "Pipe news" and "Ann Lee" in article.text


def test_a_regular_file_over_the_limit_says_its_size(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 700_000)
    with pytest.raises(SourceError, match=r"too large \(3.5 MB; the limit is 1 MB\)"):
        read_path(str(p), 1_000_000)


def test_a_symlink_loop_is_reported_as_such(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(SourceError, match="symbolic link loop"):
        load(str(tmp_path / "a"))
    (tmp_path / "self").symlink_to(tmp_path / "self")
    with pytest.raises(SourceError, match="symbolic link loop"):
        load(str(tmp_path / "self"))


def test_a_dangling_link_and_a_path_through_a_file(tmp_path):
    (tmp_path / "dangling").symlink_to(tmp_path / "gone")
    with pytest.raises(SourceError, match="no such file"):
        load(str(tmp_path / "dangling"))
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(SourceError, match="no such file"):
        load(str(tmp_path / "f.txt" / "inner.txt"))


def test_an_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    p = tmp_path / "secret.txt"
    p.write_text("Secret\n\nText.")
    p.chmod(0)
    with pytest.raises(SourceError, match="permission denied"):
        load(str(p))


def test_a_wait_is_announced_on_stderr_only_when_it_lasts(capsys):
    gate = threading.Event()
    with announce_wait("the slow thing", delay=0.01):
        gate.wait(0.3)  # longer than the delay: the notice comes
    with announce_wait("the quick thing", delay=30):
        pass
    err = capsys.readouterr().err
    assert "waiting for the slow thing (Ctrl+C to stop)" in err
    assert "quick" not in err
