"""Check a chunk of raw records, in whatever process runs it.

Each process builds one Checker (the model loads once per process) and turns raw records
into `Outcome`s: the output record, already formatted, and the small facts the report and
the cross-post analysis need. Only this module (with rows.py and jsonline.py) ever sees a
post's text; what leaves it is the contract's result (for jsonl), masked excerpts (for html)
and salted identity hashes.
"""
from __future__ import annotations

import os
import signal
from dataclasses import dataclass

from ..heap import settle_for_good
from ..model import CheckError, Result
from . import facts as facts_mod
from .jsonline import result_line
from .options import BatchOptions
from .readers import RawRecord
from .rows import parse_json_line, prepare, row_id

_state: dict = {}   # this process's ChunkChecker (pool workers only)


@dataclass(slots=True)
class Outcome:
    index: int
    line: int
    output: str | dict    # the formatted output record (a JSONL line, CSV rows, or a dict)
    facts: dict           # id, verdict, rules, refs, author, date, identity keys, excerpt


class ChunkChecker:
    """One Checker and the run's options; turns lists of raw records into outcomes."""

    def __init__(self, options: BatchOptions, checker=None):
        if checker is None:
            from ..checker import Checker
            from ..cli import _quiet_third_party_logs

            _quiet_third_party_logs()
            checker = Checker(rulesets=options.rulesets)
        self.options, self.checker = options, checker

    def check(self, records: list[RawRecord]) -> list[Outcome]:
        """Check records in order; one that cannot be checked gets an error outcome."""
        prepared = [prepare(record, self.options) for record in records]
        posts = [p for _, p, _ in prepared if p is not None]
        try:
            results = list(self.checker.check_many(posts))
        except Exception:  # a bug on one post must not lose the others: retry one by one
            results = [self._check_one(p) for p in posts]
        results.reverse()
        outcomes = []
        for record, (row, post, error) in zip(records, prepared):
            if post is not None:
                result = results.pop()
                if result.error is not None and not result.error.message.startswith("ligne"):
                    result = Result(result.id, (), (), CheckError(
                        result.error.code, f"ligne {record.line} : {result.error.message}"))
            else:
                result = Result(row_id(row, record, self.options), (), (), error)
            outcomes.append(_outcome(record, row, post, result, self.options))
        return outcomes

    def _check_one(self, post) -> Result:
        try:
            return next(iter(self.checker.check_many([post])))
        except Exception as exc:
            return Result(post.id, (), (), CheckError(
                "internal_error", f"erreur interne du vérificateur ({exc.__class__.__name__})"))


def init_worker(options: BatchOptions) -> None:
    """Pool initializer: Ctrl-C is the parent's to handle; build this process's Checker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _state["chunk_checker"] = ChunkChecker(options)
    except Exception as exc:  # raising here would make the pool restart workers forever
        _state["startup_error"] = exc


def check_chunk(records: list[RawRecord]) -> list[Outcome]:
    """Pool task: check one chunk with this process's ChunkChecker."""
    if "startup_error" in _state:
        raise _state["startup_error"]
    _exit_if_told(records)
    outcomes = _state["chunk_checker"].check(records)
    if not _state.get("settled"):   # this process is ours, the Checker is loaded (heap.py)
        settle_for_good()
        _state["settled"] = True
    return outcomes


def _exit_if_told(records: list[RawRecord]) -> None:
    """For crash tests: die, as a killed worker would, on the POSTCHECK_TEST_WORKER_EXIT mark."""
    marker = os.environ.get("POSTCHECK_TEST_WORKER_EXIT")
    if marker and any(marker in repr(record.payload) for record in records):
        os._exit(70)


def lost_chunk(records: list[RawRecord], options: BatchOptions) -> list[Outcome]:
    """Error outcomes for a chunk whose worker process died while checking it."""
    outcomes = []
    for record in records:
        row = record.payload
        if isinstance(row, bytes):
            row, _ = parse_json_line(row, record.line)
        error = CheckError("worker_crashed", f"ligne {record.line} : non vérifié, le processus "
                                             f"qui vérifiait ce lot s'est arrêté")
        outcomes.append(_outcome(record, row, None, Result(row_id(row, record, options), (), (),
                                                           error), options))
    return outcomes


def _outcome(record: RawRecord, row, post, result: Result, options: BatchOptions) -> Outcome:
    facts = facts_mod.collect(record, row, post, result, options)
    if options.fmt == "csv":
        from .writers import csv_rows

        output = csv_rows(record, result, post, options, facts)
    elif options.fmt == "jsonl":
        output = result_line(result, record.line)
    elif options.fmt == "records":        # distributed engines want the dict itself
        data = result.to_dict()
        output = {"id": data.pop("id"), "line": record.line, **data}
    else:
        output = ""
    return Outcome(record.index, record.line, output, facts)
