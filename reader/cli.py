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
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    from reader.analysis import Analysis
    from reader.article import Article

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _iso_date(value: str) -> str:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {value!r}") from None


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a number of workers: {value!r}")
    return int(value)


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
    p.add_argument("--list", metavar="FILE", dest="list_file",
                   help="a file naming one source per line (# starts a comment), added to the sources")
    p.add_argument("--jobs", type=_jobs, metavar="N",
                   help="analyse N articles at once in worker processes (default: 1 with --export, "
                        "the number of cores in the app)")
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def _say(message: str) -> None:
    """One sanitized line on stderr."""
    from reader.sources.sanitize import sanitize_name

    print(f"newsreader: {' '.join(sanitize_name(message).split())}", file=sys.stderr, flush=True)


def _fail(message: str) -> int:
    _say(message)
    return EXIT_BAD_INPUT


def _loaded(groups) -> Iterator[Article | None]:
    """Each source's article in shelf order (a directory's by publication date); None, with its
    one line on stderr, for a source that cannot be read."""
    from reader.shelf.expand import by_date
    from reader.sources import SourceError, load

    def one(source: str) -> Article | None:
        try:
            return load(source)
        except SourceError as e:
            _fail(str(e))
            return None

    for group in groups:
        if group.by_date:
            articles = [one(s) for s in group.sources]
            yield from [None] * articles.count(None)
            yield from by_date([a for a in articles if a is not None], lambda a: a.published)
        else:
            yield from (one(s) for s in group.sources)


def _render(args: argparse.Namespace, analysis, many: bool) -> None:
    from reader.export import to_json_line, to_json_pretty, to_markdown

    if args.export == "summary":
        from reader.export.summary import print_summary

        print_summary(analysis)
    elif args.export == "json":
        sys.stdout.write((to_json_line(analysis) if many else to_json_pretty(analysis)) + "\n")
    else:
        sys.stdout.write(to_markdown(analysis) + "\n")
    sys.stdout.flush()


def _say_reduced(analysis: "Analysis") -> None:
    """Part of a huge paragraph got only the light pass: said on stderr, as the JSON says it."""
    from reader.analysis import reduced_note

    note = reduced_note(analysis)
    if note:
        _say(f"{analysis.source}: {note}")


def _export(args: argparse.Namespace, groups) -> int:
    """Each source loaded, analysed and printed in turn; a bad one is named and skipped."""
    from reader.progress_line import ProgressLine
    from reader.service import AnalysisService

    if (args.jobs or 1) > 1:
        return _export_parallel(args, groups)
    service = AnalysisService(model=args.model, use_cache=not args.no_cache)
    many = sum(len(g.sources) for g in groups) > 1
    warned = False
    status = EXIT_OK
    for article in _loaded(groups):
        if article is None:
            status = EXIT_BAD_INPUT
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
        _say_reduced(analysis)
        _render(args, analysis, many)
    return status


def _export_parallel(args: argparse.Namespace, groups) -> int:
    """`--jobs N`: all sources read first (bad ones named), then analysed by N worker processes;
    printed in input order as each is ready, every result cached at once (a rerun resumes)."""
    from reader.shelf.jobs import analyze_shelf

    loaded = list(_loaded(groups))
    articles = [a for a in loaded if a is not None]
    status = EXIT_OK if len(articles) == len(loaded) else EXIT_BAD_INPUT
    warned = False
    for done in analyze_shelf(articles, jobs=args.jobs, model=args.model, use_cache=not args.no_cache,
                              published=args.date):
        if done.analysis is None:
            status = _fail(done.error or f"{articles[done.index].source}: no analysis")
            continue
        if done.warning and not warned:
            print(f"newsreader: {done.warning}", file=sys.stderr)
            warned = True
        _say_reduced(done.analysis)
        _render(args, done.analysis, many=True)
    return status


def _open_app(args: argparse.Namespace, articles: list[Article], shelf: bool = False) -> int:
    """The app, its keys read from the terminal even when stdin was the article (as `less` does)."""
    from reader.terminal import NoTerminalError, keys_from_terminal

    try:
        keys_from_terminal()
    except NoTerminalError as e:
        return _fail(str(e))
    from reader.app.app import NewsreaderApp
    from reader.app.user_state import UserState

    from reader.shelf.jobs import default_jobs

    app = NewsreaderApp(articles, model=args.model, published=args.date, use_cache=not args.no_cache,
                        user_state=UserState.load(), shelf=shelf, jobs=args.jobs or default_jobs())
    app.run()
    return app.return_code or EXIT_OK  # a crash in the app (1) or a signal (128 + n) is not success


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
        from reader.app.heap import settle_for_start_up

        settle_for_start_up()  # the app then freezes what it keeps (NewsreaderApp.run)
    try:
        from reader.shelf.expand import expand_groups, list_file_sources
        from reader.sources import SourceError

        try:
            if args.list_file:
                sources = [*args.sources, *list_file_sources(args.list_file)]
            groups = expand_groups(sources)
        except SourceError as e:
            return _fail(str(e))
        if args.export:
            return _export(args, groups)
        articles = list(_loaded(groups))
        if None in articles:
            return EXIT_BAD_INPUT
        # A directory, a feed or a list file is a shelf: the app opens on its library.
        shelf = bool(args.list_file) or any(g.by_date or len(g.sources) > 1 for g in groups)
        return _open_app(args, articles, shelf)
    except KeyboardInterrupt:  # also while a source loads (a slow server, a FIFO): no traceback
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
