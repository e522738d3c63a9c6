from reader.sources.sanitize import sanitize, sanitize_name


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


def test_invisible_characters_are_removed():
    hidden = "Ob\u200bama s\u200caid\u200d it, \u2060the\u00ad mayor\ufff9ann\ufffanote\ufffb said\U000e0041\U000e007f."
    assert sanitize(hidden) == "Obama said it, the mayorannnote said."


def test_a_name_is_one_clean_line():
    name = "bad\x1b]0;PWNED\x07 name\n\x1b[2Jwith\ttabs\u202e\x9b31m and \udcff a lone surrogate"
    clean = sanitize_name(name)
    assert clean == "bad name with tabs and  a lone surrogate"
    assert clean.encode("utf-8")  # printable on any UTF-8 terminal
