"""Driving Streamlit the way a browser does, without a browser: a websocket client speaking
Streamlit's own protobuf messages (BackMsg rerun_script -> ForwardMsg … script_finished), and
app servers started and stopped for a benchmark (optionally several behind nginx)."""
from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tools import streamlit_client

ROOT = Path(__file__).resolve().parent.parent
EMPTY_APP = Path(__file__).with_name("empty_app.py")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    proc: subprocess.Popen
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float:
        """User + system CPU of the server process so far (Linux /proc)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0


def wait_healthy(url: str, timeout: float = 120) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).status == 200:
                return time.perf_counter() - t0
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(url)


@contextmanager
def serve(app: Path, env: dict | None = None, port: int | None = None, extra: list[str] = ()):
    """A Streamlit server on localhost for the length of the block."""
    port = port or free_port()
    log = tempfile.NamedTemporaryFile("w", prefix="bench-server-", suffix=".log", delete=False)
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none", *extra]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
    server = Server(proc, port)
    try:
        wait_healthy(server.url)
        yield server
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


async def session_run(url: str, page: str = "", query: str = "", timeout: float = 120) -> float | None:
    """Seconds of a new session's first script run, or None when it was dropped."""
    return (await streamlit_client.session_run(url, page, query, timeout)).seconds


async def _burst(url: str, n: int, page: str, query: str, timeout: float) -> list[float | None]:
    return await asyncio.gather(*(session_run(url, page, query, timeout) for _ in range(n)))


def burst(url: str, n: int, page: str = "", query: str = "", timeout: float = 300) -> tuple[list, float]:
    """n sessions opened at once; (per-session seconds or None, wall seconds until the last)."""
    t0 = time.perf_counter()
    times = streamlit_client.run_sync(_burst(url, n, page, query, timeout))
    return times, time.perf_counter() - t0


NGINX_CONF = ROOT / "deploy" / "nginx.conf"


@contextmanager
def nginx(ports: list[int], listen: int | None = None):
    """Debian's nginx in front of app processes on `ports` (deploy/nginx.conf, sticky websockets)."""
    exe = shutil.which("nginx") or "/usr/sbin/nginx"
    listen = listen or free_port()
    work = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    (work / "logs").mkdir()
    conf = NGINX_CONF.read_text()
    upstream = "\n".join(f"        server 127.0.0.1:{p};" for p in ports)
    conf = conf.replace("        server 127.0.0.1:8501;\n", upstream + "\n").replace("listen 8080;", f"listen {listen};")
    conf = conf.replace("pid /tmp/st-dashboard-nginx.pid;", f"pid {work}/nginx.pid;")
    (work / "nginx.conf").write_text(conf)
    proc = subprocess.Popen([exe, "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"],
                            stdout=subprocess.DEVNULL, stderr=open(work / "logs" / "stderr.log", "w"))
    url = f"http://127.0.0.1:{listen}"
    try:
        wait_healthy(url, 30)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(work, ignore_errors=True)
