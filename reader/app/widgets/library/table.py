"""The library's articles table: a Line-API widget that draws only the rows on screen.

A Textual DataTable measures and renders every cell it is given, which for a thousand articles
held the event loop for seconds while the library filled and on every sort. This table keeps
only the order of the articles (indices into the app's states); a row is formatted from its
state when it is drawn, so filling, sorting, filtering and a step that changes one article's
progress cost a list operation and a repaint of the visible lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from rich.text import Text

from reader.app.state import ArticleState
from reader.article import Article
from reader.app.widgets.library.lines import CursorLines

COLUMNS = ("title", "by", "date", "words", "quotes", "people", "state")
NUMERIC = frozenset((3, 4, 5))  # sorted largest first

Row = tuple[str, str, str, int, int, int, str]


def state_label(state: ArticleState) -> str:
    """"queued", "37%", "done" or "failed": where the article's analysis is."""
    if state.failure is not None:
        return "failed"
    if state.finished:
        return "done"
    done, total = state.progress
    return f"{min(99, 100 * done // max(1, total))}%" if state.started else "queued"


def shelf_title(a: Article) -> str:
    """An article as the shelf names it: its title, else its file's name (every file of a
    directory shelf sits in the same folder: the path says nothing) or its URL."""
    if a.title:
        return " ".join(a.title.split())
    return a.source if "://" in a.source else PurePath(a.source).name or a.source


def row_of(state: ArticleState) -> Row:
    """The article's row: what the table shows and sorts by."""
    a, an = state.article, state.analysis
    by = " ".join((getattr(a, "outlet", None) or a.byline or "").split())
    people = sum(1 for e in an.entities if e.label == "PERSON") if an else 0
    return (shelf_title(a), by, state.published or "", a.word_count,
            len(an.quotes) if an else 0, people, state_label(state))


def ordered(states: Sequence[ArticleState], sort: int, needle: str) -> list[int]:
    """The indices of the articles the filter keeps, in the order of column `sort` (blanks last)."""
    needle = needle.casefold()
    rows = [(i, row_of(s)) for i, s in enumerate(states)]
    rows = [(i, r) for i, r in rows if not needle or needle in f"{r[0]} {r[1]}".casefold()]
    if sort in NUMERIC:
        rows.sort(key=lambda ir: -ir[1][sort])
    else:
        rows.sort(key=lambda ir: (ir[1][sort] == "", ir[1][sort]))
    return [i for i, _ in rows]


def _cells(row: Row) -> list[Text]:
    """Every cell as Text: titles and bylines are data, never markup."""
    return [Text(str(c), justify="right" if n in NUMERIC else "left") for n, c in enumerate(row)]


class ArticlesTable(CursorLines):
    """The shelf's articles: a header line, then one line per article; `Selected.row` is a row,
    `article_at(row)` its article."""

    HEADER = 1

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._states: Sequence[ArticleState] = ()
        self._order: list[int] = []  # the articles shown, in order
        self.sorted_by: int | None = None  # the column the order follows (marked in the header)

    @property
    def row_count(self) -> int:
        return len(self._order)

    def row_at(self, r: int) -> Row:
        """Row `r` as shown now (from its article's state)."""
        return row_of(self._states[self._order[r]])

    def article_at(self, r: int) -> int:
        return self._order[r]

    def article_at_cursor(self) -> int | None:
        """The index of the article the cursor is on (None: no rows)."""
        return self._order[self.cursor_row] if self._order else None

    def fill(self, states: Sequence[ArticleState], order: list[int]) -> None:
        """Show these articles (indices from `ordered`); the cursor stays on its article when kept."""
        keep = self.article_at_cursor()
        self._states, self._order = states, list(order)
        self.rows_changed(self._order.index(keep) if keep in self._order else None)

    def update_rows(self, indices: set[int]) -> None:
        """Articles whose state moved: their lines are drawn again from their states."""
        self.forget(indices)

    def row_key(self, r: int) -> object:
        return self._order[r]

    def draw(self, r: int, width: int) -> Text:
        if r < 0:
            cells = [Text(name + (("  ▾" if n in NUMERIC else "  ▴") if n == self.sorted_by else ""))
                     for n, name in enumerate(COLUMNS)]
        else:
            cells = _cells(row_of(self._states[self._order[r]]))
        line = Text()
        for cell, w in zip(cells, _widths(width)):
            cell.truncate(w, overflow="ellipsis", pad=True)
            line.append_text(cell)
            line.append(" ")
        return line


def _widths(width: int) -> list[int]:
    """Columns' widths: the figures fixed, title and byline share what is left."""
    fixed = [0, 0, 10, 6, 6, 6, 7]
    rest = max(10, width - sum(fixed) - len(COLUMNS))
    fixed[1] = min(24, rest // 3)
    fixed[0] = rest - fixed[1]
    return fixed
