"""`postcheck.batch.run(...)`: read, check, write, report — the one call behind
`postcheck batch`, usable from Python as is.

Ctrl-C is caught between records: the output then holds complete records only (and the HTML
report says it is partial); `resume=True` continues from there. A second Ctrl-C stops at once.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice

from . import writers
from .crosspost import CrossPostIndex
from .options import FORMATS, BatchOptions, default_jobs
from .pool import WorkerCrash, chunked, execute
from .progress import Progress, StopFlag
from .readers import SourceError, detect_format, open_source, read_csv, read_jsonl


class BatchError(Exception):
    """Bad usage, unreadable input, or records lost to a dead worker (exit 2, in French)."""
    summary = None   # set when the run went through


@dataclass
class Summary:
    records: int = 0
    errors: int = 0
    verdicts: Counter = field(default_factory=Counter)
    severities: Counter = field(default_factory=Counter)
    crosspost: list = field(default_factory=list)
    skipped: int = 0              # records already in the output (resume)
    interrupted: bool = False
    lost: int = 0                 # records whose worker process died (error records)

    def line(self) -> str:
        parts = [f"{self.records} enregistrements vérifiés",
                 f"{self.verdicts['block']} à bloquer", f"{self.verdicts['review']} à revoir",
                 f"{self.verdicts['ok']} sans problème", f"{self.errors} illisibles",
                 f"{len(self.crosspost)} signaux entre publications"]
        if self.skipped:
            parts.insert(0, f"reprise après {self.skipped} enregistrements")
        return "postcheck batch : " + ", ".join(parts)


def run(source, output="-", *, fmt: str = "jsonl", jobs: int | None = None,
        columns: dict | None = None, profession=None, audience=None, platform=None,
        rulesets=(), show_identifiers: bool = False, resume: bool = False,
        crosspost_output=None, input_format: str = "auto", progress: bool | None = None,
        chunk_size: int = 128, checker=None) -> Summary:
    """Check every record of `source` (path, '-' or binary file) into `output` (path, '-' or
    text file). Returns the Summary; per-record problems are in the output."""
    if fmt not in FORMATS:
        raise BatchError(f"format inconnu « {fmt} » (jsonl, csv ou html)")
    ruleset = _load_ruleset(rulesets)
    try:
        stream, size = open_source(source)
        kind = detect_format(getattr(source, "name", source), stream, input_format)
    except SourceError as exc:
        raise BatchError(str(exc)) from None
    base = os.path.dirname(os.path.abspath(source)) if isinstance(source, (str, os.PathLike)) \
        and str(source) != "-" else os.getcwd()
    options = BatchOptions(fmt=fmt, columns=dict(columns or {}), profession=profession,
                           audience=audience, platform=platform, rulesets=tuple(rulesets),
                           show_identifiers=show_identifiers, salt=os.urandom(16),
                           base_dir=base, input_format=kind)
    summary = Summary()
    out, close_out = _open_output(output, fmt, resume, summary)
    consumed = [0]
    records = (read_jsonl if kind == "jsonl" else read_csv)(stream, consumed)
    records = islice(records, summary.skipped, None)
    report = None
    if fmt == "html":
        from .report import ReportBuilder

        report = ReportBuilder(ruleset)
    index = CrossPostIndex(ruleset.references)
    bar = Progress(size, consumed, enabled=progress)
    stop = StopFlag()
    try:
        with stop, closing(execute(chunked(records, chunk_size), options,
                                   jobs or default_jobs(), checker)) as results:
            for outcomes in results:
                for outcome in outcomes:
                    _account(summary, outcome.facts)
                    index.add(outcome.facts)
                    if report is not None:
                        report.add(outcome.facts)
                text = "".join([o.output for o in outcomes])   # whole records, in one call
                if text:
                    out.write(text)
                out.flush()
                bar.update(len(outcomes))
                if stop.requested:
                    summary.interrupted = True
                    break
    except KeyboardInterrupt:
        summary.interrupted = True
        raise
    except WorkerCrash as exc:
        raise BatchError(f"postcheck batch : {exc}") from None
    finally:
        bar.close()
        summary.crosspost = index.findings()
        if report is not None:
            from .. import __version__

            out.write(report.render(summary.crosspost, {
                "source": "<stdin>" if str(source) == "-" else os.path.basename(str(
                    getattr(source, "name", source))), "version": __version__,
                "interrupted": summary.interrupted, "masked": not show_identifiers}))
        if crosspost_output:
            with open(crosspost_output, "w", encoding="utf-8") as fh:
                for finding in summary.crosspost:
                    fh.write(json.dumps(finding, ensure_ascii=False) + "\n")
        out.flush()
        if close_out:
            out.close()
        if stream is not sys.stdin.buffer and not hasattr(source, "read"):
            stream.close()
    if summary.lost:  # the output is complete, with error records: still, say it loudly
        error = BatchError(f"postcheck batch : {summary.lost} enregistrements non vérifiés, un pro"
                           f"cessus de vérification s'est arrêté (erreurs worker_crashed)")
        error.summary = summary
        raise error
    return summary


def _account(summary: Summary, facts: dict) -> None:
    summary.records += 1
    if facts["error"]:
        summary.errors += 1
        summary.lost += facts["error"]["code"] == "worker_crashed"
        return
    summary.verdicts[facts["verdict"]] += 1
    for _, _, severity, _ in facts["findings"]:
        summary.severities[severity] += 1


def _load_ruleset(rulesets):
    from ..rules.loader import load_ruleset
    from ..rules.model import RuleError

    try:
        return load_ruleset(rulesets)
    except RuleError as exc:
        raise BatchError(str(exc)) from None


def _open_output(output, fmt, resume, summary):
    """(text stream, whether to close it). With resume, count what is there and append."""
    if hasattr(output, "write"):
        if resume:
            raise BatchError("--resume demande un fichier de sortie (--output)")
        if fmt == "csv":
            output.write(writers.csv_header())
        return output, False
    if str(output) == "-":
        if resume:
            raise BatchError("--resume demande un fichier de sortie (--output), pas la sortie standard")
        stream = sys.stdout
        if fmt == "csv":
            stream.write(writers.csv_header())
        return stream, False
    if resume and fmt == "html":
        raise BatchError("--resume vaut pour les formats jsonl et csv (le rapport html se "
                         "refait en entier)")
    if resume:
        summary.skipped = writers.resume_point(str(output), fmt)
    fresh = not resume or not os.path.exists(output) or os.path.getsize(output) == 0
    try:
        stream = open(output, "w" if not resume else "a", encoding="utf-8", newline="")
    except OSError as exc:
        raise BatchError(f"{output}: écriture impossible ({exc.strerror})") from None
    if fmt == "csv" and fresh:
        stream.write(writers.csv_header())
    return stream, True
