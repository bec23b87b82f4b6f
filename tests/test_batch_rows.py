"""batch/rows.py parses the usual JSONL line without json.loads: same rows, same errors."""
import json

from postcheck.batch.rows import parse_json_line


def test_lines_parse_as_json_loads_does_whatever_surrounds_them():
    for raw in ['{"id": 1, "text": "é \\u00e9 \\ud83d\\ude00"}', '  {"text": "a"}  ', '{"a": 1} ',
                '{"a": {"b": [1, 2.5, null, true]}}', '{"a": 1, "a": 2}', '\t{"a": "x"}']:
        row, error = parse_json_line(raw.encode(), 3)
        assert error is None and row == json.loads(raw)
        assert list(row) == list(json.loads(raw))


def test_bad_lines_keep_their_error_messages():
    cases = {b'{"a": 1} x': "invalid_json", b'{"a": }': "invalid_json", b"[1, 2]": "invalid_record",
             b'"texte"': "invalid_record", b"   ": "empty_line", b"\xff{}": "bad_encoding",
             b"{" * 100_000: "invalid_json"}
    for raw, code in cases.items():
        row, error = parse_json_line(raw, 7)
        assert row is None and error.code == code and error.message.startswith("ligne 7 : ")
    _, error = parse_json_line(b'{"a": 1,, "b": 2}', 2)
    assert error.message == "ligne 2 : JSON invalide (colonne 9)"
