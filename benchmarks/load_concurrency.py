"""Concurrent load on loopback: N clients for S seconds against the app, as the demo serves it.

    python benchmarks/load_concurrency.py --database sqlite          # a fresh SQLite demo database
    DATABASE_URL=postgres://… python benchmarks/load_concurrency.py --database postgres

Bounded and loopback only: the script starts the app itself (``manage.py runserver`` on
127.0.0.1, threaded, as ``scripts/demo.sh`` does) on a free port, against a fresh database with
the demo data (for PostgreSQL: ``DATABASE_URL`` names an empty scratch database it may fill), runs
``--clients`` threads for ``--seconds``, stops the server and prints one result line as JSON.

Each client logs in as a demo user of one of the three förbund and loops: mostly page reads
(start page, Rapporter, a report's statements and Kontroller, Dokument, Historik, the board) and,
for the sekreterare clients, a save of *its own* board member's name (GET the edit page for the
version, POST the new name) and a save of *its own* cost line on the costs page of one report of
its förbund, which the other sekreterare client of that förbund saves at the same time (another
line of the same report: conflicts are per value, so neither is refused). Measured: requests per
second, p50/p99 latency, errors (status >= 500, a refused connection, "database is locked", an
unexpected status), conflicts (409; none are expected, every writer has its own row or line) and
lost writes (a save answered with a redirect whose value is not in the database at the end).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "finsam-demo"
SLUGS = ("finnveden", "sodra-vatterbygden", "insjoriket")
ROLES = ("sekreterare", "styrelse", "revisor")


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    conflicts: int = 0
    saved: dict[str, str] = field(default_factory=dict)  # board member url -> last saved name
    lines: dict[int, str] = field(default_factory=dict)  # figure line id -> last saved amount
    line_saves: int = 0
    deadline: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, seconds: float, error: str | None = None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error:
                self.errors.append(error)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(env: dict, *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


def prepare(database: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(DEBUG="1", HTTPS="0", SECRET_KEY="load-benchmark", LOG_LEVEL="ERROR")
    if database == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="finsam-load-"))
        env["DATABASE_URL"] = f"sqlite:///{folder / 'db.sqlite3'}"
    elif not env.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("--database postgres needs DATABASE_URL of an empty scratch database")
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    return env


def login(base: str, username: str) -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/logga-in/", timeout=60)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/logga-in/",
        data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": f"{base}/logga-in/"},
        timeout=60,
        allow_redirects=False,
    )
    if response.status_code != 302:
        raise RuntimeError(f"login of {username} failed: {response.status_code}")
    return session


def discover(session: requests.Session, base: str, slug: str) -> list[str]:
    """Pages a user of the förbund reads: found by following the app's own links."""
    pages = [f"/f/{slug}/", f"/f/{slug}/rapporter/", f"/f/{slug}/dokument/", f"/f/{slug}/styrelse/"]
    listing = session.get(f"{base}/f/{slug}/rapporter/", timeout=60).text
    report = re.search(rf'href="(/f/{slug}/rapporter/\d+/)"', listing)
    if report:
        pages += [report.group(1), report.group(1) + "resultatrakning/"]
        pages += [report.group(1) + "kontroller/"]
    documents = session.get(f"{base}/f/{slug}/dokument/", timeout=60).text
    document = re.search(rf'href="(/f/{slug}/dokument/\d+/)"', documents)
    if document:
        pages += [document.group(1), document.group(1) + "historik/"]
    return pages


def csrf(session: requests.Session) -> str:
    return session.cookies.get("csrftoken") or session.cookies.get("__Host-csrftoken") or ""


@dataclass
class Client:
    session: requests.Session
    pages: list[str]
    board_url: str | None
    cost_url: str | None = None
    cost_row: int | None = None  # the form index of this writer's own line on the costs page


def open_costs_page(session, base: str, slug: str) -> str | None:
    """The costs page of the förbund's first report that is not frozen (approved)."""
    listing = session.get(f"{base}/f/{slug}/rapporter/", timeout=60).text
    for report in dict.fromkeys(re.findall(rf'href="(/f/{slug}/rapporter/\d+/)"', listing)):
        page = session.get(base + report + "kostnader/", timeout=60)
        if page.status_code == 200 and 'name="kostnader-TOTAL_FORMS"' in page.text:
            return report + "kostnader/"
    return None


def editable_rows(page: str) -> list[int]:
    """Form indexes of the existing lines whose utfall is typed (not the sum of sub-lines)."""
    rows = []
    for tag, index in re.findall(r'(<input[^>]*name="kostnader-(\d+)-amount"[^>]*>)', page):
        if "readonly" not in tag and re.search(rf'name="kostnader-{index}-id" value="\d+"', page):
            rows.append(int(index))
    return rows


def form_fields(page: str) -> dict[str, str]:
    """What the browser would post for the page unchanged (inputs with a value, selects)."""
    fields = {
        name: html.unescape(value)
        for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page)
    }
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        options = re.findall(r'<option value="([^"]*)"([^>]*)>', body)
        chosen = [value for value, attrs in options if "selected" in attrs]
        fields[name] = html.unescape(chosen[0] if chosen else (options[0][0] if options else ""))
    return fields


def set_up(base: str, index: int) -> Client:
    """Log in and find the pages (before the clock starts)."""
    slug = SLUGS[index % len(SLUGS)]
    role = ROLES[(index // len(SLUGS)) % len(ROLES)]
    session = login(base, f"{slug}-{role}")
    pages = discover(session, base, slug)
    board_url = cost_url = cost_row = None
    if role == "sekreterare":
        writer = index // (len(SLUGS) * len(ROLES))  # 0, 1, … among this förbund's sekreterare
        board = session.get(f"{base}/f/{slug}/styrelse/", timeout=60).text
        edits = re.findall(rf'href="(/f/{slug}/styrelse/\d+/)"', board)
        # Each writer its own row: the sekreterare clients of one förbund take different rows.
        board_url = edits[writer % len(edits)] if edits else None
        # … and its own line of the same report's costs page.
        cost_url = open_costs_page(session, base, slug)
        if cost_url:
            rows = editable_rows(session.get(base + cost_url, timeout=60).text)
            cost_row = rows[writer % len(rows)] if rows else None
    return Client(session, pages, board_url, cost_url, cost_row)


def client_loop(base: str, index: int, client: Client, start: threading.Event, stats: Stats):
    start.wait()
    deadline = stats.deadline
    session, pages, board_url = client.session, client.pages, client.board_url
    step = 0
    while time.monotonic() < deadline:
        step += 1
        if board_url and step % 8 == 4:
            save_board_member(session, base, board_url, f"Ledamot {index}-{step}", stats)
            continue
        if client.cost_row is not None and step % 8 == 0:
            save_cost_line(session, base, client, f"{index + 1}{step:04d}", stats)
            continue
        path = pages[step % len(pages)]
        request(session, "GET", base + path, stats)


def request(session, method: str, url: str, stats: Stats, **kwargs):
    started = time.perf_counter()
    try:
        response = session.request(method, url, timeout=120, allow_redirects=False, **kwargs)
    except requests.RequestException as error:
        stats.record(time.perf_counter() - started, f"{method} {url}: {error}")
        return None
    seconds = time.perf_counter() - started
    error = None
    if response.status_code >= 500 or "database is locked" in response.text:
        error = f"{method} {url}: {response.status_code}"
    elif response.status_code not in (200, 302, 409):
        error = f"{method} {url}: unexpected {response.status_code}"
    stats.record(seconds, error)
    return response


def save_board_member(session, base: str, path: str, name: str, stats: Stats) -> None:
    form = request(session, "GET", base + path, stats)
    if form is None or form.status_code != 200:
        return
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form.text))
    for select, value in re.findall(
        r'<select name="([^"]+)".*?<option value="([^"]*)"[^>]*selected', form.text, re.S
    ):
        fields[select] = value
    fields.update(name=name, csrfmiddlewaretoken=csrf(session))
    response = request(
        session, "POST", base + path, stats, data=fields, headers={"Referer": base + path}
    )
    if response is None:
        return
    if response.status_code == 409:
        with stats.lock:
            stats.conflicts += 1
    elif response.status_code == 302:
        with stats.lock:
            stats.saved[path] = name


def save_cost_line(session, base: str, client: Client, amount: str, stats: Stats) -> None:
    """GET the costs page and POST it with this writer's own line's utfall changed."""
    page = request(session, "GET", base + client.cost_url, stats)
    if page is None or page.status_code != 200:
        return
    fields = form_fields(page.text)
    row = client.cost_row
    fields[f"kostnader-{row}-amount"] = amount
    fields["csrfmiddlewaretoken"] = csrf(session)
    url = base + client.cost_url
    response = request(session, "POST", url, stats, data=fields, headers={"Referer": url})
    if response is None:
        return
    if response.status_code == 409:
        with stats.lock:
            stats.conflicts += 1
    elif response.status_code == 302:
        with stats.lock:
            stats.lines[int(fields[f"kostnader-{row}-id"])] = amount
            stats.line_saves += 1


def lost_writes(env: dict, saved: dict[str, str], lines: dict[int, str]) -> int:
    ids = {int(path.rstrip("/").rsplit("/", 1)[1]): name for path, name in saved.items()}
    code = (
        "import json,sys; from decimal import Decimal; from finsam.models import BoardMember; "
        "from reports.models import FigureLine; "
        f"wanted = {json.dumps({str(k): v for k, v in ids.items()})}; "
        f"amounts = {json.dumps({str(k): v for k, v in lines.items()})}; "
        "print(sum(BoardMember.objects.get(pk=int(k)).name != v for k, v in wanted.items()) "
        "+ sum(FigureLine.objects.get(pk=int(k)).amount != Decimal(v) for k, v in amounts.items()))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    if not 1 <= args.clients <= 64 or not 1 <= args.seconds <= 300:
        raise SystemExit("bounded: 1–64 clients, 1–300 seconds")
    env = prepare(args.database)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(120):
            try:
                requests.get(f"{base}/logga-in/", timeout=2)
                break
            except requests.RequestException:
                time.sleep(0.5)
        stats = Stats()
        clients = [set_up(base, i) for i in range(args.clients)]
        start = threading.Event()
        threads = [
            threading.Thread(target=client_loop, args=(base, i, clients[i], start, stats))
            for i in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        stats.deadline = started + args.seconds
        start.set()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies = sorted(stats.latencies)
    result = {
        "database": args.database,
        "clients": args.clients,
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000) if latencies else None,
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000) if latencies else None,
        "max_ms": round(latencies[-1] * 1000) if latencies else None,
        "errors": len(stats.errors),
        "conflicts": stats.conflicts,
        "saves": len(stats.saved),
        "line_saves": stats.line_saves,
        "lines_saved": len(stats.lines),
        "lost_writes": lost_writes(env, stats.saved, stats.lines),
        "first_errors": stats.errors[:5],
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
