"""Web-page extraction: time per page, and Markdown markup the page itself did not show.

    .venv/bin/python benchmarks/html_extraction.py [PAGES_DIR] [--save FILE]

PAGES_DIR (default ../shared/eval/scrapinghub/pages) holds saved pages (*.html). For each, the
reader loads the page as `newsreader page.html` would (extraction only, no NLP) and this prints
the median and worst extraction time (wall clock, and CPU time, which load on a shared machine
does not inflate), and how many pages' text holds Markdown emphasis
(`*word*`, `__word__`) or a backslash escape (`1\\.`) that is not in the page's own visible text.
--save writes one JSON object per page (source, title, byline, outlet, published, text), the
form `score_extract.py --from-jsonl` scores.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.sources import SourceError, load  # noqa: E402

EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,2}|_{1,2})(?=[^\s*_])[^*_\n]{1,200}?(?<=[^\s*_\\])\1(?![\w*])")
ESCAPE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!|>~]")


def visible_text(html: str) -> str:
    import lxml.html

    tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    for el in tree.iter("script", "style", "noscript", "template"):
        el.text = ""
    return " ".join(tree.text_content().split())


def unexplained_markup(text: str, html: str) -> tuple[list[str], list[str]]:
    """Emphasis and escapes in the extracted text that the page's own text does not hold."""
    shown = None
    found: tuple[list[str], list[str]] = ([], [])
    for pattern, out in ((EMPHASIS, found[0]), (ESCAPE, found[1])):
        for m in pattern.finditer(text):
            shown = shown if shown is not None else visible_text(html)
            if " ".join(m.group(0).split()) not in shown:
                out.append(m.group(0))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="?", type=Path, default=ROOT.parent / "shared/eval/scrapinghub/pages")
    ap.add_argument("--save", type=Path)
    a = ap.parse_args()
    paths = sorted(a.pages.glob("*.html"))
    times, cpu, rows, failures = [], [], [], 0
    emphasis_pages = escape_pages = 0
    for path in paths:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            article = load(str(path))
        except SourceError as e:
            failures += 1
            print(f"  failed: {e}", file=sys.stderr)
            continue
        finally:
            times.append((time.perf_counter() - t0, path.name))
            cpu.append(time.process_time() - c0)
        rows.append({"source": str(path), "title": article.title, "byline": article.byline,
                     "outlet": getattr(article, "outlet", None), "published": article.published,
                     "text": article.text})
        emphasis, escapes = unexplained_markup(article.text, path.read_text(encoding="utf-8", errors="replace"))
        emphasis_pages += bool(emphasis)
        escape_pages += bool(escapes)
    if a.save:
        a.save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    secs = sorted(t for t, _ in times)
    worst = max(times)
    print(f"pages {len(paths)}  failures {failures}")
    print(f"extraction seconds per page: median {statistics.median(secs):.3f}  "
          f"p90 {secs[int(0.9 * (len(secs) - 1))]:.3f}  worst {worst[0]:.3f} ({worst[1][:16]})  total {sum(secs):.1f}")
    print(f"extraction CPU seconds per page: median {statistics.median(cpu):.3f}  worst {max(cpu):.3f}  "
          f"total {sum(cpu):.1f}  (load average {os.getloadavg()[0]:.1f})")
    print(f"pages with Markdown emphasis the page does not show: {emphasis_pages}")
    print(f"pages with backslash escapes the page does not show: {escape_pages}")


if __name__ == "__main__":
    main()
