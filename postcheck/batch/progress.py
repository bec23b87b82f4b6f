"""What a batch run shows and hears while it goes: a one-line progress display on stderr
(records, rows/s, share done, time left), shown only when stderr is a terminal (piped or in
CI, batch stays silent), and Ctrl-C, which stops the run between chunks."""
from __future__ import annotations

import signal
import sys
import threading
import time


class Progress:
    def __init__(self, total_bytes: int | None, counter: list, enabled: bool | None = None,
                 stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total, self.counter = total_bytes, counter
        self.start = self.last = time.monotonic()
        self.done = 0

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.25:
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-6)
        rate = self.done / elapsed
        line = f"\r{self.done:>10,} publications · {rate:,.0f}/s".replace(",", " ")
        if self.total:
            share = min(1.0, self.counter[0] / self.total)
            left = elapsed * (1 - share) / share if share > 0 else 0
            line += f" · {share * 100:3.0f} % · reste {_duration(left)}"
        self.stream.write(line + "   ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class StopFlag:
    """First Ctrl-C: finish the chunk at hand, write it, stop. Second: stop at once."""

    def __init__(self):
        self.requested = False
        self.previous = None

    def _handle(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
        return False
