"""Excel bytes -> a plain Workbook of sheets (values, merges, number formats, hidden state,
formulas without a cached value). The I/O edge of the ingest: nothing here interprets cells.

Reading is the expensive part, so values come from calamine (fast, Rust) and openpyxl is opened
only when the file has something calamine cannot tell: a %-formatted cell or a formula (a
formula saved without a cached value must be reported, not read as empty). Old .xls files are
read with xlrd, which gives number formats (calamine gives none)."""
from __future__ import annotations

import io
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from metrics.names import nfc

MAX_UNPACKED = 200 * 2**20
MAX_RATIO = 200


class Unreadable(ValueError):
    """Not a workbook we can read; the message says why (Vietnamese)."""


@dataclass
class Sheet:
    name: str
    hidden: bool
    rows: list[list]                       # cached values, 0-based rows and columns
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 inclusive
    formats: dict[tuple[int, int], str] = field(default_factory=dict)     # only non-General formats we need
    no_cache: set[tuple[int, int]] = field(default_factory=set)           # formulas with no cached value
    errors: dict[tuple[int, int], str] = field(default_factory=dict)      # cells whose value is an error (#DIV/0!)

    def value(self, r: int, c: int):
        if r < len(self.rows) and c < len(self.rows[r]):
            return self.rows[r][c]
        return None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class Workbook:
    file_name: str
    sheets: list[Sheet]


def cell_name(r: int, c: int) -> str:
    """0-based (row, col) -> A1."""
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{r + 1}"


def read(data: bytes, file_name: str) -> Workbook:
    try:
        if data[:4] == b"PK\x03\x04":
            return _read_xlsx(data, file_name)
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            return _read_xls(data, file_name)
    except Unreadable:
        raise
    except Exception as exc:
        # NOTE: a damaged file fails deep inside the readers, sheet by sheet, with their own error
        # types (calamine's XmlError "corrupt deflate stream" on an upload cut short, zipfile's
        # NotImplementedError, zlib.error…): every one of them means "not a readable workbook".
        raise Unreadable(f"Tệp bảng tính bị hỏng, không đọc được ({type(exc).__name__}: {exc}).") from exc
    raise Unreadable("Tệp không phải là bảng tính Excel (.xlsx hoặc .xls) đọc được.")


def _clean(v):
    if isinstance(v, str):
        v = nfc(v)
        return v if v else None
    if v == "":
        return None
    return v


def _guard_zip(data: bytes) -> zipfile.ZipFile:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except zipfile.BadZipFile as exc:
        raise Unreadable("Tệp .xlsx bị hỏng (không giải nén được).") from exc
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_UNPACKED or total / packed > MAX_RATIO:
        raise Unreadable("Tệp có dung lượng giải nén bất thường (nghi là tệp nén độc hại); không đọc.")
    if "xl/workbook.xml" not in z.namelist():
        raise Unreadable("Tệp nén không chứa bảng tính Excel.")
    return z


_PERCENT_BUILTIN = {"9", "10"}


def _needs_openpyxl(z: zipfile.ZipFile) -> bool:
    """True when some cell is %-formatted or some sheet holds a formula."""
    names = z.namelist()
    if "xl/styles.xml" in names:
        styles = z.read("xl/styles.xml").decode("utf-8", "replace")
        percent_ids = set(_PERCENT_BUILTIN)
        for m in re.finditer(r'<numFmt [^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"', styles):
            if "%" in m[2]:
                percent_ids.add(m[1])
        xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S)
        if xfs and any(i in percent_ids for i in re.findall(r'numFmtId="(\d+)"', xfs[1])):
            return True
    for n in names:
        if n.startswith("xl/worksheets/") and n.endswith(".xml"):
            with z.open(n) as fh:
                # formulas are <f>…</f> or <f t="shared" …/>; scan in chunks, not the whole file at once
                tail = b""
                while chunk := fh.read(1 << 20):
                    buf = tail + chunk
                    if b"<f>" in buf or b"<f " in buf:
                        return True
                    tail = buf[-3:]
    return False


def _read_xlsx(data: bytes, file_name: str) -> Workbook:
    z = _guard_zip(data)
    # NOTE: the formula scan inflates every sheet's XML (0.1 s for a 100,000-row sheet) and zlib
    # releases the GIL while it does, as calamine does while parsing: run the scan beside it.
    with ThreadPoolExecutor(max_workers=1) as pool:
        needs_openpyxl = pool.submit(_needs_openpyxl, z)
        sheets = _calamine_sheets(data)
        if needs_openpyxl.result():
            _add_formats_and_formulas(data, sheets)
    return Workbook(file_name, sheets)


def _calamine_sheets(data: bytes) -> list[Sheet]:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for broken parts
        raise Unreadable(f"Không đọc được bảng tính: {exc}") from exc
    sheets = []
    for meta in book.sheets_metadata:
        if str(meta.typ).split(".")[-1].lower() not in ("worksheet", "sheettypeenum.worksheet"):
            continue
        sh = book.get_sheet_by_name(meta.name)
        start = sh.start or (0, 0)
        raw = sh.to_python(skip_empty_area=False) if sh.height else []
        # NOTE: text is NFC-normalized where it is read (layout's _text, the matching keys), once per
        # distinct string; here only calamine's "" for an empty cell becomes None.
        rows = [[None if v == "" else v for v in row] if "" in row else row for row in raw]
        if start != (0, 0) and rows:
            # NOTE: calamine's area starts at the first used cell; keep sheet coordinates absolute
            r0, c0 = start
            rows = [[] for _ in range(r0)] + [[None] * c0 + row for row in rows]
        merges = []
        for rng in (sh.merged_cell_ranges or []):
            (a, b), (c, d) = rng
            merges.append((a, b, c, d))
        hidden = str(meta.visible).split(".")[-1].lower() != "visible"
        sheets.append(Sheet(nfc(meta.name), hidden, rows, merges))
    return sheets


def _add_formats_and_formulas(data: bytes, sheets: list[Sheet]) -> None:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:
        raise Unreadable(f"Không đọc được định dạng của bảng tính: {exc}") from exc
    by_name = {s.name: s for s in sheets}
    for ws in wb.worksheets:
        sheet = by_name.get(nfc(ws.title))
        if sheet is None:
            continue
        empty_formulas = {}
        for row in ws.iter_rows():
            for cell in row:
                if not hasattr(cell, "column") or cell.value is None:
                    continue
                r, c = cell.row - 1, cell.column - 1
                fmt = cell.number_format
                if fmt and "%" in fmt:
                    sheet.formats[(r, c)] = fmt
                if cell.data_type == "f" and sheet.value(r, c) is None:
                    empty_formulas[cell.coordinate] = (r, c)
                elif cell.data_type == "e":
                    sheet.errors[(r, c)] = str(cell.value)
        if empty_formulas:
            _classify_empty_formulas(wb, ws, empty_formulas, sheet)
    wb.close()


_CELL_XML = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]+\d+)"')
_CELL_TYPE = re.compile(rb'\bt="(\w+)"')
_CELL_V = re.compile(rb"<(?:\w+:)?v(?:\s[^>]*)?(?:/>|>(.*?)</(?:\w+:)?v>)", re.S)


def _classify_empty_formulas(wb, ws, cells: dict[str, tuple[int, int]], sheet: Sheet) -> None:
    """Formulas that calamine reads as empty: saved with no value at all (report it), saved with
    an empty text (no data), or saved with an error value (report it, with the error).

    NOTE: templates fill blank rows with =IF(C6="";"";C6): Excel saves t="str" <v></v>, an empty text,
    which is "no data", not "a formula never calculated"; and =D6/C6 over an empty C6 is saved
    as #DIV/0!, which calamine also returns as empty."""
    try:
        xml = wb._archive.read(ws._worksheet_path)
    except Exception:  # cannot look closer: keep the safe reading (report the formula)
        sheet.no_cache.update(cells.values())
        return
    seen = set()
    for m in _CELL_XML.finditer(xml):
        ref = _CELL_REF.search(m[1])
        if ref is None or (rc := cells.get(ref[1].decode())) is None:
            continue
        seen.add(rc)
        v = _CELL_V.search(m[2] or b"")
        t = _CELL_TYPE.search(m[1])
        kind = t[1] if t is not None else b"n"
        if v is not None and kind == b"e":
            sheet.errors[rc] = (v[1] or b"").decode("utf-8", "replace")
        elif v is None or kind != b"str" or v[1]:
            # no value, or an empty number (openpyxl writes <v/> for a formula it never computed)
            sheet.no_cache.add(rc)
    # a formula cell the scan did not find (a writer without cell references) stays reported
    sheet.no_cache.update(set(cells.values()) - seen)


def _read_xls(data: bytes, file_name: str) -> Workbook:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except Exception as exc:
        raise Unreadable(f"Không đọc được tệp .xls: {exc}") from exc
    sheets = []
    for sh in book.sheets():
        rows, formats, errors = [], {}, {}
        for r in range(sh.nrows):
            row = []
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    row.append(None)
                    continue
                if cell.ctype == xlrd.XL_CELL_ERROR:
                    row.append(None)
                    errors[(r, c)] = xlrd.error_text_from_code.get(cell.value, "#ERROR")
                    continue
                v = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    v = xlrd.xldate.xldate_as_datetime(v, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    v = bool(v)
                row.append(_clean(v))
                if cell.ctype == xlrd.XL_CELL_NUMBER:
                    xf = book.xf_list[cell.xf_index]
                    fmt = book.format_map.get(xf.format_key)
                    if fmt and "%" in fmt.format_str:
                        formats[(r, c)] = fmt.format_str
            rows.append(row)
        merges = [(rlo, clo, rhi - 1, chi - 1) for rlo, rhi, clo, chi in sh.merged_cells]
        sheets.append(Sheet(nfc(sh.name), sh.visibility != 0, rows, merges, formats, errors=errors))
    return Workbook(file_name, sheets)
