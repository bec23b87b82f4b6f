"""Attached images: the caption-plus-image check fires on a name read on a wristband or a
monitor, a face next to a patient, a GPS position in a hospital; a harmless image stays
quiet; a bad file is a clear error naming it, never a crash."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from . import imagegen
from .conftest import ROOT, SHARED, fired


def require_image_support(face: bool = False):
    """Skip unless the `images` extra and Tesseract's French model are installed."""
    for module in ("PIL", "cv2", "numpy"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} absent : pip install '.[images]'")
    if not shutil.which("tesseract"):
        pytest.skip("tesseract absent : apt-get install tesseract-ocr tesseract-ocr-fra")
    if face and imagegen.face_image() is None:
        pytest.skip("scikit-image absent : pas d'image de visage pour le test")


@pytest.fixture
def images(tmp_path):
    require_image_support()

    def make(name, image_or_bytes):
        return imagegen.save(image_or_bytes, tmp_path / name)
    return make


def test_name_on_a_wristband_is_caught_like_one_in_the_caption(checker, images):
    band = images("bracelet.jpg", imagegen.text_image(
        ["KERANGAL Solenn", "Née le 21/06/1958", "IPP 6612093374"]))
    result = checker.check("Nuit agitée en réa, vivement la relève 😅", profession="infirmier",
                           attachments=[band])
    assert result.verdict == "block"
    finding = next(f for f in result.findings if f.rule == "image-personal-data")
    kinds = {a.kind for a in finding.attachments}
    assert {"person", "id.ipp"} <= kinds
    assert all(a.attachment == 1 for a in finding.attachments)
    assert any("KERANGAL" in (a.text or "") for a in finding.attachments)
    assert finding.spans == ()  # nothing to underline in the caption
    payload = result.to_dict()["findings"][0]
    assert payload["attachments"][0]["attachment"] == 1
    assert "CSP L1110-4" in {r["id"] for r in payload["references"]}


def test_name_on_a_dark_monitor_is_read(checker, images):
    screen = images("scope.png", imagegen.text_image(["Mme TREGUER Nolwenn  Ch. 14",
                                                       "FC 88  SpO2 94%"], dark=True))
    result = checker.check("Ambiance calme en USIC cette nuit", attachments=[screen])
    assert "image-personal-data" in fired(result)


def test_caption_health_and_image_name_make_a_patient_identifiable(checker, images):
    band = images("bracelet.png", imagegen.text_image(["LE BIHAN Gwenola"]))
    result = checker.check("Troisième cure de chimio aujourd'hui pour ma patiente",
                           attachments=[band])
    assert "image-personal-data" in fired(result)
    caption_only = checker.check("Troisième cure de chimio aujourd'hui pour ma patiente")
    assert caption_only.verdict == "ok"


def test_face_next_to_a_patient_is_an_error(checker, tmp_path):
    require_image_support(face=True)
    photo = imagegen.save(imagegen.face_image(), tmp_path / "selfie.jpg")
    result = checker.check("Avec mon petit patient préféré, en pleine chimio 💛",
                           attachments=[photo])
    assert "image-patient-face" in fired(result)
    face = next(s for s in result.signals if s.kind == "image.face")
    assert face.source == "attachment:1" and len(face.attrs["box"]) == 4


def test_harmless_image_stays_quiet(checker, images):
    plain = images("paysage.jpg", imagegen.landscape_image())
    result = checker.check("Nuit agitée en réa, vivement la relève 😅", attachments=[plain])
    assert result.verdict == "ok"
    assert not [s for s in result.signals if s.source]


def test_gps_position_is_read_and_located_in_a_hospital(checker, images, monkeypatch):
    table = SHARED / "data" / "etablissements" / "FR.csv"
    if not table.exists():
        pytest.skip("liste d'établissements absente")
    import csv

    with table.open(encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["lat"] and r["lon"])
    lat, lon = float(row["lat"]), float(row["lon"])
    photo = images("pause.jpg", imagegen.with_gps(imagegen.landscape_image(), lat, lon))
    monkeypatch.setenv("POSTCHECK_ETABLISSEMENTS", str(table))
    result = checker.check("Petite pause au soleil ☀️", attachments=[photo])
    gps = next(s for s in result.signals if s.kind == "image.gps")
    assert gps.attrs["in_hospital"] is True
    assert gps.attrs["taken"].startswith("2025:03:14")
    assert "image-location" in fired(result)
    far = images("plage.jpg", imagegen.with_gps(imagegen.landscape_image(), 47.2878, -2.5123))
    assert "image-location" not in fired(checker.check("Petite pause au soleil ☀️",
                                                       attachments=[far]))


@pytest.mark.parametrize("content,reason", [
    (b"ceci est un brouillon, pas une image", "n'est pas une image"),
    (b"", "vide"),
])
def test_not_an_image_is_a_clear_error(checker, tmp_path, content, reason):
    require_image_support()
    from postcheck.checker import InputError

    path = tmp_path / "photo.jpg"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        checker.check("Bonne journée à tous", attachments=[str(path)])
    assert "photo.jpg" in str(err.value) and reason in str(err.value)
    assert err.value.code == "bad_attachment"


def test_truncated_image_and_missing_file(checker, tmp_path):
    require_image_support()
    from postcheck.checker import InputError

    data = imagegen.to_bytes(imagegen.landscape_image())
    cut = tmp_path / "coupee.jpg"
    cut.write_bytes(data[: len(data) // 2])
    for path, reason in ((cut, "tronquée"), (tmp_path / "absente.png", "introuvable"),
                         (tmp_path, "dossier")):
        with pytest.raises(InputError) as err:
            checker.check("Bonne journée", attachments=[str(path)])
        assert path.name in str(err.value) and reason in str(err.value)


def test_check_many_reports_a_bad_attachment_and_goes_on(checker, tmp_path):
    require_image_support()
    bad = tmp_path / "pas-une-image.png"
    bad.write_text("texte", encoding="utf-8")
    results = list(checker.check_many([
        {"id": "a", "text": "Bonne journée", "attachments": [str(bad)]},
        {"id": "b", "text": "Bonne journée"},
    ]))
    assert results[0].error.code == "bad_attachment" and results[0].verdict is None
    assert "pas-une-image.png" in results[0].error.message
    assert results[1].verdict == "ok"


def test_cli_bad_attachment_exits_2_with_one_line(tmp_path):
    require_image_support()
    draft = tmp_path / "brouillon.txt"
    draft.write_text("Bonne journée à tous", encoding="utf-8")
    bad = tmp_path / "photo.jpg"
    bad.write_text("pas une image", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "postcheck", str(draft), "--attach", str(bad)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "photo.jpg" in lines[0] and "Bonne journée" not in run.stderr


def test_cli_attach_json(tmp_path):
    require_image_support()
    draft = tmp_path / "brouillon.txt"
    draft.write_text("Nuit agitée en réa 😅", encoding="utf-8")
    band = imagegen.save(imagegen.text_image(["GUILLOU Armelle", "IPP 5523017846"]),
                         tmp_path / "bracelet.jpg")
    run = subprocess.run([sys.executable, "-m", "postcheck", str(draft), "--attach", band,
                          "--format", "json"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert run.returncode == 1, run.stderr
    data = json.loads(run.stdout)
    assert data["verdict"] == "block"
    assert any(f.get("attachments") for f in data["findings"])


def test_text_checks_never_load_image_libraries():
    code = ("import sys; from postcheck import Checker; c = Checker(); "
            "c.check('Mme Durand (ch 4) a refusé sa toilette'); "
            "print([m for m in ('PIL', 'cv2', 'postcheck.images') if m in sys.modules])")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.stdout.strip().splitlines()[-1] == "[]", run.stdout + run.stderr
