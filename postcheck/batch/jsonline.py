"""The JSONL output record of one post, byte for byte what
`json.dumps({"id": …, "line": …, **result.to_dict()}, ensure_ascii=False)` gives (CONTRACT.md),
for a third of the cost.

A finding's fixed part (rule, code, severity, message, references, questions, suggestion) is
the same on every post where its rule fires, and so is a question's text: json encodes each
of them once per process, and only the spans and the id are encoded per post, with json's own
string encoder. Errors are rare: they go through json.dumps as they are.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _string   # json's, for ensure_ascii=False

_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
_FINDINGS: dict[tuple, tuple[str, str]] = {}   # fixed part -> (text before spans, after them)
_QUESTIONS: dict[tuple, str] = {}              # a post's questions -> their JSON list
_LIMIT = 4096                                  # entries kept; beyond, start afresh


def result_line(result, line: int) -> str:
    """The JSONL line (with its newline) for `result`, read from input line `line`."""
    if result.error is not None:
        data = result.to_dict()
        return _encode({"id": data.pop("id"), "line": line, **data}) + "\n"
    ident = result.id
    ident = _string(ident) if type(ident) is str else _encode(ident)
    questions = _QUESTIONS.get(result.questions)
    if questions is None:
        questions = _remember(_QUESTIONS, result.questions, _encode(
            [{"n": n, "text": t} for n, t in result.questions]))
    findings = ", ".join(map(_finding, result.findings))
    return (f'{{"id": {ident}, "line": {line:d}, "verdict": "{result.verdict}", '
            f'"findings": [{findings}], "questions": {questions}, "error": null}}\n')


def _finding(finding) -> str:
    key = (finding.rule, finding.code, finding.severity, finding.message, finding.references,
           finding.questions, finding.suggestion)
    fixed = _FINDINGS.get(key)
    if fixed is None:
        data = finding.to_dict()
        head = {k: data[k] for k in ("rule", "code", "severity", "message")}
        tail = {k: data[k] for k in ("references", "questions", "suggestion")}
        fixed = _remember(_FINDINGS, key, (_encode(head)[:-1] + ', "spans": [',
                                           "], " + _encode(tail)[1:-1]))
    spans = ", ".join([f'{{"start": {s.start:d}, "end": {s.end:d}, "text": {_string(s.text)}}}'
                       for s in finding.spans])
    if finding.attachments:
        attachments = _encode([a.to_dict() for a in finding.attachments])
        return f'{fixed[0]}{spans}{fixed[1]}, "attachments": {attachments}}}'
    return f"{fixed[0]}{spans}{fixed[1]}}}"


def _remember(cache: dict, key, value):
    if len(cache) >= _LIMIT:
        cache.clear()
    cache[key] = value
    return value
