"""Bundled data (reader.resources): found from a checkout here; tests/test_packaging.py checks the wheel."""

from __future__ import annotations

from reader.resources import DEFAULT_SEED, data_dir, default_seed, stylesheet_paths


def test_the_default_seed_is_a_real_article():
    seed = default_seed()
    assert seed.name == DEFAULT_SEED and seed.is_file()
    assert "Zelensky" in seed.read_text(encoding="utf-8")


def test_the_stylesheets_are_found_and_are_tcss():
    paths = stylesheet_paths()
    assert paths and all(p.suffix == ".tcss" and p.is_file() for p in paths)


def test_data_dirs_are_directories():
    assert data_dir("seeds").is_dir() and data_dir("styles").is_dir()
