"""The `newsreader` command: open articles in the app, or export their analysis.

Exit codes: 0 ok, 1 bad input (one line on stderr, never a traceback), 2 usage, 130 Ctrl+C.
An export goes on past a bad source: every good source's object is printed, in order, each bad
one named on stderr, and the exit code is 1 at the end.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    from reader.article import Article

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _iso_date(value: str) -> str:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader",
        description="Read a news article in the terminal: who is in it, who said what, and when.",
        epilog="With no SOURCE, opens the bundled seed article. Exit codes: 0 ok, 1 bad input, 2 usage.",
    )
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="article: a .txt, .md or .html file, an http(s):// URL, or - for stdin")
    p.add_argument("--model", metavar="NAME", help="spaCy pipeline package to use (default: best installed)")
    p.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="publication date to resolve relative dates against")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the analysis cache")
    p.add_argument("--export", choices=("json", "markdown", "summary"),
                   help="print the analysis to stdout instead of opening the app (summary: an overview drawn in the terminal)")
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def _fail(message: str) -> int:
    from reader.sources.sanitize import sanitize_name

    print(f"newsreader: {' '.join(sanitize_name(message).split())}", file=sys.stderr, flush=True)
    return EXIT_BAD_INPUT


def _export(args: argparse.Namespace, sources: list[str]) -> int:
    """Each source loaded, analysed and printed in turn; a bad one is named and skipped."""
    from reader.export import to_json_line, to_json_pretty, to_markdown
    from reader.progress_line import ProgressLine
    from reader.service import AnalysisService
    from reader.sources import SourceError, load

    service = AnalysisService(model=args.model, use_cache=not args.no_cache)
    many = len(sources) > 1
    warned = False
    status = EXIT_OK
    for source in sources:
        try:
            article = load(source)
        except SourceError as e:
            status = _fail(str(e))
            continue
        progress = ProgressLine(sys.stderr, article.source)
        try:
            for step in service.stream(article, published=args.date):
                progress.update(step.fraction)
                analysis = step.analysis
        except service.ModelError as e:
            return _fail(str(e))
        finally:
            progress.close()
        assert analysis is not None
        if service.warning and not warned:  # once per run, not once per article
            print(f"newsreader: {service.warning}", file=sys.stderr)
            warned = True
        if args.export == "summary":
            from reader.export.summary import print_summary

            print_summary(analysis)
            sys.stdout.flush()
            continue
        if args.export == "json":
            text = to_json_line(analysis) if many else to_json_pretty(analysis)
        else:
            text = to_markdown(analysis)
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    return status


def _open_app(args: argparse.Namespace, articles: list[Article]) -> int:
    from reader.app.app import NewsreaderApp

    NewsreaderApp(articles, model=args.model, published=args.date, use_cache=not args.no_cache).run()
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(e.code or 0)
    sources = args.sources
    if not sources:
        from reader.resources import default_seed

        sources = [str(default_seed())]
    if not args.export:
        import gc

        # Start-up allocates many long-lived objects (Textual's CSS, widgets): collections then only
        # walk them again and again. The app freezes them after its first frame (NewsreaderApp.run).
        gc.set_threshold(50_000, 50, 100)
    try:
        if args.export:
            return _export(args, sources)
        from reader.sources import SourceError, load

        try:
            articles = [load(s) for s in sources]
        except SourceError as e:
            return _fail(str(e))
        return _open_app(args, articles)
    except KeyboardInterrupt:  # also while a source loads (a slow server, a FIFO): no traceback
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
