"""Run the same check on a distributed engine a hospital group already has.

The unit of work is a partition (an iterable of records: dicts with the corpus fields, or
JSON lines); every worker process builds one Checker the first time it sees a partition and
keeps it for the next ones (the model loads once per process, not once per partition).

Dask (extra `postcheck[dask]`)::

    import dask.bag as db
    from postcheck.batch.distributed import check_bag
    results = check_bag(db.read_text("exports/*.jsonl"), profession="infirmier")
    results.map(json.dumps).to_textfiles("results/*.jsonl")

PySpark (`DataFrame.mapInPandas`, Spark ≥ 3.0, pandas and pyarrow on the workers)::

    from postcheck.batch.distributed import check_pandas_batches, SPARK_SCHEMA
    df.select("id", "text", "profession", "audience", "platform") \\
      .mapInPandas(check_pandas_batches, schema=SPARK_SCHEMA)

Each result is the CONTRACT.md JSON of one record plus `id` and `line` (the record's
position within its partition, from 1): a record that cannot be checked gets an `error`
object and the others go on. The text is never logged; it stays on the worker that checks it.
"""
from __future__ import annotations

import json
import threading
from typing import Iterable, Iterator

from .options import BatchOptions
from .readers import RawRecord

SPARK_SCHEMA = "id string, verdict string, error_code string, result string"

_checkers: dict = {}
_lock = threading.Lock()


def _options(**kw) -> BatchOptions:
    return BatchOptions(fmt="records", columns=dict(kw.get("columns") or {}),
                        profession=kw.get("profession"), audience=kw.get("audience"),
                        platform=kw.get("platform"), rulesets=tuple(kw.get("rulesets") or ()))


def _chunk_checker(options: BatchOptions):
    """This process's Checker for these rulesets, built once."""
    from .worker import ChunkChecker

    with _lock:
        checker = _checkers.get(options.rulesets)
        if checker is None:
            checker = _checkers[options.rulesets] = ChunkChecker(options).checker
    return ChunkChecker(options, checker)


def check_partition(records: Iterable, *, chunk_size: int = 128, **kw) -> Iterator[dict]:
    """Check a partition's records in order. Options: profession, audience, platform (defaults
    for records that do not say), rulesets, columns ({"text": "message", ...})."""
    options = _options(**kw)
    local = _chunk_checker(options)
    chunk: list = []
    for n, record in enumerate(records, 1):
        if isinstance(record, str):
            record = record.encode("utf-8")
        if isinstance(record, bytes):
            chunk.append(RawRecord(n, n, record.rstrip(b"\r\n")))
        elif isinstance(record, dict):
            chunk.append(RawRecord(n, n, record))
        else:
            chunk.append(RawRecord(n, n, None, ("invalid_record", f"ligne {n} : un objet JSON "
                                                                  "est attendu")))
        if len(chunk) >= chunk_size:
            with _lock:
                outcomes = local.check(chunk)
            yield from (o.output for o in outcomes)
            chunk = []
    if chunk:
        with _lock:
            outcomes = local.check(chunk)
        yield from (o.output for o in outcomes)


def check_bag(bag, **kw):
    """A Dask bag of records -> a bag of result dicts, partition by partition, in order."""
    return bag.map_partitions(lambda part: list(check_partition(part, **kw)))


def check_pandas_batches(batches: Iterator, **kw) -> Iterator:
    """For Spark's `mapInPandas`: pandas DataFrames of records in, DataFrames of results out
    (columns of SPARK_SCHEMA; `result` holds the full JSON)."""
    import pandas as pd

    for frame in batches:
        rows = frame.where(frame.notna(), None).to_dict("records")
        out = [{"id": r["id"], "verdict": r["verdict"],
                "error_code": (r["error"] or {}).get("code"),
                "result": json.dumps(r, ensure_ascii=False)}
               for r in check_partition(rows, **kw)]
        yield pd.DataFrame(out, columns=["id", "verdict", "error_code", "result"])
