"""Context: the province and period a report states about itself in its title rows and sheet
names — not a date line, a note, the addressee or a parenthesised aside. Pure: a Sheet in."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from etl import headers
from etl.headers import RESULT_WORDS
from etl.labels import declared_words
from etl.headers import province_with_role_note, provinces_named  # noqa: F401 (re-exported)
from etl.workbook import Sheet, cell_name
from metrics import periods, registry
from metrics.names import fold, nfc
from metrics.periods import Period



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
_ISSUING_BODY = re.compile(r"^(uy ban nhan dan|ubnd|so khoa hoc)")
_OF_PROVINCE = re.compile(r"\bcua (tinh|thanh pho|tp)\b")
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
    # the province came from the issuing body's line ("UBND THÀNH PHỐ CẦN THƠ"), no title line
    # naming whose figures they are
    by_issuer: bool = False
    # the issuing body's provinces when a title line below it named a former province whose the
    # figures are ("UBND TỈNH NINH BÌNH" over "SỐ LIỆU TRÊN ĐỊA BÀN TỈNH HÀ NAM (CŨ) NĂM 2025"): the
    # compiler the former province was merged into, which makes its sheet a former province's (etl.walk)
    issuer_provinces: list = field(default_factory=list)
    # the workbook's visible sheets' names: a sheet named by a province that absorbed others ("Ninh
    # Bình") beside its former provinces' sheets ("Hà Nam", "Nam Định") is read with them (etl.walk)
    sheet_names: tuple = ()
    # the day the period's line says the report was written on, more than a month before the period's
    # end ("… năm 2024, ngày 15/10/2024": metrics/periods.py written_before_end), or None
    written: date | None = None
    # the rows a numbered note is marked on ("Nhiệm vụ KH&CN được quản lý | 96 | (1)"): the note's number -> (the
    # row's label, the row's figures); a note "(1) Trong tổng số 96 nhiệm vụ có …" elsewhere in the workbook is
    # about that row (etl/sentences.py note_of_a_row)
    note_rows: dict = field(default_factory=dict)
    # a line saying the whole region without naming it ("KẾT QUẢ KH&CN TOÀN VÙNG NĂM 2025") where no line names a
    # province: the figures are the region's of the province the workbook is otherwise told to be (etl/walk.py)
    whole_region_text: str = ""


def _with_cutoffs(text: str) -> str:
    """A line's words on its period: asides dropped, a parenthesised cut-off kept ("BÁO CÁO … (Số
    liệu tính đến ngày 30/6/2024)" states the period; "(Kèm theo Báo cáo số 45 ngày 10/7/2024)" not)."""
    text = re.sub(r"\(\s*(cũ|trước đây)\s*\)", r" \1 ", text, flags=re.I)
    return re.sub(r"\(([^)]*)\)", lambda m: f" {m[1]} " if periods.has_cutoff(m[1]) or _PERIOD_ASIDE.match(fold(m[1]))
                  else " ", text)


# NOTE: "TÌNH HÌNH … CHỈ DẪN ĐỊA LÝ TRÊN ĐỊA BÀN TỈNH (6 THÁNG ĐẦU NĂM 2026)": a parenthesis that is
# only the report's period states it (dropped as an aside, the table had no period); one that
# speaks of another document ("Kèm theo Báo cáo số 45 ngày 10/7/2024") does not
_PERIOD_ASIDE = re.compile(r"^(?:(?:nam|quy [ivx\d]+(?: nam)?|\d{1,2} thang(?: dau| cuoi)?(?: nam)?|giai doan)\s+)?"
                           r"(?:19|20)\d{2}(?:\s+(?:19|20)\d{2})?$")


# NOTE: a pivot table's report filter above it names the year as a field and its value, two cells of
# one row ("Năm | 2022"): the year typed as a number was no text to read, and Hòa Bình's quarters
# "Quý I | Quý II | Quý III" had no year (the file refused, no period). Also such a line above any
# table ("Năm báo cáo: | 2023"); a title's own period outranks it.
_PERIOD_FIELDS = registry.header_words("period_fields")


def _period_field(row: list) -> str | None:
    """The period a row of exactly a field and its year typed as a number states ("Năm | 2022" ->
    "Năm 2022"), or None (a value typed as text is read as any title line is)."""
    cells = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
    if len(cells) != 2 or not isinstance(cells[0], str) or fold(cells[0]).strip(" :") not in _PERIOD_FIELDS:
        return None
    value = cells[1]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not float(value).is_integer() \
            or not 1900 <= value <= 2100:
        return None
    return f"Năm {int(value)}"


# NOTE: an appendix whose one line naming its province is the letter it is attached to, "(Kèm theo
# Công văn số 1234/SKHCN-KHTC ngày 12/12/2023 của Sở KH&CN tỉnh Bắc Giang)": the department whose
# letter it is reports (dropped as an aside, the file was refused: no province). Read only when no
# other line names a province.
_ATTACHED_TO = re.compile(r"(?i)kèm theo\b.*?\bcủa\s+((?:sở|ủy ban nhân dân|uỷ ban nhân dân|ubnd)\b[^()]*)")


# NOTE: a report's period given as a field under its title, the part of the year without the year —
# "BÁO CÁO SỐ LIỆU … NĂM 2022" over "Kỳ: 9 tháng" (or "Kỳ báo cáo: Quý III") — is that part of the
# title's year: read as the year, the nine months' figures (and the same span of the year before)
# were stored as the years 2022 and 2021 (batch 48). The field words are `period_fields`.
def _part_of_year_field(text: str) -> tuple | None:
    """The part of a year a line "Kỳ: 9 tháng" names without its year (headers.within_year's spec)."""
    if ":" not in text:
        return None
    field_name, value = text.split(":", 1)
    if fold(field_name).strip() not in _PERIOD_FIELDS or periods.from_text(value) is not None:
        return None
    f = fold(value).strip()
    spec = headers.one_part_of_year(f)
    if spec is None and (said := headers.within_year(f)) is not None and said[0] != "ytd":
        # NOTE: "Kỳ: Kế hoạch 6 tháng", "Kỳ: Ước 6 tháng", "Kỳ: Quý I, II", "Kỳ: 6 tháng so với cùng kỳ": a part
        # and more (a plan, an estimate, two quarters, a comparison) — read as its first part they were
        # stored as that part's actual figures (review27b); the report's period is no reading a person
        # could trust: the uploader is asked (_UNREAD_PART)
        return _UNREAD_PART
    return spec if spec is not None and spec[0] in ("first", "last6", "quarter", "month") else None


# a period field naming a part of the year and more (see _part_of_year_field)
_UNREAD_PART = ("unread",)


# "Kỳ báo cáo: Năm 2024 (kế hoạch)": a period field's value, then a note in brackets closing the line
_PERIOD_LINE_NOTE = re.compile(r"^\s*(?P<field>[^:()]+?)\s*:\s*(?P<period>[^()]*?\S)\s*\((?P<note>[^()]*)\)\s*[.;]?\s*$")


def plan_noted_period(text: str) -> str | None:
    """The period a period field's line names when the note in brackets closing it says the figures are a plan's
    ("Năm 2024" for "Kỳ báo cáo: Năm 2024 (kế hoạch)", "(KH)"), else None — the whole note must be the word itself:
    "(theo Kế hoạch số 12/KH-UBND)", "(đạt 105% kế hoạch)" are notes on results.

    NOTE: wrong56: the note was dropped as an aside and the plan's figures stored as the period's actual figures.
    review48: any plan word in the note had turned results into plans. An estimate's or a total to date's note
    ("(ước)", "(lũy kế)") is not acted on (review49: setting its line aside lost the report's part of the year,
    and "Cùng kỳ năm 2023" became the whole year 2023; README Known limitations)."""
    m = _PERIOD_LINE_NOTE.match(nfc(headers.without_test_mark(text or "")))
    if m is None or fold(m["field"]).strip() not in _PERIOD_FIELDS or periods.from_text(m["period"]) is None:
        return None
    return m["period"] if " ".join(fold(m["note"]).split()) in _PLAN_NOTES else None


# the whole note of a period line that says its figures are a plan's
_PLAN_NOTES = {"ke hoach", "kh"}


_MANY_ITEMS = {fold(w).strip() for w in registry.declared_header_words("pivot_filter_many_items")}


def _part_of_year_cells(row: list) -> str | None:
    """A report filter's row of a period field and its part of the year as two texts ("Kỳ báo cáo | 9 tháng") as the
    line "Kỳ báo cáo: 9 tháng" (_part_of_year_field reads it), else None.

    NOTE: recall47: Bình Định's pivot pasted as values, filters "Năm | 2024" and "Kỳ báo cáo | 9 tháng" above it: the
    year was read (_period_field), the nine months not — the nine months' figures would be the year's. blind88 found
    the same in the new Hải Phòng's pivot under "Năm | 2025" and "Kỳ | 9 tháng", and "Kỳ | Kế hoạch 6 tháng" stored
    the plan as the year's actual figure."""
    cells = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
    if len(cells) != 2 or not all(isinstance(v, str) for v in cells) or ":" in cells[0] \
            or fold(cells[0]).strip() not in _PERIOD_FIELDS:
        return None
    return f"{cells[0].strip()}: {cells[1].strip()}"


def title_context(sheet: Sheet, before: int) -> Stated:
    """The province and period stated in the rows above the header (not a date line, not an aside).
    A cut-off stated on its own line ("Số liệu tính đến ngày 30/9/2024") bounds the title's period
    ("BÁO CÁO KẾT QUẢ NĂM 2024": January to September)."""
    out = Stated()
    by_issuer = False
    preferred = None
    fallback = None
    cutoff = None
    attached = None   # the department an appendix is attached to a letter of (see _ATTACHED_TO)
    part_field = None  # "Kỳ: 9 tháng" under a title naming its year (see _part_of_year_field)
    own_day = None  # the day the heading's place-and-date line or own number's line says it was written on
    town_issuer = None  # "UBND HUYỆN KỲ ANH": a report issued by a place below a province (see _issued_by_a_town)
    whole_region = ""  # a line saying the whole region with no province named above it (see whole_region_words)
    visited = False  # a title on a study visit to another province (see _visited_named): whose figures is not said
    if "huong dan" in fold(sheet.name):
        return out  # an instructions sheet's examples state nothing about this report
    for r in range(min(before, len(sheet.rows))):
        field_text = _period_field(sheet.rows[r])
        if field_text is not None and (p := periods.from_text(field_text)) is not None:
            # below a title's own period ("… 6 THÁNG ĐẦU NĂM 2022" names a part of that year)
            c = next(i for i, v in reversed(list(enumerate(sheet.rows[r]))) if v is not None)
            fallback = fallback or (p, field_text, (sheet.name, cell_name(r, c)))
            continue
        if part_field is None and (line := _part_of_year_cells(sheet.rows[r])) is not None \
                and (spec := _UNREAD_PART if fold(line.split(":", 1)[1]).strip() in _MANY_ITEMS
                     else _part_of_year_field(line)) is not None:
            part_field = (spec, line)
            continue
        for c, v in enumerate(sheet.rows[r]):
            if not isinstance(v, str):
                continue
            if attached is None and (m := _ATTACHED_TO.search(nfc(v))):
                named = provinces_in(m[1])
                if named and len({p.name_vi for p in named}) == 1:
                    attached = (named, v, (sheet.name, cell_name(r, c)))
            v = headers.without_test_mark(v)
            # NOTE: review49: an estimate's or a total to date's note ("Kỳ báo cáo: Quý III/2024 (ước)") set the line
            # aside and the sheet lost its period: "Cùng kỳ năm 2023" beside "Quý III/2024" was then stored as the whole
            # year 2023 (main read 2023-Q3). Only a plan's note is acted on (etl/walk.py _plan_of_the_title); an
            # estimate's is read as before (README Known limitations)
            if part_field is None and (spec := _part_of_year_field(v)) is not None:
                part_field = (spec, v)
                continue
            text = _strip_asides(v)
            said = _with_cutoffs(v)
            f = fold(said)
            if own_day is None:
                # NOTE: wrong33: "Nghệ An, ngày 15 tháng 10 năm 2024" or "Số: 12/BC-SKHCN ngày 15/10/2024" on a
                # line of its own over "BÁO CÁO … NĂM 2024": the year's figures were stored, written in October
                own_day = periods.own_line_written_day(v)
            # NOTE: wrong32: a title naming its period and the day it was written ("… năm 2024, ngày 15/10/2024")
            # is no date line: its period is read, the day kept (see Stated.written)
            # (a line that is one aside may still say whose the figures are: "(Các tỉnh vùng Bắc Trung Bộ)", wrong49)
            if ((not f and not (by_issuer and (_region_named(v) or _whole_region_said(v, out.provinces))))
                    or (_DATE_LINE.search(f) and not _CUTOFF.search(f) and periods.without_written_day(said) is None)
                    or _NOT_A_STATEMENT.match(f) or _DOC_NUMBER.match(v) or v.lstrip().startswith(("*", "(*"))):
                continue
            if not out.provinces and not whole_region and whole_region_words(v):
                whole_region = v
            if not out.provinces and town_issuer is None and _ISSUING_BODY.match(f) and _issued_by_a_town(v):
                # NOTE: review27a: "UBND THÀNH PHỐ HÀ TĨNH / PHÒNG KINH TẾ" over "BÁO CÁO … TRÊN ĐỊA BÀN
                # THÀNH PHỐ HÀ TĨNH, TỈNH HÀ TĨNH": the town issues a report on itself — the province the
                # title names after it (where the town lies) was taken, the town's figures stored as Hà
                # Tĩnh's. A town's or district's report names no province of its own: none is taken
                town_issuer = v
            elif not out.provinces and town_issuer is None and not visited:
                found = provinces_in(text)
                if not found and _ISSUING_BODY.match(f) \
                        and not any(_town_named_like(list(n.before), n.provinces) for n in registry.province_names_in(v)):
                    # NOTE: "UBND TỈNH BẠC LIÊU (cũ)" over a former province's sheet in the merged
                    # Cà Mau's workbook: the issuing body is the former province (frame 63), not a
                    # predecessor named in passing (read as nothing, the workbook's Cà Mau took its
                    # figures)
                    found = provinces_named(v.strip())
                if found:
                    out.provinces, out.province_text, out.province_cell = found, v, (sheet.name, cell_name(r, c))
                    by_issuer = _ISSUING_BODY.match(f) is not None
            elif by_issuer and several_named(several := provinces_in(text)):
                # NOTE: wrong45: "SỐ LIỆU KH&CN TỈNH VĨNH LONG VÀ TỈNH BẾN TRE NĂM 2023" under "UBND TỈNH VĨNH
                # LONG": the title gives the two provinces' figures together — the issuer's code was given to
                # their sum. The title's provinces are the figures' (etl/validate.py sets a figure of several
                # aside; columns naming each still give each its own)
                out.issuer_provinces = out.provinces
                out.provinces, out.province_text, out.province_cell = several, v, (sheet.name, cell_name(r, c))
                by_issuer = False
            elif by_issuer and town_issuer is None and (region := (_region_named(v)
                                                                   or _whole_region_said(v, out.provinces))):
                # NOTE: wrong49 (wrong47's case): "TỔNG HỢP SỐ LIỆU KH&CN CỦA CÁC TỈNH BẮC TRUNG BỘ NĂM 2024", "SỐ LIỆU
                # KH&CN VÙNG TÂY NGUYÊN" under one department: the region's sum was stored as the sender's. As
                # wrong45's two provinces named: the figures are theirs together (etl/validate.py sets them aside).
                # Read with its asides: "TỔNG HỢP SỐ LIỆU KH&CN NĂM 2024" over "(Các tỉnh vùng Bắc Trung Bộ)"
                out.issuer_provinces = out.provinces
                out.provinces, out.province_text, out.province_cell = region, v, (sheet.name, cell_name(r, c))
                by_issuer = False
            elif by_issuer and _visited_named(v, out.provinces):
                # NOTE: review43: "BÁO CÁO KẾT QUẢ ĐOÀN CÔNG TÁC HỌC TẬP KINH NGHIỆM TẠI TỈNH LÂM ĐỒNG" under "UBND
                # TỈNH NGHỆ AN": the figures a study visit brings back are the host's as often as the visitors' —
                # whose they are is not said; the uploader is asked (Lâm Đồng's were stored as Nghệ An's)
                out.provinces, out.province_text, out.province_cell = [], "", None
                by_issuer = False
                visited = True
            elif by_issuer and (_OF_PROVINCE.search(f) or _former_province_whose(text)
                                or _absorbed_named(text, out.provinces) or _another_named(text, out.provinces)):
                # NOTE: the issuing body names its own province ("UBND TỈNH PHÚ THỌ"); a title
                # line below that gives the figures "của tỉnh Vĩnh Phúc" (a merged province's
                # department compiling its predecessors, one sheet each) names whose they are
                found = provinces_in(text) or _former_province_whose(text)
                if found and len({p.name_vi for p in found}) == 1 and not set(found) & set(out.provinces):
                    out.issuer_provinces = out.provinces
                    out.provinces, out.province_text, out.province_cell = found, v, (sheet.name, cell_name(r, c))
                    by_issuer = False
            # (a title naming its results and then a plan: the results' period, before reading it whole)
            beside = results_beside_plan(v)
            p = beside[0] if beside is not None else (results_before_plan(said) or periods.from_text(said))
            if p is None:
                # NOTE: wrong32: "Báo cáo kết quả hoạt động KH&CN năm 2024, ngày 15/10/2024": the year and the
                # day it was written on read as no period (the file refused); the year, the day kept to
                # judge its figures by (Stated.written)
                p = periods.without_written_day(said)
            if p is not None:
                where = (p, v, (sheet.name, cell_name(r, c)))
                if periods.has_cutoff(said):
                    cutoff = cutoff or where
                if _ISSUER.match(f) or "bao cao" in f or "nam" in f.split():
                    preferred = preferred or where
                else:
                    fallback = fallback or where
    if not out.provinces and attached is not None and not visited:
        out.provinces, out.province_text, out.province_cell = attached
    chosen = preferred or fallback
    if chosen and cutoff and cutoff[2] != chosen[2]:
        both = periods.from_text(f"{_with_cutoffs(chosen[1])} {_with_cutoffs(cutoff[1])}")
        # NOTE: a title and a cut-off that disagree ("năm 2023" over "tính đến 30/6/2025") state no
        # period a person could trust: the uploader is asked
        chosen = (both, f"{chosen[1]} — {cutoff[1]}", chosen[2]) if both is not None else None
    if chosen and part_field is not None and part_field[0] == _UNREAD_PART:
        chosen = None
    elif chosen and part_field is not None and chosen[0] is not None and chosen[0].kind == "year":
        chosen = (headers.within(part_field[0], chosen[0].start.year), f"{chosen[1]} — {part_field[1]}",
                  chosen[2])
    if chosen:
        out.period, out.period_text, out.period_cell = chosen
        if chosen[0] is not None:
            out.written = periods.written_before_end(_with_cutoffs(chosen[1]), chosen[0])
            if out.written is None and own_day is not None:
                out.written = periods.day_before_end(own_day, chosen[0])
    out.by_issuer = bool(out.provinces) and by_issuer
    out.whole_region_text = "" if out.provinces else whole_region
    return out


# "… NĂM 2022, KẾ HOẠCH NĂM 2023", "kết quả năm 2023 và phương hướng, nhiệm vụ năm 2024": a title's
# closing clause naming the next year's plan (also typed without diacritics), by the words that make a title's
# later span a plan's (metrics/header_words.toml span_ahead_words).
# NOTE: wrong43: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024 VÀ ĐỀ XUẤT NHIỆM VỤ NĂM 2025" (the proposals for the next
# year) named two years and the honest file was refused "no reporting period" (it read "kế hoạch",
# "phương hướng", "định hướng", "mục tiêu" only)
_NEXT_YEAR_PLAN = re.compile(
    # (wrong45: "KẾT QUẢ NĂM 2024 VÀ NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025" — "và nhiệm vụ" after the results' span is the
    # work to come; alone "nhiệm vụ" names tasks, so it is no word of span_ahead_words)
    r"\s*(?:[,;]|\s[-–—])?\s*(?:(?:(?:và|va)\s+)?(?:%s)|(?:và|va)\s+(?:nhiệm vụ|nhiem vu))" % "|".join(map(re.escape, sorted(
        {v for w in registry.declared_header_words("span_ahead_words") for v in (nfc(w), fold(w))},
        key=len, reverse=True))) +
    r"(?:[\s,]+(?:nhiệm vụ|nhiem vu|giải pháp|giai phap|trọng tâm|trong tam|công tác|cong tac|đặt hàng|dat hang))*"
    # (fix45: the plan's span is a year or a part of one — "NĂM 2025", "6 THÁNG ĐẦU NĂM 2025" —, never any words
    # before a year: "KẾ HOẠCH NHIỆM VỤ KH&CN BỊ DỪNG NĂM 2025" names tasks stopped, no work to come)
    r"[\s,]+(?P<span>(?:\d{1,2}\s+(?:tháng|thang)(?:\s+(?:đầu|dau|cuối|cuoi))?\s+)?(?:(?:năm|nam)\s+)?"
    r"(?:19|20)\d{2})\s*[.)]?\s*$", re.I)


def results_before_plan(text: str) -> Period | None:
    """The period of a title that names its results and then the next year's plan ("Kết quả thực
    hiện các chỉ tiêu năm 2022, kế hoạch năm 2023"): the results' period, when it ends before the
    plan's year; None otherwise (two periods that a person could not tell apart stay unread)."""
    m = _NEXT_YEAR_PLAN.search(nfc(text))
    if m is None or m.start() == 0:
        return None
    rest = periods.from_text(nfc(text)[:m.start()])
    # NOTE: wrong45: the plan's own span may be a part of a year ("KẾT QUẢ NĂM 2024 - KẾ HOẠCH 6 THÁNG ĐẦU NĂM
    # 2025", "… 6 THÁNG ĐẦU NĂM 2025 VÀ KẾ HOẠCH 6 THÁNG CUỐI NĂM 2025"): read whole, the title was 2024-01/2025-06
    # or the plan's half, and 2024's figures were stored as the first half of 2025
    plan = periods.from_text(m["span"])
    return rest if rest is not None and plan is not None and rest.end < plan.start else None


# a title's clauses: "KẾ HOẠCH NĂM 2026 VÀ KẾT QUẢ", "KẾ HOẠCH NĂM 2026 (KÈM KẾT QUẢ NĂM 2025)", "…, KẾT QUẢ …"
_CLAUSES = re.compile(r"\s*[,;()]\s*|\s+(?:và|va)\s+|\s+[-–]\s+", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@lru_cache(maxsize=1)
def _plan_and_result_words() -> tuple[tuple[str, ...], re.Pattern]:
    """The words that open a plan's clause of a title (metrics/abbreviations.toml plan_words, plan_captions;
    metrics/header_words.toml span_ahead_words) and the words of a clause on results (plan_title_result_words,
    headers.RESULT_WORDS), folded."""
    from etl.labels import declared_words

    plans = {fold(w) for w in (*declared_words("plan_words"), *declared_words("plan_captions"),
                               *registry.declared_header_words("span_ahead_words"))}
    results = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in
                                                  declared_words("plan_title_result_words")) + r")(?!\w)")
    return tuple(sorted(plans, key=len, reverse=True)), results


def results_beside_plan(text: str) -> tuple[Period | None] | None:
    """The period of the results of a title that sets a plan and says results too, when the title's one period is
    the plan's: ("2025-S1",) for "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM VÀ PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"
    (the results' part of the plan's year), (None,) — not said — for "KẾ HOẠCH NHIỆM VỤ KH&CN NĂM 2026 VÀ KẾT
    QUẢ" (cut by the page's width), "KẾT QUẢ VÀ KẾ HOẠCH NĂM 2026", "KẾ HOẠCH NĂM 2026 (KÈM KẾT QUẢ NĂM 2025)" (a
    plan's title: which of the two a column naming no period holds is not said). None when the title is not such
    a title (a plan alone, results alone, results with their own period before the plan: results_before_plan).

    NOTE: review43: each stored its figures as the ACTUAL of the plan's period (the first half's as the second's)."""
    plans, results = _plan_and_result_words()
    clauses = []
    for c in _CLAUSES.split(nfc(text)):
        f = fold(c)
        if not f:
            continue
        # NOTE: fix43: "Tình hình thực hiện nhiệm vụ khoa học và công nghệ năm 2025, phương hướng nhiệm vụ năm
        # 2026": cut at its "và", the results' year fell into a clause of neither ("công nghệ năm 2025") and the
        # results read as naming no period — 2025's title period lost, the 2024 column beside the estimate stored.
        # A clause opening neither a plan nor results goes on the clause before it
        if clauses and not _opens_plan(f, plans) and not (RESULT_WORDS.search(f) or results.search(f)):
            clauses[-1] = f"{clauses[-1]} {c}"
        else:
            clauses.append(c)
    plan_period = None
    plan_first = False
    unsaid = []   # the results' clauses naming no year
    for i, clause in enumerate(clauses):
        f = fold(clause)
        if _opens_plan(f, plans):
            plan_period = plan_period or periods.from_text(clause)
            plan_first = plan_first or i == 0
        elif RESULT_WORDS.search(f) or results.search(f):
            if _YEAR.search(clause):
                if not plan_first:
                    return None   # results of their own period, the plan after them (results_before_plan)
                unsaid.append(None)
            else:
                unsaid.append(clause)
    if plan_period is None or not unsaid:
        return None
    # "6 THÁNG ĐẦU NĂM" beside the plan's "6 THÁNG CUỐI NĂM 2025": a part of the year the plan's part is of
    if len(unsaid) == 1 and unsaid[0] is not None and plan_period.kind not in ("year", "range") \
            and plan_period.start.year == plan_period.end.year:
        said = periods.from_text(f"{unsaid[0]} {plan_period.start.year}")
        if said is not None and said.end < plan_period.start:
            return (said,)
    return (None,)


def _opens_plan(folded: str, plans: tuple[str, ...]) -> bool:
    """Whether a title's folded clause opens with a plan's word ("kế hoạch năm 2026", "báo cáo phương hướng …")."""
    opened = folded[len("bao cao "):] if folded.startswith("bao cao ") else folded
    return any(opened == w or opened.startswith(w + " ") for w in plans)


_VENUE = re.compile(r"\b(tai|o|den|cu|truoc day|giap|lan can|voi)\b")


# NOTE: provinces_named and province_with_role_note live in etl.headers (a column header names
# provinces as a title does; headers reading them from here made an import cycle)


@lru_cache(maxsize=1)
def _town_kinds() -> tuple[tuple[str, ...], ...]:
    """The kinds of a place below a province, folded to words (metrics/abbreviations.toml
    issuer_town_kinds: "huyện", "thị xã" …)."""
    from etl.labels import declared_words

    return tuple(tuple(fold(w).split()) for w in declared_words("issuer_town_kinds"))


def _town_named_like(before: list, provinces) -> bool:
    """Whether a province's name found in a text follows the kind of a place below a province: "UBND
    THỊ XÃ QUẢNG TRỊ", "huyện Quảng Ninh", or "thành phố"/"TP" before a province that is no
    centrally-run city and is not called so ("UBND THÀNH PHỐ HÀ TĨNH"; "Thành phố Huế" is Huế's name).

    NOTE: probe35: the town's people's committee or its economic office reporting on the town was
    stored as the province's figures (Hà Tĩnh's OCOP products, Quảng Trị's)."""
    if any(k and tuple(before[-len(k):]) == k for k in _town_kinds()):
        return True
    if before[-1:] == ["tp"] or before[-2:] == ["thanh", "pho"]:
        return all(p.kind != "thành phố" and not any(fold(a).startswith(("thanh pho ", "tp")) for a in p.aliases)
                   for p in provinces)
    return False


def _issued_by_a_town(line: str) -> bool:
    """Whether an issuing body's line ("UBND HUYỆN KỲ ANH", "UBND THỊ XÃ QUẢNG TRỊ", "UBND THÀNH PHỐ
    VINH", "UBND THÀNH PHỐ HÀ TĨNH") is a place's below a province: a kind of such a place after "UBND"
    (metrics/abbreviations.toml issuer_town_kinds), or "thành phố"/"TP" before no centrally-run city
    ("UBND THÀNH PHỐ HÀ NỘI", "UBND TP. CẦN THƠ" are provinces)."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(line)).split()
    for lead in (["uy", "ban", "nhan", "dan"], ["ubnd"]):
        if words[:len(lead)] == lead:
            words = words[len(lead):]
            break
    if any(k and tuple(words[:len(k)]) == k for k in _town_kinds()):
        return True
    kind = words[:2] if words[:2] == ["thanh", "pho"] else words[:1] if words[:1] == ["tp"] else None
    if kind is None:
        return False
    named = [n for n in registry.province_names_in(line) if list(n.before)[-len(kind):] == kind]
    return not named or all(_town_named_like(list(n.before), n.provinces) for n in named)


def _former_province_whose(text: str) -> list:
    """The former province a title line gives the figures of: "… CỦA TỈNH BẾN TRE (CŨ)", "SỐ LIỆU … TỈNH BẾN
    TRE (CŨ)" (the 63-province frame's unit), [] for any other line. `provinces_in` passes a predecessor by
    (named in passing beside the reporter: "TỈNH KHÁNH HÒA, GỒM NINH THUẬN CŨ"); a title line that names no
    other province names whose the figures are by it."""
    found = []
    for n in registry.province_names_in(text):
        prev = list(n.before)
        if n.after[:1] != ("cu",) or not (prev[-1:] in (["tinh"], ["tp"]) or prev[-2:] == ["thanh", "pho"]):
            continue
        prev = prev[:-1] if prev[-1:] in (["tinh"], ["tp"]) else prev[:-2]
        if any(prev[-len(w):] == w for w in _NOT_WHOSE):
            continue
        found += [p for p in n.provinces if p.frame == "63" and p not in found]
    return found


def _absorbed_named(text: str, issuers: list) -> list:
    """The former provinces (frame 63) a title line names bare ("SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE NĂM
    2023") that the issuer's new province absorbed ("UBND TỈNH VĨNH LONG"), the issuer's own name aside: whose the
    figures are, as "… CỦA TỈNH BẾN TRE (CŨ)" (_former_province_whose). A partner's ("hợp tác với tỉnh …": a venue,
    provinces_in) or a province the issuer never absorbed names nobody.
    NOTE: wrong43: Bến Tre's figures of 2023 were stored as the former Vĩnh Long's."""
    new = {p.code for p in issuers if p.frame == "34"}
    named = [p for p in provinces_in(text) if p.frame == "63" and p.successor_code in new
             and p.code not in {q.code for q in issuers}]
    # NOTE: review41: named as a province ("TỈNH BẾN TRE"), and not after a word of whom the figures are sent to or
    # an organisation's home — "… GỬI SỞ KH&CN TỈNH BẾN TRE", "… LÀM VIỆC VỚI ĐOÀN CÔNG TÁC TỈNH BẾN TRE", "… CỦA
    # TRƯỜNG ĐẠI HỌC TRÀ VINH", "… CHUỖI GIÁ TRỊ DỪA BẾN TRE" stored the issuer's figures as the former province's
    whose = _named_as_a_province(text)
    return [p for p in named if p.code in whose]


def _another_named(text: str, issuers: list) -> list:
    """A province other than the issuer's and its predecessors a title line names bare as a province ("SỐ LIỆU KH&CN
    TỈNH LÂM ĐỒNG NĂM 2025" under "UBND TỈNH NGHỆ AN"), not after a word of an addressee, a visitor or an organisation
    (_named_as_a_province): whose the figures are, as "… CỦA TỈNH LÂM ĐỒNG" says (_OF_PROVINCE).
    NOTE: review43: Lâm Đồng's figures were stored as Nghệ An's (wrong43 read the bare name of an absorbed province
    only)."""
    own = {p.code for p in issuers} | {p.successor_code for p in issuers if p.successor_code}
    whose = _named_as_a_province(text)
    return [p for p in provinces_in(text) if p.code in whose and p.code not in own
            and p.successor_code not in own]


def _visited_named(text: str, issuers: list) -> list:
    """The provinces other than the issuer's a title line names after a word of a study visit ("… HỌC TẬP KINH
    NGHIỆM TẠI TỈNH LÂM ĐỒNG", "… KHẢO SÁT TẠI TỈNH LÂM ĐỒNG": metrics/header_words.toml title_visit_words), not
    after a delegation's word that makes it the visitors' home ("ĐOÀN CÔNG TÁC TỈNH LÂM ĐỒNG ĐẾN HỌC TẬP KINH
    NGHIỆM": the host is the issuer), [] otherwise."""
    own = {p.code for p in issuers} | {p.successor_code for p in issuers if p.successor_code}
    found = []
    for n in registry.province_names_in(text):
        prev = list(n.before)
        at = max((i + len(w) for w in _VISIT for i in range(len(prev)) if prev[i:i + len(w)] == w), default=None)
        if at is None or any(prev[i:i + len(w)] == w for w in _DELEGATION for i in range(at, len(prev))):
            continue
        found += [p for p in n.provinces if p.code not in own and p.successor_code not in own and p not in found]
    return found


_VISIT = tuple(w.split() for w in sorted(registry.header_words("title_visit_words")))
_DELEGATION = (("doan",),)


def _named_as_a_province(text: str) -> set:
    """The codes of the provinces a title line names as a province or its area ("TỈNH BẾN TRE", "KHU VỰC BẾN
    TRE", "ĐỊA BÀN BẾN TRE"), not after a word of whom the figures are sent to, a visitor or an organisation's
    home (metrics/header_words.toml title_addressee_words)."""
    whose = set()
    for n in registry.province_names_in(text):
        prev = list(n.before)
        if not (prev[-1:] in (["tinh"], ["tp"]) or prev[-2:] == ["thanh", "pho"]
                or any(prev[-len(w):] == w for w in _AREA)):
            continue   # (an area's name, "KHU VỰC BẾN TRE", "ĐỊA BÀN BẾN TRE", is the former province's too)
        if any(prev[i:i + len(w)] == w for w in _ADDRESSEE for i in range(len(prev))):
            continue
        whose |= {p.code for p in n.provinces}
    return whose


_AREA = tuple(w.split() for w in sorted(registry.header_words("former_area_prefixes") | {"dia ban"}))
_ADDRESSEE = tuple(w.split() for w in sorted(registry.header_words("title_addressee_words")))


# NOTE: review40: "BÁO CÁO … NĂM 2024 (TRƯỚC KHI HỢP NHẤT VỚI TỈNH NINH THUẬN (CŨ))" under "UBND TỈNH KHÁNH HÒA"
# stored the former Khánh Hòa's 2024 as Ninh Thuận's, and "… NĂM 2025 SAU KHI SÁP NHẬP TỈNH NINH THUẬN (CŨ)"
# refused the new Khánh Hòa's honest 2025 as Ninh Thuận's after the merger: a former province named after
# what joins, compares or leaves it out (metrics/header_words.toml former_not_alone_words, note_exclusion_words,
# merger_words — the words a column's header is read by) is named in passing, never whose the figures are
_NOT_WHOSE = tuple(w.split() for w in sorted(registry.header_words("former_not_alone_words")
                                             | registry.header_words("note_exclusion_words")
                                             | registry.header_words("merger_words")))


def _phrases(section: str) -> tuple[tuple[str, ...], ...]:
    return tuple(w.split() for w in registry.header_words(section))


# the words that lead to a region's name in a title giving its provinces' figures together: "CÁC TỈNH", "VÙNG", "CÁC
# TỈNH TRONG VÙNG", "TOÀN VÙNG" (metrics/header_words.toml title_together_words, region_lead_words,
# region_member_words), longest first
_REGION_LEADS = tuple(sorted({(*t, *m, *l) for t in (*_phrases("title_together_words"), ())
                              for m in (*_phrases("region_member_words"), ()) for l in (*_phrases("region_lead_words"), ())
                              if (t or l) and (t or not m)}, key=len, reverse=True))
_TOGETHER_NOT_WHOSE = tuple(w.split() for w in sorted(registry.header_words("title_together_not_whose_words")
                                                      | {fold(w) for w in declared_words("meeting_words")}))


@lru_cache(maxsize=1)
def _regions() -> dict[tuple[str, ...], tuple]:
    """Each socio-economic region's name, folded words (metrics/provinces.csv region), and the names people use
    besides (metrics/header_words.toml region_other_names: "Bắc Trung Bộ", "Tây Bắc", "ĐBSCL") -> its provinces in
    both frames, longest name first."""
    by_region: dict[str, list] = {}
    for p in registry.provinces().values():
        if p.region:
            by_region.setdefault(p.region, []).append(p)
    out = {tuple(fold(r).split()): ps for r, ps in by_region.items()}
    for name, regions in registry.region_other_names().items():
        out[tuple(fold(name).split())] = [p for r in regions for p in by_region[r]]
    return {k: tuple(v) for k, v in sorted(out.items(), key=lambda kv: -len(kv[0]))}


def _region_named(text: str) -> list:
    """The provinces of the region a title line gives the figures of together — "TỔNG HỢP SỐ LIỆU KH&CN CỦA CÁC TỈNH
    BẮC TRUNG BỘ", "SỐ LIỆU KH&CN VÙNG TÂY NGUYÊN", "… CÁC TỈNH TRONG VÙNG ĐBSCL" —; [] for a line naming no region by
    its name ("CÁC ĐỊA PHƯƠNG TRONG VÙNG", "VÙNG DÂN TỘC THIỂU SỐ"), naming one province beside it (its own figures:
    "TỈNH NGHỆ AN - VÙNG BẮC TRUNG BỘ"), or naming it after a word of comparison, a venue, an addressee, a programme
    or a meeting ("SO VỚI CÁC TỈNH BẮC TRUNG BỘ", "XẾP THỨ 2 TRONG VÙNG", "HỘI NGHỊ GIAO BAN VÙNG …": the sender's).

    NOTE: wrong49: a region is told by its name, never by "các tỉnh" / "các địa phương" alone — wrong47's rule read
    those as every province and refused batch 31r's new An Giang titled "… CÁC ĐỊA PHƯƠNG TRONG VÙNG" over its former
    provinces' rows (their total is the new province's: metrics/provinces.csv successor_code, by the period's frame)."""
    words = fold(text).split()
    regions = _regions()
    for i in range(len(words)):
        region = next((k for k in regions if tuple(words[i:i + len(k)]) == k), None)
        if region is None:
            continue
        lead = next((w for w in _REGION_LEADS if len(w) <= i and tuple(words[i - len(w):i]) == w), ())
        before = words[:i - len(lead)]
        if any(before[j:j + len(w)] == w for w in _TOGETHER_NOT_WHOSE for j in range(len(before))):
            return []
        named = provinces_in(text)
        if named and not several_named(named):
            return []
        return named or list(regions[region])
    return []


_SHEET_WHOLE_REGION = frozenset(registry.header_words("sheet_whole_region_words"))
_TITLE_WHOLE_REGION = tuple(sorted((tuple(w.split()) for w in registry.header_words("title_whole_region_words")),
                                   key=len, reverse=True))
_PERIOD_LEADS = frozenset(registry.header_words("title_period_lead_words"))


def senders_region(sender: list) -> list:
    """Every province (both frames) of the one region the `sender`'s provinces lie in; [] for none or several."""
    regions = {p.region for p in sender if p.region}
    if len(regions) != 1:
        return []
    return [p for p in registry.provinces().values() if p.region in regions]


def _whole_region_said(text: str, sender: list) -> list:
    """The sender's region's provinces when a title line says the whole region without naming it
    (whole_region_words); [] otherwise."""
    return senders_region(sender) if whole_region_words(text) else []


def whole_region_words(text: str) -> bool:
    """Whether a title line says the whole region without naming it — "KẾT QUẢ HOẠT ĐỘNG KH&CN TOÀN VÙNG NĂM 2025",
    "SỐ LIỆU CẢ VÙNG" (metrics/header_words.toml title_whole_region_words), the words closing the line or followed by
    its period (title_period_lead_words) —; not: "toàn vùng dự án", "Vũng Tàu", after a word of comparison or a meeting's ("ĐỨNG ĐẦU TOÀN VÙNG",
    "GIAO BAN TOÀN VÙNG": the sender's own), beside one province named ("TỈNH KHÁNH HÒA VÀ TOÀN VÙNG").

    NOTE: wrong51: "KẾT QUẢ HOẠT ĐỘNG KH&CN TOÀN VÙNG NĂM 2025" under "SỞ KH&CN TỈNH KHÁNH HÒA": the region's sums were
    stored as Khánh Hòa's (wrong49 read a region by its name only, wrong50 "Toàn vùng" as a sheet's whole name)."""
    words = re.findall(r"\w+", fold(text))
    for i in range(len(words)):
        said = next((w for w in _TITLE_WHOLE_REGION if tuple(words[i:i + len(w)]) == w), None)
        if said is None:
            continue
        rest = words[i + len(said):]
        if rest and not (any(" ".join(rest[:len(w.split())]) == w for w in _PERIOD_LEADS)
                         or re.fullmatch(r"\d[\d/.\-]*", rest[0])):
            continue
        before = words[:i]
        if any(before[j:j + len(w)] == w for w in _TOGETHER_NOT_WHOSE for j in range(len(before))):
            return False
        return not provinces_in(text)
    return False


def sheet_region(name: str, sender: list) -> list:
    """The provinces of the region a sheet's name gives the figures of together: named as a title line names it
    ("Tây Nguyên", "Vung DHNTB", "Vùng Bắc Trung Bộ 2024": _region_named), or as the whole region without its name
    ("Toàn vùng", "Tổng hợp vùng": metrics/header_words.toml sheet_whole_region_words) — then the `sender`'s region,
    in both frames; [] for a name naming a province, a meeting, a comparison or no region.

    NOTE: wrong50: Đắk Lắk's department's workbook, its sheet named "Tây Nguyên" under a title naming no one's figures
    ("SỐ LIỆU KH&CN NĂM 2024"): the region's sums were stored as Đắk Lắk's (wrong49 read a title line only)."""
    words = re.sub(r"[_\-–—]+", " ", re.sub(r"(?i)\.(?:csv|xlsx|xlsm|xls|ods|txt)$", "", name or ""))
    region = _region_named(words)
    if region:
        return region
    bare = " ".join(w for w in fold(words).split() if not re.fullmatch(r"(?:19|20)\d{2}", w))
    if bare not in _SHEET_WHOLE_REGION:
        return []
    return senders_region(sender)


def several_named(found: list) -> bool:
    """Whether the provinces a title line names are more than one province ("TỈNH VĨNH LONG VÀ TỈNH BẾN TRE"),
    a name's entries in both frames being one."""
    return len({p.name_vi for p in found}) > 1


def provinces_in(text: str) -> list:
    """Provinces a title line names as the reporter: 'UBND TỈNH NINH THUẬN', 'SỞ KH&CN TỈNH SƠN LA',
    'BÁO CÁO … tỉnh Kon Tum'. A province after 'tại' (a venue) or before 'cũ' (a predecessor) is not."""
    found = []
    for n in registry.province_names_in(text):
        prev = list(n.before)
        if _town_named_like(prev, n.provinces):
            continue
        # NOTE: a short name ("Huế", "HCM") only after "tỉnh"/"thành phố"/"TP": "thành phố Huế"
        if len(n.key) < 4 and not (prev[-1:] in (["tinh"], ["tp"]) or prev[-2:] == ["thanh", "pho"]):
            continue
        # NOTE: "tổ chức tại tỉnh Khánh Hòa": the venue word stands before "tỉnh"/"thành phố"
        while prev and prev[-1] in ("tinh", "tp"):
            prev.pop()
        if prev[-2:] == ["thanh", "pho"]:
            del prev[-2:]
        before = prev[-1:]
        after = n.after[:1]
        if (before and _VENUE.fullmatch(before[0])) or (after and after[0] in ("cu", "truoc")):
            continue
        for p in n.provinces:
            if p not in found:
                found.append(p)
    # keep only the longest names ('Bà Rịa - Vũng Tàu' over a stray 'Vũng Tàu')
    return found


_SOURCE_LEADS = tuple(sorted(registry.header_words("source_line_words"), key=len, reverse=True))
_YEARBOOK_WORDS = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(
    registry.header_words("yearbook_source_words"), key=len, reverse=True))))


def _yearbook_of(text: str) -> list:
    """The provinces a source line names as its yearbook's: "Nguồn: Niên giám thống kê tỉnh Đồng Tháp năm 2023" ->
    [Đồng Tháp]; [] for a line that opens with no source word or names no yearbook."""
    f = fold(text).strip()
    lead = next((w for w in _SOURCE_LEADS if f.startswith(w)), None)
    # (the lead closed by its colon: "Nguồn: …", "Nguồn số liệu: …" — fold drops it)
    if lead is None or ":" not in text[:len(lead) + 6] or not _YEARBOOK_WORDS.search(f):
        return []
    return provinces_in(text)


def yearbook_source_provinces(sheets) -> tuple[list, str, tuple] | None:
    """The province whose statistical yearbook a source line under a table names ("Nguồn: Niên giám thống kê tỉnh
    Đồng Tháp năm 2023": metrics/header_words.toml source_line_words, yearbook_source_words), with the line and its
    cell — when it is the one province any cell of the workbook names; None otherwise.

    NOTE: refused80: Đồng Tháp's yearbook table "Biểu 12.08. Số sản phẩm OCOP được công nhận phân theo huyện …" copied
    alone, its province named only in that line (no file name, title or sheet naming one): refused "no province".
    A yearbook is its province's own; "Nguồn: Tổng cục Thống kê" names none, and a line or a row naming another
    province ("So sánh với tỉnh Tiền Giang", a comparison's rows) leaves whose the figures are unsaid."""
    found, line, where = None, "", None
    for sh in sheets:
        for r, row in enumerate(sh.rows):
            for c, v in enumerate(row):
                if not isinstance(v, str) or v.lstrip()[:5].casefold() not in ("nguồn", "nguon"):
                    continue
                named = _yearbook_of(v)
                if len({p.name_vi for p in named}) != 1:
                    continue
                if found is not None and named[0].name_vi != found[0].name_vi:
                    return None
                if found is None:
                    found, line, where = named, v, (sh.name, cell_name(r, c))
    if found is None:
        return None
    # no other cell names another province (the yearbook's districts are towns, no provinces)
    # (any name counts, "so sánh với tỉnh Tiền Giang" too, but a town's named like a province, "Thành phố Hà Tĩnh")
    own = found[0].name_vi
    for sh in sheets:
        for row in sh.rows:
            for v in row:
                if isinstance(v, str) and v is not line and any(
                        p.name_vi != own and not _town_named_like(list(n.before), n.provinces)
                        for n in registry.province_names_in(v) for p in n.provinces):
                    return None
    return found, line, where


# a sheet's name (a CSV's is its file's name) typed as people name files: words joined by "_", a period's
# word run into its number ("quy1", "q1", "6thang", "thang6")
_NAME_JOINS = re.compile(r"_+")
_NAME_EXTENSION = re.compile(r"\.(?:csv|xlsx|xlsm|xls|ods|txt)$", re.IGNORECASE)
_WORD_RUN_INTO_NUMBER = re.compile(r"(?i)\b(quý|quy|q|tháng|thang|t)(?=\d{1,2}\b)")
_NUMBER_RUN_INTO_WORD = re.compile(r"(?i)(?<=\b\d)(tháng|thang)\b")
# a month or quarter named by a word and its number ("thang 6", "t10", "q 3", "6 thang") in a name read
# as no more than a whole year: a part of the year the reading could not place
_PART_OF_YEAR_IN_NAME = re.compile(r"\b(?:quy|q|thang|t)\s*\d{1,2}\b|\b\d{1,2}\s*(?:thang|t)\b")


def sheet_provinces(name: str) -> list:
    """The provinces a sheet's name names, read as a title's words are ("Bến Tre (cũ)", "Tỉnh Trà Vinh") or, typed
    as people name files, as its words: "BenTre_cu", "Tra_Vinh_cu", "VinhLong (cu)" are "Ben Tre cu", … — the
    joins as spaces, a capital inside a word a new word, then read with the merger's note as a cell's name is.

    NOTE: blind84: the new Vĩnh Long's workbook of the former provinces' first half of 2025, one sheet each named
    "BenTre_cu", "TraVinh_cu": no sheet named a province, every sheet was read as the heading's Vĩnh Long and the
    honest file refused (two values of one fact)."""
    found = headers.provinces_named(name) or provinces_in(name)
    if found or not name:
        return found
    words = _NAME_JOINS.sub(" ", re.sub(r"(?<=[a-zà-ỹ])(?=[A-ZÀ-Ỹ])", " ", name)).strip()
    return headers.provinces_named(words) if words != name.strip() else []


def sheet_period(sheet: Sheet) -> Period | None:
    """The period a sheet's name states (a CSV's sheet is named by its file).

    NOTE: blind68: Thanh Hóa's CSV "…_quy1_2026_noi_dung.csv" (the first quarter of 2026) was read as the
    YEAR 2026 — its sentences naming no period of their own were stored as the year's (three wrong numbers);
    "Q3_2024", "6_thang_dau_nam_2025", "9thang_2025" the same. The name is read as its words: the joins as
    spaces, a period's word apart from its number; a month or quarter it names that the reading cannot place
    leaves no period ("thang6_2026" is not the year 2026)."""
    name = sheet.name or ""
    words = _NAME_EXTENSION.sub("", name)
    words = _NUMBER_RUN_INTO_WORD.sub(r" \1", _WORD_RUN_INTO_NUMBER.sub(r"\1 ", _NAME_JOINS.sub(" ", words)))
    if words == name:
        return periods.from_text(name)
    found = periods.from_text(words)
    if found is not None and found.kind == "year" and _PART_OF_YEAR_IN_NAME.search(fold(words)):
        return None
    return found


def provinces_in_file_name(file_name: str) -> list:
    """The one province a file's name names, as people name their files: "quangngai_2024_phu_luc.xlsx",
    "Bao cao Son La 2024.xlsx", "BC-KhanhHoa-2025.xls" (words joined or apart, with or without
    diacritics). Nothing when it names none or more than one (a compilation)."""
    stem = re.sub(r"\.[A-Za-z0-9]{2,4}$", "", (file_name or "").rsplit("/", 1)[-1])
    # "KhanhHoa" -> "Khanh Hoa" before folding
    stem = re.sub(r"(?<=[a-zà-ỹ])(?=[A-ZÀ-Ỹ])", " ", stem)
    words = registry.province_words(re.sub(r"[_\-.]+", " ", stem)).split()
    if not words:
        return []
    names = []
    for n in registry.province_names_in(" ".join(words), run_together=True):
        if len(n.key) >= 4 and n.key not in {k for k, _ in names}:
            names.append((n.key, n.provinces))
    # keep only the longest names ('ba ria vung tau' over a stray 'vung tau')
    names = [(k, p) for k, p in names if not any(k != o and f" {k} " in f" {o} " for o, _ in names)]
    found = []
    for _, provs in names:
        for p in provs:
            if p not in found:
                found.append(p)
    return found if len({p.name_vi for p in found}) == 1 else []
