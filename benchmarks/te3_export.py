"""TempEval-3 in one command, through the product's own `--export json`.

usage: python benchmarks/te3_export.py [GOLD_DIR] [--types DATE] [--cmd ".venv/bin/newsreader --export json --no-cache"]
                                       [--out DIR] [--errors N]

Each gold document (converted TimeML: {"id", "dct", "text", "timexes"}) is written as a text
file; `newsreader --export json --date DCT` runs once per creation date over its documents; the
`timexes` of each export (every temporal expression with its TimeML type and TIMEX3 value,
durations and sets included) are mapped back to the gold text's offsets and written as
OUT/<id>.json; then the official scorer (../shared/eval/te3-platinum/score_timex.py) prints the
figures. GOLD_DIR defaults to ../shared/eval/te3-platinum; TBAQ is ../shared/eval/tbaq.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_timex import offset_map  # noqa: E402 - the same alignment as the in-process benchmark

SCORER = ROOT.parent / "shared" / "eval" / "te3-platinum" / "score_timex.py"


def export(cmd: str, golds: list[dict], workdir: Path) -> dict[str, dict]:
    """The JSON export of every gold text, one process per creation date."""
    by_date: dict[str, list[dict]] = {}
    for g in golds:
        by_date.setdefault(g.get("dct") or "", []).append(g)
    out = {}
    for dct, group in by_date.items():
        paths = []
        for g in group:
            path = workdir / f"{g['id']}.txt"
            path.write_text(g["text"], encoding="utf-8")
            paths.append(str(path))
        argv = shlex.split(cmd) + paths + (["--date", dct[:10]] if dct else [])
        p = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
        if p.returncode != 0:
            raise SystemExit(f"{argv[0]} exited {p.returncode}: {p.stderr.strip()[-400:]}")
        docs = [json.loads(p.stdout)] if len(group) == 1 else [json.loads(line) for line in p.stdout.splitlines() if line.strip()]
        for g, d in zip(group, docs):
            out[g["id"]] = d
    return out


def predictions(gold: dict, analysis: dict) -> list[dict]:
    """The export's TIMEX3s at the gold text's offsets (loading may re-flow whitespace)."""
    mapping = offset_map(analysis["text"], gold["text"])
    preds = []
    timexes = analysis.get("timexes")
    if timexes is None:  # an export from before `timexes`: its timeline entries are DATEs
        timexes = [{"start": t["start"], "end": t["end"], "type": "DATE", "value": t["date"]} for t in analysis["timeline"]]
    for t in timexes:
        s, e = mapping[t["start"]], mapping[t["end"] - 1]
        if s is not None and e is not None:
            preds.append({"start": s, "end": e + 1, "type": t["type"], "value": t["value"], "text": gold["text"][s : e + 1]})
    return preds


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "te3-platinum"))
    ap.add_argument("--cmd", default=f"{ROOT / '.venv' / 'bin' / 'newsreader'} --export json --no-cache")
    ap.add_argument("--types", default="DATE", help="gold TIMEX3 types scored (the scorer's --types); ALL for all four")
    ap.add_argument("--out", help="directory for the prediction files (default: a temporary one)")
    ap.add_argument("--errors", type=int, default=0)
    a = ap.parse_args()

    gold_dir = Path(a.gold_dir)
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(gold_dir.glob("*.json"))]
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="te3-pred-"))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        analyses = export(a.cmd, golds, Path(work))
    for g in golds:
        preds = predictions(g, analyses[g["id"]])
        (out / f"{g['id']}.json").write_text(json.dumps({"id": g["id"], "timexes": preds}), encoding="utf-8")
    print(f"{len(golds)} documents from {gold_dir}; predictions in {out}")
    scorer = [sys.executable, str(SCORER), str(out), str(gold_dir), "--errors", str(a.errors)]
    if a.types != "ALL":
        scorer += ["--types", a.types]
    else:
        scorer += ["--value-types", "DATE,TIME,DURATION,SET"]
    sys.stdout.write(subprocess.run(scorer, capture_output=True, text=True).stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
