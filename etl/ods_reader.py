"""OpenDocument spreadsheet (.ods, LibreOffice / OpenOffice) bytes -> a Workbook, for the same
reading path as Excel: values, merged ranges, %-formatted cells, hidden sheets, error values, and
formulas saved without a value (translated to Excel's notation for etl.recalc).

One streaming pass over content.xml (defusedxml: no entity expansion). NOTE: LibreOffice writes
the empty rest of a sheet as one row "repeated 1,048,000 times" and the empty rest of a row as
one cell repeated 16,000 times: repeats only advance the position; a repeated cell or row with
content is materialized, and the far cell is checked against etl.limits before it is."""
from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

from defusedxml.ElementTree import iterparse

from etl import limits
from etl.sheets import Sheet, Unreadable, Workbook
from metrics.names import nfc

MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

_NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


T_TABLE, T_ROW, T_CELL, T_COVERED = _q("table", "table"), _q("table", "table-row"), _q("table", "table-cell"), _q("table", "covered-table-cell")
T_NAME, T_STYLE, T_DISPLAY = _q("table", "name"), _q("table", "style-name"), _q("table", "display")
T_ROWS_REP, T_COLS_REP = _q("table", "number-rows-repeated"), _q("table", "number-columns-repeated")
T_ROWS_SPAN, T_COLS_SPAN = _q("table", "number-rows-spanned"), _q("table", "number-columns-spanned")
T_FORMULA = _q("table", "formula")
T_COLUMN, T_VISIBILITY = _q("table", "table-column"), _q("table", "visibility")
O_TYPE, O_VALUE, O_DATE, O_BOOL, O_STRING = (_q("office", "value-type"), _q("office", "value"), _q("office", "date-value"),
                                              _q("office", "boolean-value"), _q("office", "string-value"))
C_TYPE = _q("calcext", "value-type")
S_STYLE, S_NAME, S_TABLE_PROPS = _q("style", "style"), _q("style", "name"), _q("style", "table-properties")
S_PARA_PROPS = _q("style", "paragraph-properties")
S_PARENT, S_FAMILY = _q("style", "parent-style-name"), _q("style", "family")
FO_MARGIN_LEFT = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}margin-left"
# a length as ODF writes it, in points
_LENGTH = re.compile(r"^\s*([0-9.]+)\s*(cm|mm|in|pt|pc|px)\s*$")
_POINTS = {"cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pt": 1.0, "pc": 12.0, "px": 0.75}
X_P, X_S, X_TAB, X_BREAK = _q("text", "p"), _q("text", "s"), _q("text", "tab"), _q("text", "line-break")
X_C = _q("text", "c")


def is_ods(data: bytes) -> bool:
    """An OpenDocument spreadsheet: a zip whose first member, stored, is its mimetype."""
    return data[30:38] == b"mimetype" and MIMETYPE in data[38:120]


def _guard(data: bytes) -> zipfile.ZipFile:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except zipfile.BadZipFile as exc:
        raise Unreadable("Tệp .ods bị hỏng (không giải nén được).") from exc
    # NOTE: the directory's sizes may lie; content.xml is read through _Bounded, which counts
    # what actually comes out
    limits.check_unpacked(sum(i.file_size for i in infos), sum(i.compress_size for i in infos))
    if "content.xml" not in z.namelist():
        raise Unreadable("Tệp .ods không chứa bảng tính.")
    if any(i.flag_bits & 0x1 for i in infos):
        raise Unreadable("Tệp được mã hoá (đặt mật khẩu); hãy lưu lại không mật khẩu rồi tải lên.")
    return z


class _Bounded(io.RawIOBase):
    """A member of the zip read through a counter: more than MAX_UNPACKED_BYTES is too large."""

    def __init__(self, fh):
        self.fh, self.n = fh, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.fh.read(len(b))
        self.n += len(data)
        limits.check_unpacked(self.n, self.n)   # the total only: the ratio was checked on the directory
        b[:len(data)] = data
        return len(data)


def read(data: bytes, file_name: str) -> Workbook:
    limits.check_file_size(len(data))
    z = _guard(data)
    hidden_styles: set[str] = set()
    margins = _named_margins(z)        # a cell style's left margin (its indent), in points
    sheets: list[Sheet] = []
    state = None
    book_cells = 0
    with z.open("content.xml") as member:
        fh = io.BufferedReader(_Bounded(member), 1 << 16)
        for event, el in iterparse(fh, events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == T_TABLE:
                    limits.check_sheet_count(len(sheets) + 1)
                    name = nfc(el.get(T_NAME) or f"Sheet{len(sheets) + 1}")
                    state = _SheetState(Sheet(name, el.get(T_STYLE) in hidden_styles, []), margins)
                    sheets.append(state.sheet)
                continue
            if tag == S_STYLE:
                props = el.find(S_TABLE_PROPS)
                if props is not None and props.get(T_DISPLAY) == "false":
                    hidden_styles.add(el.get(S_NAME))
                _note_margin(el, margins)
            elif tag in (T_CELL, T_COVERED) and state is not None:
                state.cell(el, tag == T_COVERED)
                el.clear()
            elif tag == T_ROW and state is not None:
                state.end_row(el)
                el.clear()
            elif tag == T_COLUMN and state is not None:
                state.column(el)
            elif tag == T_TABLE and state is not None:
                book_cells = state.finish(book_cells)
                state = None
                el.clear()
    return Workbook(file_name, sheets)


def _note_margin(el, margins: dict[str, float]) -> None:
    """A cell style's left margin (its indent) in points, into `margins`: its own, else the one of
    the style it is based on (a style without a margin of its own indents as its parent does)."""
    para = el.find(S_PARA_PROPS)
    own = para.get(FO_MARGIN_LEFT) if para is not None else None
    if own is not None:
        m = _LENGTH.match(own)
        margins[el.get(S_NAME)] = float(m[1]) * _POINTS[m[2]] if m else 0.0
    elif el.get(S_PARENT) in margins:
        margins[el.get(S_NAME)] = margins[el.get(S_PARENT)]


def _named_margins(z: zipfile.ZipFile) -> dict[str, float]:
    """The left margins of the named cell styles (styles.xml), by style name.

    NOTE: LibreOffice keeps an indent set in a named cell style ("Mục con": Format Cells > Indent
    once, applied to every part) in styles.xml; the cells name that style, or an automatic style of
    content.xml based on it. Read from content.xml alone, such parts were rows of their own."""
    if "styles.xml" not in z.namelist():
        return {}
    margins: dict[str, float] = {}
    based_on: dict[str, str] = {}
    with z.open("styles.xml") as member:
        fh = io.BufferedReader(_Bounded(member), 1 << 16)
        for _, el in iterparse(fh, events=("end",)):
            if el.tag == S_STYLE and el.get(S_FAMILY) == "table-cell":
                _note_margin(el, margins)
                if el.get(S_NAME) not in margins and el.get(S_PARENT):
                    based_on[el.get(S_NAME)] = el.get(S_PARENT)
    for name in based_on:   # a style based on one defined after it; a chain of at most a few
        parent, seen = based_on[name], {name}
        while parent not in margins and parent in based_on and parent not in seen:
            seen.add(parent)
            parent = based_on[parent]
        if parent in margins:
            margins[name] = margins[parent]
    return margins


class _SheetState:
    """The position in one table while streaming it."""

    def __init__(self, sheet: Sheet, margins: dict[str, float] | None = None):
        self.sheet = sheet
        self.margins = margins or {}
        self.indented: dict[tuple[int, int], float] = {}   # text cells with a left margin, in points
        self.r = 0          # current row index
        self.c = 0          # current column index within the row
        self.row: list = []
        self.col_pos = 0    # columns declared so far (<table:table-column>, with their repeats)

    def column(self, el) -> None:
        """A column declaration: a hidden one ("collapse", "filter") is noted, within the limits."""
        repeat = _int(el.get(T_COLS_REP), 1)
        if el.get(T_VISIBILITY) in ("collapse", "filter"):
            last = min(self.col_pos + repeat, limits.MAX_COLUMNS)
            self.sheet.hidden_cols.update(range(self.col_pos, last))
        self.col_pos += repeat

    def _check(self, r: int, c: int) -> None:
        if r + 1 > limits.MAX_ROWS or c + 1 > limits.MAX_COLUMNS or (r + 1) * (c + 1) > limits.MAX_CELLS:
            limits.check_extent(self.sheet.name, r, c)   # raises, naming the far cell

    def cell(self, el, covered: bool) -> None:
        repeat = _int(el.get(T_COLS_REP), 1)
        value, fmt, error, formula = (None, None, None, None) if covered else _content(el)
        if value is None and error is None and formula is None:
            self.c += repeat            # empty cells only advance the position
            return
        self._check(self.r, self.c + repeat - 1)
        s = self.sheet
        for k in range(repeat):
            c = self.c + k
            if len(self.row) < c:
                self.row.extend([None] * (c - len(self.row)))
            self.row.append(value)
            if fmt:
                s.formats[(self.r, c)] = fmt
            if isinstance(value, str) and self.margins.get(el.get(T_STYLE)):
                self.indented[(self.r, c)] = self.margins[el.get(T_STYLE)]
            if error:
                s.errors[(self.r, c)] = error
            elif formula is not None and value is None:
                s.pending[(self.r, c)] = formula
        rows_span, cols_span = _int(el.get(T_ROWS_SPAN), 1), _int(el.get(T_COLS_SPAN), 1)
        if rows_span > 1 or cols_span > 1:
            s.merges.append((self.r, self.c, self.r + rows_span - 1, self.c + cols_span - 1))
        self.c += repeat

    def end_row(self, el) -> None:
        repeat = _int(el.get(T_ROWS_REP), 1)
        s = self.sheet
        if self.row:
            self._check(self.r + repeat - 1, max(0, len(self.row) - 1))
            while len(s.rows) < self.r:
                s.rows.append([])
            s.rows.append(self.row)
            for k in range(1, repeat):   # a row with content repeated: each copy is a row
                s.rows.append(list(self.row))
            if el.get(T_VISIBILITY) in ("collapse", "filter"):
                s.hidden_rows.update(range(self.r, self.r + repeat))
        self.r += repeat
        self.c = 0
        self.row = []

    def finish(self, book_cells: int) -> int:
        """The running total of the file's cells, with this sheet's used area (checked)."""
        if self.indented:
            # NOTE: LibreOffice saves Format Cells > Indent as a left margin (0.353cm, 0.706cm, …;
            # from Excel's indent 1, 2: its own step): the steps a person sees, counted in the
            # sheet's smallest margin, as .xlsx gives them (etl.walk reads them as parts)
            step = min(self.indented.values())
            self.sheet.indents = {k: max(1, round(v / step)) for k, v in self.indented.items()}
        rows = self.sheet.rows
        if not rows:
            return book_cells
        width = max((len(r) for r in rows), default=1)
        return limits.check_extent(self.sheet.name, len(rows) - 1, max(0, width - 1), book_cells)


def _int(v, default: int) -> int:
    try:
        return max(1, int(v)) if v is not None else default
    except ValueError:
        return default


def _text(el) -> str:
    """The cell's text: its paragraphs joined by new lines, with <text:s c="3"/> spaces."""
    parts = []
    for p in el.iter(X_P):
        parts.append(_inline(p))
    return "\n".join(parts)


def _inline(node) -> str:
    out = [node.text or ""]
    for child in node:
        if child.tag == X_S:
            out.append(" " * _int(child.get(X_C), 1))
        elif child.tag == X_TAB:
            out.append("\t")
        elif child.tag == X_BREAK:
            out.append("\n")
        else:
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def _content(el) -> tuple:
    """(value, %-format, error text, formula in Excel notation) of one table cell."""
    kind = el.get(O_TYPE)
    formula = el.get(T_FORMULA)
    if el.get(C_TYPE) == "error":
        return None, None, _text(el) or "#ERROR", None
    value, fmt = None, None
    if kind in ("float", "currency", "percentage"):
        raw = el.get(O_VALUE)
        try:
            value = float(raw)
            if value.is_integer() and kind != "percentage" and "." not in raw and "e" not in raw.lower():
                value = int(value)
        except (TypeError, ValueError):
            value = None
        if kind == "percentage":
            fmt = "0%"
    elif kind == "date":
        raw = el.get(O_DATE) or ""
        try:
            value = datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        except ValueError:
            value = nfc(_text(el)) or None
    elif kind == "boolean":
        value = el.get(O_BOOL) == "true"
    elif kind is not None:   # string, time: the text as shown
        value = nfc(el.get(O_STRING) or _text(el)) or None
    else:
        text = _text(el)
        value = nfc(text) if text else None
    if formula is not None and value is not None:
        formula = None   # saved with its value: read the value, as for Excel
    elif formula is not None:
        formula = excel_formula(formula)
    return value, fmt, None, formula


_OF_REF = re.compile(r"\[\$?(?:'((?:[^']|'')+)'|([^.\]\[']*))?\.\$?([A-Z]+)\$?(\d+)(?::\$?(?:'(?:[^']|'')+'|[^.\]\[']*)?\.\$?([A-Z]+)\$?(\d+))?\]")


def excel_formula(of: str) -> str:
    """OpenFormula ("of:=SUM([.D12:.D13]);[$'Biểu 01'.C5]") -> Excel notation ("=SUM(D12:D13)+…")."""
    text = of.split(":", 1)[1] if of[:3].lower() in ("of:", "oooc") or of.startswith("msoxl:") else of

    def ref(m):
        sheet = m[1].replace("''", "'") if m[1] else (m[2] or "")
        a = f"{m[3]}{m[4]}" + (f":{m[5]}{m[6]}" if m[5] else "")
        return f"'{sheet}'!{a}" if sheet else a

    text = _OF_REF.sub(ref, text)
    # the argument separator is ";" in OpenFormula, "," in Excel (outside strings)
    out, in_string = [], False
    for ch in text:
        if ch == '"':
            in_string = not in_string
        out.append("," if ch == ";" and not in_string else ch)
    text = "".join(out)
    return text if text.startswith("=") else "=" + text
