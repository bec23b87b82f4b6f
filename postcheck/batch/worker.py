"""Check a chunk of raw records, in whatever process runs it.

Each process builds one Checker (the model loads once per process) and turns raw records
into `Outcome`s: the output record, already formatted, and the small facts the report and
the cross-post analysis need. Only this module ever sees a post's text; what leaves it is
the contract's result (for jsonl), masked excerpts (for html) and salted identity hashes.
"""
from __future__ import annotations

import json
import os
import signal
from dataclasses import dataclass

from ..checker import InputError, make_post
from ..heap import settle_for_good
from ..model import CheckError, Result
from . import facts as facts_mod
from .options import BatchOptions
from .readers import RawRecord

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
        prepared = [_prepare(record, self.options) for record in records]
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
                result = Result(_row_id(row, record, self.options), (), (), error)
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
            row, _ = _parse_json_line(row, record.line)
        error = CheckError("worker_crashed", f"ligne {record.line} : non vérifié, le processus "
                                             f"qui vérifiait ce lot s'est arrêté")
        outcomes.append(_outcome(record, row, None, Result(_row_id(row, record, options), (), (),
                                                           error), options))
    return outcomes


def _prepare(record: RawRecord, options: BatchOptions):
    """(row, Post or None, CheckError or None)."""
    if record.error is not None:
        return None, None, CheckError(*record.error)
    row = record.payload
    if isinstance(row, bytes):
        row, error = _parse_json_line(row, record.line)
        if error is not None:
            return None, None, error
    fields = {name: _pick(row, options.column_candidates(name))
              for name in ("id", "profession", "audience", "platform", "attachments")}
    present = [c for c in options.column_candidates("text") if c in row]
    if not present:
        column = options.column_candidates("text")[0]
        return row, None, CheckError("missing_text", f"ligne {record.line} : champ "
                                                     f"« {column} » absent")
    fields["text"] = row[present[0]]
    raw = {"text": fields["text"], "id": _row_id(row, record, options, fields["id"]),
           "profession": fields["profession"] or options.profession,
           "audience": fields["audience"] or options.audience,
           "platform": fields["platform"] or options.platform,
           "attachments": _attachments(fields["attachments"])}
    try:
        post = make_post(raw)
    except InputError as exc:
        return row, None, CheckError(exc.code, f"ligne {record.line} : {exc}")
    for n, path in enumerate(post.attachments, 1):
        full = path if os.path.isabs(path) else os.path.join(options.base_dir, path)
        if not (os.path.isfile(full) and os.access(full, os.R_OK)):
            return row, None, CheckError("unreadable_attachment", f"ligne {record.line} : "
                                         f"pièce jointe n° {n} introuvable ou illisible")
    return row, post, None


def _parse_json_line(raw: bytes, line: int):
    if not raw.strip():
        return None, CheckError("empty_line", f"ligne {line} : ligne vide")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, CheckError("bad_encoding", f"ligne {line} : octets non UTF-8 "
                                                f"(octet 0x{raw[exc.start]:02x}, position {exc.start})")
    try:
        row = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, CheckError("invalid_json", f"ligne {line} : JSON invalide (colonne {exc.colno})")
    except RecursionError:
        return None, CheckError("invalid_json", f"ligne {line} : JSON trop imbriqué")
    if not isinstance(row, dict):
        return None, CheckError("invalid_record", f"ligne {line} : un objet JSON est attendu")
    return row, None


def _pick(row: dict, candidates):
    for name in candidates:
        value = row.get(name)
        if value not in (None, ""):
            return value
    return None


def _row_id(row, record: RawRecord, options: BatchOptions, value=None) -> str:
    if value is None and isinstance(row, dict):
        value = _pick(row, options.column_candidates("id"))
    if value is None or isinstance(value, (dict, list)):
        return f"line-{record.line}"
    return str(value)


def _attachments(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(str(v) for v in value if v)
    return tuple(p.strip() for p in str(value).replace("|", ";").split(";") if p.strip())


def _outcome(record: RawRecord, row, post, result: Result, options: BatchOptions) -> Outcome:
    facts = facts_mod.collect(record, row, post, result, options)
    if options.fmt == "csv":
        from .writers import csv_rows

        output = csv_rows(record, result, post, options, facts)
    else:
        data = result.to_dict()
        data = {"id": data.pop("id"), "line": record.line, **data}
        if options.fmt == "records":      # distributed engines want the dict itself
            output = data
        else:
            output = json.dumps(data, ensure_ascii=False) + "\n" if options.fmt == "jsonl" else ""
    return Outcome(record.index, record.line, output, facts)
