"""Run chunks of records through one or several processes, results in input order, with a
bounded number of chunks in flight so that memory stays flat whatever the input size.

`multiprocessing.Pool.imap` would read the whole input ahead of the workers (its feeder
thread drains the iterator); here the parent submits a new chunk only when an old one is
collected. Processes are started with `spawn`: nothing the parent holds is inherited, each
worker loads its own Checker once.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from itertools import islice
from typing import Iterable, Iterator

from .options import BatchOptions
from .worker import ChunkChecker, Outcome, check_chunk, init_worker


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
            yield local.check(second)
            for chunk in chunks:
                yield local.check(chunk)
        return
    yield from _in_pool([first, second], chunks, options, jobs)


def _in_pool(head: list, chunks: Iterator[list], options: BatchOptions,
             jobs: int) -> Iterator[list[Outcome]]:
    context = multiprocessing.get_context("spawn")
    pool = context.Pool(jobs, initializer=init_worker, initargs=(options,))
    pending: deque = deque()
    limit = 2 * jobs + 1
    source = iter(head)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < limit:
                chunk = next(source, None)
                if chunk is None and source is not chunks:
                    source = chunks
                    chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append(pool.apply_async(check_chunk, (chunk,)))
            if not pending:
                break
            task = pending.popleft()
            while True:
                try:
                    outcomes = task.get(timeout=0.5)
                    break
                except multiprocessing.TimeoutError:
                    continue
            yield outcomes
        pool.close()
        pool.join()
    finally:
        pool.terminate()
