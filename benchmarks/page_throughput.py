"""Page throughput: a bounded load on loopback of the main pages, at 1 and 16 connections, each
figure with its ratio to a static file measured in the same run.

    DATABASE_URL=postgres://…@127.0.0.1:…/db python benchmarks/page_throughput.py \
        [--seconds 10] [--max-requests 3000] [--connections 1 16] [--workers 3]

Starts gunicorn (``--workers`` sync workers, ``--no-control-socket``) on 127.0.0.1 on a free
port against DATABASE_URL (migrated and loaded with the demo data if empty; only a loopback
database is accepted) and one task worker (``manage.py db_worker``) beside it, as in production,
logs in as the Finnveden sekreterare, asks for the document's draft PDF once (the POST of "Ladda
ner utkast"; the task worker renders it) and requests each page for at most ``--seconds`` or
``--max-requests`` requests, whichever comes first, after warm-up requests. Prints req/s, p50 and
p99 per page and connection count, the ratios to the static CSS file, the load average before
and after, and the web workers' peak memory (VmHWM) before and after the draft PDF rows.
"""

import argparse
import asyncio
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
USER = "finnveden-sekreterare"
PASSWORD = "finsam-demo"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environment() -> dict:
    url = os.environ.get("DATABASE_URL", "")
    host = urlparse(url).hostname if url else None
    if url and host not in LOOPBACK:
        sys.exit(f"DATABASE_URL must point to a loopback database, not {host}")
    env = dict(os.environ)
    env.pop("TASKS_IMMEDIATE", None)  # PDFs by the task worker, as in production
    env.update(
        DEBUG="0",
        HTTPS="0",
        SECRET_KEY="benchmark",
        ALLOWED_HOSTS="127.0.0.1",
        LOG_LEVEL="ERROR",
    )
    return env


def prepare(env: dict) -> None:
    def manage(*args):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    check = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from finsam.models import Forbund; "
            "print(Forbund.objects.filter(slug='finnveden').count())",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    if check.stdout.strip() != "1":
        manage("load_demo")


def pages() -> dict[str, str]:
    """Name → path of the pages of the issue (the ids of Finnveden's latest period/document are
    looked up by the login session's first pages)."""
    return {
        "static CSS": "/static/css/app.css",
        "start page": "/f/finnveden/",
        "balans entry": "{period}balans/",
        "kostnader entry": "{period}kostnader/",
        "HTML preview": "{document}forhandsvisning/",
        "draft PDF (unchanged)": "{document}utkast.pdf",
    }


async def login(session: aiohttp.ClientSession, base: str) -> dict[str, str]:
    async with session.get(base + "/logga-in/") as response:
        html = await response.text()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    async with session.post(
        base + "/logga-in/",
        data={"username": USER, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": base + "/logga-in/"},
    ) as response:
        assert response.status == 200, response.status
    async with session.get(base + "/f/finnveden/rapporter/") as response:
        listing = await response.text()
    period = re.findall(r'href="(/f/finnveden/rapporter/\d+/)"', listing)[0]
    async with session.get(base + "/f/finnveden/dokument/") as response:
        listing = await response.text()
    document = re.findall(r'href="(/f/finnveden/dokument/\d+/)"', listing)[0]
    return {"period": period, "document": document}


async def ask_for_the_draft(session, base: str, document: str, wait: float = 600) -> None:
    """POST "Ladda ner utkast" (queues the render) and wait until the GET serves the PDF."""
    async with session.get(base + document) as response:
        html = await response.text()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    url = base + document + "utkast.pdf"
    async with session.post(
        url, data={"csrfmiddlewaretoken": token}, headers={"Referer": base + document}
    ) as response:
        await response.read()
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        async with session.get(url) as response:
            await response.read()
            if response.headers.get("Content-Type", "").startswith("application/pdf"):
                return
        await asyncio.sleep(1)
    sys.exit("the draft PDF was not rendered in time (is the task worker running?)")


def peak_memory_mb(master_pid: int) -> list[float]:
    """VmHWM (peak resident memory) of each gunicorn worker, in MB."""
    peaks = []
    for child in Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split():
        for line in Path(f"/proc/{child}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return sorted(peaks)


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


async def load(session, url: str, connections: int, seconds: float, max_requests: int):
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    remaining = max_requests

    async def one_connection():
        nonlocal remaining, errors
        while remaining > 0 and time.perf_counter() < deadline:
            remaining -= 1
            start = time.perf_counter()
            async with session.get(url) as response:
                await response.read()
                if response.status != 200 or (
                    url.endswith(".pdf")
                    and not response.headers.get("Content-Type", "").startswith("application/pdf")
                ):
                    errors += 1
            latencies.append(time.perf_counter() - start)

    started = time.perf_counter()
    await asyncio.gather(*(one_connection() for _ in range(connections)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies) / elapsed, statistics.median(latencies), p99, len(latencies), errors


async def run(base: str, args, master_pid: int) -> None:
    connector = aiohttp.TCPConnector(limit=max(args.connections))
    jar = aiohttp.CookieJar(unsafe=True)  # cookies of 127.0.0.1 (an IP address) too
    async with aiohttp.ClientSession(connector=connector, cookie_jar=jar) as session:
        ids = await login(session, base)
        await ask_for_the_draft(session, base, ids["document"])
        paths = {name: path.format(**ids) for name, path in pages().items()}
        for path in paths.values():  # warm-up: each worker computes and caches once
            for _ in range(args.workers * 2):
                async with session.get(base + path) as response:
                    await response.read()
        print(
            f"{'page':24} {'conn':>4} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
            f"{'n':>6} {'err':>4} {'req/s ÷ static':>14} {'p99 ÷ static':>12}"
        )
        print(f"load average (1, 5, 15 min) before: {load_average()}")
        for connections in args.connections:
            static = None
            for name, path in paths.items():
                if path.endswith(".pdf"):
                    print(f"web workers' peak memory before, MB: {peak_memory_mb(master_pid)}")
                rate, p50, p99, count, errors = await load(
                    session, base + path, connections, args.seconds, args.max_requests
                )
                if static is None:
                    static = (rate, p99)
                print(
                    f"{name:24} {connections:4d} {rate:8.1f} {p50 * 1000:8.1f} "
                    f"{p99 * 1000:8.1f} {count:6d} {errors:4d} {rate / static[0]:14.3f} "
                    f"{p99 / static[1]:12.1f}"
                )
                if path.endswith(".pdf"):
                    print(f"web workers' peak memory after, MB: {peak_memory_mb(master_pid)}")
        print(f"load average (1, 5, 15 min) after: {load_average()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--max-requests", type=int, default=3000)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    env = environment()
    prepare(env)
    port = free_port()
    server = subprocess.Popen(
        [
            "gunicorn",
            "finsam.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
            "--no-control-socket",
        ],
        cwd=ROOT,
        env=env,
    )
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.5"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        asyncio.run(run(base, args, server.pid))
    finally:
        for process in (server, worker):
            process.send_signal(signal.SIGTERM)
        for process in (server, worker):
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
