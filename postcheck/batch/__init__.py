"""`postcheck batch`: check exports of thousands of posts, in several processes, into JSONL,
CSV or a self-contained HTML report, with cross-post signals.

    from postcheck.batch import run
    summary = run("export.jsonl", "rapport.html", fmt="html", jobs=2)

Modules: readers (stream JSONL/CSV records), worker (check a chunk in any process), pool
(ordered, bounded multiprocessing), writers (jsonl/csv, resume), facts, mask, crosspost,
report + charts + templates/ (HTML), distributed (Dask / PySpark helpers), runner (run()).
Importing this package is cheap; nothing loads the model until records are checked.
"""
from __future__ import annotations

__all__ = ["run", "BatchError", "Summary"]


def __getattr__(name):
    if name in __all__:
        from . import runner

        return getattr(runner, name)
    raise AttributeError(name)
