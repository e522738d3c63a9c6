"""Regenerate tests/app/data/seed_frozen.json: the seed article and its analysis, frozen.

The UI snapshot and most key tests drive the app with this file, so they test the UI and do
not drift while the NLP improves. Run after a deliberate change of the analysis contract:
    .venv/bin/python tests/app/refreeze.py && .venv/bin/python -m pytest tests/app --snapshot-update
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from reader.nlp.model import load_model
from reader.nlp.pipeline import analyze
from reader.resources import default_seed
from reader.sources import load

OUT = Path(__file__).parent / "data" / "seed_frozen.json"


def main() -> None:
    article = load(str(default_seed()))
    loaded = load_model()
    analysis = analyze(article, loaded.nlp, loaded.info)
    doc = {
        "article": {
            "source": "seeds/" + default_seed().name,
            "text": article.text,
            "blocks": [asdict(b) for b in article.blocks],
            "title": article.title,
            "byline": article.byline,
            "published": article.published,
        },
        "analysis": {**analysis.to_dict(), "source": "seeds/" + default_seed().name},
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"wrote {OUT}: {len(analysis.entities)} entities, {len(analysis.quotes)} quotes, "
        f"{len(analysis.timeline)} timeline entries"
    )


if __name__ == "__main__":
    main()
