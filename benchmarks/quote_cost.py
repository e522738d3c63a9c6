"""What finding quotes and attributing them adds to spaCy's own time on the same text.

Issue 3 allows quotes at most 10 % on top of the model. This times, over the same prose blocks:
spaCy (`nlp.pipe`, the model's full pipeline as the reader loads it), then each quote step:
`find_quotes` (marks, per article), `collect` (per block, reading the Doc) and `attribute`
(document level, given the consolidated entities). Texts: the bundled seed, the 100k-word
book made from it, and, with --dir, every .txt/.json article of a folder (for a JSON gold file
its "text"), read in place.

    .venv/bin/python benchmarks/quote_cost.py [--dir ../shared/eval/polnear] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import book, seed  # noqa: E402

from reader.article import Article  # noqa: E402
from reader.nlp import entities, quotes  # noqa: E402
from reader.nlp.model import load_model  # noqa: E402
from reader.nlp.pipeline import BATCH_SIZE, prose_blocks  # noqa: E402
from reader.sources import article_from_text, load  # noqa: E402


def articles_in(folder: Path) -> list[Article]:
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("text"):
                out.append(article_from_text(data["text"], source=path.name))
        elif path.suffix == ".txt":
            out.append(load(str(path)))
    return out


def cost(nlp, articles: list[Article]) -> dict[str, float]:
    spacy_s = find_s = collect_s = attribute_s = 0.0
    for art in articles:
        blocks = prose_blocks(art)
        texts = [art.text[b.start : b.end] for b in blocks]
        t = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
        spacy_s += time.perf_counter() - t
        t = time.perf_counter()
        spans = quotes.find_quotes(art.text, blocks)
        by_block = quotes.spans_by_block(spans, blocks)
        find_s += time.perf_counter() - t
        mentions, evidence = [], []
        for i, (block, doc) in enumerate(zip(blocks, docs)):
            mentions.extend(entities.collect(doc, block.start))
            t = time.perf_counter()
            evidence.extend(quotes.collect(doc, block.start, by_block[i]))
            collect_s += time.perf_counter() - t
        ents = entities.consolidate(mentions, art.text)
        t = time.perf_counter()
        quotes.attribute(spans, evidence, ents, art.text)
        attribute_s += time.perf_counter() - t
    steps = find_s + collect_s + attribute_s
    return {"spacy_s": spacy_s, "find_s": find_s, "collect_s": collect_s, "attribute_s": attribute_s,
            "quotes_s": steps, "ratio_pct": 100 * steps / spacy_s if spacy_s else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, help="also time every article of this folder (.txt, or gold .json)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per text set; the fastest is kept")
    args = ap.parse_args()
    model = load_model()
    sets = {"seed": [seed()], "book_100k": [book()]}
    if args.dir:
        sets[args.dir.name] = articles_in(args.dir)
    print(f"model {model.info.name} {model.info.version}")
    print(f"{'text':14} {'articles':>8} {'spaCy s':>9} {'find s':>8} {'collect s':>10} {'attrib s':>9} {'quotes %':>9}")
    for name, arts in sets.items():
        best = min((cost(model.nlp, arts) for _ in range(args.repeat)), key=lambda r: r["quotes_s"] / r["spacy_s"])
        print(f"{name:14} {len(arts):8} {best['spacy_s']:9.2f} {best['find_s']:8.3f} {best['collect_s']:10.3f} "
              f"{best['attribute_s']:9.3f} {best['ratio_pct']:8.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
