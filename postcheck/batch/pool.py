"""Run chunks of records through one or several processes, results in input order, with a
bounded number of chunks in flight so that memory stays flat whatever the input size.

The parent submits a new chunk only when an old one is collected (`Pool.imap` would read the
whole input ahead of the workers). Processes are started with `spawn`: nothing the parent
holds is inherited, each worker loads its own Checker once.

A worker that dies (killed, out of memory, a crash in native code) must not hang the run:
`concurrent.futures` reports it (BrokenProcessPool) on every chunk in flight. Those chunks are
then retried one at a time in a fresh pool; a chunk that kills its worker again gets an error
record per line (`worker_crashed`) and the run goes on. After MAX_LOST_CHUNKS such chunks the
run stops with a WorkerCrash error instead of restarting workers forever.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor, TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Iterable, Iterator

from ..heap import settled
from .options import BatchOptions
from .worker import ChunkChecker, Outcome, check_chunk, init_worker, lost_chunk

MAX_LOST_CHUNKS = 3


class WorkerCrash(RuntimeError):
    """Worker processes keep dying: the run cannot go on (message in French)."""


def chunked(records: Iterable, size: int) -> Iterator[list]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def execute(chunks: Iterator[list], options: BatchOptions, jobs: int,
            checker=None) -> Iterator[list[Outcome]]:
    """Outcomes chunk by chunk, in input order. A single chunk, or jobs=1, runs in-process
    (no worker start-up cost); otherwise a pool of `jobs` processes."""
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if jobs <= 1 or second is None:
        local = ChunkChecker(options, checker)
        yield local.check(first)
        if second is not None:
            with settled():   # the Checker is loaded: full GC passes skip it (heap.py)
                yield local.check(second)
                for chunk in chunks:
                    yield local.check(chunk)
        return
    yield from _Pool(options, jobs).run(iter([first, second]), chunks)


class _Pool:
    def __init__(self, options: BatchOptions, jobs: int):
        self.options, self.jobs = options, jobs
        self.lost = 0
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_worker, initargs=(self.options,))

    def run(self, head: Iterator[list], chunks: Iterator[list]) -> Iterator[list[Outcome]]:
        pending: deque = deque()   # (chunk, future), in input order
        limit = 2 * self.jobs + 1
        source = head
        try:
            while True:
                while len(pending) < limit:
                    chunk = next(source, None)
                    if chunk is None and source is head:
                        source = chunks
                        chunk = next(source, None)
                    if chunk is None:
                        break
                    pending.append((chunk, self.executor.submit(check_chunk, chunk)))
                if not pending:
                    break
                chunk, future = pending.popleft()
                try:
                    yield _wait(future)
                except BrokenProcessPool:
                    retry = [chunk] + [c for c, _ in pending]
                    pending.clear()
                    self._restart()
                    for chunk in retry:
                        yield self._alone(chunk)
            self.executor.shutdown(wait=True)
        finally:
            _stop(self.executor)

    def _alone(self, chunk: list) -> list[Outcome]:
        """Retry a chunk that was in flight when a worker died, with nothing else in flight."""
        try:
            return _wait(self.executor.submit(check_chunk, chunk))
        except BrokenProcessPool:
            self.lost += 1
            if self.lost >= MAX_LOST_CHUNKS:
                raise WorkerCrash(
                    f"les processus de vérification s'arrêtent à répétition ({self.lost} lots "
                    f"perdus) : vérification abandonnée") from None
            self._restart()
            return lost_chunk(chunk, self.options)

    def _restart(self) -> None:
        _stop(self.executor)
        self.executor = self._start()


def _wait(future):
    """The future's result, waking up regularly so that Ctrl-C is seen at once."""
    while True:
        try:
            return future.result(timeout=0.5)
        except FutureTimeout:
            continue


def _stop(executor: ProcessPoolExecutor) -> None:
    """Stop the workers now (an interrupted or finished run does not wait for chunks)."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
