"""The matrix products of spaCy's NER on numpy's BLAS, one thread, instead of thinc's `blis`.

About 40 % of the NER pass is a handful of large products (every token of a batch through
the embedding's maxout layers). On the 2-core machine we measure on, numpy's OpenBLAS does
them 1.5× faster than the `blis` package thinc uses by default, and the NER pass over
batches of 128 posts takes 8 to 10 % less time (1,025 against 940 posts/s), with the same
entities (checked on every text of the golden set and by `tests/test_blas.py`). Thinc
supports it (`NumpyOps(use_blis=False)`); we only choose it.

One thread: OpenBLAS would otherwise start a second thread for these products, which gains
nothing here and takes the core that a second batch job, or the server's next request, needs.
The limit covers our products only and is lifted after each one: a program that imports
postcheck keeps its own BLAS settings.

Used only when numpy's BLAS is one of the optimised ones we know (OpenBLAS, MKL); a numpy
built on the reference BLAS keeps thinc's default. `POSTCHECK_BLAS=blis` also keeps it.
"""
from __future__ import annotations

import os
import sys

_FAST_BLAS = ("openblas", "mkl")
MIN_ROWS = 64   # fewer rows (one short post): blis is as fast or faster, it keeps those


def no_blas_thread_pool() -> bool:
    """Ask OpenBLAS not to start its thread pool in this process (our command lines call it
    first thing); False when too late (numpy loaded) or when the user chose a thread count.

    The pool's idle threads cost even when no product runs: once a process has a second
    thread, glibc's malloc locks its arena on every call, and spaCy's parser allocates at every
    step. NER runs 10 to 15 % faster without them (measured with an idle Python thread too:
    the same loss). postcheck's products use one thread anyway (see above), so nothing is lost.
    """
    if "numpy" in sys.modules or "OPENBLAS_NUM_THREADS" in os.environ:
        return False
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    return True


def use_numpy_blas(nlp) -> bool:
    """Switch the NER model of `nlp` to numpy's BLAS; False when we keep thinc's default."""
    if os.environ.get("POSTCHECK_BLAS", "").lower() == "blis":
        return False
    scope = _one_thread_scope()
    if scope is None:
        return False
    ops = _ops_class()(scope, MIN_ROWS)
    for node in nlp.get_pipe("ner").model.walk():
        node.ops = ops
    return True


def _one_thread_scope():
    """A callable opening a one-thread BLAS scope, or None when numpy's BLAS is not known."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    import numpy  # noqa: F401  (threadpoolctl sees the BLAS libraries loaded so far)

    controller = ThreadpoolController().select(user_api="blas")
    if not any(lib.internal_api in _FAST_BLAS for lib in controller.lib_controllers):
        return None
    return lambda: controller.limit(limits=1)


def _ops_class():
    from thinc.api import NumpyOps, Ops

    class OneThreadNumpyOps(NumpyOps):
        """NumpyOps whose large products go to numpy's BLAS, one thread at a time."""

        def __init__(self, scope, min_rows):
            super().__init__(use_blis=True)
            self._scope, self._min_rows = scope, min_rows

        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            if x.shape[1 if trans1 else 0] < self._min_rows:
                return NumpyOps.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)
            with self._scope():
                return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)

    return OneThreadNumpyOps
