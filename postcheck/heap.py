"""Keep the garbage collector's full passes off what a loaded Checker holds.

A loaded Checker is some 180,000 container objects (the model, lexicons, automata, gates),
none of which ever becomes garbage. Python's full collections visit them all, 86 ms a pass
on the 2-core machine, and in a batch run such a pass comes every ~1,250 posts: 0.04 to
0.09 ms a post (3 to 6 % of a batch), 0.001 once frozen. `gc.freeze()` moves what exists
into a permanent generation that the passes skip (the standard recipe for long-running
processes); reference counting still frees everything as usual, only cycles among frozen
objects wait for `gc.unfreeze()`.

- `settled()`: for a run inside someone else's process (`postcheck.batch.run` called from
  Python): frozen for the run, given back to the collector after it.
- `settle_for_good()`: in processes postcheck owns (batch workers, the HTTP server), once the
  Checker has done its first check.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def settled():
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def settle_for_good() -> None:
    gc.collect()   # what is garbage now is not kept forever
    gc.freeze()
