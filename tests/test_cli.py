"""The command line as users and scripts see it: outputs, exit statuses, bad input."""
import json

import pytest
from click.testing import CliRunner

from postcheck.cli import main

PATIENT = "Mme Berthelot (chambre 5) refuse encore sa chimio ce matin."
FINE = "Fière de notre équipe, 20 ans de service et toujours la même envie !"


@pytest.fixture
def run(tmp_path, checker):  # the checker fixture warms the model once for the session
    def invoke(*args, input=None):
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return invoke


@pytest.fixture
def draft(tmp_path):
    def write(content, name="draft.txt"):
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return str(path)
    return write


def test_finding_gives_exit_1_and_compiler_style_text(run, draft):
    path = draft(PATIENT)
    result = run(path, "--profession", "medecin")
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{path}:1:1: erreur [PC101 secret-patient-identifiable]")
    assert "^^^^^^^^^^^^^" in result.output
    assert "CSP R4127-4" in result.output and "CSP L1110-4" in result.output
    assert "Avant de publier, demandez-vous" in result.output


def test_clean_draft_exit_0(run, draft):
    result = run(draft(FINE))
    assert result.exit_code == 0
    assert "rien à signaler" in result.output


def test_fail_on_never_and_warning(run, draft):
    assert run(draft(PATIENT), "--fail-on", "never").exit_code == 0
    assert run(draft(FINE), "--fail-on", "warning").exit_code == 0


def test_json_output_follows_the_contract(run, draft):
    path = draft(PATIENT)
    data = json.loads(run(path, "--format", "json", "--profession", "infirmier").output)
    assert data["id"] == path and data["verdict"] == "block" and data["error"] is None
    finding = data["findings"][0]
    assert set(finding) >= {"rule", "severity", "message", "spans", "references", "questions",
                            "suggestion"}
    for span in finding["spans"]:
        assert PATIENT[span["start"]:span["end"]] == span["text"]
    assert {r["id"] for r in finding["references"]} >= {"CSP L1110-4", "CSP R4312-5"}
    assert [q["n"] for q in data["questions"]] == sorted(q["n"] for q in data["questions"])


def test_stdin_and_several_files(run, draft):
    result = run("-", input=PATIENT)
    assert result.exit_code == 1 and "<stdin>:1:1" in result.output
    data = json.loads(run(draft(PATIENT, "a.txt"), draft(FINE, "b.txt"), "--format", "json").output)
    assert [d["verdict"] for d in data] == ["block", "ok"]


@pytest.mark.parametrize("content,message", [
    (b"", "brouillon vide"),
    (b"  \n\t ", "brouillon vide"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "fichier binaire"),
    (b"caf\xe9 au lait", "texte non UTF-8 (octet 0xe9 à la position 3)"),
    (("a" * 1_000_000).encode(), "postcheck vérifie des publications jusqu'à"),
])
def test_bad_input_is_one_line_and_exit_2(run, draft, content, message):
    path = draft(content)
    result = run(path)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith(f"postcheck: {path}: ") and message in lines[0]


def test_missing_file_and_directory(run, tmp_path):
    result = run(str(tmp_path / "absent.txt"))
    assert result.exit_code == 2 and "fichier introuvable" in result.output
    result = run(str(tmp_path))
    assert result.exit_code == 2 and "dossier" in result.output


def test_one_bad_file_does_not_lose_the_others(run, draft, tmp_path):
    result = run(str(tmp_path / "absent.txt"), draft(PATIENT))
    assert result.exit_code == 2
    assert "PC101" in result.output and "fichier introuvable" in result.output


def test_bad_usage(run, draft):
    assert run(draft(FINE), "--profession", "pompier").exit_code == 2


def test_rules_and_explain(run):
    listing = run("rules").output
    assert "PC101" in listing and "secret-patient-identifiable" in listing
    doc = run("explain", "pc101").output
    for section in ("## Pourquoi c'est risqué", "## Que faire à la place", "## Exemples signalés",
                    "## Textes", "CSP L1110-4"):
        assert section in doc
    result = run("explain", "nope")
    assert result.exit_code == 2 and "règle inconnue" in result.output


def test_ruleset_option_disables_adds_and_reports_errors(run, draft, tmp_path):
    charter = tmp_path / "charte.yaml"
    charter.write_text("disable: [secret-patient-identifiable]\n", encoding="utf-8")
    assert run(draft(PATIENT), "--ruleset", str(charter)).exit_code == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules:\n  - id: x\n", encoding="utf-8")
    result = run(draft(PATIENT), "--ruleset", str(broken))
    assert result.exit_code == 2 and "champs manquants" in result.output
