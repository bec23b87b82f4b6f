"""batch/jsonline.py writes the JSONL record without json.dumps: it must give the same bytes."""
import json

from postcheck.batch.jsonline import result_line
from postcheck.model import AttachmentEvidence, CheckError, Finding, Reference, Result, Span


def _reference_line(result, line):
    data = result.to_dict()
    return json.dumps({"id": data.pop("id"), "line": line, **data}, ensure_ascii=False) + "\n"


def _finding(spans, attachments=(), message="Propos « injurieux » envers un tiers\n"):
    refs = (Reference("Loi 1881 art. 29", "Injure \"publique\"", "https://example.org/a?b=1"),
            Reference("CP R621-2", "Injure non publique", "https://example.org/c"))
    return Finding("injure", "PC201", "error", message, spans, refs, (1, 3),
                   "Retirez le mot\tou reformulez \\ sans qualificatif.", attachments)


def test_lines_match_json_dumps_for_findings_questions_and_awkward_text():
    spans = (Span(0, 5, 'M. "X"'), Span(9, 12, "l\u2019\u00e9l\u00e8ve \U0001f621\x01\u2028"))
    results = [
        Result("p-1", (), ()),
        Result("p-2", (_finding(spans), _finding(spans[:1], message="autre")),
               ((1, "Qui est visé ?"), (3, "Est-ce public ?"))),
        Result(None, (_finding(()),), ((1, "Qui ?"),)),
        Result("p-\"4\"\n", (_finding(spans, (AttachmentEvidence(1, "image.face"),
                                             AttachmentEvidence(2, "person", "Mme Y"))),)),
        Result("p-5", (), (), CheckError("empty_text", "ligne 5 : le texte est vide")),
    ]
    for n, result in enumerate(results, 1):
        for _ in range(2):     # the second time from what was kept of the first
            assert result_line(result, n) == _reference_line(result, n)


def test_same_rule_with_other_references_or_message_is_not_confused():
    spans = (Span(2, 4, "ab"),)
    first = Result("a", (_finding(spans),), ())
    other = Result("b", (_finding(spans, message="un autre message"),), ())
    assert result_line(first, 1) == _reference_line(first, 1)
    assert result_line(other, 2) == _reference_line(other, 2)
    assert "un autre message" in result_line(other, 2)
