"""TempEval-3 evaluation of the timeline: prediction files for the official scorer, and its figures.

usage: python benchmarks/eval_timex.py GOLD_DIR [--limit N] [--out DIR] [--errors N] [--show-misses]

Each gold document (converted TimeML: {"id", "dct", "text", "timexes"}) is loaded as an article
the way `newsreader` loads a file, analysed with the real model in one process (the timeline
collector over every prose block), resolved against the gold creation date (as `--date` would),
and every temporal expression found - durations and sets too - is written to
OUT/<id>.json with offsets mapped back to the gold text. Then GOLD_DIR/score_timex.py (or
../shared/eval/te3-platinum/score_timex.py) is run twice: TIMEX3 value F1 over DATE values (the
scorer's default) and over all four types (the TempEval-3 "value F1" that HeidelTime's 77.6 is).
Also printed: `date_values` as ../shared/eval/score.py counts it (gold calendar DATE values
found among the timeline entries by text), without paying for one process per file.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHOW_CONTEXT = "--context" in sys.argv
CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def offset_map(src: str, dst: str) -> list[int | None]:
    """For each character of `src` (the article text), its index in `dst` (the gold text):
    aligned over non-space characters, since loading only re-flows whitespace and drops chrome."""
    si = [i for i, c in enumerate(src) if not c.isspace()]
    di = [i for i, c in enumerate(dst) if not c.isspace()]
    s = "".join(src[i] for i in si)
    d = "".join(dst[i] for i in di)
    out: list[int | None] = [None] * (len(src) + 1)
    if s == d:
        for a, b in zip(si, di):
            out[a] = b
    else:
        sm = difflib.SequenceMatcher(None, s, d, autojunk=False)
        for blk in sm.get_matching_blocks():
            for k in range(blk.size):
                out[si[blk.a + k]] = di[blk.b + k]
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" ,.;:!?").lower()


def text_overlap(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(bl.size for bl in m.get_matching_blocks()) / min(len(a), len(b))


def analyse(gold: dict, nlp) -> tuple[list[dict], list]:
    from reader.nlp.time import timeline
    from reader.nlp.pipeline import prose_blocks
    from reader.sources import article_from_text

    article = article_from_text(gold["text"], source=gold["id"])
    blocks = prose_blocks(article)
    mentions = []
    for block, doc in zip(blocks, nlp.pipe(article.text[b.start : b.end] for b in blocks)):
        mentions.extend(timeline.collect(doc, block.start))
    published = gold.get("dct")
    entries = timeline.resolve(mentions, published, article.text)
    mapping = offset_map(article.text, gold["text"])
    preds = []
    for t in timeline.timexes(mentions, published):
        s = mapping[t.start]
        e = mapping[t.end - 1]
        if s is None or e is None:
            continue
        preds.append({"start": s, "end": e + 1, "type": t.type, "value": t.value, "text": gold["text"][s : e + 1]})
    return preds, entries


def error_kind(gold_value: str, got: list[str | None]) -> str:
    """A rough name for why a gold calendar date was missed."""
    vals = [v for v in got if v]
    if not got:
        return "not found as a timeline entry"
    if not vals:
        return "found, left unresolved"
    v = vals[0]
    if v.startswith(gold_value[:4]) and len(v) < len(gold_value) or gold_value.startswith(v):
        return "coarser than gold (gold more precise)"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold_value):
        from datetime import date

        d = abs((date.fromisoformat(v) - date.fromisoformat(gold_value)).days)
        if d % 7 == 0 and d <= 14:
            return "weekday a week off"
        if v[5:] == gold_value[5:]:
            return "month-day in the wrong year"
        return "other day"
    if len(v) == len(gold_value) == 7 and v[5:] == gold_value[5:]:
        return "month in the wrong year"
    if "W" in v or "Q" in v or "-WE" in v:
        return "week/quarter where gold has a calendar date"
    return "other value"


def date_values(gold: dict, entries: list, kinds: Counter | None = None) -> tuple[int, int, list[str]]:
    """../shared/eval/score.py's `date_values` for one document."""
    gt = [t for t in gold["timexes"] if t["type"] == "DATE" and CALENDAR.match(t["value"])]
    ok = 0
    misses = []
    for t in gt:
        cands = [e for e in entries if text_overlap(e.expression, t["text"]) >= 0.8]
        hit = any(str(e.date or "").startswith(t["value"]) and len(str(e.date or "")[:10]) >= len(t["value"]) for e in cands)
        ok += hit
        if not hit and kinds is not None:
            exact = [e for e in cands if _norm(e.expression) == _norm(t["text"])] or cands
            kinds[error_kind(t["value"], [e.date for e in exact])] += 1
        if not hit:
            misses.append(f"{gold['id']}\t{t['text']!r}\tgold={t['value']}\tgot={[(e.expression, e.date, e.tense) for e in cands][:3]}\tdct={gold['dct']}"
                          + (f"\n      | {gold['text'][max(0, t['start'] - 120):t['end'] + 60]!r}" if SHOW_CONTEXT else ""))
    return ok, len(gt), misses


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", help="directory for the prediction files (default: a temporary one)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N value errors of the official scorer")
    ap.add_argument("--show-misses", action="store_true", help="print the gold calendar dates the timeline missed")
    ap.add_argument("--show-spans", action="store_true", help="print gold expressions found by nothing, and predictions matching no gold")
    ap.add_argument("--context", action="store_true", help="with --show-misses: the text around each miss")
    ap.add_argument("--model")
    a = ap.parse_args()

    from reader.nlp.model import load_model

    nlp = load_model(a.model).nlp
    gold_dir = Path(a.gold_dir)
    files = sorted(gold_dir.glob("*.json"))[: a.limit]
    scorer = gold_dir / "score_timex.py"
    if not scorer.exists():
        scorer = ROOT.parent / "shared" / "eval" / "te3-platinum" / "score_timex.py"
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="timex-pred-"))
    gold_sub = Path(tempfile.mkdtemp(prefix="timex-gold-"))
    out.mkdir(parents=True, exist_ok=True)
    ok = total = 0
    misses: list[str] = []
    kinds: Counter[str] = Counter()
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        preds, entries = analyse(gold, nlp)
        (out / f"{gold['id']}.json").write_text(json.dumps({"id": gold["id"], "timexes": preds}), encoding="utf-8")
        (gold_sub / f.name).write_text(json.dumps(gold), encoding="utf-8")  # the scorer reads a whole dir: score only these
        if a.show_spans:
            for g in gold["timexes"]:
                if not any(p["start"] < g["end"] and g["start"] < p["end"] for p in preds):
                    print(f"  GOLD-MISSED {gold['id']}\t{g['text']!r}\t{g['type']}\t{g['value']}")
            for p in preds:
                if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold["timexes"]):
                    print(f"  PRED-EXTRA  {gold['id']}\t{p['text']!r}\t{p['type']}\t{p['value']}")
        o, t, m = date_values(gold, entries, kinds)
        ok, total = ok + o, total + t
        misses.extend(m)
    print(f"documents={len(files)} predictions in {out}")
    print(f"date_values (score.py definition) = {ok}/{total} = {ok / total if total else 0:.3f}")
    for kind, n in kinds.most_common():
        print(f"  miss: {n:4d}  {kind}")
    if a.show_misses:
        for line in misses:
            print("  MISS", line)
    for label, vt in (("DATE values (scorer default)", "DATE"), ("all types (TempEval-3 value F1)", "DATE,TIME,DURATION,SET")):
        print(f"== official scorer, {label}")
        cmd = [sys.executable, str(scorer), str(out), str(gold_sub), "--value-types", vt, "--errors", str(a.errors)]
        sys.stdout.write(subprocess.run(cmd, capture_output=True, text=True).stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
