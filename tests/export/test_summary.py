"""`--export summary` (reader.export.summary): the seed's overview, drawn by Rich."""

from __future__ import annotations

import io
import subprocess
import sys

from rich.console import Console

from reader.export.summary import bar, print_summary


def _render(analysis, width=80) -> str:
    buf = io.StringIO()
    print_summary(analysis, Console(file=buf, width=width, force_terminal=False, color_system=None))
    return buf.getvalue()


def test_the_seed_gives_zelensky_the_first_and_longest_bar_then_trump(seed_analysis):
    lines = _render(seed_analysis).splitlines()
    voices = [ln for ln in lines if ln.startswith("●")]
    assert "Volodymyr Zelensky" in voices[0] and "Donald Trump" in voices[1]
    bars = [ln.count("█") for ln in voices]
    assert bars[0] == max(bars) and bars[0] > bars[1] > 0


def test_every_line_fits_80_columns(seed_analysis):
    assert max(len(ln) for ln in _render(seed_analysis).splitlines()) <= 80


def test_the_strip_places_the_dated_events_and_names_the_rest(seed_analysis):
    out = _render(seed_analysis)
    timeline = out[out.index("Timeline"):out.index("Where people appear")]
    axis = timeline.splitlines()[1]
    assert axis.count("●") == 2  # 2019 and 24 Feb 2022; "three years ago" has no date to resolve against
    assert "24 Feb 2022" in timeline and "three years ago" in timeline.splitlines()[-2]


def test_with_a_publication_date_all_three_events_are_on_the_strip():
    run = subprocess.run([sys.executable, "-m", "reader", "--export", "summary", "--date", "2025-03-03"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    timeline = run.stdout[run.stdout.index("Timeline"):run.stdout.index("Where people appear")]
    assert sum(1 for ln in timeline.splitlines() if ln.startswith("  ● ")) == 3
    assert "\x1b" not in run.stdout  # not a terminal: plain text


def test_article_text_is_never_read_as_markup(seed_analysis):
    import dataclasses

    hostile = dataclasses.replace(seed_analysis, title="[bold red]Loud[/] title")
    assert "[bold red]Loud[/] title" in _render(hostile)


def test_a_bar_shows_its_share_and_never_vanishes():
    assert bar(0.5, 10).plain == "█████·····"
    assert bar(0.01, 10).plain.count("█") == 1 and bar(0.0, 10).plain.count("█") == 0
