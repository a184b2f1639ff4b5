"""Report bytes (.xlsx, .xls; .ods and .csv through etl.ods_reader and etl.csv_reader) -> a plain
Workbook of sheets (values, merges, number formats, hidden state,
formulas saved without a value, which etl.recalc computes). The I/O edge: nothing here interprets cells.

Reading is the expensive part, so values come from calamine (fast, Rust) and openpyxl is opened
only when the file has something calamine cannot tell: a %-formatted cell or a formula (a
formula saved without a cached value must be reported, not read as empty). Old .xls files are
read with xlrd, which gives number formats (calamine gives none)."""
from __future__ import annotations

import errno
import html
import io
import posixpath
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from operator import itemgetter

from etl import limits
from etl.limits import TooLarge, cell_name  # noqa: F401  (cell_name: re-exported, used by the reader)
from etl.sheets import Sheet, Unreadable, Workbook  # noqa: F401  (re-exported: the readers' one model)
from metrics.names import nfc

# the formats read, by file name ending (the upload page and the command line accept these)
SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")   # read as CSV (the separator is detected)


def cell_text(v) -> str:
    """A cell's text as a person reads it: '' for empty, 2023.0 as '2023', NFC."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return nfc(str(v))


def cell_columns(rows: list):
    """The rows' cells column by column, top to bottom (a short row's missing cells None), each
    column an iterator to read once. NOTE: a column operation reads a 100,000-row sheet at C speed
    where a loop over its rows takes a Python step per cell (`zip(*rows)` over so many rows was
    slower still than that loop)."""
    width = max(map(len, rows), default=0)
    rectangular = min(map(len, rows), default=0) == width
    for c in range(width):
        yield map(itemgetter(c), rows) if rectangular else cell_column(rows, c)


def cell_column(rows: list, c: int):
    """Column `c` of the rows, top to bottom (a short row's missing cell None)."""
    return (row[c] if c < len(row) else None for row in rows)


def read(data: bytes, file_name: str) -> Workbook:
    """The workbook's sheets; raises Unreadable, or limits.TooLarge before materializing anything
    beyond the limits of etl/limits.py. Formulas saved without a value are computed (etl.recalc)."""
    limits.check_file_size(len(data))
    book = _read(data, file_name)
    if any(s.pending for s in book.sheets):
        from etl import recalc
        recalc.fill(book)
    return book


def _read(data: bytes, file_name: str) -> Workbook:
    from etl import csv_reader, ods_reader

    try:
        if data[:4] == b"PK\x03\x04":
            if ods_reader.is_ods(data) or file_name.lower().endswith(".ods"):
                return ods_reader.read(data, file_name)
            return _read_xlsx(data, file_name)
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            if "EncryptedPackage".encode("utf-16-le") in data:
                # NOTE: a password-protected .xlsx is saved as an OLE2 container holding the
                # encrypted zip in a stream of this name
                raise Unreadable("Tệp được mã hoá (đặt mật khẩu); hãy lưu lại không mật khẩu rồi tải lên.")
            return _read_xls(data, file_name)
        if file_name.lower().endswith(TEXT_SUFFIXES):
            return csv_reader.read(data, file_name)
    except (Unreadable, TooLarge):
        raise
    except MemoryError as exc:
        if SANDBOXED:
            raise  # the worker's ceiling: etl.sandbox reports it as such (rule unsafe), wherever it hit
        raise Unreadable("Tệp cần quá nhiều bộ nhớ để đọc; không đọc.") from exc
    except Exception as exc:
        if SANDBOXED and _out_of_memory(exc):
            # under the worker's address-space ceiling the failing allocation may be a thread's
            # stack or a native reader's buffer: the ceiling, reported as such by etl.sandbox
            raise MemoryError(str(exc)) from exc
        # NOTE: a damaged file fails deep inside the readers, sheet by sheet, with their own error
        # types (calamine's XmlError "corrupt deflate stream" on an upload cut short, zipfile's
        # NotImplementedError, zlib.error…): every one of them means "not a readable workbook".
        raise Unreadable(f"Tệp bảng tính bị hỏng, không đọc được ({type(exc).__name__}: {exc}).") from exc
    raise Unreadable("Tệp không phải là bảng tính đọc được (Excel .xlsx/.xls, OpenDocument .ods hoặc CSV).")


def _out_of_memory(exc: BaseException) -> bool:
    text = str(exc).lower()
    return (getattr(exc, "errno", None) == errno.ENOMEM or "new thread" in text or "memory" in text
            or "alloc" in text)


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
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise Unreadable("Tệp .xlsx bị hỏng (không giải nén được).") from exc
    # NOTE: the sizes in the directory may lie (a zip bomb that declares 1 KB parts); the scan of
    # each sheet below counts what actually comes out and stops at the same limit.
    limits.check_unpacked(sum(i.file_size for i in infos), sum(i.compress_size for i in infos))
    names = set(z.namelist())
    if any(n.startswith(("/", "\\")) or ".." in n.replace("\\", "/").split("/") or "\x00" in n for n in names):
        raise Unreadable("Tệp nén có tên thành phần bất thường (đường dẫn ra ngoài tệp); không đọc.")
    if "xl/workbook.xml" not in names:
        raise Unreadable("Tệp nén không chứa bảng tính Excel.")
    if any(i.flag_bits & 0x1 for i in infos):
        raise Unreadable("Tệp được mã hoá (đặt mật khẩu); hãy lưu lại không mật khẩu rồi tải lên.")
    if "xl/vbaProject.bin" in names:
        raise Unreadable("Tệp chứa macro (.xlsm); hãy lưu lại thành .xlsx không macro rồi tải lên.")
    return z


_PERCENT_BUILTIN = {"9", "10"}


def _indent_styles(z: zipfile.ZipFile) -> bool:
    """True when some cell style indents its text (openpyxl then gives the cells' indents)."""
    if "xl/styles.xml" not in z.namelist():
        return False
    styles = _read_part(z, "xl/styles.xml").decode("utf-8", "replace")
    xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S)
    return bool(xfs and re.search(r'\bindent="[1-9]', xfs[1]))


def _percent_styles(z: zipfile.ZipFile) -> bool:
    """True when some cell style is a % format (openpyxl then gives the cells' formats)."""
    if "xl/styles.xml" not in z.namelist():
        return False
    styles = _read_part(z, "xl/styles.xml").decode("utf-8", "replace")
    percent_ids = set(_PERCENT_BUILTIN)
    for m in re.finditer(r'<numFmt [^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"', styles):
        if "%" in m[2]:
            percent_ids.add(m[1])
    xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S)
    return bool(xfs and any(i in percent_ids for i in re.findall(r'numFmtId="(\d+)"', xfs[1])))


def _read_part(z: zipfile.ZipFile, name: str) -> bytes:
    """A small part, read with a cap whatever its declared size (a lying zip bomb)."""
    with z.open(name) as fh:
        data = fh.read(limits.MAX_UNPACKED_BYTES + 1)
    if len(data) > limits.MAX_UNPACKED_BYTES:
        limits.check_unpacked(len(data), 1)
    return data


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")


def _attrs(tag: bytes) -> dict[str, str]:
    return {m[1].decode("utf-8", "replace").split(":")[-1]: html.unescape((m[2] if m[2] is not None else m[3])
                                                                           .decode("utf-8", "replace"))
            for m in _ATTR.finditer(tag)}


def _sheet_parts(z: zipfile.ZipFile) -> list[tuple[str, str | None]]:
    """(sheet name, its part in the zip) for every sheet the workbook lists, in order."""
    book = _read_part(z, "xl/workbook.xml")
    rels = {}
    if "xl/_rels/workbook.xml.rels" in z.namelist():
        for m in _REL_TAG.finditer(_read_part(z, "xl/_rels/workbook.xml.rels")):
            a = _attrs(m[1])
            if "Id" in a and "Target" in a:
                target = a["Target"]
                target = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
                rels[a["Id"]] = target
    out = []
    for m in _SHEET_TAG.finditer(book):
        a = _attrs(m[1])
        out.append((nfc(a.get("name", "")), rels.get(a.get("id", ""))))
    return out


# Cell references worth a look: two or more column letters (column AA onwards) or six or more
# row digits (row 100,000 onwards). A sheet with none of them is within 99,999 rows × 26 columns
# whatever else it holds, which is below MAX_CELLS: for the usual sheet the scan finds (almost)
# nothing and costs one pass of zlib and one literal search.
_FAR_REF = re.compile(rb'r="(?=[A-Z]{2}|[A-Z]?\d{6})([A-Z]*)(\d+)"')
_ANY_REF = re.compile(rb'\br\s*=\s*["\']([A-Z]*)(\d+)["\']')
_NEAR_ROWS, _NEAR_COLS = 99_999, 26
# NOTE: XML also allows r='A1' and spaces around "=": a chunk holding a single quote is read with
# the exact pattern; spaces around "=" (no writer produces them) are caught after calamine has
# read the sheet, before any of it becomes Python objects (_calamine_sheets), and anything else
# by the memory limit of the worker process that parses uploads (etl/sandbox.py).
_CHUNK = 1 << 20
_READ_ON = 16 << 20  # below this, a sheet beyond the limits is still read to its end (exact far cell)


@dataclass
class _Extent:
    last_row: int        # 0-based, of the far cell (an upper bound when not exact)
    last_col: int
    exact: bool
    formulas: bool       # formulas (or error values) to look at closer
    partial: bool = False  # the scan stopped early: the sheet reaches at least this far
    hidden: bool = False   # some row or column is hidden (looked at closer: _hidden_lines)

    @property
    def cells(self) -> int:
        return (self.last_row + 1) * (self.last_col + 1)


def _scan_sheet(z: zipfile.ZipFile, part: str, exact: bool = False) -> _Extent:
    """The far cell of a sheet's XML (or a bound on it) and whether it holds formulas, read in
    chunks with a cap on what comes out (the directory's sizes may lie)."""
    pattern = _ANY_REF if exact else _FAR_REF
    max_row = max_col = 0
    formulas = hidden = False
    out = 0
    # NOTE: zlib releases the GIL: the next chunk is inflated while this one is searched
    with z.open(part) as fh, ThreadPoolExecutor(max_workers=1) as pool:
        tail = b""
        ahead = pool.submit(fh.read, _CHUNK)
        while chunk := ahead.result():
            ahead = pool.submit(fh.read, _CHUNK)
            out += len(chunk)
            if out > limits.MAX_UNPACKED_BYTES:
                limits.check_unpacked(out, 1)
            buf = tail + chunk if tail else chunk
            found = (_ANY_REF if b"'" in buf else pattern).findall(buf)
            if found:
                letters, digits = zip(*found)  # C-level: a 1 M-row sheet has millions of references
                max_row = max(max_row, max(map(int, digits)))
                max_col = max(max_col, max(map(limits.column_number, set(letters) - {b""}), default=0))
            # NOTE: "<f>", "<f ", "x:f>", "x:f " all hold "f>" or "f ": two searches of the chunk
            # (a sheet without formulas, the usual one, has neither) instead of four; and all hold
            # "f", which most chunks of cells (tags c, v, row; numbers, shared-string indices) lack
            # altogether: one memchr, far cheaper than a search for two characters
            if not formulas and b"f" in buf and (b"f>" in buf or b"f " in buf) and (
                    b"<f>" in buf or b"<f " in buf or b":f>" in buf or b":f " in buf):
                formulas = True
            # NOTE: an error value saved without its formula ('#DIV/0!' pasted as a value from a
            # working sheet) is read by calamine as an empty cell: look at such a sheet closer too
            if not formulas and b't="e"' in buf:
                formulas = True
            if not hidden and b"hidden=" in buf:
                hidden = True
            if (max_row > limits.MAX_ROWS or max_col > limits.MAX_COLUMNS) and out > _READ_ON:
                # a large sheet beyond the limits already: say so now ("at least up to …") rather
                # than read hundreds of megabytes on
                return _Extent(max_row - 1, max(max_col, 1) - 1, exact, formulas, partial=True)
            tail = buf[-48:]
    if exact:
        return _Extent(max(max_row - 1, 0), max(max_col - 1, 0), True, formulas, hidden=hidden)
    return _Extent(max(max_row, _NEAR_ROWS) - 1, max(max_col, _NEAR_COLS) - 1, False, formulas, hidden=hidden)


def _check_extents(z: zipfile.ZipFile, parts: list[tuple[str, str | None]]) -> dict[str, _Extent]:
    """Every sheet's extent against the limits, before any sheet is materialized."""
    limits.check_sheet_count(len(parts))
    names = set(z.namelist())
    extents = {}
    for name, part in parts:
        if part is None or part not in names:
            continue  # not a sheet we can find: calamine will say so
        ext = _scan_sheet(z, part)
        if not ext.exact and not ext.partial and (ext.cells > limits.MAX_CELLS or ext.last_row >= limits.MAX_ROWS
                              or ext.last_col >= limits.MAX_COLUMNS):
            ext = _scan_sheet(z, part, exact=True)
        extents[name] = ext
    book = 0
    for name, ext in extents.items():
        limits.check_extent(name, ext.last_row, ext.last_col, at_least=ext.partial)
        book += ext.cells
    if book > limits.MAX_BOOK_CELLS:
        # the quick bounds may overstate: count exactly before refusing the book
        book = 0
        for name, part in parts:
            if name in extents:
                if not extents[name].exact:
                    extents[name] = _scan_sheet(z, part, exact=True)
                book = limits.check_extent(name, extents[name].last_row, extents[name].last_col, book)
    return extents


# Set by the worker process that parses uploads (etl.sandbox), whose memory and time are bounded
# by the operating system: there the extents are measured *beside* calamine's read rather than
# before it (two cores instead of one), and calamine's own area is still checked before any of
# it becomes Python objects. Everywhere else the measuring comes first.
SANDBOXED = False
# ... and only for large sheets, where the scan costs something (a tenth of a second for a
# 100,000-row sheet); a small hostile file (one cell at XFD1048576 in 5 KB) is refused by the
# scan in milliseconds before calamine tries to allocate anything. A lying directory (small
# declared sizes) only makes the order safer.
_PARALLEL_FROM = 8 << 20


def prescan(data: bytes) -> None:
    """Only the limits: raises TooLarge (or Unreadable) for an .xlsx beyond them, reading nothing
    but a streaming scan. Cheap and bounded: safe to run anywhere."""
    if data[:4] == b"PK\x03\x04":
        z = _guard_zip(data)
        _check_extents(z, _sheet_parts(z))


def _read_xlsx(data: bytes, file_name: str) -> Workbook:
    z = _guard_zip(data)
    parts = _sheet_parts(z)
    sheet_bytes = sum(i.file_size for i in z.infolist() if i.filename in {p for _, p in parts})
    if SANDBOXED and sheet_bytes > _PARALLEL_FROM:
        with ThreadPoolExecutor(max_workers=1) as pool:
            scan = pool.submit(_check_extents, zipfile.ZipFile(io.BytesIO(data)), parts)
            try:
                sheets = _calamine_sheets(data)
            finally:
                extents = scan.result()  # a sheet beyond the limits is reported as such, first
    else:
        extents = _check_extents(z, parts)
        sheets = _calamine_sheets(data)
    indents = _indent_styles(z)
    if any(e.formulas for e in extents.values()) or _percent_styles(z) or indents:
        _add_formats_and_formulas(data, sheets, indents)
    by_part = dict(parts)
    _date_header_formats(z, by_part, sheets)
    if _date1904(z):
        for sheet in sheets:
            sheet.date1904 = True
    for sheet in sheets:
        ext = extents.get(sheet.name)
        if ext is not None and ext.hidden and by_part.get(sheet.name):
            sheet.hidden_rows, sheet.hidden_cols = _hidden_lines(z, by_part[sheet.name], sheet)
    return Workbook(file_name, sheets)


# the first rows, where a table's header is (etl.headers.find_header looks as deep)
DATE_HEADER_ROWS = 40
# Excel's built-in date formats (ECMA-376 18.8.30): 14-17 and 22 show a date, 17 "mmm-yy" a month
_BUILTIN_DATE_FORMATS = {"14": "dd/mm/yyyy", "15": "d-mmm-yy", "16": "d-mmm", "17": "mmm-yy", "22": "m/d/yy h:mm"}


_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](?:1|true)[\"']")


def _date1904(z: zipfile.ZipFile) -> bool:
    """Whether an .xlsx counts its date serials from 1904 (Mac Excel; workbook.xml's workbookPr
    date1904). NOTE: mend27a: calamine and openpyxl give its date cells right, but a serial that lost
    its date format ("Thời điểm | 44195") was read in the 1900 system: 31/12/2024 became 30/12/2020."""
    try:
        with z.open("xl/workbook.xml") as f:
            head = f.read(65536)
    except KeyError:
        return False
    return bool(_DATE1904.search(head))


def _date_header_formats(z: zipfile.ZipFile, by_part: dict, sheets: list[Sheet]) -> None:
    """The number format of each date cell in a sheet's first rows, into Sheet.formats: a period
    header typed as a real date shows what its format shows.

    NOTE: a month typed "7/2025" is stored as the date 01/07/2025 and shown "07/2025" ('mm/yyyy'),
    a year as 31/12/2021 shown "2021" ('yyyy'): read without its format, every month of a
    quarter's table was the year 2025 (three values for one fact). Only the first rows are looked
    at, and only in a workbook that has such cells (a tidy sheet of dates costs nothing more)."""
    from datetime import date as _date

    wanted = {}
    for sheet in sheets:
        cells = {(r, c) for r, row in enumerate(sheet.rows[:DATE_HEADER_ROWS]) for c, v in enumerate(row)
                 if isinstance(v, _date)}
        if cells and by_part.get(sheet.name):
            wanted[sheet.name] = cells
    if not wanted or "xl/styles.xml" not in z.namelist():
        return
    styles = _read_part(z, "xl/styles.xml").decode("utf-8", "replace")
    codes = dict(_BUILTIN_DATE_FORMATS)
    for m in re.finditer(r'<numFmt [^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"', styles):
        codes[m[1]] = html.unescape(m[2])
    xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S)
    style_fmt = [codes.get(i) for i in re.findall(r'<xf\b[^>]*?numFmtId="(\d+)"', xfs[1])] if xfs else []
    by_sheet = {sh.name: sh for sh in sheets}
    for name, cells in wanted.items():
        sheet = by_sheet[name]
        xml = _read_part(z, by_part[name])
        for m in _CELL_XML.finditer(xml):
            ref = _CELL_REF.search(m[1])
            if ref is None:
                continue
            col_letters = re.match(rb"[A-Z]+", ref[1])[0].decode()
            r = int(ref[1][len(col_letters):]) - 1
            if r >= DATE_HEADER_ROWS:
                break
            c = limits.column_number(col_letters)
            if (r, c - 1) not in cells:
                continue
            st = re.search(rb'\bs="(\d+)"', m[1])
            fmt = style_fmt[int(st[1])] if st is not None and int(st[1]) < len(style_fmt) else None
            if fmt:
                sheet.formats[(r, c - 1)] = fmt


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_COL_TAG = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")


def _hidden_lines(z: zipfile.ZipFile, part: str, sheet: Sheet) -> tuple[set[int], set[int]]:
    """The rows and columns (0-based) a sheet's XML marks hidden="1", within its used area.

    NOTE: a draft kept beside the figures ("2024 (số liệu sơ bộ)" in a hidden column, an old
    version of a row hidden under it) is not what the report says: a person never sees it."""
    xml = _read_part(z, part)
    rows, cols = set(), set()
    height, width = len(sheet.rows), sheet.width
    for m in _ROW_TAG.finditer(xml):
        a = _attrs(m[1])
        if a.get("hidden") in ("1", "true") and a.get("r", "").isdigit() and 0 < int(a["r"]) <= height:
            rows.add(int(a["r"]) - 1)
    for m in _COL_TAG.finditer(xml):
        a = _attrs(m[1])
        if a.get("hidden") in ("1", "true") and a.get("min", "").isdigit() and a.get("max", "").isdigit():
            cols.update(range(int(a["min"]) - 1, min(int(a["max"]), width)))
    return rows, cols


def _calamine_sheets(data: bytes) -> list[Sheet]:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for broken parts
        raise Unreadable(f"Không đọc được bảng tính: {exc}") from exc
    sheets, book_cells = [], 0
    for meta in book.sheets_metadata:
        if str(meta.typ).split(".")[-1].lower() not in ("worksheet", "sheettypeenum.worksheet"):
            continue
        sh = book.get_sheet_by_name(meta.name)
        if sh.height and sh.end:
            # the area calamine read, checked before it becomes Python objects (see _CHUNK)
            book_cells = limits.check_extent(nfc(meta.name), sh.end[0], sh.end[1], book_cells)
        # NOTE: skip_empty_area=False keeps the empty rows and columns before the first used cell,
        # so rows[r][c] is the sheet's cell (r, c), as merges, formats and formulas name it. They
        # were padded a second time: a report starting at B3 was read two rows and a column off its
        # merged headers and %-formats (most facts lost, some stored under another period).
        raw = sh.to_python(skip_empty_area=False) if sh.height else []
        # NOTE: text is NFC-normalized where it is read (etl.workbook.cell_text, the matching keys), once per
        # distinct string; here only calamine's "" for an empty cell becomes None.
        rows = [[None if v == "" else v for v in row] if "" in row else row for row in raw]
        hidden = str(meta.visible).split(".")[-1].lower() != "visible"
        sheets.append(Sheet(nfc(meta.name), hidden, rows, _clip_merges(sh.merged_cell_ranges or [], rows)))
    return sheets


def _clip_merges(ranges, rows: list[list]) -> list[tuple[int, int, int, int]]:
    """Merged ranges cut to the sheet's used area: a merge over A1:XFD1048576 says nothing about
    cells that hold nothing, and walking it would cost what the limits forbid."""
    if not ranges:
        return []
    last_row = len(rows) - 1
    last_col = max((len(r) for r in rows), default=0) - 1
    out = []
    for (a, b), (c, d) in ranges:
        if a <= last_row and b <= last_col:
            out.append((a, b, min(c, last_row), min(d, last_col)))
    return out


def _add_formats_and_formulas(data: bytes, sheets: list[Sheet], indents: bool = False) -> None:
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
        # NOTE: read-only openpyxl pads every row to the sheet's *declared* width and adds rows up to
        # its declared height (<dimension ref="A1:XFD1048576"/> costs 17 billion cells): read only
        # what is there.
        ws.reset_dimensions()
        for row in ws.iter_rows():
            for cell in row:
                if not hasattr(cell, "column") or cell.value is None:
                    continue
                r, c = cell.row - 1, cell.column - 1
                fmt = cell.number_format
                if fmt and "%" in fmt:
                    sheet.formats[(r, c)] = fmt
                if indents and cell.data_type == "s" and cell.alignment.indent:
                    sheet.indents[(r, c)] = int(cell.alignment.indent)
                if cell.data_type == "f" and sheet.value(r, c) is None:
                    empty_formulas[cell.coordinate] = ((r, c), cell.value)
                elif cell.data_type == "e":
                    sheet.errors[(r, c)] = str(cell.value)
        if empty_formulas:
            _classify_empty_formulas(wb, ws, empty_formulas, sheet)
    wb.close()


_CELL_XML = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]+\d+)"')
_CELL_TYPE = re.compile(rb'\bt="(\w+)"')
_CELL_V = re.compile(rb"<(?:\w+:)?v(?:\s[^>]*)?(?:/>|>(.*?)</(?:\w+:)?v>)", re.S)


def _classify_empty_formulas(wb, ws, cells: dict[str, tuple[tuple[int, int], object]], sheet: Sheet) -> None:
    """Formulas that calamine reads as empty: saved with no value at all (to compute: pending),
    saved with an empty text (no data), or saved with an error value (report it, with the error).

    NOTE: templates fill blank rows with =IF(C6="";"";C6): Excel saves t="str" <v></v>, an empty text,
    which is "no data", not "a formula never calculated"; and =D6/C6 over an empty C6 is saved
    as #DIV/0!, which calamine also returns as empty."""
    try:
        xml = wb._archive.read(ws._worksheet_path)
    except Exception:  # cannot look closer: keep the safe reading (compute the formula)
        sheet.pending.update(cells.values())
        return
    seen = set()
    for m in _CELL_XML.finditer(xml):
        ref = _CELL_REF.search(m[1])
        if ref is None or (found := cells.get(ref[1].decode())) is None:
            continue
        rc, formula = found
        seen.add(rc)
        v = _CELL_V.search(m[2] or b"")
        t = _CELL_TYPE.search(m[1])
        kind = t[1] if t is not None else b"n"
        if v is not None and kind == b"e":
            err = (v[1] or b"").decode("utf-8", "replace")
            if err == "#DIV/0!" and _over_empty_cells(formula, sheet):
                sheet.blank_errors.add(rc)   # whether that is "no figure yet" is the walk's to say
            sheet.errors[rc] = err
        elif v is None or kind != b"str" or v[1]:
            # no value, or an empty number (openpyxl writes <v/> for a formula it never computed)
            sheet.pending[rc] = formula
    # a formula cell the scan did not find (a writer without cell references) is computed too
    sheet.pending.update((rc, formula) for rc, formula in cells.values() if rc not in seen)


_A1 = re.compile(r"(?<![A-Za-z0-9_!'\]])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(!])")


def _over_empty_cells(formula, sheet: Sheet) -> bool:
    """Whether a formula refers only to cells of its own sheet, and every one of them is empty."""
    text = str(formula or "")
    if "!" in text or "[" in text:
        return False
    refs = _A1.findall(text)
    if not refs:
        return False

    def col(letters: str) -> int:
        return limits.column_number(letters) - 1

    for c0, r0, c1, r1 in refs:
        ra, rb = sorted((int(r0) - 1, int(r1 or r0) - 1))
        ca, cb = sorted((col(c0), col(c1 or c0)))
        if (rb - ra + 1) * (cb - ca + 1) > 10_000:
            return False
        if any(sheet.value(r, c) is not None or (r, c) in sheet.errors or (r, c) in sheet.pending
               for r in range(ra, rb + 1) for c in range(ca, cb + 1)):
            return False
    return True


def _read_xls(data: bytes, file_name: str) -> Workbook:
    import xlrd

    try:
        # NOTE: ragged rows: xlrd otherwise pads every row to the widest one, so a single cell at
        # IV65536 in a 5 KB file costs 16 million cells before we can look at the extent.
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, ragged_rows=True)
    except Exception as exc:
        raise Unreadable(f"Không đọc được tệp .xls: {exc}") from exc
    limits.check_sheet_count(book.nsheets)
    sheets, book_cells = [], 0
    for i in range(book.nsheets):
        sh = book.sheet_by_index(i)
        name = nfc(sh.name)
        if sh.nrows and sh.ncols:
            book_cells = limits.check_extent(name, sh.nrows - 1, sh.ncols - 1, book_cells)
        rows, formats, errors, indents = [], {}, {}, {}
        for r in range(sh.nrows):
            row = []
            for c in range(sh.row_len(r)):
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
                if cell.ctype == xlrd.XL_CELL_TEXT and book.xf_list[cell.xf_index].alignment.indent_level:
                    # a part shown by its indent (Increase Indent), as .xlsx gives it (etl.walk)
                    indents[(r, c)] = book.xf_list[cell.xf_index].alignment.indent_level
                if cell.ctype == xlrd.XL_CELL_NUMBER:
                    xf = book.xf_list[cell.xf_index]
                    fmt = book.format_map.get(xf.format_key)
                    if fmt and "%" in fmt.format_str:
                        formats[(r, c)] = fmt.format_str
            rows.append(row)
        merges = _clip_merges([((rlo, clo), (rhi - 1, chi - 1)) for rlo, rhi, clo, chi in sh.merged_cells], rows)
        sheet = Sheet(name, sh.visibility != 0, rows, merges, formats, errors=errors, indents=indents,
                      date1904=book.datemode == 1)
        width = sheet.width
        sheet.hidden_rows = {r for r, info in sh.rowinfo_map.items() if info.hidden and r < len(rows)}
        sheet.hidden_cols = {c for c, info in sh.colinfo_map.items() if info.hidden and c < width}
        sheets.append(sheet)
        book.unload_sheet(i)
    return Workbook(file_name, sheets)
