from reader.sources.sanitize import sanitize


def test_removes_csi_and_osc_sequences():
    s = "Before \x1b[31mred\x1b[0m and \x1b]0;pwned title\x07after \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\."
    assert sanitize(s) == "Before red and after link."


def test_removes_c0_c1_controls_but_keeps_newline_and_tab():
    assert sanitize("a\x00b\x07c\x08d\x7fe\x85f\tg\nh") == "abcdef\tg\nh"


def test_removes_bidi_overrides():
    assert sanitize("abc\u202edcb\u202c \u2066x\u2069") == "abcdcb x"


def test_normalizes_line_endings_and_separators():
    assert sanitize("one\r\ntwo\rthree\u2029four") == "one\ntwo\nthree\n\nfour"


def test_rich_markup_is_left_as_text():
    # Markup is harmless data here: the UI renders Text, never markup.
    assert sanitize("[bold red]x[/bold red]") == "[bold red]x[/bold red]"
