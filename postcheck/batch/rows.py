"""From a raw record (a JSONL line's bytes or a CSV row) to a Post, or to the error that
says why it cannot be checked (never quoting the text). Runs in the worker processes."""
from __future__ import annotations

import json
import os

from ..checker import InputError, make_post
from ..model import CheckError
from .options import BatchOptions
from .readers import RawRecord

_scan = json.JSONDecoder().scan_once   # what json.loads runs once it has skipped blanks


def prepare(record: RawRecord, options: BatchOptions):
    """(row, Post or None, CheckError or None)."""
    if record.error is not None:
        return None, None, CheckError(*record.error)
    row = record.payload
    if isinstance(row, bytes):
        row, error = parse_json_line(row, record.line)
        if error is not None:
            return None, None, error
    columns = options.candidates
    text_column = next((c for c in columns["text"] if c in row), None)
    if text_column is None:
        return row, None, CheckError("missing_text", f"ligne {record.line} : champ "
                                                     f"« {columns['text'][0]} » absent")
    raw = {"text": row[text_column],
           "id": row_id(row, record, options, _pick(row, columns["id"])),
           "profession": _pick(row, columns["profession"]) or options.profession,
           "audience": _pick(row, columns["audience"]) or options.audience,
           "platform": _pick(row, columns["platform"]) or options.platform,
           "attachments": _attachments(_pick(row, columns["attachments"]))}
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


def parse_json_line(raw: bytes, line: int):
    """(dict, None) or (None, CheckError)."""
    if not raw or raw.isspace():
        return None, CheckError("empty_line", f"ligne {line} : ligne vide")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, CheckError("bad_encoding", f"ligne {line} : octets non UTF-8 "
                                                f"(octet 0x{raw[exc.start]:02x}, position {exc.start})")
    row = _object(text)
    if row is None:       # anything unusual: json.loads says exactly what
        try:
            row = json.loads(text)
        except json.JSONDecodeError as exc:
            return None, CheckError("invalid_json", f"ligne {line} : JSON invalide "
                                                    f"(colonne {exc.colno})")
        except RecursionError:
            return None, CheckError("invalid_json", f"ligne {line} : JSON trop imbriqué")
    if not isinstance(row, dict):
        return None, CheckError("invalid_record", f"ligne {line} : un objet JSON est attendu")
    return row, None


def _object(text: str) -> dict | None:
    """The usual line, one JSON object and nothing around it, parsed without json.loads'
    blank skipping; None for anything else."""
    if not text.startswith("{"):
        return None
    try:
        row, end = _scan(text, 0)
    except (ValueError, StopIteration, RecursionError):
        return None
    return row if end == len(text) else None


def _pick(row: dict, candidates):
    for name in candidates:
        value = row.get(name)
        if value not in (None, ""):
            return value
    return None


def row_id(row, record: RawRecord, options: BatchOptions, value=None) -> str:
    if value is None and isinstance(row, dict):
        value = _pick(row, options.candidates["id"])
    if value is None or isinstance(value, (dict, list)):
        return f"line-{record.line}"
    return str(value)


def _attachments(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(str(v) for v in value if v)
    return tuple(p.strip() for p in str(value).replace("|", ";").split(";") if p.strip())
