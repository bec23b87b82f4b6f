"""Masking, cross-post findings and the HTML report (content; the browser test is apart)."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from postcheck.batch import mask, run
from postcheck.batch.crosspost import CrossPostIndex

SALT = b"0123456789abcdef"


def _sig(kind, start, end):
    return SimpleNamespace(kind=kind, start=start, end=end)


def test_mask_replaces_identifiers_and_keeps_highlights():
    text = "Mme Lemaire (ch. 12) appelle le 06 12 34 56 78, épuisant."
    signals = [_sig("person", 0, 11), _sig("id.room", 13, 19), _sig("id.phone", 32, 46),
               _sig("health", 50, 58)]
    intervals = mask.mask_intervals(signals)
    assert mask.mask_text(text, intervals) == "[NOM] ([CHAMBRE]) appelle le [TÉL], épuisant."
    pieces = mask.segments(text, [(0, 19, "error")], intervals)
    assert "".join(p for p, _ in pieces) == "[NOM] ([CHAMBRE]) appelle le [TÉL], épuisant."
    assert pieces[0] == ("[NOM] ([CHAMBRE]", "error")
    shown = mask.segments(text, [(0, 19, "error")], [])
    assert shown[0] == ("Mme Lemaire (ch. 12", "error")


def test_identity_keys_fold_titles_case_accents_and_phone_formats():
    key = mask.identity_key
    assert key(SALT, "person", "Mme LEMAIRE") == key(SALT, "person", "madame Lemaire")
    assert key(SALT, "person", "Dr Hélène Morvan") == key(SALT, "person", "MORVAN")
    assert key(SALT, "id.phone", "06 12 34 56 78") == key(SALT, "id.phone", "+33 6 12 34 56 78")
    assert key(SALT, "person", "Lemaire") != key(b"another-salt-000", "person", "Lemaire")
    assert key(SALT, "person.handle", "@Jdupont") == key(SALT, "person", "jdupont")


def _facts(i, author, date, targets=(), patients=(), line=None):
    return {"id": f"p{i}", "index": i, "line": line or i, "author": author, "date": date,
            "targets": list(targets), "patients": list(patients), "names": {}}


def test_raid_needs_several_authors_within_the_window():
    index = CrossPostIndex()
    target = [("k1", "[NOM]")]
    index.add(_facts(1, "alice", "2024-03-01", target))
    index.add(_facts(2, "bruno", "2024-03-02", target))
    index.add(_facts(3, "alice", "2024-03-02", target))
    index.add(_facts(4, "chloe", "2024-03-03", target))
    index.add(_facts(5, "damien", "2024-04-20", target))     # weeks later: not the same raid
    found = [f for f in index.findings() if f["rule"] == "crosspost-raid"]
    assert len(found) == 1
    raid = found[0]
    assert raid["posts"] == ["p1", "p2", "p3", "p4"] and raid["authors"] == ["alice", "bruno", "chloe"]
    assert raid["references"][0]["id"] == "CP 222-33-2-2"
    assert raid["target"] == "[NOM] #k1" and raid["from"] == "2024-03-01"

    spread = CrossPostIndex()
    for i, day in enumerate(["2024-03-01", "2024-03-10", "2024-03-20"], 1):
        spread.add(_facts(i, f"author{i}", day, target))
    assert not spread.findings()


def test_repeat_naming_and_same_patient():
    index = CrossPostIndex()
    for i in range(1, 4):
        index.add(_facts(i, "alice", None, patients=[(f"k{i}", "[NOM]")]))
    index.add(_facts(4, "bruno", None, patients=[("k1", "[NOM]")]))
    rules = sorted(f["rule"] for f in index.findings())
    assert rules == ["crosspost-repeat-patient-naming", "crosspost-same-patient"]
    same = next(f for f in index.findings() if f["rule"] == "crosspost-same-patient")
    assert same["posts"] == ["p1", "p4"] and same["authors"] == ["alice", "bruno"]


HOSTILE_RULESET = """
rules:
  - id: test-person-targeted
    code: TX901
    name: Personne visée (règle de test)
    severity: warning
    when: {any: [person]}
    spans: [person]
    references: [CP 222-33-2-2]
    message: Une personne est visée.
    suggestion: Ne visez personne.
    examples:
      bad: ["Le Dr Morvan encore en retard."]
      good: ["Bonne journée."]
"""


@pytest.fixture()
def raid_export(tmp_path):
    posts = [
        {"id": "r1", "text": "Le Dr Morvan est une honte, partagez !", "author": "alice",
         "date": "2024-03-01", "service": "urgences"},
        {"id": "r2", "text": "Tout le monde doit savoir ce que fait le Dr Morvan.",
         "author": "bruno", "date": "2024-03-02", "service": "réa"},
        {"id": "r3", "text": "Signalez le profil du docteur MORVAN en masse.", "author": "chloe",
         "date": "2024-03-02", "service": "urgences"},
        {"id": "s1", "text": "Mme Lemaire (ch. 12) a encore arraché sa sonde cette nuit.",
         "author": "alice", "date": "2024-02-11", "profession": "infirmier"},
        {"id": "s2", "text": "Bonne nouvelle, l'unité rouvre ses lits lundi.",
         "author": "bruno", "date": "2024-02-12"},
    ]
    src = tmp_path / "export.jsonl"
    src.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts), "utf-8")
    rules = tmp_path / "hostile.yaml"
    rules.write_text(HOSTILE_RULESET, "utf-8")
    return src, rules


@pytest.mark.slow
def test_html_report_masks_and_shows_crosspost(tmp_path, raid_export):
    src, rules = raid_export
    out = tmp_path / "report.html"
    summary = run(str(src), str(out), fmt="html", jobs=1, rulesets=[str(rules)])
    html = out.read_text("utf-8")
    assert [f["rule"] for f in summary.crosspost] == ["crosspost-raid"]
    for raw in ("Lemaire", "Morvan", "MORVAN", "ch. 12"):
        assert raw not in html
    assert "[NOM]" in html and "[CHAMBRE]" in html and "<mark" in html
    assert "Cible : [NOM] #" in html
    assert html.count("<svg") >= 2 and "PX201" in html and "CP 222-33-2-2" in html
    for section in ('id="by-rule"', 'id="by-reference"', 'id="by-author"', 'id="by-service"',
                    'id="crosspost"', 'id="to-review"'):
        assert section in html

    shown = tmp_path / "shown.html"
    run(str(src), str(shown), fmt="html", jobs=1, rulesets=[str(rules)], show_identifiers=True)
    assert "Lemaire" in shown.read_text("utf-8")


@pytest.mark.slow
def test_crosspost_sidecar_and_exit_status(tmp_path, raid_export):
    from click.testing import CliRunner

    from postcheck.cli import main

    src, rules = raid_export
    side = tmp_path / "crosspost.jsonl"
    result = CliRunner().invoke(main, ["batch", str(src), "--ruleset", str(rules),
                                       "--crosspost", str(side), "--jobs", "1"])
    assert result.exit_code == 1, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["r1", "r2", "r3", "s1", "s2"]
    found = [json.loads(line) for line in side.read_text("utf-8").splitlines()]
    assert found[0]["rule"] == "crosspost-raid" and "Morvan" not in side.read_text("utf-8")
    assert "1 signaux entre publications" in result.stderr


@pytest.mark.slow
def test_cli_reads_stdin_and_csv_format():
    from click.testing import CliRunner

    from postcheck.cli import main

    data = "id,text\nx1,Réunion de service à 14 h.\nx2,\"Le patient du lit 9 a encore arraché sa perfusion.\"\n"
    result = CliRunner().invoke(main, ["batch", "-", "--format", "csv", "--jobs", "1",
                                       "--fail-on", "never"], input=data.encode())
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert rows[0].startswith("record,line,id,verdict") and rows[1].startswith("1,2,x1,ok")
    assert "[CHAMBRE]" in rows[2] and "lit 9" not in rows[2]
