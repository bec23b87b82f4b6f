"""The Python API of CONTRACT.md: Checker().check(...) and .check_many(posts)."""
import pytest

from postcheck.checker import InputError


def test_check_result_contract(checker):
    text = "Le patient du lit 9 a encore arraché sa perfusion 🙄"
    result = checker.check(text, profession="infirmier", audience="public", id="p1")
    assert result.verdict == "block"
    data = result.to_dict()
    assert data["id"] == "p1" and data["error"] is None
    assert {"rule", "severity", "message", "spans", "references", "questions",
            "suggestion"} <= set(data["findings"][0])
    for f in data["findings"]:
        for s in f["spans"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_profession_and_audience_change_the_references(checker):
    text = "Mme Berthelot (chambre 5) refuse encore sa chimio ce matin."
    refs = lambda **kw: {r.id for f in checker.check(text, **kw).findings for r in f.references}
    assert "CSP R4127-4" in refs(profession="medecin")
    assert "CSP R4127-4" not in refs(profession="infirmier")
    assert "CSP R4312-9" in refs(profession="infirmier", audience="public")
    assert "CSP R4312-9" not in refs(profession="infirmier", audience="restreint")
    assert {"CSP L1110-4", "CP 226-13"} <= refs(profession="aide-soignant")


def test_check_many_keeps_order_and_reports_bad_rows(checker):
    posts = [{"id": "a", "text": "Bonne journée internationale des infirmières à toutes"},
             {"id": "b", "text": ""},
             {"id": "c", "text": "Le patient du box 3 hurle depuis une heure", "profession": "medecin"},
             {"id": "d", "text": "ok", "audience": "tout le monde"},
             "pas un objet"]
    results = list(checker.check_many(posts))
    assert [r.id for r in results] == ["a", "b", "c", "d", None]
    assert results[0].verdict == "ok" and results[2].verdict == "block"
    assert results[1].error.code == "empty_text" and results[1].to_dict()["findings"] is None
    assert results[3].error.code == "bad_audience"
    assert results[4].error.code == "invalid_record"


def test_check_many_gives_the_same_answers_as_check(checker):
    texts = ["Mme Jacquet (ch 14) me demande encore la fenêtre", "Courage les collègues 💪",
             "Lucas, 7 ans, entre en chimio demain, courage champion"]
    one = [checker.check(t).to_dict() for t in texts]
    many = [r.to_dict() for r in checker.check_many({"text": t} for t in texts)]
    assert one == many


def test_invalid_arguments_raise(checker):
    with pytest.raises(InputError):
        checker.check("texte", profession="pompier")


def test_long_draft_is_checked_in_pieces_with_exact_offsets(checker):
    filler = "Réunion de service demain à 14h, pensez aux transmissions. " * 600
    text = filler + "Mme Berthelot (chambre 5) refuse encore sa chimio."
    result = checker.check(text)
    spans = [s for f in result.findings for s in f.spans]
    assert any(s.text == "Mme Berthelot" and text[s.start:s.end] == s.text for s in spans)
