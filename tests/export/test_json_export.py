import json

from reader.export import to_json_line, to_json_pretty


def test_line_form_is_one_line_and_equal_to_pretty(seed_analysis):
    line = to_json_line(seed_analysis)
    assert "\n" not in line
    assert json.loads(line) == json.loads(to_json_pretty(seed_analysis))
    # Non-ASCII stays readable (curly quotes, names with diacritics).
    assert "“" in line
