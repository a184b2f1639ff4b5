"""A Streamlit client at protocol level, without a browser: opens a session over the websocket,
asks for a script run (BackMsg rerun_script) and reads the ForwardMsgs until script_finished.
Used by the benchmarks (bench/) and by the scale-out test (tests/test_scale_out.py)."""
from __future__ import annotations

import asyncio
import html
import re
import concurrent.futures
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg


@dataclass
class Run:
    seconds: float | None                       # None: dropped (error, closed, timed out)
    texts: list[str] = field(default_factory=list)  # markdown, text, metric values, captions


def _texts(fwd: ForwardMsg) -> list[str]:
    if fwd.WhichOneof("type") != "delta" or fwd.delta.WhichOneof("type") != "new_element":
        return []
    el = fwd.delta.new_element
    kind = el.WhichOneof("type")
    if kind == "markdown":
        return [el.markdown.body]
    if kind == "metric":
        return [el.metric.label, el.metric.body]
    if kind == "alert":
        return [el.alert.body]
    if kind == "heading":
        return [el.heading.body]
    if kind == "text":
        return [el.text.body]
    if kind == "html":  # the overview's cards (views.cards): their words, without style or tags
        return [_html_words(el.html.body)]
    return []


def _html_words(body: str) -> str:
    body = re.sub(r"(?is)<(style|script)\b.*?</\1>", "", body)
    body = re.sub(r"(?i)<br\s*/?>|</(div|p|article|li)>", "\n", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body)).strip()


async def session_run(url: str, page: str = "", query: str = "", timeout: float = 120,
                      keep_texts: bool = False) -> Run:
    """A new session's first script run of `page` (its URL path, "" for the default page)."""
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    t0 = time.perf_counter()
    texts: list[str] = []
    try:
        async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None,
                                      open_timeout=timeout) as ws:
            msg = BackMsg()
            msg.rerun_script.query_string = query
            msg.rerun_script.page_name = page
            await ws.send(msg.SerializeToString())
            deadline = t0 + timeout
            while True:
                data = await asyncio.wait_for(ws.recv(), max(0.01, deadline - time.perf_counter()))
                fwd = ForwardMsg()
                fwd.ParseFromString(data)
                kind = fwd.WhichOneof("type")
                if kind == "script_finished":
                    ok = fwd.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY
                    return Run(time.perf_counter() - t0 if ok else None, texts)
                if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element" \
                        and fwd.delta.new_element.WhichOneof("type") == "exception":
                    return Run(None, texts + [fwd.delta.new_element.exception.message])
                if keep_texts:
                    texts += _texts(fwd)
    except (OSError, asyncio.TimeoutError, websockets.WebSocketException):
        return Run(None, texts)


def run_sync(coro):
    """Run a coroutine to its end from synchronous code, also where an event loop is already
    running in this thread (Playwright's sync API leaves one in the test process): then in a
    thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def texts_of(url: str, page: str = "", query: str = "", timeout: float = 120) -> list[str]:
    """What one fresh session's run of the page writes as text (blocking)."""
    run = run_sync(session_run(url, page, query, timeout, keep_texts=True))
    assert run.seconds is not None, f"{url}/{page}?{query}: the run failed: {run.texts[-1:]}"
    return run.texts
