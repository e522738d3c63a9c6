"""The command line as a user runs it: a real subprocess, real model, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from reader.resources import data_dir, default_seed

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "reader" / "export" / "schema.json").read_text())


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, env=env, timeout=300)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def seed_export() -> dict:
    p = run("--export", "json", "--no-cache", str(default_seed()))
    assert p.returncode == 0, p.stderr.decode()
    return json.loads(p.stdout)


def test_export_json_validates_against_the_schema(seed_export):
    jsonschema.validate(seed_export, SCHEMA)
    assert seed_export["model"]["name"].startswith("en_core_web")


def test_every_offset_indexes_its_text(seed_export):
    text = seed_export["text"]
    assert seed_export["quotes"], "the seed has quotes"
    for q in seed_export["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    for t in seed_export["timeline"]:
        assert text[t["start"]:t["end"]] == t["expression"]
    for e in seed_export["entities"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(text)


def test_no_argument_opens_the_bundled_seed(seed_export):
    p = run("--export", "json", "--no-cache")
    assert p.returncode == 0
    assert json.loads(p.stdout)["title"] == seed_export["title"]


def test_several_sources_print_one_json_object_per_line(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("First story\n\n“We will win,” said Jane Doe, the mayor of Springfield.", encoding="utf-8")
    b = tmp_path / "b.md"
    b.write_text("# Second story\n\nThe council met on March 3, 2021.", encoding="utf-8")
    p = run("--export", "json", "--no-cache", str(a), str(b))
    assert p.returncode == 0, p.stderr.decode()
    lines = p.stdout.decode().splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    for d in docs:
        jsonschema.validate(d, SCHEMA)
    assert [d["title"] for d in docs] == ["First story", "Second story"]


def test_export_markdown(tmp_path):
    p = run("--export", "markdown", "--no-cache", str(default_seed()))
    assert p.returncode == 0
    md = p.stdout.decode()
    assert md.startswith("# Zelensky urges US")
    assert "## Quotes by speaker" in md and "## Timeline" in md


def test_stdin_source():
    p = run("--export", "json", "--no-cache", "-", stdin="Headline\n\nThe vote was held in 2019.".encode())
    assert p.returncode == 0, p.stderr.decode()
    assert json.loads(p.stdout)["title"] == "Headline"


def test_a_5mb_line_on_stdin_is_one_line_naming_standard_input():
    p = run("--export", "json", "--no-cache", "-", stdin=b"word " * 1_000_000)
    assert p.returncode == 1 and p.stdout == b""
    assert p.stderr.decode() == "newsreader: standard input: too large (5.0 MB; the limit is 2 MB of text, 20 MB for a web page)\n"


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "x.bin", bytes(range(256)) * 8), "binary"),
        (lambda d: d, "directory"),
    ],
    ids=["missing", "empty", "binary", "directory"],
)
def test_bad_input_exits_1_with_one_line(tmp_path, make, message):
    path = make(tmp_path)
    for args in (["--export", "json", str(path)], [str(path)]):
        p = run(*args)
        err = p.stderr.decode()
        assert p.returncode == 1
        assert p.stdout == b""
        assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2():
    assert run("--export", "yaml").returncode == 2
    assert run("--date", "yesterday").returncode == 2
    assert run("--bogus").returncode == 2


def test_version():
    p = run("--version")
    assert p.returncode == 0 and p.stdout.decode().startswith("newsreader ")


def test_hostile_text_exports_literally(tmp_path):
    src = tmp_path / "hostile.txt"
    src.write_bytes("Title\n\nShe said \x1b]0;owned\x07“[bold]hi[/bold]” \x1b[2J.".encode())
    p = run("--export", "json", "--no-cache", str(src))
    assert p.returncode == 0
    out = json.loads(p.stdout)
    assert "\x1b" not in out["text"] and "[bold]hi[/bold]" in out["text"]


def test_bundled_seed_is_found():
    assert default_seed().is_file() and default_seed().parent == data_dir("seeds")


def run_measured(args: list[str], tmp_path: Path, timeout: float = 120) -> tuple[int, bytes, bytes, int]:
    """Run the command; its exit code, stdout, stderr and peak memory (MB), that child's alone."""
    import threading

    out, err = tmp_path / "out", tmp_path / "err"
    with out.open("wb") as o, err.open("wb") as e:
        p = subprocess.Popen([sys.executable, "-m", "reader", *args], stdout=o, stderr=e, stdin=subprocess.DEVNULL)
        guard = threading.Timer(timeout, p.kill)  # a hang guard, not a timing assertion
        guard.start()
        try:
            _, status, usage = os.wait4(p.pid, 0)
        finally:
            guard.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, out.read_bytes(), err.read_bytes(), usage.ru_maxrss // 1024


def _long_paragraph(d: Path) -> Path:
    word = "x" * 499 + " "
    return _write(d / "long.txt", ("Long\n\n" + (word * 2002)[:1_000_001] + "\n").encode())


def _fifo_closed_at_once(d: Path) -> Path:
    """A FIFO whose writer opens it and closes it without a word."""
    import threading

    fifo = d / "f.fifo"
    os.mkfifo(fifo)
    threading.Thread(target=lambda: open(fifo, "wb").close(), daemon=True).start()
    return fifo


TEXT = "Headline 📰\n\nThe mayor said “fine” in Zürich on March 3, 2021."


@pytest.mark.parametrize(
    "make, outcome",
    [
        (lambda d: Path("/dev/zero"), "too large"),
        (lambda d: Path("/dev/urandom"), "too large"),
        (_fifo_closed_at_once, "empty"),
        (_long_paragraph, 0),
        (lambda d: _write(d / "line.txt", b"word " * 1_000_000), "too large"),
        (lambda d: _write(d / "u16.txt", TEXT.encode("utf-16-le")), 0),
        (lambda d: _write(d / "u32.txt", TEXT.encode("utf-32")), 0),
    ],
    ids=["dev-zero", "dev-urandom", "fifo", "million-char-paragraph", "5mb-line", "utf16-no-bom", "utf32-bom"],
)
def test_hostile_sources_exit_cleanly_and_bounded(tmp_path, make, outcome):
    """Exit 0 with clean text, or 1 with one line, in bounded memory."""
    source = make(tmp_path)
    code, out, err, peak_mb = run_measured(["--export", "json", "--no-cache", str(source)], tmp_path)
    assert "Traceback" not in err.decode()
    assert peak_mb < 500, f"{peak_mb} MB"
    if outcome == 0:
        assert code == 0, err.decode()
        doc = json.loads(out)
        jsonschema.validate(doc, SCHEMA)
        assert "\x00" not in doc["text"] and "\ufffd" not in doc["text"]
        if source.name.startswith("u"):
            assert doc["text"] == TEXT
        else:
            assert len(doc["text"]) > 1_000_000
            assert doc["reduced"] and "reduced analysis" in err.decode()  # and it says so, once
            assert err.decode().count("reduced analysis") == 1
    else:
        assert code == 1 and out == b""
        assert outcome in err.decode() and err.decode().count("\n") == 1


# Hang guards, not timings: under a loaded machine a child's start, its notice and its exit have
# taken 15 s each, so the guards are far beyond that.
HANG_GUARD_S = 120


def _wait_for_line(stream, needle: str, timeout: float = HANG_GUARD_S) -> str:
    """What `stream` says until a whole line holds `needle` (the child is then known to be
    waiting where the line says it is); a hang guard stops the wait."""
    import selectors

    seen = ""
    with selectors.DefaultSelector() as sel:
        sel.register(stream, selectors.EVENT_READ)
        while needle not in seen or "\n" not in seen[seen.index(needle):]:
            if not sel.select(timeout):
                raise AssertionError(f"no {needle!r} on stderr; got {seen!r}")
            chunk = os.read(stream.fileno(), 4096).decode()
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.parametrize("export", [True, False], ids=["export", "app"])
def test_a_fifo_without_a_writer_says_so_and_ctrl_c_exits_130_quietly(tmp_path, export):
    import signal

    fifo = tmp_path / "nobody-writes.fifo"
    os.mkfifo(fifo)
    args = ["--export", "json", str(fifo)] if export else [str(fifo)]
    p = subprocess.Popen([sys.executable, "-m", "reader", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=subprocess.DEVNULL)
    try:
        said = _wait_for_line(p.stderr, "waiting for")
        assert "a program to write into the pipe" in said and "nobody-writes.fifo" in said
        p.send_signal(signal.SIGINT)
        code = p.wait(HANG_GUARD_S)
        rest = p.stderr.read().decode()
    finally:
        p.kill()
    assert code == 130
    assert "Traceback" not in said + rest and "KeyboardInterrupt" not in said + rest
    assert p.stdout.read() == b""


def test_ctrl_c_while_a_slow_server_answers_exits_130_quietly():
    import signal

    from local_server import drip, serve

    with serve({"/slow": drip(0.5, headers_too=True)}) as base:
        p = subprocess.Popen([sys.executable, "-m", "reader", "--export", "json", base + "/slow"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        try:
            said = _wait_for_line(p.stderr, "waiting for an answer")
            p.send_signal(signal.SIGINT)
            code = p.wait(HANG_GUARD_S)
            rest = p.stderr.read().decode()
        finally:
            p.kill()
    assert code == 130
    assert "Traceback" not in said + rest and "KeyboardInterrupt" not in said + rest


def test_batch_export_goes_on_past_bad_sources(tmp_path):
    a = _write(tmp_path / "a.txt", "First story\n\nThe council met on Monday.".encode())
    b = _write(tmp_path / "b.txt", "Second story\n\nThe mayor spoke on Tuesday.".encode())
    p = run("--export", "json", "--no-cache", str(a), str(tmp_path / "missing.txt"), "/dev/zero", str(b))
    assert p.returncode == 1
    docs = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [d["title"] for d in docs] == ["First story", "Second story"]
    err = p.stderr.decode().splitlines()
    assert len(err) == 2
    assert "missing.txt: no such file" in err[0] and "/dev/zero: too large" in err[1]


ESCAPES = "\x1b]0;PWNED\x07\x1b[2J\x9b31m\x9d0;x\x9c"


@pytest.mark.parametrize("export", ["json", "markdown"])
def test_an_escape_in_a_file_name_never_reaches_any_output(tmp_path, export):
    name = tmp_path / f"news{ESCAPES}story.txt"
    name.write_text("Story\n\nThe mayor said “we are ready” on Monday.", encoding="utf-8")
    missing = tmp_path / f"gone{ESCAPES}.txt"
    p = run("--export", export, "--no-cache", str(name), str(missing))
    assert p.returncode == 1
    for output in (p.stdout, p.stderr):
        assert not any(c in output.decode() for c in "\x1b\x07\x9b\x9c\x9d")
    assert "newsstory.txt" in p.stdout.decode()
    assert "gone.txt: no such file" in p.stderr.decode()


def test_an_escape_in_a_url_or_status_line_never_reaches_the_terminal():
    from local_server import answer, serve

    routes = {"/bad": answer(404, b"gone", reason="Not \x9d0;PWNED\x9cFound"),
              "/x": answer(200, b"Story\n\nThe mayor spoke on Monday.", "text/plain")}
    with serve(routes) as base:
        # C1 controls are sent (percent-encoded), an ESC is refused by httpx: both are shown clean.
        p = run("--export", "markdown", "--no-cache", base + "/bad", base + "/x?q=\x9b2J\x9d0;PWNED\x9c", base + f"/{ESCAPES}")
    out, err = p.stdout.decode(), p.stderr.decode()
    assert p.returncode == 1
    assert not any(c in out + err for c in "\x1b\x07\x9b\x9c\x9d")
    assert "Not 0;PWNEDFound" in err and "The mayor spoke" in out and f"Source: {base}/x?q=\n" in out
    assert len(err.splitlines()) == 2


@pytest.mark.parametrize("text", ["# The heading\n\nBody with **bold** words.",
                                  "---\ntitle: The heading\n---\nBody with **bold** words."])
def test_markdown_on_stdin_is_read_as_markdown(text):
    p = run("--export", "json", "--no-cache", "-", stdin=text.encode())
    assert p.returncode == 0, p.stderr.decode()
    doc = json.loads(p.stdout)
    assert doc["title"] == "The heading" and "Body with bold words." in doc["text"] and "#" not in doc["text"]


def test_a_dateline_alone_on_the_first_line_is_the_publication_date(tmp_path):
    src = _write(tmp_path / "d.txt", "LONDON, June 5, 2024 —\n\nThe prime minister said on Tuesday that talks would go on.".encode())
    p = run("--export", "json", "--no-cache", str(src))
    assert p.returncode == 0, p.stderr.decode()
    doc = json.loads(p.stdout)
    assert doc["published"] == "2024-06-05" and doc["title"] is None
    assert any(t["expression"] == "Tuesday" and t["date"] == "2024-06-04" for t in doc["timeline"])


def test_a_terminal_as_stdin_is_told_how_to_end_the_article():
    """`newsreader -` typed at a terminal: a line says how to end it; Ctrl+D ends it."""
    import pty

    master, slave = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "reader", "--export", "json", "--no-cache", "-"],
                         stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(slave)
    try:
        said = _wait_for_line(p.stderr, "Ctrl+D")
        assert "reading the article from the terminal" in said
        os.write(master, "Typed news\n\nThe mayor spoke on Monday.\n".encode())
        os.write(master, b"\x04")  # Ctrl+D at the start of a line: end of input
        out, err = p.communicate(timeout=120)
    finally:
        p.kill()
        os.close(master)
    assert p.returncode == 0, err.decode()
    assert json.loads(out)["title"] == "Typed news"
