"""Formulas saved without a computed value -> their value, computed from the workbook's own cells.

Excel saves every formula with its last result; files written by other software (openpyxl,
report generators, some web exports) often save the formula alone. Such a cell is computed here,
with the `formulas` library (its Excel grammar and function semantics), when the formula refers
only to cells of this workbook and uses only plain arithmetic functions. Anything else is not
guessed: the cell alone is set aside with the reason (Sheet.no_cache), and the rest of the file
loads. A result that is an Excel error (#DIV/0!) is recorded as the cell's error, exactly as if
Excel had saved it (rule `formula_error`).

What is refused, and why (a wrong number is worse than a missing one):
- a reference to another file (`[1]Sheet!A1`), a defined name, a whole row or column;
- a function outside the short list below: volatile ones (NOW, RAND, INDIRECT, OFFSET) give
  another value each time, and IFERROR(x; 0) would turn a missing figure into a 0;
- a referenced cell that is empty or says "no data" ("-"): Excel would count it as 0;
- a cycle, a chain deeper than MAX_DEPTH, a range over MAX_RANGE cells, more than
  limits.MAX_FORMULAS such cells in one file.

The library is imported only when a file needs it (its first formula costs ~1 s of imports)."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from etl import limits
from etl.numbers import NotANumber, parse_cell
from etl.limits import cell_name
from etl.sheets import Sheet, Workbook

ALLOWED_FUNCTIONS = frozenset({
    "SUM", "PRODUCT", "SUMPRODUCT", "ROUND", "ROUNDUP", "ROUNDDOWN", "INT", "ABS",
    "MIN", "MAX", "AVERAGE", "IF", "AND", "OR", "NOT",
})
MAX_DEPTH = 50
MAX_RANGE = 10_000

_REF = re.compile(r"^(?:(?:'((?:[^']|'')+)'|([^'!\[\]]+))!)?([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$")


class _NotComputed(Exception):
    """Why a formula is not computed: (Vietnamese, English)."""

    def __init__(self, vi: str, en: str):
        super().__init__(vi)
        self.vi, self.en = vi, en


class _Error(Exception):
    """The formula's result is an Excel error value (#DIV/0!, #REF!…)."""


def _col(letters: str) -> int:
    return limits.column_number(letters) - 1


@lru_cache(maxsize=4096)
def _compile(text: str):
    """(function, its input references) for one formula; _NotComputed when it is not allowed."""
    import formulas
    from formulas.tokens.function import Function

    try:
        tokens, ast = formulas.Parser().ast(text)
    except Exception as exc:
        raise _NotComputed(f"không đọc được công thức ({type(exc).__name__})", "the formula cannot be parsed") from exc
    for tok in tokens:
        if isinstance(tok, Function) and tok.name.upper() not in ALLOWED_FUNCTIONS:
            raise _NotComputed(f"công thức dùng hàm {tok.name} (chỉ tính các phép tính và hàm SUM, ROUND, IF…)",
                               f"the formula uses the function {tok.name} (only arithmetic, SUM, ROUND, IF… are computed)")
    try:
        func = ast.compile()
    except Exception as exc:
        raise _NotComputed(f"không tính được công thức ({type(exc).__name__})", "the formula cannot be compiled") from exc
    return func, tuple(func.inputs)


class _Book:
    def __init__(self, book: Workbook):
        self.sheets = {s.name.upper(): s for s in book.sheets}
        self.active: set[tuple[str, int, int]] = set()

    def value_of(self, sheet: Sheet, r: int, c: int, depth: int):
        """A referenced cell's value as Excel would use it: a number, or _NotComputed / _Error."""
        where = f"{sheet.name}!{cell_name(r, c)}"
        if (sheet.name, r, c) in self.active:
            raise _NotComputed(f"công thức tham chiếu vòng (qua ô {where})", f"a circular reference (through {where})")
        if (r, c) in sheet.errors:
            raise _Error(sheet.errors[(r, c)])
        if (r, c) in sheet.pending:
            self.compute(sheet, r, c, depth + 1)
            if (r, c) in sheet.errors:
                raise _Error(sheet.errors[(r, c)])
            if (r, c) in sheet.no_cache:
                vi, en = sheet.no_cache[(r, c)]
                raise _NotComputed(f"ô {where} được tham chiếu cũng không tính được: {vi}",
                                   f"the referenced cell {where} cannot be computed either: {en}")
        v = sheet.value(r, c)
        if isinstance(v, bool) or v is None:
            raise _NotComputed(f"ô {where} được tham chiếu đang trống (Excel sẽ tính là 0)" if v is None else
                               f"ô {where} được tham chiếu không phải là số",
                               f"the referenced cell {where} is empty (Excel would count it as 0)" if v is None else
                               f"the referenced cell {where} is not a number")
        if isinstance(v, (int, float)):
            if isinstance(v, float) and not math.isfinite(v):
                raise _NotComputed(f"ô {where} được tham chiếu không phải là số", f"the referenced cell {where} is not a number")
            return v
        try:
            num = parse_cell(v) if isinstance(v, str) else None
        except NotANumber:
            num = None
        if num is None or num.qualifier:
            raise _NotComputed(f"ô {where} được tham chiếu (“{v}”) không phải là số",
                               f"the referenced cell {where} (“{v}”) is not a number")
        return num.value / 100 if num.percent else num.value

    def resolve(self, home: Sheet, ref: str, depth: int):
        import numpy as np

        m = _REF.match(ref)
        if "[" in ref:
            raise _NotComputed(f"công thức lấy số liệu từ tệp khác ({ref})", f"the formula takes a figure from another file ({ref})")
        if m is None:
            raise _NotComputed(f"công thức tham chiếu “{ref}” (tên vùng, tệp khác hoặc cả cột/dòng)",
                               f"the formula refers to “{ref}” (a name, another file or a whole row/column)")
        quoted, plain, c0, r0, c1, r1 = m.groups()
        name = (quoted.replace("''", "'") if quoted else plain)
        sheet = home if name is None else self.sheets.get(name.upper())
        if sheet is None:
            raise _NotComputed(f"công thức tham chiếu trang “{name}” không có trong tệp",
                               f"the formula refers to a sheet “{name}” that is not in the file")
        ra, ca = int(r0) - 1, _col(c0)
        if c1 is None:
            return self.value_of(sheet, ra, ca, depth)
        rb, cb = int(r1) - 1, _col(c1)
        ra, rb = sorted((ra, rb))
        ca, cb = sorted((ca, cb))
        if (rb - ra + 1) * (cb - ca + 1) > MAX_RANGE:
            raise _NotComputed(f"vùng {ref} quá lớn để tính", f"the range {ref} is too large to compute")
        grid = np.empty((rb - ra + 1, cb - ca + 1), dtype=object)
        for r in range(ra, rb + 1):
            for c in range(ca, cb + 1):
                grid[r - ra, c - ca] = self.value_of(sheet, r, c, depth)
        return grid

    def compute(self, sheet: Sheet, r: int, c: int, depth: int = 0) -> None:
        """Compute one pending formula cell: its value into the sheet, or its reason into no_cache."""
        text = sheet.pending.pop((r, c), None)
        if text is None:
            return
        key = (sheet.name, r, c)
        try:
            if depth > MAX_DEPTH:
                raise _NotComputed("chuỗi công thức lồng nhau quá sâu", "the chain of formulas is too deep")
            if key in self.active:
                raise _NotComputed("công thức tham chiếu vòng (tự tham chiếu đến chính nó)", "a circular reference")
            if not isinstance(text, str) or not text.startswith("="):
                raise _NotComputed("công thức mảng hoặc bảng dữ liệu", "an array or data-table formula")
            self.active.add(key)
            try:
                func, refs = _compile(text)
                args = [self.resolve(sheet, ref, depth) for ref in refs]
                result = func(*args)
            finally:
                self.active.discard(key)
            value = _scalar(result)
        except _Error as err:
            sheet.errors[(r, c)] = str(err)
            return
        except _NotComputed as why:
            sheet.no_cache[(r, c)] = (f"Công thức {_short(text)} lưu không kèm kết quả và không tính được: {why.vi}",
                                      f"Formula {_short(text)} saved without a result and not computable: {why.en}")
            return
        except Exception as exc:  # the library's own failure on an unusual formula: not guessed
            sheet.no_cache[(r, c)] = (f"Công thức {_short(text)} lưu không kèm kết quả và không tính được ({type(exc).__name__})",
                                      f"Formula {_short(text)} saved without a result and not computable ({type(exc).__name__})")
            return
        _put(sheet, r, c, value)
        if value is not None:
            sheet.computed[(r, c)] = text


def _short(text) -> str:
    t = str(text)
    return t if len(t) <= 60 else t[:57] + "…"


def _scalar(result):
    """The library's result (a 1×1 array) -> a number, None for an empty text (no data), or raise."""
    from formulas.tokens.operand import XlError

    v = result
    if hasattr(v, "shape"):
        if v.size != 1:
            raise _NotComputed("công thức cho nhiều giá trị", "the formula gives several values")
        v = v.ravel()[0]
    if hasattr(v, "item") and not isinstance(v, XlError):
        v = v.item()   # a numpy scalar -> its Python value
    if isinstance(v, XlError):
        raise _Error(str(v))
    if isinstance(v, str) and v == "":
        return None  # =IF(C6="";"";C6): an empty text is "no data", as when Excel saves it
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(float(v)):
        raise _NotComputed(f"kết quả “{v}” không phải là số", f"the result “{v}” is not a number")
    return float(v)


def _put(sheet: Sheet, r: int, c: int, value) -> None:
    while len(sheet.rows) <= r:
        sheet.rows.append([])
    row = sheet.rows[r]
    if len(row) <= c:
        row.extend([None] * (c + 1 - len(row)))
    row[c] = value


def fill(book: Workbook) -> None:
    """Compute every formula of the workbook saved without a value (Sheet.pending)."""
    pending = sum(len(s.pending) for s in book.sheets)
    if not pending:
        return
    state = _Book(book)
    done = 0
    for sheet in book.sheets:
        for (r, c) in sorted(sheet.pending):
            if (r, c) not in sheet.pending:
                continue  # computed already, as another formula's input
            if done >= limits.MAX_FORMULAS:
                text = sheet.pending.pop((r, c))
                sheet.no_cache[(r, c)] = (
                    f"Công thức {_short(text)} lưu không kèm kết quả; tệp có hơn {limits.MAX_FORMULAS} công thức như vậy, không tính thêm",
                    f"Formula {_short(text)} saved without a result; the file has more than {limits.MAX_FORMULAS} such formulas")
                continue
            state.compute(sheet, r, c)
            done += 1


def notes(book: Workbook) -> dict[tuple[str, str], str]:
    """(sheet, cell) -> the note a fact read from a computed formula carries."""
    return {(s.name, cell_name(r, c)): f"Giá trị tính từ công thức {_short(text)} (tệp lưu công thức không kèm kết quả)."
            for s in book.sheets for (r, c), text in s.computed.items()}
