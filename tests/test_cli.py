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
