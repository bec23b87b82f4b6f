"""Stream records out of a JSONL or CSV export, one at a time, whatever the file's size.

Readers do as little as they can: a JSONL line is handed on as raw bytes and parsed in the
worker process (so that the parent stays light when several processes check); a CSV row must
be parsed here because a quoted field may span lines. A line that cannot be read becomes a
record carrying its error, so that every input record still gets exactly one output record.
"""
from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from ..inputs import MAX_BYTES

_SURROGATE = re.compile("[\udc80-\udcff]")


@dataclass(slots=True)
class RawRecord:
    index: int                       # 1-based record number in the input
    line: int                        # physical line where the record starts
    payload: bytes | dict | None     # JSONL: the line's bytes; CSV: {column: value}
    error: tuple[str, str] | None = None


class SourceError(Exception):
    """The input as a whole cannot be read (missing file, unknown format)."""


def open_source(source) -> tuple[BinaryIO, int | None]:
    """A binary stream and its size in bytes when known (for the progress bar's ETA)."""
    if hasattr(source, "read"):
        return getattr(source, "buffer", source), None
    if str(source) == "-":
        return sys.stdin.buffer, None
    try:
        fh = open(source, "rb")
    except FileNotFoundError:
        raise SourceError(f"{source}: fichier introuvable") from None
    except IsADirectoryError:
        raise SourceError(f"{source}: c'est un dossier, pas un fichier") from None
    except OSError as exc:
        raise SourceError(f"{source}: lecture impossible ({exc.strerror})") from None
    try:
        import os

        size = os.fstat(fh.fileno()).st_size
    except OSError:
        size = None
    return fh, size


def detect_format(name: str, stream: BinaryIO, declared: str = "auto") -> str:
    """jsonl or csv: as declared, else from the file name, else from the first byte."""
    if declared in ("jsonl", "csv"):
        return declared
    lower = str(name).lower()
    if lower.endswith((".jsonl", ".ndjson", ".json", ".jsonl.gz")):
        return "jsonl"
    if lower.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") else "csv"


def read_jsonl(stream: BinaryIO, counter: list | None = None) -> Iterator[RawRecord]:
    """One record per physical line (a blank line too: it becomes an error record)."""
    index = 0
    while True:
        raw = stream.readline(MAX_BYTES + 2)
        if not raw:
            return
        index += 1
        if counter is not None:
            counter[0] += len(raw)
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                if counter is not None:
                    counter[0] += len(rest)
            yield RawRecord(index, index, None, ("line_too_long", f"ligne {index} : ligne de "
                                                 f"plus de {MAX_BYTES} octets, ignorée"))
            continue
        if index == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield RawRecord(index, index, raw.rstrip(b"\r\n"))


class _CountingReader(io.RawIOBase):
    """Counts the bytes the CSV parser consumed, for the progress bar."""

    def __init__(self, stream, counter):
        self.stream, self.counter = stream, counter

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self.stream.read(len(buffer))
        buffer[:len(data)] = data
        self.counter[0] += len(data)
        return len(data)


def read_csv(stream: BinaryIO, counter: list | None = None) -> Iterator[RawRecord]:
    """Rows as {header: value}. Delimiter sniffed from the header (`,` `;` or tab).
    Undecodable bytes are kept as surrogates by the decoder and turned into an error here."""
    csv.field_size_limit(MAX_BYTES)
    if counter is not None:
        stream = io.BufferedReader(_CountingReader(stream, counter))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    header_line = text.readline()
    if not header_line.strip():
        return
    delimiter = max(",;\t", key=header_line.count)
    header = [h.strip() for h in next(csv.reader([header_line], delimiter=delimiter))]
    reader = csv.reader(text, delimiter=delimiter)
    index, line = 0, 2
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            index += 1
            yield RawRecord(index, line, None, ("bad_csv", f"ligne {line} : ligne CSV "
                                                f"illisible ({exc.__class__.__name__})"))
            line = reader.line_num + 2
            continue
        index += 1
        start, line = line, reader.line_num + 2
        if not any(field.strip() for field in row):
            yield RawRecord(index, start, None, ("empty_line", f"ligne {start} : ligne vide"))
        elif len(row) != len(header):
            yield RawRecord(index, start, None, ("bad_columns", f"ligne {start} : {len(row)} "
                                                 f"colonnes au lieu de {len(header)}"))
        elif bad := [h for h, v in zip(header, row) if _SURROGATE.search(v)]:
            yield RawRecord(index, start, None, ("bad_encoding", f"ligne {start}, colonne "
                                                 f"« {bad[0]} » : octets non UTF-8"))
        else:
            yield RawRecord(index, start, dict(zip(header, row)))
