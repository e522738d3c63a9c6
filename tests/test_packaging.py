"""A normal (non-editable) wheel carries styles/ and seeds/ where reader.resources finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_styles_and_seeds(tmp_path):
    p = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert p.returncode == 0, p.stderr
    (wheel,) = tmp_path.glob("newsreader-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = {n for n in names if n.startswith("reader/_data/seeds/")}
    styles = {n for n in names if n.startswith("reader/_data/styles/") and n.endswith(".tcss")}
    assert "reader/_data/seeds/zelensky-urges-us-support.txt" in seeds
    assert styles, "the wheel has no stylesheet"
    assert "reader/export/schema.json" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "newsreader = reader.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
