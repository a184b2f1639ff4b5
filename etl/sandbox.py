"""examine() of an upload in a separate worker process with a memory ceiling (RLIMIT_AS), a CPU
time limit (RLIMIT_CPU) and a much longer wall-clock backstop: a reader bug that the limits of
etl/limits.py miss (a native crash, an allocation that aborts, a loop) costs that worker, never
the server or the command line. The worker's memory goes back to the system when it ends, after
every file.

Why CPU time: a wall-clock limit also counts the time a worker waits for a core, so on a busy
machine it refused honest files (eight 100,000-row uploads at once all failed at 25 s). The kernel
counts only what the worker itself burns, and stops it even inside native code (SIGXCPU); the
wall-clock backstop is for a worker that never answers without using CPU.

Workers are forked from a multiprocessing *forkserver*: a clean process started once (it imports
the pipeline and reads the registry and the label matcher's tables up front: etl.preload), so a
worker starts in milliseconds and never inherits the threads of the
Streamlit server. The README reports that start-up apart from the ingest's own time.

The fact table comes back as Arrow columns, the repetitive text columns dictionary-encoded
(_pack_facts): a 100,000-fact table is ~3 MB instead of a 23 MB pickled frame, which a fresh
worker paid for in memory it touches for the first time and the pipe in copying."""
from __future__ import annotations

import math
import multiprocessing
import os
import resource
import signal
import sys
import threading
from multiprocessing import process, spawn
from dataclasses import dataclass

from etl import limits
from etl.reading import Problem

RULE = "unsafe"
MESSAGE_VI = "Tệp này không thể đọc một cách an toàn"
MESSAGE_EN = "This file could not be read safely"

_lock = threading.Lock()
_context = None


def _ctx():
    global _context
    with _lock:
        if _context is None:
            ctx = multiprocessing.get_context("forkserver")
            # NOTE: multiprocessing runs the caller's main script again in every worker it starts
            # (as "__mp_main__") unless the forkserver imported it already. The server's main is
            # app.py (Streamlit runs it as "__main__"), which imports streamlit, metrics and views:
            # each upload's worker spent ~0.5 s of CPU (1.2–3.9 s of wall at load 9–10) and ~20,000 page
            # faults importing them before it read a cell. The forkserver imports it once instead
            # (etl.preload); a worker forked from it finds it there and skips it
            # (multiprocessing.spawn._fixup_main_from_path). Python 3.11's own '__main__' preload
            # never receives the path (forkserver.ensure_running keeps a key named 'main_path', which
            # get_preparation_data calls 'init_main_from_path'): hence the environment variable,
            # read by the forkserver when it starts.
            main_path = _main_path()
            if main_path:
                os.environ[MAIN_ENV] = main_path
            else:  # never a path inherited from the process that started this one
                os.environ.pop(MAIN_ENV, None)
            ctx.set_forkserver_preload(["etl.preload"])
            _context = ctx
        return _context


MAIN_ENV = "ST_DASHBOARD_WORKER_MAIN"


def _main_path() -> str | None:
    """The file a worker would run as "__mp_main__": the caller's main script (app.py in the server),
    as multiprocessing.spawn.get_preparation_data names it; None for `python -m …` and the REPL."""
    main = sys.modules.get("__main__")
    if main is None or getattr(getattr(main, "__spec__", None), "name", None) is not None:
        return None
    path = getattr(main, "__file__", None)
    if not path:
        return None
    if not os.path.isabs(path) and process.ORIGINAL_DIR is not None:
        path = os.path.join(process.ORIGINAL_DIR, path)
    return os.path.normpath(path)


def import_main() -> None:
    """In the forkserver (etl.preload): import the caller's main script once, as multiprocessing
    would in each worker, so that no worker does. A script that fails to import here is left to
    the workers, which import it as before."""
    path = os.environ.get(MAIN_ENV)
    if not path or getattr(sys.modules.get("__main__"), "__file__", None) == path:
        return
    process.current_process()._inheriting = True   # as multiprocessing.forkserver.main does
    try:
        spawn.import_main_path(path)
    except Exception:  # noqa: BLE001 — only a head start
        pass
    finally:
        del process.current_process()._inheriting


def prefer_fork() -> None:
    """For a single-threaded caller (the command line): fork workers from this process directly,
    which costs milliseconds instead of a forkserver's start-up. Never in the server, whose
    threads a fork would copy in whatever state they are. Either way such a caller reads its files
    one after another and wants no spare worker prepared beside them (_spares_wanted)."""
    global _context, _spares_wanted
    with _lock:
        _spares_wanted = False
        if threading.active_count() == 1 and _address_space() + FORK_HEADROOM <= limits.WORKER_MEMORY_BYTES:
            _context = multiprocessing.get_context("fork")


def forks_from_this_process() -> bool:
    """Whether the next worker is forked from this very process (prefer_fork took), so that what this
    process has read — the registry, the label matcher's tables — is what the worker starts with."""
    return _context is not None and _context.get_start_method() == "fork"


# NOTE: a forked worker inherits this process's address space and then gets the ceiling
# (RLIMIT_AS) on top of it: a caller that already maps ~3 GB (a test process after many DuckDB
# connections) left the worker no room, and it hung until the 25 s timeout. Fork only with room
# to spare (a fresh command line maps ~1.6 GB); otherwise the forkserver's clean process.
FORK_HEADROOM = 2**30
WORKING_ROOM = 64 * 2**20   # the least a worker needs beyond what it inherits to read anything


def _address_space() -> int:
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError):  # not Linux: assume there is no room
        return 1 << 62


def start() -> None:
    """Start the forkserver now (the app calls this once, so the first upload does not wait)."""
    from multiprocessing import forkserver

    global _spares_wanted
    _ctx()
    forkserver.ensure_running()
    _spares_wanted = True   # the server, even in a process a command line ran in before (a test's)
    _replenish()


def _limit_memory(ceiling: int) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = ceiling if hard == resource.RLIM_INFINITY else min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _limit_cpu(seconds: float) -> None:
    """At `seconds` more of CPU time the kernel sends SIGXCPU, whose default action ends the
    process wherever it is (a loop in native code too); SIGKILL a second later should anything
    have caught it. No core file is written."""
    signal.signal(signal.SIGXCPU, signal.SIG_DFL)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    used = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(used.ru_utime + used.ru_stime + seconds)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    else:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 1))


def _work(conn, data: bytes, file_name: str, province, period, ceiling: int, cpu_seconds: float,
          options: dict) -> None:
    try:
        # a native reader that aborts writes its panic to stderr: the parent reports the failure in
        # words instead, so keep the command line's and the server's output clean
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        if _address_space() + WORKING_ROOM > ceiling:
            # NOTE: a ceiling the worker already stands above (it inherits the forkserver's ~1.6 GB
            # of mappings) fails the first allocation of the read; when that allocation is a new
            # thread's (the sheet scan reads ahead in one) CPython's Thread.start() waits forever
            # for a thread that died starting, and only the wall-clock backstop ended it (300 s)
            raise MemoryError("no room under the ceiling")
        _limit_memory(ceiling)
        _limit_cpu(cpu_seconds)
        from etl import pipeline, workbook

        workbook.SANDBOXED = True

        result = pipeline.examine(data, file_name, province, period, **options)
        result.facts = _pack_facts(result.facts)
        conn.send(("ok", result))
    except MemoryError:
        conn.send(("memory", None))
    except BaseException as exc:  # noqa: BLE001 — whatever it is, the parent reports it
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        conn.close()


# --- the spare worker ---------------------------------------------------------------------------
# NOTE: a worker forked for a file spent 0.13–0.35 s of system time on ~53,000 page faults for a
# 100,000-row workbook (in a warm process: ~8,500): every allocation lands on memory it touches for
# the first time — 1 MiB pymalloc arenas for the millions of small objects, the malloc heap for
# calamine's buffers — and that, with its start-up, is what made the worker path 1.95–2.23× a bare
# read against 1.36–1.50× in process. So one worker is forked ahead of need and, while idle,
# touches that memory once in a form both allocators reuse (_touch_memory: ~7,400 faults left in
# the read); it then reads exactly one file, with the same limits as a fresh worker, and ends. Its
# preparation is the worker's start-up, off the upload's path (bench/ingest_bench.py reports it
# apart, as issue 8 allows). Only in the server (start()), never for the command line (it reads each
# file once, forked from itself — prefer_fork — or, mapping too much for that, from the forkserver).
SPARE_PYMALLOC_BYTES = 128 * 2**20   # ~ the small objects of a 100,000-row read
SPARE_HEAP_BYTES = 64 * 2**20        # calamine's and the frames' larger blocks
_MMAP_THRESHOLD = 32 * 2**20         # blocks from here up are mapped apart, never from the heap
_HEAP_BLOCK = 4 * 2**20              # the heap is touched in blocks well below it
_spare = None                        # (Process, Connection) forked ahead, or None
# NOTE: a command line whose process maps too much to fork from itself (prefer_fork declines: the corpus
# scorer calling etl.ingest.main after its DuckDB connections) reads from the forkserver too, and had
# a spare prepared after every file: ~0.19 s of CPU touching 192 MiB that its next small file never
# needed — about 200 s of the corpus test's CPU on two cores (session 36). Spares are the server's:
# a process that called prefer_fork (a command line) wants none.
_spares_wanted = True
_BALLAST: list = []


def _touch_memory(pymalloc_bytes: int, heap_bytes: int) -> None:
    """Fault in, once, memory this process's allocators will hand out again: malloc's heap (kept:
    no trimming, blocks up to 32 MB served from it) and pymalloc arenas (one small object kept per
    MiB so no arena is returned; their emptied pools serve any size). Only a head start: any
    failure leaves the worker as a fresh one."""
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
        libc.free.argtypes = [ctypes.c_void_p]
        if libc.mallopt(-1, 1 << 30) and libc.mallopt(-3, _MMAP_THRESHOLD):  # M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
            # NOTE: in blocks below the mmap threshold, so that they come from the heap and stay
            # there when freed (the trim threshold keeps them). One block of the whole size was
            # itself above the threshold: malloc mapped it apart and free gave it straight back,
            # so the heap was never touched — calamine's first read of a 100,000-row sheet still
            # faulted ~10,000 pages in (ingest38: ~17,200 → ~6,800 faults in the worker's examine)
            blocks = [libc.malloc(_HEAP_BLOCK) for _ in range(max(heap_bytes // _HEAP_BLOCK, 1))]
            for block in blocks:
                if block:
                    ctypes.memset(block, 0, _HEAP_BLOCK)
            for block in blocks:
                if block:
                    libc.free(block)
    except Exception:  # noqa: BLE001 — not glibc: no head start for the heap
        pass
    objects = [bytes(400) for _ in range(pymalloc_bytes // 448)]   # 448: the size class of bytes(400)
    windows = set()
    for o in objects:
        if id(o) >> 20 not in windows:
            windows.add(id(o) >> 20)
            _BALLAST.append(o)


def _spare_main(conn) -> None:
    """A spare worker: prepared, it says so, waits for one file (or for its parent to go) and
    reads it as _work does."""
    try:
        _touch_memory(SPARE_PYMALLOC_BYTES, SPARE_HEAP_BYTES)
        conn.send("ready")
        job = conn.recv()
    except (EOFError, OSError):   # the parent ended or dropped it
        return
    _work(conn, *job)


def _is_forkserver(ctx) -> bool:
    return ctx.get_start_method() == "forkserver"


def _replenish() -> None:
    """Fork the next spare in a thread of its own, so that no upload waits for the fork — in a process
    that asked for spares (the server's start(), a benchmark's ready()) only."""
    if _spares_wanted and _is_forkserver(_ctx()) and _spare is None:
        threading.Thread(target=_start_spare, daemon=True, name="sandbox-spare").start()


def _start_spare() -> None:
    global _spare
    with _lock:
        ctx = _context
        if _spare is not None or ctx is None or not _is_forkserver(ctx):
            return
        try:
            here, there = ctx.Pipe(duplex=True)
            worker = ctx.Process(target=_spare_main, args=(there,), daemon=True)
            worker.start()
            there.close()
        except Exception:  # noqa: BLE001 — no spare: the next upload forks a fresh worker
            return
        _spare = (worker, here)


def ready(timeout: float = 60.0) -> bool:
    """Start a spare worker if there is none and wait until it is prepared (the benchmark waits so
    that its preparation never overlaps a timed run)."""
    global _spares_wanted
    _spares_wanted = True
    _ctx()
    _start_spare()
    with _lock:
        spare = _spare
    return spare is not None and spare[1].poll(timeout)


def _take_spare(memory: int, job):
    """The prepared spare, given `job`; (None, None) when there is none ready, when the ceiling
    asked is below the default one (its touched memory counts in its address space) or when it
    cannot take the job. A spare still preparing is left to finish for the next upload."""
    global _spare
    with _lock:
        spare = _spare
        if spare is None or memory < limits.WORKER_MEMORY_BYTES:
            return None, None
        worker, conn = spare
        try:
            if not conn.poll(0):
                return None, None
            _spare = None
            if conn.recv() != "ready":
                raise EOFError
            conn.send(job)
        except (EOFError, OSError, ValueError):
            _spare = None
            if worker.is_alive():
                worker.kill()
            worker.join()
            conn.close()
            return None, None
    return worker, conn


@dataclass
class _PackedFacts:
    """A fact table on its way back from the worker: its columns as pandas had them (`series`:
    name -> Series) or as Arrow arrays (`arrays`: a text column, dictionary-encoded when its values
    repeat), with the column order and dtypes to rebuild exactly the same frame."""
    columns: list
    dtypes: list
    series: dict
    arrays: dict


_SAMPLE = 4096   # the first values of a text column, which tell whether encoding it is worth it


def _pack_facts(frame):
    """The frame as _PackedFacts; the frame itself (pickled as before) when it is not the plain
    shape examine() builds (a default index, text columns held by Arrow)."""
    import pandas as pd
    import pyarrow as pa

    try:
        if (not isinstance(frame.index, pd.RangeIndex) or frame.index.start != 0 or frame.index.step != 1
                or frame.attrs or not frame.columns.is_unique):
            return frame
        series, arrays = {}, {}
        for name in frame.columns:
            column = frame[name]
            if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow":
                values = pa.array(column.array)
                if isinstance(values, pa.ChunkedArray):
                    values = values.combine_chunks()
                head = values.slice(0, _SAMPLE)
                if len(values) > _SAMPLE and len(head.unique()) * 2 > len(head):
                    # NOTE: a column whose first values hardly repeat (the cell names: one per fact)
                    # was hashed whole only to be sent plain — 0.03–0.1 s of CPU for 100,000 facts in
                    # a fresh worker; either form comes back as the same column (_unpack_facts)
                    arrays[name] = values
                    continue
                coded = values.dictionary_encode()
                # NOTE: most text columns hold a few distinct values (province, period, indicator,
                # unit, sheet, label): one byte per row instead of the text; a cell name is unique
                n = len(coded.dictionary)
                if n * 2 <= len(values):
                    width = pa.int8() if n < 2**7 else pa.int16() if n < 2**15 else pa.int32()
                    values = pa.DictionaryArray.from_arrays(coded.indices.cast(width), coded.dictionary)
                arrays[name] = values
            else:
                series[name] = column   # numbers as numpy; dates and notes as objects (pickled once each)
        return _PackedFacts(list(frame.columns), list(frame.dtypes), series, arrays)
    except Exception:  # noqa: BLE001 — an unusual frame travels as it is
        return frame


def _unpack_facts(packed):
    """The frame _pack_facts() packed, equal in values, dtypes, order and index."""
    if not isinstance(packed, _PackedFacts):
        return packed
    import pandas as pd
    import pyarrow as pa

    columns = {}
    for name, dtype in zip(packed.columns, packed.dtypes):
        if name in packed.series:
            columns[name] = packed.series[name]
            continue
        values = packed.arrays[name]
        if pa.types.is_dictionary(values.type):
            values = values.dictionary_decode()
        columns[name] = pd.Series(values.to_pandas(), dtype=dtype)
    return pd.DataFrame(columns, columns=packed.columns)


def examine(data: bytes, file_name: str, province: str | None = None, period: str | None = None,
            seconds: float | None = None, memory: int | None = None, *, cpu_seconds: float | None = None,
            learned=None, accept_suggestions: bool = False, answers: dict | None = None):
    """pipeline.examine() in a worker (`learned`, `accept_suggestions`, `answers`: as there); a worker that
    dies, runs out of memory, of CPU time (`cpu_seconds`) or of wall-clock time (`seconds`, the
    backstop) gives a refused FileResult with the rule `unsafe` ("this file could not be read
    safely"). The limits default to etl.limits, read at each call."""
    from etl import pipeline, uploads, workbook
    from metrics.names import nfc

    seconds = limits.WORKER_WALL_SECONDS if seconds is None else seconds
    memory = limits.WORKER_MEMORY_BYTES if memory is None else memory
    cpu_seconds = limits.WORKER_CPU_SECONDS if cpu_seconds is None else cpu_seconds
    ctx = _ctx()
    job = (data, file_name, province, period, memory, cpu_seconds,
           {"learned": learned, "accept_suggestions": accept_suggestions, "answers": answers})
    worker, receiver = _take_spare(memory, job)
    if worker is None:
        receiver, sender = ctx.Pipe(duplex=False)
        worker = ctx.Process(target=_work, args=(sender, *job), daemon=True)
        worker.start()
        sender.close()
    status = None
    try:
        if receiver.poll(seconds):
            try:
                status, payload = receiver.recv()
            except (EOFError, OSError):
                status, payload = "died", None
        else:
            status, payload = "timeout", None
    finally:
        if worker.is_alive():
            worker.kill()
        if status == "ok":
            # NOTE: the answer is in; the worker's exit (its memory unmapped, the forkserver
            # reporting it) cost the upload 0.05–0.09 s at load 9: reaped beside it instead
            threading.Thread(target=worker.join, daemon=True, name="sandbox-reap").start()
        else:
            worker.join()   # its exit code tells a CPU limit from a crash
        receiver.close()
    if status == "died" and worker.exitcode == -signal.SIGXCPU:
        status = "cpu"
    if status == "ok":
        payload.facts = _unpack_facts(payload.facts)
        _replenish()
        return payload
    _replenish()
    name = nfc(file_name) or "(không tên)"
    try:
        # why did it fail? The limits, measured here by a streaming scan that allocates nothing
        # large, usually know (a cell at XFD1048576 makes calamine abort before the worker's own
        # scan can say so)
        workbook.prescan(data)
    except limits.TooLarge as exc:
        problem = Problem(exc.sheet, exc.cell, exc.value, exc.rule, f"{name}: {exc.message_vi}",
                          f"{name}: {exc.message_en}")
        return pipeline.FileResult(name, uploads.sha256(data), "rejected", pipeline.validate.to_frame([]), [],
                                   [problem], province, period)
    except Exception:  # noqa: BLE001 — not a limit: the file could not be read safely, as said below
        pass
    why_vi, why_en = {
        "memory": ("việc đọc cần nhiều bộ nhớ hơn giới hạn", "reading needed more memory than allowed"),
        "cpu": (f"việc đọc cần quá {cpu_seconds:g} giây CPU", f"reading needed more than {cpu_seconds:g} s of CPU time"),
        "timeout": (f"việc đọc kéo dài quá {seconds:g} giây", f"reading took longer than {seconds:g} s"),
        "died": ("trình đọc dừng đột ngột", "the reader stopped abruptly"),
    }.get(status, ("trình đọc gặp lỗi", "the reader failed"))
    problem = Problem(None, None, None, RULE, f"{name}: {MESSAGE_VI} ({why_vi}). Không có gì được ghi.",
                      f"{name}: {MESSAGE_EN} ({why_en}). Nothing was written.")
    return pipeline.FileResult(name, uploads.sha256(data), "rejected", pipeline.validate.to_frame([]), [],
                               [problem], province, period)
