"""What a new browser's visit of the overview costs the server, all of it: the protocol-level burst
(bench.run) times the websocket session only, while a phone opening the page for the first time
also fetches Streamlit's front end over HTTP (index.html and /static/: its JavaScript and fonts).
Served directly and behind nginx (deploy/nginx.conf, which keeps /static/ in its cache and
compresses it), one app process; Debian's Chromium via Playwright, a new browser context per visit
(empty cache), one visit at a time.

    python -m bench.browser_visit [--visits 8]

Per visit: the app process's CPU and nginx's (all its processes; /proc, 10 ms ticks: hence the
medians over several visits and the sum), the requests, the bytes of the response bodies as sent,
and for comparison the app's CPU per websocket session alone (20 protocol-level sessions)."""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import time
from pathlib import Path

from bench import protocol
from bench.run import real_warehouse
from tools import streamlit_server

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a process and its children (nginx's master and workers)."""
    pids = [pid] + [int(p) for p in subprocess.run(["pgrep", "-P", str(pid)], capture_output=True,
                                                    text=True).stdout.split()]
    total = 0.0
    for p in pids:
        fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _visits(browser, url: str, app, front_pid: int | None, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, locale="vi-VN")
        page = context.new_page()
        done = []
        page.on("requestfinished", lambda request: done.append(request))
        a0 = app.cpu_seconds()
        f0 = _tree_cpu(front_pid) if front_pid else 0.0
        page.goto(f"{url}/")
        page.locator(".ov-card").first.wait_for(timeout=120_000)
        page.wait_for_load_state("networkidle")
        time.sleep(0.3)
        out.append({"app": app.cpu_seconds() - a0, "front": (_tree_cpu(front_pid) - f0) if front_pid else 0.0,
                    "requests": len(done), "bytes": sum(r.sizes()["responseBodySize"] for r in done)})
        context.close()
    return out


def main() -> None:
    from playwright.sync_api import sync_playwright

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--visits", type=int, default=8)
    args = ap.parse_args()
    env = {"ST_DASHBOARD_DB": str(real_warehouse())}
    rows = ["| served | visit | app: CPU ms/visit (median, mean) | nginx: CPU ms/visit (mean) | requests | kB on the wire | 1-min load |",
            "|---|---|---|---|---|---|---|"]
    with protocol.serve(ROOT / "app.py", env=env) as app, sync_playwright() as pw:
        protocol.burst(app.url, 1)
        time.sleep(2.5)
        c0 = app.cpu_seconds()
        protocol.burst(app.url, 20)
        session = (app.cpu_seconds() - c0) / 20
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-dev-shm-usage"])
        runs = {"directly": _visits(browser, app.url, app, None, args.visits)}
        with streamlit_server.nginx([app.port]) as front:
            pid = _nginx_master(front)
            first = _visits(browser, front, app, pid, 1)
            runs["behind nginx, first visitor (cache empty)"] = first
            runs["behind nginx, every later new visitor"] = _visits(browser, front, app, pid, args.visits)
        browser.close()
    for name, visits in runs.items():
        apps = [1000 * v["app"] for v in visits]
        rows.append(f"| {name} | {len(visits)} | {statistics.median(apps):.0f}, {statistics.mean(apps):.0f} | "
                    f"{statistics.mean(1000 * v['front'] for v in visits):.0f} | {visits[-1]['requests']} | "
                    f"{visits[-1]['bytes'] / 1024:.0f} | {os.getloadavg()[0]:.1f} |")
    rows.append("")
    rows.append(f"The app's CPU per websocket session alone (20 protocol-level sessions, the burst's unit): "
                f"{1000 * session:.1f} ms.")
    print("\n".join(rows))


def _nginx_master(front: str) -> int | None:
    """The pid of the nginx master listening on `front`'s port (its config names the port)."""
    port = front.rsplit(":", 1)[1]
    for line in subprocess.run(["pgrep", "-a", "nginx"], capture_output=True, text=True).stdout.splitlines():
        pid, cmd = line.split(" ", 1)
        if "master" in cmd:
            conf = cmd.split("-c ", 1)[1].split()[0] if "-c " in cmd else ""
            if conf and Path(conf).exists() and f"listen {port};" in Path(conf).read_text():
                return int(pid)
    return None


if __name__ == "__main__":
    main()
