"""Streamlit servers on localhost for the length of a block, started from the repository (its
.streamlit/config.toml), waited on until healthy and stopped: the one start/stop sequence the
benchmarks (bench/protocol.py) and the tests that talk to a real server (tests/test_scale_out.py,
tests/test_config_sections.py) share. With tools/streamlit_client.py, the client side."""
from __future__ import annotations

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

ROOT = Path(__file__).resolve().parent.parent

# the flags every served process gets: no browser, no usage statistics, no file watcher
FLAGS = ("--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    log: Path  # the server's stdout and stderr

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


def wait_healthy(url: str, timeout: float = 120, proc: subprocess.Popen | None = None,
                 log: Path | None = None) -> float:
    """Seconds until `url` answers its health check; an error naming the server's log when `proc`
    exits first or the time runs out (a loaded 2-core machine starts slowly: wait for the condition)."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{url}: the server exited ({proc.returncode}): {_tail(log)}")
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                return time.perf_counter() - t0
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"{url}: not healthy after {timeout:.0f} s: {_tail(log)}")


def _tail(log: Path | None) -> str:
    return log.read_text(errors="replace")[-2000:] if log is not None and log.exists() else ""


@contextmanager
def serve(app: Path | None = None, *, module: str | None = None, env: dict | None = None,
          port: int | None = None, extra: list[str] = (), timeout: float = 240, log_dir: Path | None = None):
    """A Streamlit server on localhost for the length of the block: `streamlit run app`, or
    `python -m module` for a launcher taking Streamlit's flags (tools.serve); `env` added to this
    process's environment. Stopped with SIGTERM (killed after 10 s) however the block ends."""
    if (app is None) == (module is None):
        raise ValueError("serve: an app script or a module, one of them")
    port = port or free_port()
    with tempfile.NamedTemporaryFile("w", prefix="streamlit-server-", suffix=".log", dir=log_dir, delete=False) as f:
        log = Path(f.name)
    launch = ["-m", "streamlit", "run", str(app)] if app is not None else ["-m", module]
    cmd = [sys.executable, *launch, *FLAGS, "--server.address", "127.0.0.1", "--server.port", str(port), *extra]
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT)
    server = Server(proc, port, log)
    try:
        wait_healthy(server.url, timeout, proc, log)
        yield server
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


NGINX_CONF = ROOT / "deploy" / "nginx.conf"


def nginx_config(ports: list[int], listen: int, work: Path) -> Path:
    """deploy/nginx.conf (sticky websockets) written into `work` for app processes on `ports`,
    listening on `listen`, its pid file in `work`: the file to start nginx with (`-p work -c …`)."""
    conf = NGINX_CONF.read_text()
    upstream = "".join(f"        server 127.0.0.1:{p};\n" for p in ports)
    conf = conf.replace("        server 127.0.0.1:8501;\n", upstream).replace("listen 8080;", f"listen {listen};")
    conf = conf.replace("pid /tmp/st-dashboard-nginx.pid;", f"pid {work}/nginx.pid;")
    if os.geteuid() == 0:
        # NOTE: started by root, nginx's workers run as nobody, who cannot enter a private temporary
        # directory (pytest's, mkdtemp's: mode 0700) to write the front end's cache (static-cache/):
        # every /static/ file then failed with a 500 and no page drew
        conf = "user root;\n" + conf
    (work / "logs").mkdir(exist_ok=True)
    path = work / "nginx.conf"
    path.write_text(conf)
    return path


@contextmanager
def nginx(ports: list[int], listen: int | None = None):
    """Debian's nginx in front of app processes on `ports` (deploy/nginx.conf: sticky websockets,
    Streamlit's front end cached and compressed) for the length of the block; yields its URL."""
    exe = shutil.which("nginx") or "/usr/sbin/nginx"
    listen = listen or free_port()
    work = Path(tempfile.mkdtemp(prefix="st-nginx-"))
    conf = nginx_config(ports, listen, work)
    proc = subprocess.Popen([exe, "-p", str(work), "-c", str(conf), "-g", "daemon off;"],
                            stdout=subprocess.DEVNULL, stderr=open(work / "logs" / "stderr.log", "w"))
    url = f"http://127.0.0.1:{listen}"
    try:
        wait_healthy(url, 30, proc, work / "logs" / "error.log")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(work, ignore_errors=True)
