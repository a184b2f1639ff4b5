"""Driving Streamlit the way a browser does, without a browser: a websocket client speaking
Streamlit's own protobuf messages (BackMsg rerun_script -> ForwardMsg … script_finished), and
app servers started and stopped for a benchmark (optionally several behind nginx)."""
from __future__ import annotations

import asyncio
import time
from pathlib import Path

from tools import streamlit_client, streamlit_server
from tools.streamlit_server import Server, free_port, wait_healthy  # noqa: F401  (the benchmarks' names)

ROOT = Path(__file__).resolve().parent.parent
EMPTY_APP = Path(__file__).with_name("empty_app.py")


def serve(app: Path, env: dict | None = None, port: int | None = None, extra: list[str] = ()):
    """A Streamlit server of `app` on localhost for the length of the block (tools.streamlit_server)."""
    return streamlit_server.serve(app, env=env, port=port, extra=extra)


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


def nginx(ports: list[int], listen: int | None = None):
    """Debian's nginx in front of app processes on `ports` (deploy/nginx.conf, tools.streamlit_server.nginx)."""
    return streamlit_server.nginx(ports, listen)
