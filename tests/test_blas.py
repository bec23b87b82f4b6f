"""NER's large matrix products on numpy's BLAS (postcheck/blas.py): same entities as thinc's
default `blis`, one BLAS thread during our products only, and a way back to the default."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
import spacy

from postcheck import blas
from postcheck.nlp import _UNUSED_COMPONENTS, MODEL, get_nlp

threadpoolctl = pytest.importorskip("threadpoolctl")


def _stock():
    return spacy.load(MODEL, exclude=list(_UNUSED_COMPONENTS))


def _ents(docs):
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]


def _blas_threads():
    return [lib["num_threads"] for lib in threadpoolctl.threadpool_info()
            if lib["user_api"] == "blas"]


@pytest.fixture(scope="module")
def numpy_blas_in_use():
    ops = {type(node.ops).__name__ for node in get_nlp().get_pipe("ner").model.walk()}
    if "OneThreadNumpyOps" not in ops:
        pytest.skip("numpy is not built on OpenBLAS or MKL here: thinc's blis is kept")
    return True


def test_batches_give_the_entities_of_stock_spacy(numpy_blas_in_use, dev_corpus):
    texts = [post["text"] for post in dev_corpus]
    ours = _ents(get_nlp().pipe(texts, batch_size=64))
    assert sum(map(len, ours)) > 100   # the corpus holds entities: the comparison means something
    assert ours == _ents(_stock().pipe(texts, batch_size=64))


def test_large_products_take_the_numpy_path(numpy_blas_in_use, monkeypatch):
    calls = []
    ner_ops = next(node.ops for node in get_nlp().get_pipe("ner").model.walk())
    real_scope = ner_ops._scope
    monkeypatch.setattr(ner_ops, "_scope", lambda: calls.append(1) or real_scope())
    list(get_nlp().pipe(["Mme Le Goff, chambre 4, sortie demain."] * 40))
    assert calls   # 40 posts make products of well over MIN_ROWS rows
    calls.clear()
    get_nlp()("Nuit calme.")
    assert not calls   # one short post stays on blis


def test_blas_threads_are_left_as_they_were(numpy_blas_in_use):
    before = _blas_threads()
    list(get_nlp().pipe(["Le Dr Martin passe en salle 3 à Brest."] * 64))
    assert _blas_threads() == before


def test_environment_keeps_thincs_default(monkeypatch):
    monkeypatch.setenv("POSTCHECK_BLAS", "blis")
    nlp = _stock()
    assert blas.use_numpy_blas(nlp) is False
    assert all(type(node.ops).__name__ == "NumpyOps" for node in nlp.get_pipe("ner").model.walk())


_PROBE = """
import os, sys
from click.testing import CliRunner
from postcheck.cli import main
CliRunner().invoke(main, ["rules"], catch_exceptions=False)
import numpy
from threadpoolctl import threadpool_info
print(os.environ.get("OPENBLAS_NUM_THREADS"),
      max([lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] or [1]))
"""


def _probe(env_threads=None):
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if env_threads:
        env["OPENBLAS_NUM_THREADS"] = env_threads
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                         text=True, check=True).stdout
    return out.split()


def test_command_line_starts_no_blas_thread_pool():
    # Idle BLAS threads make every malloc of spaCy's parser take a lock (blas.py).
    assert _probe() == ["1", "1"]


def test_command_line_keeps_the_users_thread_count():
    assert _probe("2") == ["2", str(min(2, os.cpu_count()))]


def test_too_late_once_numpy_is_loaded(monkeypatch):
    import numpy  # noqa: F401

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert blas.no_blas_thread_pool() is False
    assert "OPENBLAS_NUM_THREADS" not in os.environ
