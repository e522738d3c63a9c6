"""Entities tab: the story's cast grouped People · Organisations · Places · Groups · Other."""

from __future__ import annotations

from rich.text import Text

from reader.analysis import Analysis, Entity
from reader.app.widgets.sidebar.tree import Item, ReaderTree

GROUPS: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("People", frozenset({"PERSON"})),
    ("Organisations", frozenset({"ORG"})),
    ("Places", frozenset({"GPE", "LOC", "FAC"})),
    ("Groups", frozenset({"NORP"})),
    ("Other", None),
)

# Component class of the article view that tints a label.
LABEL_CLASS = {
    "PERSON": "article--person",
    "ORG": "article--org",
    "GPE": "article--place",
    "LOC": "article--place",
    "FAC": "article--place",
    "NORP": "article--group",
}


def group_of(label: str) -> str:
    for name, labels in GROUPS:
        if labels is None or label in labels:
            return name
    return "Other"


def entity_spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, component class) of every mention, for the article's tints."""
    return [(m.start, m.end, LABEL_CLASS.get(e.label, "article--other")) for e in analysis.entities for m in e.mentions]


def entity_status(e: Entity) -> Text:
    t = Text()
    t.append(group_of(e.label).rstrip("s") if group_of(e.label) != "Other" else e.label, style="bold")
    t.append(": ")
    t.append(e.name, style="bold")
    if e.role:
        t.append(f" — {e.role}", style="italic")
    n = len(e.mentions)
    t.append(f" · {n} mention{'s' if n != 1 else ''}")
    if e.aliases:
        t.append(" · also " + ", ".join(e.aliases))
    t.append("   n/N: next/previous mention", style="dim")
    return t


def entity_label(e: Entity) -> Text:
    t = Text(e.name)
    t.append(f" {len(e.mentions)}", style="dim")
    if e.role:
        t.append(f"  {e.role}", style="italic dim")
    return t


def fill(tree: ReaderTree, analysis: Analysis | None) -> None:
    key = tree.start_fill(analysis is not None)
    if analysis is None:
        return
    grouped: dict[str, list[Entity]] = {name: [] for name, _ in GROUPS}
    for e in analysis.entities:
        if e.mentions:
            grouped[group_of(e.label)].append(e)
    for name, _ in GROUPS:
        members = sorted(grouped[name], key=lambda e: (-len(e.mentions), min(m.start for m in e.mentions)))
        if not members:
            continue
        children = [
            (
                entity_label(e),
                Item(
                    "entity",
                    e.id,
                    tuple(sorted((m.start, m.end) for m in e.mentions)),
                    None,
                    lambda e=e: entity_status(e),
                ),
            )
            for e in members
        ]
        tree.add_group(
            Text.assemble((name, "bold"), (f" {len(members)}", "dim")), Item("header", f"group:{name}"), children
        )
    if not analysis.entities:
        tree.root.add_leaf(Text("no entities", style="dim"), Item("header", "none"))
    tree.restore_cursor(key)
