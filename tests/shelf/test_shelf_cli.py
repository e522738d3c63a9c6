"""Shelves from the command line: a directory, a list file, `--jobs 2` — order, errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

ARTICLES = {
    "b-pier.md": "---\ntitle: Pier opens\ndate: 2024-05-02\n---\n\nMayor Tom Berg cut the ribbon. “It took ten years,” he said.\n",
    "a-strike.md": "---\ntitle: Strike ends\ndate: 2024-05-09\n---\n\n“We are going back to work,” said Ann Lee, the union leader.\n",
    "c-flood.txt": "Flood warning\n\nThe river rose overnight in Millbrook, and the mayor said “stay home” to everyone.\n",
}


def _shelf(tmp_path):
    d = tmp_path / "stories"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_a_directory_exports_every_article_by_publication_date_undated_last(tmp_path):
    run = _run("--export", "json", "--no-cache", str(_shelf(tmp_path)))
    assert run.returncode == 0, run.stderr
    titles = [json.loads(line)["title"] for line in run.stdout.splitlines()]
    assert titles == ["Pier opens", "Strike ends", "Flood warning"]


def test_two_jobs_keep_input_order_and_name_a_bad_source(tmp_path):
    d = _shelf(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{d / 'c-flood.txt'}\n{d / 'missing.txt'}\n# a comment\n{d / 'a-strike.md'}\n{d / 'b-pier.md'}\n")
    run = _run("--export", "json", "--jobs", "2", "--list", str(listing))
    assert run.returncode == 1
    assert [json.loads(line)["title"] for line in run.stdout.splitlines()] == ["Flood warning", "Strike ends", "Pier opens"]
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 1 and "missing.txt" in errors[0] and "Traceback" not in run.stderr
    again = _run("--export", "json", "--jobs", "2", str(d / "a-strike.md"), str(d / "b-pier.md"))  # from the cache
    assert [json.loads(line)["title"] for line in again.stdout.splitlines()] == ["Strike ends", "Pier opens"]


def test_jobs_must_be_a_positive_number():
    run = _run("--export", "json", "--jobs", "0")
    assert run.returncode == 2 and "not a number of workers" in run.stderr
