"""Every key of the reader, with an id each (users may rebind them in a keymap).

The app's keys work on any screen; the reader screen's are about the article on show. Quit,
help and article switching are the app's actions but are listed with the reader's keys too,
so that its footer shows them in reading order (a screen's bindings come before the app's).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

APP_KEYS: list[BindingType] = [
    Binding("q", "quit", "Quit", id="app.quit"),
    Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
    Binding("tab", "focus_next", "Next pane", show=False, tooltip="Next pane (article, list)", id="app.focus-next"),
    Binding("shift+tab", "focus_previous", "Previous pane", show=False, id="app.focus-previous"),
    Binding(
        "ctrl+p",
        "command_palette",
        "Jump to…",
        show=False,
        tooltip="Command palette: jump to any speaker, entity or date by name",
        id="app.command-palette",
    ),
]

READER_KEYS: list[BindingType] = [
    Binding("q", "app.quit", "Quit", id="reader.quit"),
    Binding("question_mark", "app.help", "Help", key_display="?", id="reader.help"),
    Binding("1", "tab('entities')", "Entities", id="reader.tab-entities"),
    Binding("2", "tab('quotes')", "Quotes", id="reader.tab-quotes"),
    Binding("3", "tab('timeline')", "Timeline", id="reader.tab-timeline"),
    Binding(
        "n", "cycle(1)", "Next", tooltip="Next mention, quote of the speaker, date or find match", id="reader.next"
    ),
    Binding(
        "N",
        "cycle(-1)",
        "Prev",
        key_display="N",
        tooltip="Previous mention, quote of the speaker, date or find match",
        id="reader.previous",
    ),
    Binding(
        "right_square_bracket",
        "quote(1)",
        "Next quote",
        key_display="]",
        show=False,
        tooltip="Next quote of anyone from the reading position",
        id="reader.next-quote",
    ),
    Binding(
        "left_square_bracket",
        "quote(-1)",
        "Previous quote",
        key_display="[",
        show=False,
        tooltip="Previous quote of anyone from the reading position",
        id="reader.previous-quote",
    ),
    Binding(
        "s", "toggle_sidebar", "Sidebar", show=False, tooltip="Hide or show the sidebar (hidden by itself below 90 columns)",
        id="reader.toggle-sidebar",
    ),
    Binding(
        "e", "toggle_entities", "Tints", tooltip="Entity tints in the article on/off", id="reader.toggle-entities"
    ),
    Binding(
        "d", "set_date", "Date", tooltip="Set the publication date; the timeline re-resolves", id="reader.set-date"
    ),
    Binding(
        "enter", "jump_selected", "Jump", show=False, tooltip="Jump to the item selected in the list",
        id="reader.jump",
    ),
    Binding(
        "y", "copy", "Copy", tooltip="Copy the selected quote as a citation (or a name, or a date's sentence)",
        id="reader.copy",
    ),
    Binding("slash", "find", "Find", key_display="/", tooltip="Find in the article", id="reader.find"),
    Binding(
        "o", "overview", "Overview", show=False, tooltip="The story at a glance: voices, presence, timeline", id="reader.overview"
    ),
    Binding(
        "escape", "clear", "Clear", show=False, tooltip="Clear the highlight and the lit mentions", id="reader.clear"
    ),
    Binding("greater_than_sign", "app.article(1)", "Next article", key_display=">", id="reader.next-article"),
    Binding("l", "app.library", "Library", show=False, tooltip="The shelf: every open article, speakers across them",
            id="reader.library"),
    Binding("less_than_sign", "app.article(-1)", "Previous article", key_display="<", id="reader.previous-article"),
]
