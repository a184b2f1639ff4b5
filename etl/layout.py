"""A Workbook -> the values it reports (candidates), the rows it ignores and why, and the problems
found while reading. Pure: no I/O, no warehouse.

Every real layout reduces to one question per value cell: which indicator (row label, or an
"indicator" column), which province (title, a province column, or a province cell), which
period and measure (title, sheet name, column header, or a period written in the row label).
So the reader classifies the header's columns once, then walks the rows."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime

from etl.numbers import AmbiguousNumber, NotANumber, is_no_data, parse_cell
from etl.workbook import Sheet, Workbook, cell_name
from metrics import periods, registry
from metrics.names import fold, match_key, nfc
from metrics.periods import Period


@dataclass
class Problem:
    sheet: str | None
    cell: str | None
    value: object
    rule: str
    message_vi: str
    message_en: str


@dataclass
class Ignored:
    sheet: str
    row: int | None      # 1-based; None for a whole sheet
    text: str
    reason_vi: str
    reason_en: str


@dataclass(slots=True)   # one per value: 100,000 in a large tidy sheet
class Candidate:
    sheet: str
    cell: str | None
    label: str
    indicator: str
    provinces: list                  # the provinces its name may mean, in either frame
    province_text: str
    period: Period | None
    measure: str
    status: str
    value: float
    qualifier: str
    percent: bool
    unit_text: str
    note: str = ""


@dataclass
class Hints:
    """The uploader's choices: they only fill what the workbook does not say."""
    province: str | None = None      # a statistics code; its frame follows from each value's period
    period: Period | None = None


@dataclass
class Reading:
    candidates: list[Candidate] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    matched_rows: int = 0


# --- column headers --------------------------------------------------------------------------

@dataclass
class Column:
    index: int
    text: str
    role: str                    # label | unit | value | ratio | note | stt | total | province | period | indicator | other
    measure: str = "actual"
    status: str = "reported"
    period: Period | None = None
    province: list = field(default_factory=list)
    relative_year: int | None = None   # "năm trước" = -1, "năm nay" = 0
    province_text: str = ""            # the header text that names the province


_COLNUM = re.compile(r"^\(?\s*\d{1,2}\s*\)?$|^\(\s*\d+\s*\)\s*=.*$")
_ROMAN = re.compile(r"^(?:[IVXLC]+)$")

_RATIO_WORDS = ("so sanh", "so voi", "ty le hoan thanh", "tang giam", "tang truong so", "ty le phan tram so")
_TOTAL_WORDS = {"tong", "cong", "tong cong", "toan vung", "ca vung", "toan khu vuc", "tong so", "ca nuoc"}
# NOTE: a target is a plan too: "Mục tiêu đến năm 2025", "Chỉ tiêu được giao năm 2024", "KH giao"
# NOTE: "Dự kiến năm 2025" in a 2024 report is a projection for next year: a plan, not an achievement.
_PLAN = re.compile(r"ke hoach|(^| )kh( |$)|(^| )muc tieu( |$)|(^| )du kien( |$)|(^| )(?<!chuyen )giao( |$)")
_MEASURE_TERM = re.compile(r"(^| )(th|kh|uth|thuc hien|ke hoach|uoc|cung ky|luy ke)( |$)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _is_fraction(text: str) -> bool:
    """A header that divides one figure by another is a ratio, not a figure.

    NOTE: "TH/KH", "TH 2023/KH 2023", "Ước TH/KH năm" and "Năm 2024/2023 (%)" are completion and
    growth ratios; a "/" between two measures (or a later year over an earlier one) says so.
    "Tỉnh/Thành phố", "Quý II/2024" and "tháng 5/2023" are not."""
    parts = nfc(text).split("/")
    if len(parts) != 2:
        return False
    a, b = fold(parts[0]), fold(parts[1])
    if _MEASURE_TERM.search(a) and _MEASURE_TERM.search(b):
        return True
    ya, yb = _YEAR.findall(a), _YEAR.findall(b)
    return bool(ya and yb) and int(ya[-1]) > int(yb[0])


def _header_role(text: str) -> Column:
    """Classify one column from its combined header text (all header rows, merges filled)."""
    f = fold(text)
    col = Column(-1, text, "other")
    if not f:
        return col
    words = f.split()
    if (any(w in f for w in _RATIO_WORDS) or re.search(r"(^| )(phan tram|%) (kh|ke hoach)", f)
            or f.endswith("so voi cung ky") or _is_fraction(text)):
        col.role = "ratio"
    elif "ghi chu" in f:
        col.role = "note"
    elif f in ("stt", "tt", "so tt", "so thu tu"):
        col.role = "stt"
    elif f in ("chi tieu", "noi dung", "ten chi tieu", "danh muc", "chi tieu chu yeu", "noi dung chi tieu",
               "cac chi tieu", "ten chi tieu thong ke") or (
            (f.startswith("chi tieu") or f.startswith("noi dung"))
            # NOTE: "Chỉ tiêu kế hoạch năm 2024" / "Chỉ tiêu được giao" is a plan column, not the labels
            and not _PLAN.search(f) and periods.from_text(text) is None):
        col.role = "label"
    elif f in ("don vi tinh", "dvt", "don vi", "don vi do"):
        col.role = "unit"
    elif f in ("tinh", "tinh thanh pho", "tinh thanh", "dia phuong", "ten tinh", "don vi hanh chinh"):
        col.role = "province"
    elif f in ("nam", "ky", "ky bao cao", "thoi gian", "nam bao cao", "giai doan"):
        col.role = "period"
    elif f in ("gia tri", "so lieu", "ket qua", "gia tri thuc hien", "so luong"):
        # NOTE: "STT | Nội dung | ĐVT | Số lượng | Ghi chú" is a common classic form
        col.role = "value"
    elif (f in _TOTAL_WORDS or f.startswith("tong ") and len(words) <= 3 and "nhiem vu" not in f
          # NOTE: "Tổng cộng toàn vùng", "Cả vùng Tây Bắc", "Toàn quốc" are totals, not provinces
          or re.search(r"(^| )(tong cong|toan vung|ca vung|toan khu vuc|ca nuoc|toan quoc)( |$)", f)):
        col.role = "total"
    else:
        # NOTE: "Ninh Thuận (cũ)" is the former province, which is what a province name means
        # in the old frame (its facts after 1/7/2025 are refused as province_frame). "Khánh Hòa
        # (mới)" is not matched: before the merger it would mean the merged territory.
        provs = registry.match_province(text) or registry.match_province(re.sub(r"\(\s*cũ\s*\)", " ", nfc(text), flags=re.I))
        if provs:
            col.role, col.province, col.province_text = "province_value", provs, text
        else:
            col.period = periods.from_text(text)
            plan = _PLAN.search(f) is not None
            # NOTE: "ƯTH" is the usual short form of "ước thực hiện"
            estimate = re.search(r"(^| )(uoc|uth)( |$)", f) is not None
            # NOTE: "ước" as a word only: as a substring it is in "được", "thuộc", "nước", so a first
            # data row "1 | Nhiệm vụ KH&CN được quản lý | 10 | 20" read as a header row and vanished.
            actual = ("thuc hien" in f or re.search(r"(^| )th( |$)", f) is not None or "ket qua" in f
                      or "luy ke" in f or estimate)
            if "nam truoc" in f:
                col.relative_year = -1
            elif "nam nay" in f or "nam bao cao" in f:
                col.relative_year = 0
            if plan and not actual:
                col.role, col.measure = "value", "plan"
            elif estimate:
                col.role, col.status = "value", "estimated"
            elif actual or col.period is not None or col.relative_year is not None:
                col.role = "value"
    return col


def _fill_merges(sheet: Sheet, rows: range) -> dict[tuple[int, int], object]:
    """Header cells with merged ranges filled from their top-left cell."""
    filled = {}
    for r0, c0, r1, c1 in sheet.merges:
        v = sheet.value(r0, c0)
        for r in range(r0, r1 + 1):
            if r in rows:
                for c in range(c0, c1 + 1):
                    filled[(r, c)] = v
    return filled


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return nfc(str(v))


def _header_score(sheet: Sheet, r: int) -> int:
    score = 0
    for v in sheet.rows[r] if r < len(sheet.rows) else []:
        if not isinstance(v, str):
            continue
        col = _header_role(v)
        if col.role in ("label", "unit", "stt", "note", "province", "period") and len(v) < 40:
            score += 2
        elif col.role in ("value", "ratio", "total", "province_value") and len(v) < 60:
            score += 1
    return score


def find_header(sheet: Sheet, limit: int = 40) -> int | None:
    """The first row that reads as a table header (a label column and value columns)."""
    best = None
    for r in range(min(limit, len(sheet.rows))):
        s = _header_score(sheet, r)
        texts = [v for v in sheet.rows[r] if isinstance(v, str)]
        roles = {_header_role(v).role for v in texts}
        if s >= 3 and ("label" in roles or "indicator" in roles or {"province", "period"} <= roles
                       or "province_value" in roles):
            return r
        if s >= 3 and best is None:
            best = r
    return best


def header_block(sheet: Sheet, h: int) -> tuple[int, int]:
    """Rows [start, end] of a (possibly multi-row, merged) header that begins around row h."""
    start = h
    # a group header just above ("Kết quả thực hiện giai đoạn 2020-2024" merged over the years)
    for r0, c0, r1, c1 in sheet.merges:
        if r1 == h - 1 and c1 > c0 and isinstance(sheet.value(r0, c0), str):
            start = min(start, r0)
    # header cells merged downwards extend the block
    end = h
    for r0, c0, r1, c1 in sheet.merges:
        if r0 == h and r1 > end:
            end = r1
    # a row of column numbers "(1) (2) (3)" right below belongs to the header
    while end + 1 < len(sheet.rows):
        vals = [v for v in sheet.rows[end + 1] if v is not None]
        if vals and all(_COLNUM.match(_text(v)) or (isinstance(v, str) and _header_role(v).role in ("value", "ratio", "note"))
                        for v in vals) and any(_COLNUM.match(_text(v)) for v in vals):
            end += 1
        else:
            break
    return start, end


def columns_of(sheet: Sheet, start: int, end: int) -> list[Column]:
    filled = _fill_merges(sheet, range(start, end + 1))
    cols = []
    for c in range(sheet.width):
        parts = []
        for r in range(start, end + 1):
            v = filled.get((r, c), sheet.value(r, c))
            t = _text(v)
            if t and not _COLNUM.match(t) and t not in parts:
                parts.append(t)
        col = _header_role(" ".join(parts))
        col.index = c
        if col.role in ("value", "other") and len(parts) > 1:
            # NOTE: a group header over provinces ("Kết quả thực hiện năm 2023" over "Sơn La |
            # Điện Biên | Tổng cộng", or "Sơn La" over "KH | TH"): the province or the total is
            # one header row, the measure and period the others.
            for part in reversed(parts):
                one = _header_role(part)
                if one.role == "total":
                    col.role = "total"
                    break
                if one.role == "province_value":
                    rest = _header_role(" ".join(p for p in parts if p != part))
                    if rest.role in ("value", "other", "province"):  # "Tỉnh/Thành phố" over "Sơn La | Điện Biên"
                        col.role, col.province, col.province_text = "province_value", one.province, part
                        col.measure, col.status, col.relative_year = rest.measure, rest.status, rest.relative_year
                    elif rest.role == "ratio":
                        col.role = "ratio"
                    break
            else:
                # NOTE: the lowest header row is what the column holds: under "Thực hiện năm 2023",
                # "Tỷ lệ (%)" or "Khánh Hòa (mới)" is no actual figure of the reporting province.
                if col.role == "value" and _header_role(parts[-1]).role == "other":
                    col.role = "other"
        # the lowest header row is the most specific: "Năm 2021" under "Giai đoạn 2020-2024"
        for part in reversed(parts):
            p = periods.from_text(part)
            if p is not None:
                col.period = p
                break
        cols.append(col)
    return cols


# --- context: province and period from titles and sheet names --------------------------------

# NOTE: matched on folded text, where "/", "-" and "…" are spaces: "Sơn La, ngày 10/01/2024",
# "ngày 10-01-2024" and the draft's blank "ngày    tháng    năm 2024" are all date lines; the
# year of signing is not the report's period, the place of signing not its province.
_DATE_LINE = re.compile(r"\bngay(?: \d{1,2})? thang(?: \d{1,2})? nam\b|\bngay \d{1,2} \d{1,2} \d{2,4}\b")
_CUTOFF = re.compile(r"\b(den|thoi diem)( het)? ngay\b")   # "số liệu tính đến ngày 31/12/2023" states a period
# NOTE: lines that are not the report speaking about itself: a note ("Ghi chú: theo mẫu của tỉnh
# Lâm Đồng"), an example in the instructions, the addressee, the legal basis, the document number
# "Số: 12/2024/BC-SKHCN" (its year is the filing year).
_NOT_A_STATEMENT = re.compile(r"^(?:\d+ )*(ghi chu|luu y|chu y|chu thich|nguon|vi du|huong dan|kinh gui|noi nhan|can cu)\b")
_DOC_NUMBER = re.compile(r"^\s*số\s*(?:ký hiệu)?\s*:?\s*[^\s/]*\s*/", re.I)
_ISSUER = re.compile(r"^(uy ban nhan dan|ubnd|so khoa hoc va cong nghe|tinh|thanh pho|bao cao|bieu|ket qua|cac chi tieu|so lieu)")


def _strip_asides(text: str) -> str:
    """Drop parenthesised asides: '(bao gồm địa bàn tỉnh Ninh Thuận cũ)' names no reporting province."""
    # NOTE: "tỉnh Ninh Thuận (cũ)" keeps its "cũ": the predecessor is no reporting province
    text = re.sub(r"\(\s*(cũ|trước đây)\s*\)", r" \1 ", text, flags=re.I)
    return re.sub(r"\([^)]*\)", " ", text)


@dataclass
class Stated:
    """What a title area states, and where."""
    provinces: list = field(default_factory=list)
    province_text: str = ""
    province_cell: tuple[str, str] | None = None
    period: Period | None = None
    period_text: str = ""
    period_cell: tuple[str, str] | None = None


def title_context(sheet: Sheet, before: int) -> Stated:
    """The province and period stated in the rows above the header (not a date line, not an aside)."""
    out = Stated()
    preferred = None
    fallback = None
    if "huong dan" in fold(sheet.name):
        return out  # an instructions sheet's examples state nothing about this report
    for r in range(min(before, len(sheet.rows))):
        for c, v in enumerate(sheet.rows[r]):
            if not isinstance(v, str):
                continue
            text = _strip_asides(v)
            f = fold(text)
            if (not f or (_DATE_LINE.search(f) and not _CUTOFF.search(f)) or "du lieu kiem thu" in f
                    or _NOT_A_STATEMENT.match(f) or _DOC_NUMBER.match(v) or v.lstrip().startswith(("*", "(*"))):
                continue
            if not out.provinces:
                found = _provinces_in(text)
                if found:
                    out.provinces, out.province_text, out.province_cell = found, v, (sheet.name, cell_name(r, c))
            p = periods.from_text(text)
            if p is not None:
                where = (p, v, (sheet.name, cell_name(r, c)))
                if _ISSUER.match(f) or "bao cao" in f or "nam" in f.split():
                    preferred = preferred or where
                else:
                    fallback = fallback or where
    chosen = preferred or fallback
    if chosen:
        out.period, out.period_text, out.period_cell = chosen
    return out


_VENUE = re.compile(r"\b(tai|o|den|cu|truoc day|giap|lan can|voi)\b")


def _provinces_in(text: str) -> list:
    """Provinces a title line names as the reporter: 'UBND TỈNH NINH THUẬN', 'SỞ KH&CN TỈNH SƠN LA',
    'BÁO CÁO … tỉnh Kon Tum'. A province after 'tại' (a venue) or before 'cũ' (a predecessor) is not."""
    f = match_key(text)
    found = []
    for key, provs in registry._province_name_index().items():
        if len(key) < 4:
            continue
        for m in re.finditer(rf"(?:^| ){re.escape(key)}(?: |$)", f):
            prev = f[:m.start()].split()
            # NOTE: "tổ chức tại tỉnh Khánh Hòa": the venue word stands before "tỉnh"/"thành phố"
            while prev and prev[-1] in ("tinh", "tp"):
                prev.pop()
            if prev[-2:] == ["thanh", "pho"]:
                del prev[-2:]
            before = prev[-1:]
            after = f[m.end():].split()[:1]
            if (before and _VENUE.fullmatch(before[0])) or (after and after[0] in ("cu", "truoc")):
                continue
            for p in provs:
                if p not in found:
                    found.append(p)
    # keep only the longest names ('Bà Rịa - Vũng Tàu' over a stray 'Vũng Tàu')
    return found


def sheet_period(sheet: Sheet) -> Period | None:
    return periods.from_text(sheet.name)


# --- row labels ------------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-+*•–]|\(?[a-zđ]\)|[a-zđ]\.|\d+(?:\.\d+)*[.)]?|[IVXLC]+[.)]?)\s+", re.I)
_IN_WHICH = re.compile(r"^\s*(trong đó|trong do|bao gồm|gồm|gom|in which|of which)\s*[:,-]?\s*", re.I)
_PERIOD_PHRASE = re.compile(
    r"(\(?\s*(?:giai đoạn|thời kỳ|năm|trong năm|lũy kế đến|tính đến)?\s*"
    r"(?:(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}|\d{1,2}\s*tháng\s*(?:đầu|cuối)\s*năm\s*(?:19|20)\d{2}|(?:19|20)\d{2})\s*\)?)",
    re.I)
_TRAILING_PARENS = re.compile(r"\s*\([^)]*\)\s*$")


def clean_label(text: str) -> str:
    t = nfc(text)
    for _ in range(3):
        t2 = _IN_WHICH.sub("", _BULLET.sub("", t))
        if t2 == t:
            break
        t = t2
    return t.strip(" :;.")


def label_variants(text: str) -> list[tuple[str, Period | None]]:
    """The label as written, without a trailing '(unit)', and without a period phrase (which then
    overrides the column's period: 'Tỷ trọng … giai đoạn 2020-2023')."""
    base = clean_label(text)
    out = [(base, None)]
    no_parens = _TRAILING_PARENS.sub("", base)
    if no_parens != base:
        out.append((no_parens, None))
    for m in _PERIOD_PHRASE.finditer(base):
        p = periods.from_text(m[1])
        if p is not None:
            stripped = clean_label((base[:m.start()] + " " + base[m.end():]).strip())
            out.append((stripped, p))
            out.append((_TRAILING_PARENS.sub("", stripped), p))
    return out


@lru_cache(maxsize=256)
def _children(parent: str) -> tuple[registry.Indicator, ...]:
    return tuple(i for i in registry.indicators().values() if i.parent == parent)


@lru_cache(maxsize=4096)
def match_row(label: str, context: str | None) -> tuple[str | None, Period | None]:
    """(indicator, period named in the label). A sub-item ('- cấp quốc gia') is matched among
    the children of the indicator above it; never guessed otherwise."""
    for text, p in label_variants(label):
        code = registry.match_indicator(text)
        if code:
            return code, p
    if context:
        for text, p in label_variants(label):
            key = match_key(text)
            if len(key.split()) < 2:
                continue
            hits = {c.code for c in _children(context)
                    for a in (c.name_vi, *c.aliases) if match_key(a).endswith(key)}
            if len(hits) == 1:
                return hits.pop(), p
    return None, None


# --- the walk --------------------------------------------------------------------------------

def _is_number_like(v) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    if isinstance(v, str):
        try:
            return parse_cell(v) is not None
        except NotANumber:
            return False
    return False


def read_workbook(book: Workbook, hints: Hints) -> Reading:
    out = Reading()
    visible = [s for s in book.sheets if not s.hidden]
    for s in book.sheets:
        if s.hidden:
            out.ignored.append(Ignored(s.name, None, s.name, "Trang tính ẩn, không thuộc báo cáo",
                                       "Hidden sheet, not part of the report"))
    # the workbook's own statement of province and period: the first title that says it
    stated = Stated()
    for sh in visible:
        h = find_header(sh)
        found = title_context(sh, h if h is not None else min(len(sh.rows), 12))
        if found.provinces and not stated.provinces:
            stated.provinces, stated.province_text, stated.province_cell = found.provinces, found.province_text, found.province_cell
        if found.period and not stated.period:
            stated.period, stated.period_text, stated.period_cell = found.period, found.period_text, found.period_cell
    for sh in visible:
        _read_sheet(sh, hints, stated, out)
    _check_hint_conflicts(hints, stated, out)
    return out


def _check_hint_conflicts(hints: Hints, stated: Stated, out: Reading) -> None:
    if hints.province and stated.provinces and all(p.code != hints.province for p in stated.provinces):
        sheet, cell = stated.province_cell
        out.problems.append(Problem(
            sheet, cell, stated.province_text, "conflict",
            f"Ô {cell}: tệp ghi “{stated.province_text}” nhưng người tải lên chọn tỉnh {registry.province_name(hints.province)}; "
            "hãy kiểm tra lại tệp hoặc lựa chọn.",
            f"Cell {cell}: the file says “{stated.province_text}” but the uploader chose {registry.province_name(hints.province, 'en')}."))
    if hints.province and not stated.provinces:
        named = {(p.code, c.sheet, c.cell, c.province_text) for c in out.candidates for p in c.provinces}
        for code, sheet, cell, text in sorted(x for x in named if x[0] != hints.province):
            out.problems.append(Problem(
                sheet, cell, text, "conflict",
                f"Ô {cell}: số liệu của {text}, khác tỉnh người tải lên chọn ({registry.province_name(hints.province)}).",
                f"Cell {cell}: a figure for {text}, not the chosen province ({registry.province_name(hints.province, 'en')})."))
    if hints.period and stated.period and stated.period.notation != hints.period.notation:
        sheet, cell = stated.period_cell
        out.problems.append(Problem(
            sheet, cell, stated.period_text, "conflict",
            f"Ô {cell}: tệp ghi kỳ “{periods.label(stated.period)}” nhưng người tải lên chọn “{periods.label(hints.period)}”.",
            f"Cell {cell}: the file states “{periods.label(stated.period, 'en')}” but the uploader chose "
            f"“{periods.label(hints.period, 'en')}”."))
    elif hints.period and not stated.period:
        stated_periods = {c.period.notation for c in out.candidates if c.period is not None and c.note != "hint-period"}
        if stated_periods and hints.period.notation not in stated_periods:
            out.problems.append(Problem(
                None, None, ", ".join(sorted(stated_periods)), "conflict",
                f"Kỳ người tải lên chọn (“{periods.label(hints.period)}”) không có trong tệp (tệp ghi: {', '.join(sorted(stated_periods))}).",
                f"The chosen period ({hints.period.notation}) is not in the file (it states: {', '.join(sorted(stated_periods))})."))
    for c in out.candidates:
        if c.note == "hint-period":
            c.note = ""


def _read_sheet(s: Sheet, hints: Hints, stated: Stated, out: Reading) -> None:
    h = find_header(s)
    if h is None:
        texts = [_text(v) for row in s.rows for v in row if v is not None]
        if texts:
            out.ignored.append(Ignored(s.name, None, (texts[0])[:80], "Trang tính không có bảng chỉ tiêu (ví dụ trang hướng dẫn)",
                                       "Sheet has no indicator table (e.g. instructions)"))
        return
    start, end = header_block(s, h)
    cols = columns_of(s, start, end)
    here = title_context(s, start)
    provs, prov_text = (here.provinces, here.province_text) if here.provinces else (stated.provinces, stated.province_text)
    base_period = sheet_period(s) or here.period or stated.period
    label_col = next((c.index for c in cols if c.role == "label"), None)
    if label_col is None:
        label_col = _guess_label_column(s, end + 1, cols)
        if label_col is not None:
            cols[label_col].role = "label"
    unit_col = next((c.index for c in cols if c.role == "unit"), None)
    value_cells = [c for c in cols if c.role in ("value", "province_value") and c.index != label_col]
    # NOTE: a province column (tidy rows "Tỉnh | Năm | Chỉ tiêu | Giá trị", or "Tỉnh | Chỉ tiêu |
    # Năm 2022 | Năm 2023") names each row's province; the title's or the uploader's never does.
    pcol = next((c.index for c in cols if c.role == "province"), None)
    percol = next((c.index for c in cols if c.role == "period"), None)
    tidy = pcol is not None and label_col is not None
    # a value column whose header names no measure takes one written in the row ("Kế hoạch" / "Thực hiện")
    neutral = {c.index for c in value_cells
               if not _MEASURE_TERM.search(fold(c.text)) and not _PLAN.search(fold(c.text))}
    marker_cols = [c.index for c in cols if c.role in ("label", "other") and c.index != label_col]
    label_fill = _merged_labels(s, label_col, end) if label_col is not None else {}
    context = None
    # NOTE: a tidy sheet repeats a few hundred distinct texts over 100,000 rows: each distinct
    # cell text is normalized, and each distinct province and period cell interpreted, once.
    text_of = _TextMemo()
    province_of: dict[str, list | None] = {}
    period_of: dict[tuple, Period | None] = {}
    letters = {c.index: cell_name(0, c.index)[:-1] for c in value_cells}
    # the per-cell checks below only matter when the sheet has formulas, errors or %-formats
    plain_sheet = not (s.no_cache or s.errors or s.formats)
    rows = s.rows
    for r in range(end + 1, len(rows)):
        row = rows[r]
        if not row or (row[0] is None and row.count(None) == len(row)):
            continue
        width = len(row)
        label = text_of(row[label_col] if label_col < width else None) if label_col is not None else ""
        if not label:
            label = label_fill.get(r, "")
        if not label:
            texts = [t for t in (_text(v) for v in row if v is not None) if t]
            if not texts:
                continue
            # NOTE: every non-empty row is accounted for, also one with figures and no label
            # (the second line of a label merged over two rows, a stray subtotal)
            out.ignored.append(Ignored(s.name, r + 1, " ".join(texts)[:120], "Không có tên chỉ tiêu", "No indicator label"))
            continue
        code, label_period = match_row(label, None if tidy else context)
        if code is None:
            has_values = any(_is_number_like(s.value(r, c.index)) or (r, c.index) in s.no_cache for c in value_cells)
            if fold(label) in _TOTAL_WORDS:
                out.ignored.append(Ignored(s.name, r + 1, label, "Dòng tổng cộng, không phải số liệu của một chỉ tiêu",
                                           "Total row, not an indicator's figure"))
            elif has_values or tidy:
                out.ignored.append(Ignored(s.name, r + 1, label, "Không khớp chỉ tiêu nào trong danh mục (không đoán)",
                                           "Matches no indicator in the registry (not guessed)"))
            else:
                out.ignored.append(Ignored(s.name, r + 1, label, "Dòng tiêu đề hoặc ghi chú, không có số liệu",
                                           "Heading or note row without figures"))
            continue
        out.matched_rows += 1
        if not tidy and _children(code):
            context = code
        unit_text = text_of(row[unit_col] if unit_col < width else None) if unit_col is not None else ""
        row_provs, row_ptext = provs, prov_text
        row_period = None
        if tidy:
            ptext = text_of(row[pcol] if pcol < width else None)
            if ptext:
                found = province_of.get(ptext, False)
                if found is False:
                    found = province_of[ptext] = list(_province_cached(ptext)) or None
                if not found:
                    if fold(ptext) in _TOTAL_WORDS:
                        out.ignored.append(Ignored(s.name, r + 1, f"{ptext} — {label}",
                                                   "Dòng tổng cộng, không phải số liệu của một tỉnh", "Total row"))
                    else:
                        out.problems.append(Problem(s.name, cell_name(r, pcol), ptext, "province",
                            f"Ô {cell_name(r, pcol)}: không nhận ra tỉnh “{ptext}”.",
                            f"Cell {cell_name(r, pcol)}: unknown province “{ptext}”."))
                    continue
                # NOTE: the rows of one province share one list of its provinces (never mutated)
                row_provs, row_ptext = found, ptext
            pv = row[percol] if percol is not None and percol < width else None
            if pv is not None:
                key = (type(pv), pv)   # the type too: True == 1 == 1.0 read differently
                if key in period_of:
                    row_period = period_of[key]
                else:
                    row_period = period_of[key] = _period_of_cell(pv)
                if row_period is None:
                    pt = _text(pv)
                    out.problems.append(Problem(s.name, cell_name(r, percol), pt, "period",
                        f"Ô {cell_name(r, percol)}: không đọc được kỳ “{pt}”.",
                        f"Cell {cell_name(r, percol)}: cannot read period “{pt}”."))
                    continue
        row_measure = _row_measure(s, r, marker_cols) if neutral and marker_cols else None
        produced = failed = False
        for c in value_cells:
            ci = c.index
            v = row[ci] if ci < width else None
            if v is None and plain_sheet:
                continue  # an empty cell: no data (parse_cell(None) is None)
            cell = f"{letters[ci]}{r + 1}"
            if plain_sheet and (type(v) is float and v == v or type(v) is int):
                # the common case, a typed number (not NaN): parse_cell would give Number(float(v))
                value, qualifier, percent = float(v), "", False
            else:
                num = _parse_value_cell(s, r, ci, v, cell, out)
                if num is None:
                    continue
                if num is _FAILED:
                    failed = True
                    continue
                value, qualifier, percent = num.value, num.qualifier, num.percent
            if c.role == "province_value":
                prov_candidates, ptext = c.province, c.province_text or c.text
            else:
                prov_candidates, ptext = row_provs, row_ptext
            measure, status = c.measure, c.status
            if row_measure and ci in neutral:
                measure, status = row_measure
            period, from_hint = _value_period(c, label_period or row_period, base_period, hints)
            out.candidates.append(Candidate(
                s.name, cell, label, code, prov_candidates, ptext if prov_candidates else "", period,
                measure, status, value, qualifier, percent, unit_text,
                "hint-period" if from_hint else ""))
            produced = True
        if not produced and not failed:
            out.ignored.append(Ignored(s.name, r + 1, label, "Không có số liệu (ô trống, “-” hoặc “chưa có số liệu”)",
                                       "No data (blank, “-” or “no data yet”)"))
    _list_unread_columns(s, cols, label_col, end + 1, out)


class _TextMemo(dict):
    """_text of a cell value, each distinct text normalized once (a per-sheet memo)."""

    def __call__(self, v) -> str:
        if type(v) is not str:
            return _text(v)
        t = self.get(v)
        if t is None:
            t = self[v] = _text(v)
        return t


_FAILED = object()   # a value cell that could not be read (its problem is already recorded)


def _parse_value_cell(s: Sheet, r: int, c: int, v, cell: str, out: Reading):
    """A value cell -> Number, None (no data), or _FAILED after recording the problem."""
    if (r, c) in s.no_cache:
        out.problems.append(Problem(s.name, cell, None, "no_cached_value",
            f"Ô {cell} chứa công thức chưa được tính (không có giá trị lưu sẵn); hãy mở tệp trong Excel, tính lại và lưu.",
            f"Cell {cell} holds a formula saved without a computed value; open, recalculate and save it in Excel."))
        return _FAILED
    if (r, c) in s.errors:
        err = s.errors[(r, c)]
        out.problems.append(Problem(s.name, cell, err, "formula_error",
            f"Ô {cell}: công thức cho lỗi {err}; hãy sửa công thức hoặc ghi “-” nếu chưa có số liệu.",
            f"Cell {cell}: the formula gives the error {err}; fix it, or write “-” when there is no figure."))
        return _FAILED
    try:
        return parse_cell(v, s.formats.get((r, c)))
    except AmbiguousNumber as exc:
        out.problems.append(Problem(s.name, cell, _text(v), "ambiguous_number",
            f"Ô {cell}: “{_text(v)}” có thể là {exc.readings[0]} hoặc {exc.readings[1]}; hãy ghi rõ "
            f"(nghìn ngăn cách bằng dấu chấm, thập phân bằng dấu phẩy, hoặc nhập dạng số).",
            f"Cell {cell}: “{_text(v)}” may be {exc.readings[0]} or {exc.readings[1]}; write it unambiguously "
            f"(or enter it as a number)."))
        return _FAILED
    except NotANumber:
        out.problems.append(Problem(s.name, cell, _text(v), "number",
            f"Ô {cell}: “{_text(v)}” không phải là số.", f"Cell {cell}: “{_text(v)}” is not a number."))
        return _FAILED


def _value_period(c: Column, row_period: Period | None, base_period: Period | None,
                  hints: Hints) -> tuple[Period | None, bool]:
    """A value's period: the row's (label or period column), its column's, the title's or sheet's,
    then the uploader's; "năm trước" / "cùng kỳ năm trước" shifts whichever base applies."""
    if row_period is not None:
        return row_period, False
    if c.period is not None:
        return c.period, False
    from_hint = False
    base = base_period
    if base is None and hints.period is not None:
        base, from_hint = hints.period, True
    if base is not None and c.relative_year:
        # NOTE: "Cùng kỳ năm trước" in a report on "6 tháng đầu năm 2024" is 2024-S1 a year
        # earlier (2023-S1), not the report's own period; likewise under the uploader's period.
        base = _shift_years(base, c.relative_year)
    return base, from_hint


def _shift_years(p: Period, n: int) -> Period:
    if p.kind == "date":
        y = p.start.year + n
        return periods.at(date(y, p.start.month, min(p.start.day, calendar.monthrange(y, p.start.month)[1])))
    y0, y1 = p.start.year + n, p.end.year + n
    return periods.span(date(y0, p.start.month, 1), date(y1, p.end.month, calendar.monthrange(y1, p.end.month)[1]))


_ROW_MEASURES = {"ke hoach": ("plan", "reported"), "kh": ("plan", "reported"), "muc tieu": ("plan", "reported"),
                 "thuc hien": ("actual", "reported"), "th": ("actual", "reported"), "ket qua": ("actual", "reported"),
                 "uoc thuc hien": ("actual", "estimated"), "uoc th": ("actual", "estimated"),
                 "uoc": ("actual", "estimated"), "uth": ("actual", "estimated")}


def _row_measure(s: Sheet, r: int, marker_cols: list[int]) -> tuple[str, str] | None:
    """A row that says what its figures are: "Chỉ tiêu | ĐVT | Nội dung: Kế hoạch / Thực hiện | Giá trị".

    NOTE: reports list plan and actual as two lines under one label merged over both; the
    line's own word decides, never the neutral "Giá trị" column (which reads as an actual)."""
    for c in marker_cols:
        v = s.value(r, c)
        if isinstance(v, str):
            m = _ROW_MEASURES.get(fold(v))
            if m:
                return m
    return None


def _merged_labels(s: Sheet, label_col: int, header_end: int) -> dict[int, str]:
    """Rows below the first of a label cell merged downwards: they carry the same label."""
    out = {}
    for r0, c0, r1, c1 in s.merges:
        if c0 == label_col and r1 > r0 and r0 > header_end:
            text = _text(s.value(r0, c0))
            if text:
                for r in range(r0 + 1, r1 + 1):
                    out[r] = text
    return out


def _list_unread_columns(s: Sheet, cols: list[Column], label_col: int | None, first: int, out: Reading) -> None:
    """Columns holding figures that are not read (totals, ratios, unclear headers) are listed, so
    every figure in the table is accounted for."""
    reasons = {
        "total": ("Cột tổng cộng, không phải số liệu của một tỉnh", "Total column, not a province's figure"),
        "ratio": ("Cột so sánh/tỷ lệ giữa các số liệu, không lưu", "Comparison/ratio column, not stored"),
        "other": ("Tiêu đề cột không cho biết đây là số liệu gì (không đoán)", "Column header does not say what it holds (not guessed)"),
        "label": ("Tiêu đề cột không cho biết đây là số liệu gì (không đoán)", "Column header does not say what it holds (not guessed)"),
    }
    last = min(len(s.rows), first + 2000)
    for c in cols:
        if c.role not in reasons or c.index == label_col:
            continue
        if any(isinstance(s.value(r, c.index), (int, float)) and not isinstance(s.value(r, c.index), bool)
               for r in range(first, last)):
            vi, en = reasons[c.role]
            letters = cell_name(0, c.index)[:-1]
            out.ignored.append(Ignored(s.name, None, f"Cột {letters}: {c.text or '(không có tiêu đề)'}"[:120], vi, en))


def _guess_label_column(s: Sheet, first: int, cols: list[Column]) -> int | None:
    best, best_n = None, 0
    for c in range(s.width):
        if cols[c].role in ("value", "ratio", "unit", "province", "period", "province_value"):
            continue
        n = sum(1 for r in range(first, min(len(s.rows), first + 200))
                if isinstance(s.value(r, c), str) and match_row(s.value(r, c), None)[0])
        if n > best_n:
            best, best_n = c, n
    return best


def _period_of_cell(v) -> Period | None:
    """A period column's cell: a year typed as a number or text, a period in words, or a date.

    NOTE: a year typed into a date-formatted "Năm" column is stored as the serial 2023 and
    shown as 15/07/1905; a real date is a stock's date ("31/12/2023" is the year's end)."""
    if isinstance(v, datetime):
        v = v.date()
    if isinstance(v, date):
        serial = (v - date(1899, 12, 30)).days
        if v.year < 1910 and 1990 <= serial <= 2100:
            return periods.span(date(serial, 1, 1), date(serial, 12, 31))
        if (v.month, v.day) in ((1, 1), (12, 31)):
            return periods.span(date(v.year, 1, 1), date(v.year, 12, 31))
        return periods.at(v)
    return _period_cached(_text(v))


# NOTE: a tidy sheet repeats the same few province names, periods and labels on every row
# (100,000 rows, a few hundred distinct texts): interpret each distinct text once.
@lru_cache(maxsize=4096)
def _province_cached(text: str) -> tuple:
    return tuple(registry.match_province(text))


@lru_cache(maxsize=4096)
def _period_cached(text: str) -> Period | None:
    return periods.from_text(text)
