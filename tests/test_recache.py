"""The on-disk cache of compiled patterns gives back patterns that match exactly like freshly
compiled ones, and falls back to compiling when the cache is off or unreadable."""
import re

from postcheck import _recache


def _build():
    return {"a": (re.compile(r"(?<!\w)(?P<g0>con(?:nard|nasse)s?)(?!\w)"), {"g0": "insult"}),
            "b": [re.compile(r"\d{2}(?:\s?\d{2}){4}")]}


def test_cached_patterns_match_like_compiled_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTCHECK_CACHE_DIR", str(tmp_path))
    first = _recache.cached("t", ["k1"], _build)
    assert list(tmp_path.glob("t-*.pickle")), "the build was not stored"
    calls = []
    second = _recache.cached("t", ["k1"], lambda: calls.append(1) or _build())
    assert not calls, "the stored build was not used"
    text = "quel connard, appelle le 06 12 34 56 78 ; contexte"
    for (one, two) in ((first["a"][0], second["a"][0]), (first["b"][0], second["b"][0])):
        assert [m.span() for m in one.finditer(text)] == [m.span() for m in two.finditer(text)]
    assert second["a"][0].search(text).lastgroup == "g0"
    assert second["a"][1] == {"g0": "insult"}


def test_damaged_or_disabled_cache_falls_back(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTCHECK_CACHE_DIR", str(tmp_path))
    _recache.cached("t", ["k2"], _build)
    for path in tmp_path.glob("t-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert _recache.cached("t", ["k2"], _build)["b"][0].match("0612345678")
    monkeypatch.setenv("POSTCHECK_NO_CACHE", "1")
    before = len(list(tmp_path.iterdir()))
    assert _recache.cached("t", ["k3"], _build)["a"][0].search("gros connard")
    assert len(list(tmp_path.iterdir())) == before, "nothing is written when the cache is off"


def test_unstorable_build_is_still_returned_and_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTCHECK_CACHE_DIR", str(tmp_path))
    value = _recache.cached("t", ["k4"], lambda: [lambda: None])   # a lambda cannot be pickled
    assert callable(value[0])
    assert list(tmp_path.iterdir()) == [], "a failed store left a file behind"


def test_cue_gate_reads_come_back_equal_from_the_cache(tmp_path, monkeypatch):
    from postcheck.detectors import cue_gate

    monkeypatch.setenv("POSTCHECK_CACHE_DIR", str(tmp_path))
    bodies = cue_gate.lexicon_alternatives("care_duty")[:40]
    fresh = [cue_gate._analyse(b) for b in bodies]
    monkeypatch.setattr(cue_gate, "_READS", {})
    cue_gate.read_all(bodies)                      # builds and stores
    monkeypatch.setattr(cue_gate, "_READS", {})
    cue_gate.read_all(bodies)                      # reads the stored analysis back
    assert list(tmp_path.glob("cuegate-*.pickle"))
    assert [cue_gate._read(b) for b in bodies] == fresh
