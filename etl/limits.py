"""How much an uploaded file may make us read: the limits, declared once, and the `too_large`
refusal that names the sheet and the far cell. Every reader (.xlsx, .xls, .csv, .ods) checks a
sheet's extent here *before* it materializes the sheet, and the README documents these numbers.

Why these sizes: a department's report is a few hundred cells; a national compilation in tidy
rows (34 provinces × 60 indicators × 30 years) is about 60,000 rows. The limits leave room for
five times that, and keep what a reader allocates (rows × columns of the used area) far below
the memory of the worker process that parses uploads (WORKER_MEMORY_BYTES)."""
from __future__ import annotations

import re
import string

MAX_FILE_BYTES = 100 * 2**20          # the file as uploaded
MAX_UNPACKED_BYTES = 128 * 2**20      # every part of a zip container (.xlsx, .ods), inflated (300,000 tidy rows take 95 MB)
MAX_PACK_RATIO = 200                  # inflated ÷ packed, the whole container (zip bombs)
MAX_SHEETS = 100                      # worksheets in one workbook
MAX_ROWS = 300_000                    # rows of one sheet, counted from row 1
MAX_COLUMNS = 1_000                   # columns of one sheet, counted from column A (1,000 = ALL)
MAX_CELLS = 3_000_000                 # rows × columns of one sheet's used area, from A1
MAX_BOOK_CELLS = 6_000_000            # the same, summed over the sheets of one file
MAX_FORMULAS = 2_000                  # formulas saved without a value that etl.recalc computes per file

# The worker process that parses an upload (etl/sandbox.py): what a reader bug can cost at most.
WORKER_MEMORY_BYTES = 3 * 2**30       # address space (RLIMIT_AS) of the worker
# Time is bounded as CPU time (RLIMIT_CPU), not wall-clock time: on a busy machine (eight uploads at
# once on two cores) an honest file waits for the CPU without using it, and a wall-clock limit
# refused every one of them. Measured in the worker (2026-12-03, this 2-core machine): 100,000
# tidy rows 1.9 CPU-s; a file at MAX_ROWS with a problem on every row 11 CPU-s (the slowest legal
# file we know). 20 CPU-s leaves that ~1.8× and stops a spinning reader within ~20 s on an idle
# machine, inside the command line's 30 s contract for hostile files.
WORKER_CPU_SECONDS = 20               # CPU time (user + system, all threads) for one file
# A backstop for a worker that uses no CPU and never answers (blocked): the CPU budget at a
# 1/15 share of a core (two cores, ~30 runnable processes), so it never fires before the CPU limit
# on a file that is working.
WORKER_WALL_SECONDS = 300             # wall-clock time for one file


class TooLarge(ValueError):
    """A file or sheet beyond a limit above; `sheet` and `cell` say where (None: the whole file)."""

    rule = "too_large"

    def __init__(self, message_vi: str, message_en: str, sheet: str | None = None, cell: str | None = None,
                 value: object = None):
        super().__init__(message_vi)
        self.message_vi, self.message_en = message_vi, message_en
        self.sheet, self.cell, self.value = sheet, cell, value


def _n(x: int) -> str:
    """1234567 -> '1.234.567' (Vietnamese grouping; the English text uses the same digits)."""
    return f"{x:,}".replace(",", ".")


def cell_name(r: int, c: int) -> str:
    """0-based (row, col) -> A1."""
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{r + 1}"


_CELL_NAME = re.compile(r"([A-Z]+)(\d+)")


def cell_position(name: str | None) -> tuple[int, int] | None:
    """A1 -> 0-based (row, col), cell_name's inverse ("B12" -> (11, 1)); None for no cell's name."""
    m = _CELL_NAME.fullmatch(name or "")
    return None if m is None else (int(m[2]) - 1, column_number(m[1]) - 1)


# a cell name's letters as "A", its digits as "0", anything else as "?" (line ends kept)
_SHAPE = str.maketrans({**{chr(k): "?" for k in range(128) if k != 10}, **dict.fromkeys(string.ascii_uppercase, "A"),
                        **dict.fromkeys(string.digits, "0")})
_NO_LETTERS = str.maketrans("", "", string.ascii_uppercase)


def cell_rows(names: list[str]):
    """The 0-based rows of cell names (a numpy array, in order: `cell_position(n)[0]` of each), or None
    unless every one is a cell's name (letters then digits, up to 15 of them).
    NOTE: a tidy sheet's 100,000 figures: their names checked and read at C speed over them all, where a
    cell_position per name cost ~0.05 s of the ingest, and more where two checks each parsed them all."""
    import numpy as np

    if not names or None in names:
        return None
    joined = "\n".join(names)
    if joined.count("\n") != len(names) - 1 or not joined.isascii():
        return None
    # every line "A…0…": letters first, then digits, each at least one (no line "A", "0", "0A", empty)
    shape = joined.translate(_SHAPE)
    if "?" in shape or "0A" in shape or "A\n" in shape or "\n0" in shape or "\n\n" in shape \
            or shape[:1] != "A" or shape[-1:] != "0" or "0" * 16 in shape:
        return None
    rows = np.fromstring(joined.translate(_NO_LETTERS), dtype=np.int64, sep="\n")
    return rows - 1 if len(rows) == len(names) else None


def column_number(letters: str | bytes) -> int:
    """'A' -> 1, 'XFD' -> 16384."""
    if isinstance(letters, bytes):
        letters = letters.decode("ascii")
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def check_file_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise TooLarge(f"Tệp dài {_n(size)} byte, vượt giới hạn {_n(MAX_FILE_BYTES)} byte.",
                       f"The file is {size:,} bytes, beyond the limit of {MAX_FILE_BYTES:,} bytes.", value=size)


def check_unpacked(unpacked: int, packed: int) -> None:
    """A zip container's inflated size, in total and as a ratio (honest and lying zip bombs)."""
    if unpacked > MAX_UNPACKED_BYTES:
        raise TooLarge(f"Tệp giải nén ra {_n(unpacked)} byte, vượt giới hạn {_n(MAX_UNPACKED_BYTES)} byte.",
                       f"The file inflates to {unpacked:,} bytes, beyond the limit of {MAX_UNPACKED_BYTES:,} bytes.",
                       value=unpacked)
    if unpacked > max(1, packed) * MAX_PACK_RATIO:
        raise TooLarge(f"Tệp nén với tỉ lệ bất thường ({_n(unpacked // max(1, packed))} lần, giới hạn "
                       f"{MAX_PACK_RATIO} lần): nghi là tệp nén độc hại.",
                       f"The file is compressed {unpacked // max(1, packed):,} times (limit {MAX_PACK_RATIO}): "
                       "a suspected zip bomb.", value=unpacked)


def check_sheet_count(n: int) -> None:
    if n > MAX_SHEETS:
        raise TooLarge(f"Tệp có {_n(n)} trang tính, vượt giới hạn {MAX_SHEETS}.",
                       f"The file has {n:,} sheets, beyond the limit of {MAX_SHEETS}.", value=n)


def check_extent(sheet: str, last_row: int, last_col: int, book_cells: int = 0, at_least: bool = False) -> int:
    """Refuse a sheet whose used area reaches (last_row, last_col) (0-based, the far cell) when
    that area is beyond the limits; `book_cells` is the area of the sheets before it. Returns
    the running total of the book's cells."""
    rows, cols = last_row + 1, last_col + 1
    cells = rows * cols
    far = cell_name(last_row, last_col)
    size_vi, size_en = f"{_n(rows)} dòng × {_n(cols)} cột", f"{rows:,} rows × {cols:,} columns"
    if rows > MAX_ROWS or cols > MAX_COLUMNS or cells > MAX_CELLS:
        if at_least:
            size_vi, size_en = f"ít nhất {size_vi}", f"at least {size_en}"
        raise TooLarge(
            f"Trang tính “{sheet}” có dữ liệu đến ô {far}{' trở đi' if at_least else ''} ({size_vi} = {_n(cells)} ô); giới hạn là "
            f"{_n(MAX_ROWS)} dòng, {_n(MAX_COLUMNS)} cột và {_n(MAX_CELLS)} ô mỗi trang. "
            "Hãy xoá các ô thừa ở xa hoặc tách tệp.",
            f"Sheet “{sheet}” has data up to cell {far}{' and beyond' if at_least else ''} ({size_en} = {cells:,} cells); the limits are "
            f"{MAX_ROWS:,} rows, {MAX_COLUMNS:,} columns and {MAX_CELLS:,} cells per sheet. "
            "Clear the stray far cells or split the file.", sheet, far, far)
    total = book_cells + cells
    if total > MAX_BOOK_CELLS:
        raise TooLarge(
            f"Các trang tính đến “{sheet}” (ô {far}) có tổng {_n(total)} ô, vượt giới hạn {_n(MAX_BOOK_CELLS)} ô "
            "mỗi tệp. Hãy tách tệp.",
            f"The sheets up to “{sheet}” (cell {far}) hold {total:,} cells in all, beyond the limit of "
            f"{MAX_BOOK_CELLS:,} per file. Split the file.", sheet, far, far)
    return total


LIMITS_TABLE = (
    ("MAX_FILE_BYTES", MAX_FILE_BYTES, "the file as uploaded, bytes"),
    ("MAX_UNPACKED_BYTES", MAX_UNPACKED_BYTES, "all parts of an .xlsx/.ods inflated, bytes"),
    ("MAX_PACK_RATIO", MAX_PACK_RATIO, "inflated ÷ packed size of an .xlsx/.ods"),
    ("MAX_SHEETS", MAX_SHEETS, "sheets per file"),
    ("MAX_ROWS", MAX_ROWS, "rows per sheet (from row 1)"),
    ("MAX_COLUMNS", MAX_COLUMNS, "columns per sheet (from column A)"),
    ("MAX_CELLS", MAX_CELLS, "rows × columns of a sheet's used area, from A1"),
    ("MAX_BOOK_CELLS", MAX_BOOK_CELLS, "the same summed over a file's sheets"),
    ("MAX_FORMULAS", MAX_FORMULAS, "formulas saved without a value that are computed, per file"),
    ("WORKER_MEMORY_BYTES", WORKER_MEMORY_BYTES, "address space of the worker that parses an upload"),
    ("WORKER_CPU_SECONDS", WORKER_CPU_SECONDS, "CPU time for one file in that worker (RLIMIT_CPU)"),
    ("WORKER_WALL_SECONDS", WORKER_WALL_SECONDS, "wall-clock backstop for one file in that worker"),
)
