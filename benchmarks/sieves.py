"""Per attribution sieve and per dev set: how many quotes it decided, and how many of those were right.

Every exported quote names the sieve that decided its speaker (`rule`). This runs the export on
each gold folder (once, in batch, as the scorer does), matches predicted quotes to gold quotes
with the scorer's own functions (`../shared/eval/score.py`, imported at run time, never copied)
and counts, per sieve: quotes decided (matched to a gold quote whose speaker is scored), right
(the scorer's speaker test), and extra (predicted quotes that match no gold quote). A sieve that
is wrong more often than right stands out and can be cut.

    .venv/bin/python benchmarks/sieves.py [--skip-ambiguous] [GOLD_DIR ...]

Defaults to PolNeAR and news-dev beside the project (`../shared/eval/{polnear,news-dev}`);
PolNeAR takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
COMMAND = f"{ROOT / '.venv' / 'bin' / 'newsreader'} --export json --no-cache"
NO_RULE = "(none)"


def load_scorer() -> ModuleType:
    """The scorer's matching and speaker tests, from the evaluation folder (data, not project code)."""
    sys.path.insert(0, str(EVAL))
    import score  # type: ignore[import-not-found]

    return score


def tally(score: ModuleType, gold_dir: Path, skip_ambiguous: bool) -> dict[str, Counter]:
    """Run the export on one gold folder and count, per rule, decided / right / extra quotes."""
    files = sorted(gold_dir.glob("*.json"))
    golds = [score.as_article(json.loads(f.read_text(encoding="utf-8"))) for f in files]
    with tempfile.TemporaryDirectory() as wd:
        outs = score.run_batch(COMMAND, golds, wd)
    counts: dict[str, Counter] = {}
    for gold, out in zip(golds, outs):
        for rule, outcome in judge(score, gold, out, skip_ambiguous):
            counts.setdefault(rule, Counter())[outcome] += 1
    return counts


def judge(score: ModuleType, gold: dict, out: dict, skip_ambiguous: bool) -> list[tuple[str, str]]:
    """(rule, "right" | "wrong" | "extra") per predicted quote, matched as `score.score` matches:
    each gold quote in turn takes the unused prediction it overlaps most (at least half)."""
    preds = score.pred_quotes(out)
    rules = [q.get("rule") or NO_RULE for q in out.get("quotes", [])]
    used: set[int] = set()
    found: list[tuple[str, str]] = []
    ambiguous = [q for q in gold.get("quotes", []) if q.get("ambiguous")] if skip_ambiguous else []
    for gq in gold.get("quotes", []):
        if gq in ambiguous:
            continue
        best, bi = 0.0, None
        for i, (pt, *_) in enumerate(preds):
            if i not in used and (o := score.overlap(pt, gq["text"])) > best:
                best, bi = o, i
        if bi is None or best < 0.5:
            continue
        used.add(bi)
        if gq.get("speaker_unscored"):
            continue
        _, name, named = preds[bi]
        ok = score.same_name(name, gq["speaker"]) if gq["speaker"] else score.unnamed(name, named)
        found.append((rules[bi], "right" if ok else "wrong"))
    # (a prediction matching only an ambiguous gold quote is neither right nor wrong, nor extra)
    found += [(rules[i], "extra") for i, (pt, *_) in enumerate(preds) if i not in used
              and not any(score.overlap(pt, q["text"]) >= 0.5 for q in ambiguous)]
    return found


def table(results: dict[str, dict[str, Counter]]) -> str:
    """One row per rule: decided, right and extra on each set; a last row of totals."""
    sets = list(results)
    rules = sorted({r for c in results.values() for r in c},
                   key=lambda r: -sum(c.get(r, Counter())["right"] + c.get(r, Counter())["wrong"]
                                      for c in results.values()))
    head = f"{'sieve':<20}" + "".join(f"{name[:22]:>24}" for name in sets)
    sub = f"{'':<20}" + "".join(f"{'decided  right  extra':>24}" for _ in sets)
    lines = [head, sub]
    for rule in [*rules, "total"]:
        cells = []
        for name in sets:
            c = results[name].get(rule, Counter()) if rule != "total" else sum(results[name].values(), Counter())
            decided = c["right"] + c["wrong"]
            cells.append(f"{decided:>10}{c['right']:>7}{c['extra']:>7}")
        lines.append(f"{rule:<20}" + "".join(cells))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, default=[EVAL / "polnear", EVAL / "news-dev"])
    ap.add_argument("--skip-ambiguous", action="store_true", help="leave out gold quotes marked ambiguous")
    args = ap.parse_args()
    score = load_scorer()
    results = {d.name: tally(score, d, args.skip_ambiguous) for d in args.gold}
    print(table(results))


if __name__ == "__main__":
    main()
