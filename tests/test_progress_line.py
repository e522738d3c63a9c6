"""Progress on stderr for long exports: on a terminal only, rewritten in place, erased at the end."""

from __future__ import annotations

import io

import reader.progress_line
from reader.cli import main
from reader.progress_line import ProgressLine


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_line_and_then_it_is_erased():
    term = Terminal()
    line = ProgressLine(term, "news\x1b]0;x\x07.txt", show_after=0)
    line.update(0.5)
    line.close()
    out = term.getvalue()
    assert out.startswith("\rnewsreader: analysing news.txt … ") and "50%" in out
    assert out.endswith("\r\x1b[K") and "\x07" not in out


def test_a_pipe_or_a_file_gets_nothing():
    pipe = io.StringIO()
    line = ProgressLine(pipe, "a.txt", show_after=0)
    line.update(0.5)
    line.close()
    assert pipe.getvalue() == ""


def test_a_short_export_stays_silent():
    term = Terminal()
    line = ProgressLine(term, "a.txt", show_after=60)
    line.update(0.5)
    line.close()
    assert term.getvalue() == ""


def test_the_export_reports_progress_on_a_terminal_and_keeps_stdout_clean(tmp_path, monkeypatch, capsys):
    src = tmp_path / "a.txt"
    src.write_text("Story\n\n" + "\n\n".join(f"The mayor said on Monday that bridge {i} would open." for i in range(40)))
    term = Terminal()
    monkeypatch.setattr(reader.progress_line, "SHOW_AFTER_S", 0)
    monkeypatch.setattr(reader.progress_line, "EVERY_S", 0)
    monkeypatch.setattr("sys.stderr", term)
    assert main(["--export", "json", "--no-cache", str(src)]) == 0
    assert "newsreader: analysing " in term.getvalue() and "100%" in term.getvalue()
    assert term.getvalue().endswith("\r\x1b[K")
    assert capsys.readouterr().out.startswith("{")
