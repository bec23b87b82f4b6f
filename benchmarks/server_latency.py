"""Latency, throughput and memory of `postcheck serve` on loopback.

    python3 benchmarks/server_latency.py            # starts its own server on a free port
    python3 benchmarks/server_latency.py --url http://127.0.0.1:8765

Phases, on 280-character drafts (dev corpus texts from ../shared, padded or cut to 280):
1. 100 requests, then the server's resident memory (RSS);
2. single client: warm-up, then N sequential POST /v1/check on one keep-alive connection;
3. 8 concurrent clients (threads, one connection each): latency and throughput;
4. more requests from 8 clients until 10,000 in all, then RSS again.
Every loop is bounded in count and in time (--max-seconds), and only loopback is targeted.
Results are printed and written to benchmarks/results/server_latency.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
FALLBACK = [
    "Nuit de folie en réa 😵 Mme Perrault (ch. 14) a encore arraché sa perfusion à 3h.",
    "Merci à toute l'équipe de nuit pour son engagement, on tient bon ensemble !",
    "Le patient du lit 9 a encore sonné toute la nuit, épuisant. #IDE",
    "Formation gestes d'urgence jeudi 14h salle B, inscrivez-vous auprès du cadre.",
]
LENGTH = 280


def drafts() -> list[str]:
    texts = []
    if CORPUS.exists():
        texts = [json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines()
                 if line.strip()]
    texts = texts or FALLBACK
    out = []
    for text in texts:
        padded = text
        while len(padded) < LENGTH:
            padded += " " + text
        out.append(padded[:LENGTH])
    return out


class Client:
    """One keep-alive connection; post() returns the latency in milliseconds."""

    def __init__(self, host: str, port: int):
        self.conn = http.client.HTTPConnection(host, port, timeout=30)

    def post(self, body: bytes) -> float:
        t0 = time.perf_counter()
        self.conn.request("POST", "/v1/check", body, {"Content-Type": "application/json"})
        answer = self.conn.getresponse()
        answer.read()
        if answer.status != 200:
            raise RuntimeError(f"HTTP {answer.status}")
        return (time.perf_counter() - t0) * 1000


def run(host, port, bodies, count, clients, deadline) -> tuple[list[float], float]:
    """`count` requests spread over `clients` threads; latencies and wall time (s)."""
    latencies: list[float] = []
    lock = threading.Lock()
    share = [count // clients + (i < count % clients) for i in range(clients)]

    def work(n, offset):
        client, mine = Client(host, port), []
        for i in range(n):
            if time.monotonic() > deadline:
                break
            mine.append(client.post(bodies[(offset + i) % len(bodies)]))
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=work, args=(n, i * 7)) for i, n in enumerate(share)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, time.perf_counter() - t0


def summary(latencies: list[float], wall: float) -> dict:
    qs = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"requests": len(latencies), "p50_ms": round(qs[49], 2), "p95_ms": round(qs[94], 2),
            "p99_ms": round(qs[98], 2), "max_ms": round(max(latencies), 2),
            "throughput_rps": round(len(latencies) / wall, 1)}


def rss_mib(pid: int) -> float:
    import psutil

    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def cpu_seconds(pid: int) -> float:
    import psutil

    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def start_server() -> tuple[subprocess.Popen, int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "postcheck", "serve", "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("le serveur n'a pas démarré")


def server_pid(port: int) -> int:
    import psutil

    for conn in psutil.net_connections("tcp"):
        if conn.laddr.port == port and conn.status == psutil.CONN_LISTEN and conn.pid:
            return conn.pid
    raise SystemExit("processus du serveur introuvable (lancez le banc en root ou sans --url)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="serveur déjà lancé (boucle locale uniquement)")
    parser.add_argument("--single", type=int, default=1000, help="requêtes, client seul")
    parser.add_argument("--concurrent", type=int, default=2000, help="requêtes, 8 clients")
    parser.add_argument("--total", type=int, default=10_000, help="requêtes en tout")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument("--output", default=str(ROOT / "benchmarks" / "results" /
                                               "server_latency.json"))
    args = parser.parse_args()
    deadline = time.monotonic() + args.max_seconds
    proc = None
    if args.url:
        url = urllib.parse.urlsplit(args.url)
        if url.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("le banc ne vise que la boucle locale")
        host, port = url.hostname, url.port or 80
    else:
        proc, port = start_server()
        host = "127.0.0.1"
    try:
        pid = proc.pid if proc else server_pid(port)
        bodies = [json.dumps({"text": t, "profession": "infirmier"}).encode() for t in drafts()]
        load0 = os.getloadavg()
        done, _ = run(host, port, bodies, 100, 1, deadline)
        rss_100 = rss_mib(pid)
        run(host, port, bodies, 200, 1, deadline)                    # warm-up
        cpu0 = cpu_seconds(pid)
        single = summary(*run(host, port, bodies, args.single, 1, deadline))
        # the server's own CPU per request: what the neighbours' load does not change much
        single["server_cpu_ms_per_request"] = round(
            (cpu_seconds(pid) - cpu0) * 1000 / single["requests"], 2)
        many = summary(*run(host, port, bodies, args.concurrent, args.clients, deadline))
        sent = len(done) + 200 + single["requests"] + many["requests"]
        rest, _ = run(host, port, bodies, max(0, args.total - sent), args.clients, deadline)
        rss_total = rss_mib(pid)
        result = {
            "date": dt.datetime.now().isoformat(timespec="seconds"),
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                        "loadavg_at_start": [round(x, 2) for x in load0],
                        "processor": platform.processor() or platform.machine()},
            "draft_chars": LENGTH, "drafts": len(bodies),
            "single_client": single, f"{args.clients}_clients": many,
            "memory": {"rss_mib_after_100": rss_100,
                       f"rss_mib_after_{sent + len(rest)}": rss_total,
                       "growth_pct": round(100 * (rss_total - rss_100) / rss_100, 1)},
        }
    finally:
        if proc:
            proc.terminate()
            proc.wait(30)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
