"""Cost of a check: text detectors against a bare spaCy NER pass, and one attached image.

    python3 benchmarks/speed.py            # dev corpus x 10, plus 3 generated images

Prints the ratio full check / bare `nlp.pipe` (budget: 1.5x on tweet-size posts) and the
time of one image check (decode, EXIF, faces, OCR, text detectors on what was read).
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from postcheck import Checker  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def text_ratio(checker, repeat: int = 10) -> tuple[float, float, int]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    posts = [{"id": r["id"], "text": r["text"]} for r in rows] * repeat
    texts = [p["text"] for p in posts]
    list(checker.nlp.pipe(texts[:50]))
    list(checker.check_many(posts[:50]))
    bare = full = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        list(checker.nlp.pipe(texts))
        bare = min(bare, time.perf_counter() - t)
        t = time.perf_counter()
        list(checker.check_many(posts))
        full = min(full, time.perf_counter() - t)
    return bare, full, len(posts)


def image_cost(checker) -> dict[str, float]:
    from tests import imagegen

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        cases = {
            "bracelet (texte)": imagegen.text_image(["KERANGAL Solenn", "IPP 6612093374"]),
            "écran sombre": imagegen.text_image(["Mme TREGUER Ch. 14", "FC 88"], dark=True),
            "photo 1600x1200": imagegen.landscape_image((1600, 1200)),
        }
        face = imagegen.face_image()
        if face is not None:
            cases["visage 512x512"] = face
        for name, image in cases.items():
            path = imagegen.save(image, Path(tmp) / "image.jpg")
            checker.check("Nuit calme en réa", attachments=[path])  # warm
            times = []
            for _ in range(5):
                t = time.perf_counter()
                checker.check("Nuit calme en réa", attachments=[path])
                times.append(time.perf_counter() - t)
            out[name] = statistics.median(times)
    return out


def main():
    checker = Checker()
    bare, full, n = text_ratio(checker)
    print(f"{n} posts: bare spaCy {bare * 1000 / n:.2f} ms/post, full check "
          f"{full * 1000 / n:.2f} ms/post, ratio {full / bare:.2f}")
    try:
        for name, seconds in image_cost(checker).items():
            print(f"image {name:<18} {seconds * 1000:7.0f} ms")
    except Exception as exc:  # image support not installed
        print(f"images: not measured ({exc})")


if __name__ == "__main__":
    main()
