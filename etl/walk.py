"""The walk: a Workbook -> what it reports (candidate values), the rows it ignores and why, and
the problems found while reading. Pure: no I/O, no warehouse.

Every real layout reduces to one question per value cell: which indicator (row label, or an
"indicator" column), which province (title, a province column, or a province cell), which
period and measure (title, sheet name, column header, or a period written in the row label).
So each sheet's header is classified once (etl.headers), its title read (etl.context), then
its rows are walked, each label looked up once (etl.row_labels)."""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import is_, is_not, itemgetter, or_

from etl.published_index import not_the_published_index, unpublished_index_reason
from etl.context import (plan_noted_period, _CUTOFF, _DATE_LINE, Stated, provinces_in, provinces_in_file_name, sheet_provinces, yearbook_source_provinces, provinces_named, senders_region,
                         several_named, sheet_period, sheet_region, title_context)
from etl.headers import (AGENCY, SELF_ASSESSED, is_to_date, is_item_name_header, is_order_number_header, _camel_words, without_test_mark, former_area_named, _SUM_OF_YEARS, same_part_of_year, within, more_than_a_former, _former_named_in, former_initials, _years_below, column_with_title, counts_what_the_line_counts, title_above, _holds_figure, _RATIO_WORDS, _count_unit_note, CATEGORY_HEADERS, is_average_header, _MONEY_IN_HEADER, _MONEY_SPELLED, _SCORE_RANK, DONE_OF_PLAN_CELL, FORMER_NOTE, _NEW_NOTE, NAMES_HEADER, RESULT_WORDS, rank_field, score_rank_prefix, REGION_RANK, few_periods_under_a_breakdown_caption, ends_with_a_former_note, subject_after_masthead, _fill_merges,
                         LEVEL_HEADERS, STAR_LEVEL_HEADERS, MEASURE_TERM, PLAN, TOTAL_WORDS, Column, caption_start, columns_of, find_header, header_block,
                         indicator_columns_in,
                         PIVOT_LABEL_HEADERS, header_role, role_of, is_blank, next_table_header, subheader_of_periods,
                         is_aggregate_place, WHOLE_WORDS, within, within_year, one_part_of_year, done_of_plan_header, BARE_CUMULATIVE, REPORT_PERIOD_HEADERS, numbered_caption)
from etl.implied_merges import with_implied_merges
from etl.numbers import AmbiguousNumber, NotANumber, NotOneNumber, Number, parse_cell, written_the_english_way
from etl.reading import Candidate, Hints, Ignored, Problem, Reading, Suggestion
from etl.sentences import _LIST_SELECTION, column_texts, figure_of_a_former, list_item_cells, note_rows, read_sentences, states_a_figure
from etl import complement_parts, labels, rates
from etl.row_labels import _IN_WHICH, _SUB_MARK, _sub_item, CITY_LEVEL as _CITY_LEVEL, clean_label, indicator_for_label, label_variants, learned_indicator, meaning, note_dates, note_period, note_to_date, note_up_to, note_years, other_type_beside, tasks_alone, tasks_at_a_level_alone, trailing_year, trailing_year_up_to, whole_year_closing
from etl.sheets import excel_epoch
from etl.limits import cell_position
from etl.workbook import Sheet, Workbook, cell_column, cell_columns, cell_name, cell_text
from metrics import periods, registry
from metrics.names import bare, fold, match_key, nfc, vietnamese_half
from metrics.periods import Period


def _last_figure_row(s: Sheet, h: int) -> int:
    """The last row at or below the header row h holding a figure (h if none). Searched from the
    sheet's end: a 100,000-row tidy sheet's last row has one, and reading every row's text cells as
    numbers from the top took 6 of the ingest's 7 seconds (bench/ingest_bench.py)."""
    return next((r for r in range(len(s.rows) - 1, h - 1, -1) if any(_is_number_like(v) for v in s.rows[r])), h)


_GRADE_UNITS = registry.header_words("grade_units")


def _is_number_like(v) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    if isinstance(v, str):
        try:
            n = parse_cell(v)
            # "3 sao": a grade's name, no figure (metrics/header_words.toml grade_units)
            return n is not None and fold(n.unit) not in _GRADE_UNITS
        except AmbiguousNumber:
            return True     # "1,250": a figure either way
        except NotANumber:
            pass
        try:
            # "28,640,000": a figure written the English way (which way the report writes is
            # decided once for it: read_workbook)
            return parse_cell(v, english=True) is not None
        except NotANumber:
            return False
    return False


# the sheet being read's column_texts, by the identity of its rows (read_workbook; no reading changes a cell): a
# table of the sheet that is the sheet itself (its rows the same list) finds them here instead of telling them again
_COLUMN_TEXTS: dict[int, tuple[list, list[set] | None]] = {}


def _texts_after_first_cell(rows: list, columns: list[set] | None = None) -> set:
    """The distinct texts of `rows` right of each row's first filled cell, told column by column
    (`columns`: each column's distinct texts, etl.sentences.column_texts, when told already).
    NOTE: a tidy sheet of 100,000 rows had each row searched for its first cell and sliced in Python;
    a column's cells count from the first column left of it holding anything in their row on."""
    texts: set = set()
    filled = None   # per row: whether a column left of the current one holds anything (None: every row)
    for i, column in enumerate(cell_columns(rows)):
        if i == 0:
            column = list(column)
            if any(map(is_, column, repeat(None))):
                filled = list(map(is_not, column, repeat(None)))
            continue
        before = filled
        if before is None and columns is not None:
            texts.update(columns[i])   # every row filled left of here: the column's every text counts
            continue
        if before is not None:
            column = list(column)
            filled = list(map(or_, before, map(is_not, column, repeat(None))))
            if all(filled):
                filled = None
        try:
            values = set(compress(column, before) if before is not None else column)
        except TypeError:   # a value that cannot be hashed: each cell on its own
            values = list(compress(column, before)) if before is not None else list(cell_column(rows, i))
        texts.update(v for v in values if isinstance(v, str))
    return texts


def read_workbook(book: Workbook, hints: Hints) -> Reading:
    out = Reading(file_name=book.file_name)
    visible = [_without_repeated_headers(with_implied_merges(_with_rates_named_by_neighbours(
                   _with_section_keys(_with_indents(_without_hidden_lines(s, out))))), out)
               for s in _with_fields_described([s for s in book.sheets if not s.hidden])]
    for s in book.sheets:
        if s.hidden:
            out.ignored.append(Ignored(s.name, None, s.name, "Trang tính ẩn, không thuộc báo cáo",
                                       "Hidden sheet, not part of the report"))
    # NOTE: one report writes its figures one way: "1,245" beside "96.4" anywhere in it is English.
    # A row's first cell is no figure ("1.1", "2.3" number its items)
    columns = [column_texts(sh.rows) for sh in visible]
    out.english_figures = written_the_english_way(v for sh, cols in zip(visible, columns)
                                                  for v in _texts_after_first_cell(sh.rows, cols))
    # the workbook's own statement of province and period: the first title that says it
    stated = Stated(sheet_names=tuple(sh.name for sh in visible))
    for sh in visible:
        h = find_header(sh)
        found = title_context(sh, h if h is not None else min(len(sh.rows), 12))
        if found.provinces and not stated.provinces:
            stated.provinces, stated.province_text, stated.province_cell = found.provinces, found.province_text, found.province_cell
        if found.period and not stated.period:
            stated.period, stated.period_text, stated.period_cell = found.period, found.period_text, found.period_cell
    if not stated.provinces and not hints.province:
        # NOTE: an annex ("Phụ lục 02") often names no province: it travels in its file's name
        # ("quangngai_2024_phu_luc.xlsx"), as a person reading it knows. Only when no title says
        # one and the uploader chose none; rows that name their province still name it.
        stated.provinces = provinces_in_file_name(book.file_name)
        stated.province_text = book.file_name if stated.provinces else ""
    source = None
    placed_by = f"Tỉnh theo tên tệp “{book.file_name}” (báo cáo không ghi tỉnh)."
    if not stated.provinces and not hints.province and (source := yearbook_source_provinces(visible)):
        stated.provinces, stated.province_text, stated.province_cell = source
        placed_by = (f"Tỉnh theo dòng nguồn “{source[1].strip()}” (ô {source[2][0]}!{source[2][1]}; báo cáo không ghi "
                     f"tỉnh ở tiêu đề).")
    stated.note_rows = note_rows(visible, columns)
    for i, sh in enumerate(visible):
        first = len(out.candidates)
        _COLUMN_TEXTS[id(sh.rows)] = (sh.rows, columns[i])
        try:
            for view in _side_by_side(sh) or [sh]:
                for table in _tables(view):
                    _read_sheet(_under_plan_title(table, sh), hints, stated, out)
        finally:
            _COLUMN_TEXTS.pop(id(sh.rows), None)
        if len(out.candidates) == first:
            # NOTE: recall48: a list whose table gives nothing (a product list: names, owners, grades) with its
            # system's summary block under it, the block's own header over it (blind88's Hà Nội portal export)
            _read_list_summary(sh, hints, stated, out)
        # NOTE: a result typed as a sentence ("Đã nghiệm thu 18 nhiệm vụ (02 cấp quốc gia, …)"), a
        # paragraph pasted from the Word report: read after the tables, from the cells they left
        read_sentences(sh, stated, hints, out, book.file_name, columns[i])
        _set_aside_merged_before(sh, first, stated, out)
        complement_parts.check(sh, first, out)
    if stated.provinces and (stated.province_cell is None or source is not None):
        # the province came from the file's name (or a yearbook's source line): each fact it placed says so (the
        # preview's note column and the stored fact), for the uploader to check before saving
        note = placed_by
        for c in out.candidates:
            if c.province_text == stated.province_text:
                where = (c.sheet, c.cell)
                out.notes[where] = f"{out.notes[where]} {note}" if out.notes.get(where) else note
    _whole_province_beside_own(out)
    _check_hint_conflicts(hints, stated, out)
    # a rate typed 0.85 in a % row: 85 % when the sheet writes its rates as fractions, else asked
    # (or as the uploader answered)
    rates.settle(out, hints.answers)
    return out


# a data dictionary's header words (metrics/header_words.toml field_name_headers, field_meaning_headers), folded, and
# a software field's name: letters and digits, maybe joined by "_", no space, no diacritic ("SoNV_DangTH", "SoSK")
_FIELD_NAME_HEADERS = registry.header_words("field_name_headers")
_FIELD_MEANING_HEADERS = registry.header_words("field_meaning_headers")
_SOFTWARE_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*")


def _field_dictionary(s: Sheet) -> dict[str, str]:
    """The fields a data-dictionary sheet describes, {field name: its meaning (its unit)}: under a header naming the
    field and its meaning ("Tên trường | Ý nghĩa | Đơn vị tính"), each row whose field is a software field's name;
    {} for any other sheet (fewer than two such rows)."""
    for r in range(min(len(s.rows), 30)):
        row = s.rows[r]
        heads = [(c, fold(v).strip(" :")) for c, v in enumerate(row) if isinstance(v, str)]
        name_col = next((c for c, t in heads if t in _FIELD_NAME_HEADERS), None)
        meaning_col = next((c for c, t in heads if t in _FIELD_MEANING_HEADERS), None)
        if name_col is None or meaning_col is None:
            continue
        unit_col = next((c for c, v in enumerate(row) if isinstance(v, str) and c not in (name_col, meaning_col)
                         and role_of(v) == "unit"), None)
        described = {}
        for below in s.rows[r + 1:]:
            name = below[name_col] if name_col < len(below) else None
            meaning = below[meaning_col] if meaning_col < len(below) else None
            if not (isinstance(name, str) and _SOFTWARE_FIELD.fullmatch(name.strip())
                    and isinstance(meaning, str) and meaning.strip()):
                continue
            unit = below[unit_col] if unit_col is not None and unit_col < len(below) else None
            described[name.strip()] = meaning.strip() + (f" ({unit.strip()})" if isinstance(unit, str) and unit.strip()
                                                         else "")
        return described if len(described) >= 2 else {}
    return {}


def _with_fields_described(sheets: list[Sheet]) -> list[Sheet]:
    """The sheets with a software export's field names read as the workbook's data dictionary describes them: a header
    cell that is a described field's name and says nothing by itself ("SoNV_DangTH") written as its meaning ("Số
    nhiệm vụ KH&CN đang triển khai thực hiện trong năm (nhiệm vụ)"), on a row of two or more such names.

    NOTE: blind88: the former Phú Thọ's S&T database export ("Nam | TenDonVi | SoNV_DangTH | SoNV_NghiemThu |
    SoSP_OCOP | SoSK_CongNhan", one row per year) beside its dictionary tab "GhiChu" ("Tên trường | Ý nghĩa | Đơn
    vị tính"): the fields were read as saying nothing and the honest file refused, 12 figures lost. A field its own
    name reads ("Nam", a period; "TenDonVi", a province) keeps its reading; a name no dictionary describes stays
    unread."""
    dictionaries = {id(s): d for s in sheets if (d := _field_dictionary(s))}
    if not dictionaries:
        return sheets
    described = {k: v for d in dictionaries.values() for k, v in d.items()}
    out = []
    for s in sheets:
        rows = s.rows
        if id(s) not in dictionaries:
            for r in range(min(len(rows), 40)):
                # NOTE: review44 reads words run together ("SoNV_DangTH": "TH", a value column) — the dictionary
                # still says what such a field is; only a period's or a province's own reading is kept.
                at = [c for c, v in enumerate(rows[r]) if isinstance(v, str) and v.strip() in described
                      and role_of(v) not in ("period", "province")]
                if len(at) >= 2:
                    rows = list(rows) if rows is s.rows else rows
                    rows[r] = [described[v.strip()] if c in at else v for c, v in enumerate(rows[r])]
        out.append(s if rows is s.rows else replace(s, rows=rows))
    return out


_WHOLE_PROVINCE_WORDS = tuple(registry.header_words("whole_province_label_words"))


def _declared_as_typed(section: str) -> re.Pattern:
    """Any whole word of metrics/header_words.toml `section`, lower-case NFC as declared (not folded: "cổng" is no
    "công")."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w.lower()) for w in sorted(
        registry.declared_header_words(section), key=len, reverse=True)) + r")(?!\w)")


_WHOLE_PROVINCE_TYPED = _declared_as_typed("whole_province_label_words")
_WHOLE_PROVINCE_OWNERS = _declared_as_typed("whole_province_owner_words")


def _names_the_whole_province(label: str) -> bool:
    """Whether a label names the whole province as its figure's scope — not as the owner of a thing named before it
    ("… trên Cổng dịch vụ công của tỉnh", "… so với tổng số TTHC của tỉnh": metrics/header_words.toml
    whole_province_owner_words)."""
    f = f" {fold(label)} "
    if not any(f" {w} " in f for w in _WHOLE_PROVINCE_WORDS):
        return False
    typed = nfc(label).lower()
    m = _WHOLE_PROVINCE_TYPED.search(typed)
    return m is None or not _WHOLE_PROVINCE_OWNERS.search(typed[:m.start()])


def _whole_province_beside_own(out: Reading) -> None:
    """Set aside a department's own indicator's figure whose label names the whole province ("Tỷ lệ hồ sơ
    trực tuyến toàn thành phố | 61,2%") when the report also gives the department's own figure for that
    indicator, province and period ("Tỷ lệ hồ sơ tiếp nhận trực tuyến của Sở | 93,0%"). Alone, the whole
    province's rate stays taken (the lead's decision, fix53: many departments report only it) — unless the
    indicator declares the whole province's figure another quantity (indicators.toml whole_province_other: the
    province's procedures are every office's), which is set aside alone too (wrong49).

    NOTE: fix53: the new Cần Thơ's city rate (every office's dossiers, from the one-stop centre) was stored
    as the department's share of dossiers online, its own 93,0 % set aside; both read, the file would have
    been refused as two values for one fact."""
    def key(c: Candidate) -> tuple:
        return c.indicator, c.province_text, c.period, c.measure

    # (each indicator and label told once: a tidy sheet's 100,000 candidates repeat a few hundred)
    own_ind: dict = {}
    whole: dict = {}

    def department_own(code: str) -> bool:
        if (v := own_ind.get(code)) is None:
            v = own_ind[code] = registry.indicator(code).department_own
        return v

    def names_whole(label: str) -> bool:
        if (v := whole.get(label)) is None:
            v = whole[label] = _names_the_whole_province(label)
        return v

    if not any(map(names_whole, {c.label for c in out.candidates})):
        return   # no label names the whole province: nothing to set aside (the usual report, a tidy sheet)
    own = {key(c) for c in out.candidates if department_own(c.indicator) and not names_whole(c.label)}
    kept = []
    for c in out.candidates:
        if department_own(c.indicator) and names_whole(c.label) and registry.indicator(c.indicator).whole_province_other \
                and key(c) not in own:
            # NOTE: wrong49: "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình của tỉnh | 58,3" alone: the province's
            # procedures (every office's) are another population than the department's — never stored as its own
            out.ignored.append(Ignored(
                c.sheet, int(m[0]) if c.cell and (m := re.search(r"\d+$", c.cell)) else None,
                f"{c.label} ({c.cell})"[:120] if c.cell else c.label[:120],
                "Số liệu toàn tỉnh (thủ tục của mọi cơ quan), không phải của Sở; chỉ tiêu này chỉ tính thủ tục "
                "thuộc thẩm quyền của Sở: không lưu",
                "The whole province's figure (every office's procedures), not the department's; this indicator "
                "counts only the department's own procedures: not stored", cell=c.cell))
        elif key(c) in own and department_own(c.indicator) and names_whole(c.label):
            out.ignored.append(Ignored(
                c.sheet, int(m[0]) if c.cell and (m := re.search(r"\d+$", c.cell)) else None,
                f"{c.label} ({c.cell})"[:120] if c.cell else c.label[:120],
                "Số liệu toàn tỉnh, không phải của Sở (báo cáo có số liệu riêng của Sở cho chỉ tiêu và kỳ này); không lưu",
                "The whole province's figure, not the department's (the report gives the department's own for "
                "this indicator and period); not stored", cell=c.cell))
        else:
            kept.append(c)
    out.candidates[:] = kept


_RATE_HEADER = re.compile(r"^\s*(tỷ lệ|tỉ lệ)\s+(.+?)\s*(\(\s*%\s*\)|%)?\s*$", re.I)
# a rate's header naming nothing ("Tỷ lệ (%)", "Tỷ lệ %"), folded, and the count's lead words before what it counts
_BARE_RATE_HEADERS = frozenset(("ty le", "ti le", "ty le phan tram", "ti le phan tram", "phan tram"))
_COUNT_LEAD = re.compile(r"^(?:số lượng|số)\s+", re.I)
_OF_WHICH = re.compile(r"^\s*trong đó\s*:?\s+(.+?)\s*$", re.I)


def _with_rates_named_by_neighbours(s: Sheet) -> Sheet:
    """The sheet with a rate's header that names too little by itself written as the columns beside it say:
    "Hồ sơ tiếp nhận | Trong đó trực tuyến | Tỷ lệ trực tuyến (%)" — the rate is of the part ("Trong đó trực
    tuyến") over the whole left of it ("Hồ sơ tiếp nhận"): "Tỷ lệ Hồ sơ tiếp nhận trực tuyến (%)". Only when
    the part's words are the rate's own, on a row of words (a header), the whole a word header too.

    NOTE: fix53: Hà Tĩnh's one-stop desk's months: "Tỷ lệ trực tuyến (%)" names no dossiers — the columns
    beside it do, as a person reads them — and the honest file was refused as naming no indicator."""
    rows, changed = s.rows, None
    for r in range(min(len(rows), 60)):
        row = rows[r]
        if sum(isinstance(v, str) for v in row) < 3 or _holds_figure(row):
            continue
        for c in range(1, len(row)):
            v, part = row[c], row[c - 1]
            if isinstance(v, str) and isinstance(part, str) and fold(v) in _BARE_RATE_HEADERS \
                    and (count := _COUNT_LEAD.sub("", nfc(part).strip())) != nfc(part).strip():
                # NOTE: blind60: "Số TTHC cung cấp DVC trực tuyến toàn trình | Tỷ lệ (%)" in Thanh Hóa's Văn phòng
                # UBND table: the bare rate is the count's left of it — "Tỷ lệ TTHC cung cấp DVC trực tuyến
                # toàn trình (%)" — taken only when that names a rate of the registry
                named = f"Tỷ lệ {count} (%)"
                code = indicator_for_label(named, None)[0]
                if code is not None and registry.indicator(code).kind == "rate":
                    changed = changed if changed is not None else list(rows)
                    changed[r] = list(changed[r])
                    changed[r][c] = named
                continue
            if c < 2:
                continue
            whole = row[c - 2]
            if not (isinstance(v, str) and isinstance(part, str) and isinstance(whole, str)):
                continue
            rate, of = _RATE_HEADER.match(nfc(v)), _OF_WHICH.match(nfc(part))
            if rate is None or indicator_for_label(v, None)[0]:
                continue
            if (of is None or fold(rate[2]) != fold(of[1])) and not _part_ends_the_whole(whole, part, rate[2]):
                continue
            named = f"{rate[1]} {whole.strip()} {rate[2]}{' ' + rate[3] if rate[3] else ''}"
            if indicator_for_label(named, None)[0] is None:
                continue
            if changed is None:
                changed = list(rows)
            changed[r] = list(changed[r])
            changed[r][c] = named
    return s if changed is None else replace(s, rows=changed)


def _part_ends_the_whole(whole: str, part: str, tail: str) -> bool:
    """Whether a part's header is the whole's last words and then the rate's own: "Tổng số hồ sơ tiếp nhận | Tiếp
    nhận trực tuyến | Tỷ lệ trực tuyến (%)" — the dossiers received online, of those received.

    NOTE: blind88: the former Sơn La's DVC portal CSV of 2024 wrote the part so (no "Trong đó"): its "Tỷ lệ trực
    tuyến (%)" named nothing and the honest file was refused as naming no indicator."""
    w, p, t = fold(whole).split(), fold(part).split(), fold(tail).split()
    lead = p[:len(p) - len(t)]
    return bool(lead) and p[len(lead):] == t and len(w) > len(lead) and w[len(w) - len(lead):] == lead


_MARKS = ("-", "+", "–", "—", "*", "•")
_ITEM_NUMBER = re.compile(r"^([IVXLC]+|[a-zđ])[.)]?$", re.I)
_OWN_PLACE = re.compile(r"^(\d+( \d+)* |[a-z] )")


def _with_indents(s: Sheet) -> Sheet:
    """The sheet as a person reads its indentation: below the header, a text indented further than
    the least indented label of a row with figures in its column is a part of the row above, written
    as another report writes it — "- " one step in, "+ " two or more.

    NOTE: "Dự án thuộc Chương trình nông thôn miền núi" indented under "Nhiệm vụ KH&CN chuyển tiếp"
    (the carried-over ones among them) was read as every such project: 4 stored as the whole
    programme's count."""
    from dataclasses import replace

    if not s.indents:
        return s
    h = find_header(s)
    below = header_block(s, h)[1] if h is not None else -1
    # NOTE: the least indent among the labels of rows with figures: a table indenting every item
    # under its flush section headings ("I. NHIỆM VỤ KH&CN") indents for looks, and its items are
    # no parts (read as parts, every label of a whole corpus so indented lost 277 facts, 10 stored
    # wrong). A row's label is its first words before its figures (an item number or a unit is not)
    labels: dict[int, int] = {}
    # a report form's rows (a longer sheet is a long table, whose rows name their own parts)
    for r in range(below + 1, min(len(s.rows), 2000)):
        row = s.rows[r]
        c = next((c for c, v in enumerate(row) if isinstance(v, str) and v.strip() and not _is_number_like(v)
                  and not _ITEM_NUMBER.match(v.strip())), None)
        if c is not None and any(_is_number_like(x) for x in row[c + 1:]):
            labels[r] = c
    base: dict[int, int] = {}
    for r, c in labels.items():
        base[c] = min(base.get(c, 99), s.indents.get((r, c), 0))
    rows = list(s.rows)
    for r, c in labels.items():
        v, step = s.rows[r][c], s.indents.get((r, c), 0) - base[c]
        # a row numbered in its own cell ("2 | Số ĐT/DA mở mới") or in its label ("1.1. Cấp quốc
        # gia") says its place itself: a table indenting all but one of its labels read every
        # numbered row as a part of that one (the file refused). ("Trong đó: …" indented two steps
        # is a part of the part above: its depth counts.)
        if any(x is not None for x in s.rows[r][:c]) or _OWN_PLACE.match(fold(v)):
            continue
        if step > 0 and not v.lstrip().startswith(_MARKS):
            rows[r] = list(rows[r])
            rows[r][c] = ("- " if step == 1 else "+ ") + v.lstrip()
    return replace(s, rows=rows)


# the headers a sectioned label column is read under once split (_with_section_keys): each its role's
_SECTION_PLACE_HEADER, _SECTION_PERIOD_HEADER = "Địa bàn", "Kỳ báo cáo"
assert role_of(_SECTION_PLACE_HEADER) == "province" and role_of(_SECTION_PERIOD_HEADER) == "period"


def _section_key(text: str) -> str | None:
    """What a row of a label column names alone: "period" ("6 tháng cuối năm 2025"), "place" ("Lâm Đồng
    (cũ)", "Tỉnh Lâm Đồng (sau hợp nhất)"), or None (both, neither: an item, a total, a note)."""
    # (the text whole: "6 tháng …" is a period, not an item "6" — _province_heading drops a heading's number)
    text = nfc(text).strip()
    place, period = bool(_province_heading(text)), _period_cached(text) is not None
    return "place" if place and not period else "period" if period and not place else None


def _with_section_keys(s: Sheet) -> Sheet:
    """The sheet as a person reads places and periods down one label column under section headings:
    "I | 6 tháng đầu năm 2025 (trước hợp nhất)" over the former provinces' rows, "II | Tỉnh Lâm Đồng (sau
    hợp nhất)" over its periods' rows ("6 tháng cuối năm 2025", "Cả năm 2025"), the indicators across —
    each heading (a row with no figure naming a period alone, or a place alone) gives the rows under it
    its period or place, until the next heading. Split into a places' column (the label's) and a
    periods' column (the numbers' "TT", which numbers nothing else), the rows are read as any "Địa bàn |
    Kỳ báo cáo" table's (a former province's share after the merger, a total set aside as there).

    NOTE: recall39: the new Lâm Đồng's summary of 2025 (batch 66, "TT | Địa bàn / kỳ báo cáo | Nhiệm vụ
    KH&CN nghiệm thu | …"): no table found, 25 honest figures lost with the file. Only a table where every
    row with figures lies under a heading and most name the other key: a place under a place heading, a
    row before any heading, an item's label keeps the sheet as it was (read as before, or refused)."""
    h, seen = None, 0
    for r, row in enumerate(s.rows):
        if is_blank(row):
            continue
        seen += 1
        if seen > 40:
            return s
        texts = [(c, v) for c, v in enumerate(row) if isinstance(v, str) and v.strip()]
        roles = {c: role_of(v) for c, v in texts}
        lab = next((c for c, _ in texts if roles[c] in ("other", "label")), None)
        if lab and roles.get(lab - 1) == "stt" and len(indicator_columns_in([v for c, v in texts if c > lab])) >= 2:
            if any(role in ("province", "period", "indicator") for role in roles.values()):
                return s   # a table of its own keys, read as it is
            h = r
            break
    if h is None:
        return s
    keys: dict[int, tuple[str, str]] = {}   # row -> (place, period) text
    headings: list[int] = []
    heading = kind = None
    fitting = {}
    for r in range(h + 1, len(s.rows)):
        row = s.rows[r]
        if is_blank(row):
            if headings:
                break
            continue
        label = row[lab] if lab < len(row) and isinstance(row[lab], str) else None
        figures = any(_is_number_like(v) for v in row[lab + 1:])
        if label is None:
            if figures:
                return s
            continue        # a row of the columns' units or numbers
        if not figures:
            own = _section_key(label)
            if own is None:
                break       # a note under the table ends it
            heading, kind = nfc(label).strip(), own
            headings.append(r)
            fitting[r] = 0
            continue
        if heading is None:
            return s
        if _section_key(label) == kind:
            return s        # a place under a place's heading: no layout of sections
        fitting[headings[-1]] += _section_key(label) is not None
        keys[r] = (label, heading) if kind == "period" else (heading, label)
    if len(headings) < 2 or not all(fitting.values()):
        return s
    rows = list(s.rows)
    rows[h] = list(rows[h])
    rows[h][lab - 1], rows[h][lab] = _SECTION_PERIOD_HEADER, _SECTION_PLACE_HEADER
    for r in headings:
        rows[r] = list(rows[r])
        rows[r][lab - 1] = None
    for r, (place, period) in keys.items():
        rows[r] = list(rows[r])
        rows[r][lab - 1], rows[r][lab] = period, place
    return replace(s, rows=rows)


def _without_repeated_headers(s: Sheet, out: Reading) -> Sheet:
    """The sheet without the copies of its table's header repeated among its rows: the same header
    rows (same words in the same columns) right after a row of figures, as a report pasted from its
    printed pages repeats them at each page break. Each copy is blanked and listed as ignored.

    NOTE: read as a row of the table, the copy ("Mã tỉnh | Tỉnh | Tổng số NV KH&CN | …" between
    Sơn La and Khánh Hòa) made the province column a column of labels and every figure was lost.
    A header repeated after a blank row or under its own caption ("NĂM 2022") is a second table and
    is read as one (`_tables`): its caption may name another period."""
    from dataclasses import replace

    h = find_header(s)
    if h is None:
        return s
    start, end = header_block(s, h)

    def key(r: int) -> tuple:
        return tuple((c, fold(cell_text(v))) for c, v in enumerate(s.rows[r]) if v is not None)
    block = [key(r) for r in range(start, end + 1)]
    if len(block[0]) < 2 or len(block[-1]) < 2:
        return s
    n, gone, r = len(block), set(), end + 1
    after = r   # a copy found: the rows it covers are no start of another
    # the header's first cell, compared before the whole row (a 100,000-row sheet folded every cell)
    first_col, first_text = block[0][0]

    # … each distinct value of that column once (a tidy sheet repeats a few hundred)
    column = list(map(itemgetter(first_col), s.rows)) if min(map(len, s.rows), default=0) > first_col \
        else [row[first_col] if len(row) > first_col else None for row in s.rows]
    try:
        same = {v for v in set(column) if v is not None and fold(cell_text(v)) == first_text}
        starts = [r for r in range(r, len(column)) if column[r] in same] if same else []
    except TypeError:   # a value that cannot be hashed: each cell on its own
        starts = [r for r in range(r, len(column)) if column[r] is not None and fold(cell_text(column[r])) == first_text]
    for r in starts:
        if r + n > len(s.rows):
            break
        if r < after:
            continue
        if key(r) == block[0] and any(_is_number_like(v) for v in s.rows[r - 1]) \
                and all(key(r + i) == block[i] for i in range(1, n)):
            gone.update(range(r, r + n))
            out.ignored.append(Ignored(s.name, r + 1, " | ".join(cell_text(v) for v in s.rows[r] if v is not None)[:80],
                                       "Tiêu đề bảng lặp lại (sang trang in), không phải số liệu",
                                       "The table's header repeated (a printed page break), no figures"))
            after = r + n
    if not gone:
        return s
    return replace(s, rows=[[] if r in gone else row for r, row in enumerate(s.rows)],
                   merges=[m for m in s.merges if m[0] not in gone])


def _without_hidden_lines(s: Sheet, out: Reading) -> Sheet:
    """The sheet as a person sees it: hidden rows and columns blanked, each one that held anything
    listed as ignored. A merged title or header whose first cell is hidden but that reaches visible
    cells stays (a hidden code column A under a title merged over A:H).

    NOTE: offices keep drafts beside the figures — "2024 (số liệu sơ bộ 15/12)" in a hidden column,
    last month's version of a row hidden under it: read, they gave each fact two values (refused)
    or a draft. Formulas were computed before (etl.recalc), so a visible total over hidden rows
    keeps its value."""
    from dataclasses import replace

    if not (s.hidden_rows or s.hidden_cols):
        return s
    keep = set()
    for r0, c0, r1, c1 in s.merges:
        if (r0 in s.hidden_rows or c0 in s.hidden_cols) and \
                any(r not in s.hidden_rows for r in range(r0, r1 + 1)) and \
                any(c not in s.hidden_cols for c in range(c0, c1 + 1)):
            keep.add((r0, c0))
    rows = []
    for r, row in enumerate(s.rows):
        if r in s.hidden_rows:
            texts = [cell_text(v) for v in row if v is not None]
            if texts:
                out.ignored.append(Ignored(s.name, r + 1, " | ".join(texts)[:80],
                                           "Dòng ẩn trong bảng tính (người đọc không thấy), không lấy",
                                           "Hidden row (a reader does not see it); not taken"))
            rows.append([v if (r, c) in keep else None for c, v in enumerate(row)])
        elif s.hidden_cols and any(c in s.hidden_cols for c in range(len(row))):
            rows.append([None if c in s.hidden_cols and (r, c) not in keep else v for c, v in enumerate(row)])
        else:
            rows.append(row)
    for c in sorted(s.hidden_cols):
        texts = [cell_text(row[c]) for r, row in enumerate(s.rows)
                 if c < len(row) and row[c] is not None and r not in s.hidden_rows and (r, c) not in keep]
        if texts:
            letter = cell_name(0, c)[:-1]
            out.ignored.append(Ignored(s.name, None, f"Cột {letter}: {texts[0]}"[:80],
                                       f"Cột {letter} ẩn trong bảng tính (người đọc không thấy), không lấy",
                                       f"Column {letter} is hidden (a reader does not see it); not taken"))
    return replace(s, rows=rows)


def _side_by_side(s: Sheet) -> list[Sheet] | None:
    """Two (or more) tables side by side under one header row — "TT | Chỉ tiêu | ĐVT | Số lượng"
    in A–D and again in F–I, a caption over each ("NĂM 2023" | "NĂM 2022") — as one view per table
    (same name and cell names, the other tables blanked from their captions down). A caption that
    names a period is that table's period: it heads each of the table's value columns whose own
    header names none. None when the header does not repeat.

    NOTE: Thanh Hóa's 2023 beside its 2022: read as one table with a label column, the 2022 column
    was taken as 2023 beside the 2023 column (two values for each fact: the file refused)."""
    h = find_header(s)
    if h is None:
        return None
    row = s.rows[h]
    roles = [role_of(v) if isinstance(v, str) else None for v in row]
    label_cols = [c for c, role in enumerate(roles) if role == "label"]
    if len(label_cols) == 1:
        # NOTE: "TT | Nội dung | ĐVT | Năm 2024 | (empty) | TT | Hạng SP | …": a second table after an
        # empty column, its own numbers' column first, its labels' header one the reader does not
        # know ("Hạng SP" abbreviated): the column after the numbers' is its label column
        last = _last_figure_row(s, h)
        for c in range(label_cols[0] + 2, len(row) - 2):
            if roles[c] == "stt" and isinstance(row[c + 1], str) and roles[c + 1] != "value" \
                    and all(s.value(r, c - 1) is None for r in range(h, last + 1)):
                label_cols.append(c + 1)
                roles[c + 1] = "label"
    if len(label_cols) < 2:
        return None
    starts = [c - 1 if c > 0 and roles[c - 1] == "stt" else c for c in label_cols]
    bounds = [(a, (starts[i + 1] - 1) if i + 1 < len(starts) else max(len(r) for r in s.rows) - 1)
              for i, a in enumerate(starts)]

    def shape(a, b):
        # the block's headers, item numbers aside (one table may number its rows, the other not)
        return tuple(fold(cell_text(v)) for c, v in enumerate(row[a:b + 1], start=a)
                     if v is not None and roles[c] != "stt")
    first = shape(*bounds[0])
    # NOTE: two different tables side by side, an empty column between them (Khánh Hòa's tasks in
    # A–D, its OCOP products by star in F–I, each under its own header row): each its own table
    # (read as one, the stars' figures were taken as the tasks' second values, the file refused)
    # (the column is empty down to the tables' last figure: a signature may sit in it below)
    last = _last_figure_row(s, h)
    apart = all(starts[i + 1] - 1 > bounds[i][0]
                and all(s.value(r, starts[i + 1] - 1) is None for r in range(h, last + 1))
                for i in range(len(starts) - 1))
    if len(first) < 2 or (any(shape(a, b) != first for a, b in bounds[1:]) and not apart) \
            or not any(roles[c] == "value" for c in range(bounds[0][0], bounds[0][1] + 1)):
        return None
    # the captions: up to two rows right above the header (after a blank row)
    top = h
    while top > 0 and h - top < 2 and not is_blank(s.rows[top - 1]):
        top -= 1
    # NOTE: recall32: "NGHỆ AN" | "HÀ TĨNH", one caption over each table, then a blank row, then the
    # header: the captions were not seen, both tables read as the title's province — two values for
    # each fact, the file refused whole. One cell over each table naming a province or a period, no
    # other cell, is the captions (not "Biểu 01" | "Đơn vị: triệu đồng", which speak of the sheet).
    if top == h and h >= 2 and is_blank(s.rows[h - 1]):
        above = s.rows[h - 2]
        filled = [c for c, v in enumerate(above) if v is not None]
        over = {i for c in filled for i, (a, b) in enumerate(bounds) if a <= c <= b}
        if len(filled) == len(bounds) == len(over) \
                and all(isinstance(above[c], str) and (provinces_named(above[c]) or periods.from_text(above[c]))
                        for c in filled):
            top = h - 2
    # NOTE: a header merged down to the header row ("Ghi chú" over the right table's notes
    # column) is its column's header, not part of the caption: "NĂM 2022 Ghi chú" named no period
    # and the right table's figures were lost
    own = {(r0, c0) for r0, c0, r1, c1 in s.merges if r0 < h <= r1}
    views = []
    for a, b in bounds:
        caption = " ".join(cell_text(v) for r in range(top, h) for c, v in enumerate(s.rows[r][a:b + 1], start=a)
                           if v is not None and (r, c) not in own)
        said = periods.from_text(caption) if caption else None
        rows = []
        for r, cells in enumerate(s.rows):
            if r < top:
                rows.append(cells)
                continue
            kept = [v if a <= c <= b else None for c, v in enumerate(cells)]
            if r == h and said is not None:
                for c in range(a, min(b + 1, len(kept))):
                    head = header_role(kept[c]) if isinstance(kept[c], str) else None
                    if head is not None and head.role == "value" and head.period is None \
                            and head.within_year is None and head.relative_year is None:
                        kept[c] = f"{caption} · {kept[c]}"
            rows.append(kept)
        from dataclasses import replace
        views.append(replace(s, rows=rows))
    return views


def _tables(s: Sheet) -> list[Sheet]:
    """A sheet as the tables on it, each a view of the whole sheet (same name, same row numbers,
    so cells are named as the uploader sees them): "Bảng 1. Nhiệm vụ KH&CN" with its header, then
    after a blank row "Bảng 2. Tiềm lực KH&CN" with another header. The first view ends where the
    second table's caption begins; the second keeps the document's title (province, period) and
    blanks the first table and its caption."""
    from dataclasses import replace

    h = find_header(s)
    if h is None:
        return [s]
    start, end = header_block(s, h)
    second = next_table_header(s, end, h)
    if second is None and (restated := _caption_over_the_same_columns(s, h, start, end)) is not None:
        # NOTE: recall48: "1. Sản phẩm OCOP được công nhận (sản phẩm)" over "Năm | Ninh Thuận | Sơn La | …" and its
        # years, then "2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)" right under its last row and the budget's years
        # under it with no header of their own (the first table's columns repeated): the budget's years were read
        # under the first caption, a second value of each year's OCOP products, and the honest file refused. The
        # second table is read under its own caption with the first table's header, put in its caption's row (the
        # caption one row up, on the first table's last row, which its view blanks): every figure keeps its cell
        top1, top2 = caption_start(s, start), restated - 1
        rest = replace(s, rows=[[] if top1 <= i < top2 else list(s.rows[restated]) if i == top2
                                else list(s.rows[h]) if i == restated else row for i, row in enumerate(s.rows)])
        first = _under_plan_caption(_with_caption_period(_under_estimate_title(_under_estimate_caption(
            replace(s, rows=s.rows[:restated]), top1, start), start), top1, start), top1, start)
        return [first, *(replace(_under_plan_caption(_with_caption_period(v, top2, restated), top2, restated)
                                 if i == 0 else v, later_table=True) for i, v in enumerate(_tables(rest)))]
    if second is None:
        return [_under_estimate_title(_under_estimate_caption(s, caption_start(s, start), start), start)]
    top1, top2 = caption_start(s, start), caption_start(s, second)
    # a sub-header of periods among the rows heads the rows below it with the table's own label columns
    reheaded = subheader_of_periods(s, h, second)
    rest = replace(s, rows=[[] if top1 <= i < top2 else reheaded if i == second and reheaded is not None else row
                            for i, row in enumerate(s.rows)])
    first = _under_plan_caption(_with_caption_period(_under_estimate_title(_under_estimate_caption(
        replace(s, rows=s.rows[:top2]), top1, start), start), top1, start), top1, start)
    return [first, *(replace(_under_plan_caption(_with_caption_period(v, top2, second), top2, second) if i == 0 else v,
                             later_table=True)
                     for i, v in enumerate(_tables(rest)))]


def _caption_over_the_same_columns(s: Sheet, h: int, start: int, end: int) -> int | None:
    """The row of a numbered caption alone ("2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)") right under a row of
    figures of a table whose one header row opens with its period column ("Năm | Ninh Thuận | Sơn La | …"), a year in
    that column right under the caption as under the header — a second table repeating the first's columns, no header
    of its own; None otherwise (a blank row, a header or another kind of row first)."""
    if start != end or start != h:
        return None
    head = s.rows[h]
    at = next((c for c, v in enumerate(head) if v is not None), None)
    if at is None or not isinstance(head[at], str) or role_of(head[at]) != "period":
        return None

    def year_row(r: int) -> bool:
        v = s.value(r, at)
        year = (type(v) in (int, float) and float(v).is_integer() and 1990 <= v <= 2100) \
            or isinstance(v, str) and re.fullmatch(r"(?:năm\s+)?(?:19|20)\d\d", nfc(v).strip(), re.I) is not None
        return year and _holds_figure(s.rows[r])

    if end + 1 >= len(s.rows) or not year_row(end + 1):
        return None
    for r in range(end + 2, len(s.rows) - 1):
        row = s.rows[r]
        if is_blank(row):
            return None
        if numbered_caption(row):
            return r if _holds_figure(s.rows[r - 1]) and year_row(r + 1) else None
    return None


_CAPTION_NUMBER = re.compile(r"^\s*(?:(?:biểu|bảng|phụ lục|phần|mục)\s*(?:số\s*)?[0-9ivxlc]*[a-z]?\s*[.:)\-]?"
                             r"|[ivxlc]+\s*[.:)\-]|\d+(?:\.\d+)*\s*[.:)\-]?|[a-zđ]\s*\))\s*", re.I)


def _under_estimate_caption(view: Sheet, top: int, start: int) -> Sheet:
    """A sheet's first table under a caption that is an estimate's period alone ("Biểu 2. Ước thực hiện
    năm 2025"): its value columns naming no period of their own are that estimate, as a later table's
    are (_with_caption_period).

    NOTE: honest26's probes: in a report on nine months of 2025 the caption was passed over (a span
    containing the report's) and "Số lượng" under it stored the year's estimate as the nine months'
    reported figures; under a report on the year, as the year's reported figures."""
    caption = " ".join(cell_text(v) for r in range(top, start) for v in view.rows[r] if v is not None)
    words = _CAPTION_NUMBER.sub("", nfc(caption).strip(), count=1).strip()
    head = fold(words)
    # (one estimate's period alone: not "… và kế hoạch năm 2026", not a longer caption)
    if not head or not _ESTIMATE.match(head) or len(head.split()) > 6 or " va " in f" {head} " \
            or PLAN.search(head) or periods.from_text(words) is None:
        return view
    return _caption_over_columns(view, top, start, words,
                                 lambda col: col.measure == "actual" and col.status == "reported")


def _under_estimate_title(view: Sheet, start: int) -> Sheet:
    """A sheet's first table under a document title that is an estimate ("BÁO CÁO ƯỚC THỰC HIỆN NĂM
    2024", one clause, no plan, no "và"): its actual columns of the title's period — naming it ("Năm
    2024", "Thực hiện năm 2024") or naming none ("Số lượng") — are that estimate; another period's
    column ("Năm 2023", "9 tháng năm 2024") and a plan's keep their reading.

    NOTE: wrong28: its figures were stored as 2024's reported figures — README ("Sơ bộ 2023" is stored
    as 2023's estimate, as "Ước thực hiện" is) and the caption's rule (_under_estimate_caption) already
    said an estimate's period is an estimate; only the title was not read."""
    from dataclasses import replace

    openers = tuple(fold(w) for w in labels.declared_words("plan_title_openers"))
    said = words = None
    for r in range(min(start, len(view.rows))):
        texts = [cell_text(v) for v in view.rows[r] if isinstance(v, str)]
        if len(texts) != 1:
            continue
        head = fold(texts[0])
        head = next((head[len(o):].lstrip() for o in openers if head.startswith(o + " ")), head)
        if _ESTIMATE.match(head) and " va " not in f" {head} " and not PLAN.search(head) \
                and (p := periods.from_text(texts[0])) is not None and p.kind != "date":
            said, words = p, texts[0]
            break
    h = find_header(view)
    if said is None or h is None or h < start:
        return view
    row = list(view.rows[h])
    changed = False
    for c, v in enumerate(row):
        col = header_role(v) if isinstance(v, str) else None
        if col is None or col.role != "value" or col.measure != "actual" or col.status != "reported" \
                or col.within_year is not None or col.relative_year is not None:
            continue
        if col.period is None:
            row[c] = f"{words} · {v}"
        elif col.period == said:
            row[c] = f"Ước thực hiện · {v}"
        else:
            continue
        changed = True
    return replace(view, rows=[row if i == h else r for i, r in enumerate(view.rows)]) if changed else view


def _caption_over_columns(view: Sheet, top: int, start: int, caption: str, also=lambda col: True) -> Sheet:
    """`view` with `caption` (the rows `top`..`start` above a table) folded into its header row, the
    row right under it: before each value column's header that names no period of its own (nor a part
    of the year, nor a year relative to the report's) and that `also` accepts — as a caption over
    tables side by side heads them. The one loop of _under_estimate_caption and _with_caption_period."""
    from dataclasses import replace

    h = find_header(view)
    if h is None or not (top < h <= start + 1):
        return view
    row = list(view.rows[h])
    changed = False
    for c, v in enumerate(row):
        col = header_role(v) if isinstance(v, str) else None
        if col is not None and col.role == "value" and col.period is None and col.within_year is None \
                and col.relative_year is None and also(col):
            row[c] = f"{caption} · {v}"
            changed = True
    return replace(view, rows=[row if i == h else r for i, r in enumerate(view.rows)]) if changed else view


def _under_plan_caption(view: Sheet, top: int, start: int) -> Sheet:
    """One of several tables on a sheet under a caption that names a plan ("Biểu 2. Kế hoạch năm
    2025", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", metrics/abbreviations.toml `plan_captions`, with
    no word of results in it). A table with no plan column of its own: its figures are that plan,
    also in a column headed only "Năm 2025" or "Số lượng", or a year inside the caption's span
    ("Kế hoạch giai đoạn 2023-2025" › "Năm 2024" is 2024's plan). A table with its own plan column
    ("Thực hiện | Kế hoạch"): only that column is the plan, of the caption's period when its header
    names none. A column of results ("Thực hiện", "TH", "Ước TH") is never made the plan: beside a
    plan column it keeps its reading (the year's result, for reference); alone under the plan's
    caption no rule can tell the plan from a result, so it is left unread. A column naming a period
    outside the caption's ("Năm 2022" beside the plan for 2023) keeps its own reading.

    NOTE: batch 26's probes: a report on 2022 with "Biểu 2. Kế hoạch năm 2023 | … | Năm 2023" under
    its results stored the plan as 2023's actual figures (a wrong number in every row); under a
    header "Số lượng" the plan took the title's year and the honest file was refused (two values).
    NOTE: review18: every non-plan column made the plan stored "Phương hướng … năm 2023 | Thực hiện
    | Kế hoạch" as 2023's plan = the 2022 result and 2022's plan = the 2023 plan, and refused "Chỉ
    tiêu kế hoạch năm 2022 | Kế hoạch | Thực hiện"; "Kế hoạch giai đoạn 2023-2025 | Năm 2023 | …"
    was stored as actual figures."""
    from dataclasses import replace

    caption = " ".join(cell_text(v) for r in range(top, start) for v in view.rows[r] if v is not None)
    head = fold(_CAPTION_NUMBER.sub("", nfc(caption).strip())).strip()
    # NOTE: "Dự kiến kết quả năm 2025" names results, the ones a plan expects (_title_plan): a plan
    if not head or (RESULT_WORDS.search(head) or not any(
            head == w or head.startswith(w + " ") or head.startswith(w + ",") for w in _plan_captions())) \
            and not ((said_plan := _title_plan(caption)) is not None and said_plan[1]):
        return view
    h = find_header(view)
    if h is None or not (top < h <= start + 1):
        return view
    said = periods.from_text(caption)
    row = list(view.rows[h])
    cols = {c: header_role(v) for c, v in enumerate(row) if isinstance(v, str)}
    values = {c: col for c, col in cols.items() if col.role == "value"}
    has_plan = any(col.measure == "plan" for col in values.values())
    unread: list[int] = []
    changed = False
    for c, col in values.items():
        v = row[c]
        if col.measure == "plan":
            if col.period is None and col.within_year in (None, ("year",)) and said is not None:
                row[c] = f"{caption} · {v}"   # "Kế hoạch" under "Phương hướng … năm 2023"
                changed = True
            continue
        if has_plan:
            continue   # the table says which column is its plan: the others keep their reading
        if RESULT_WORDS.search(fold(v)):
            if col.period is None and col.relative_year is None:
                unread.append(c)
            continue
        if col.period is not None and said is not None and not (
                said.start <= col.period.start and col.period.end <= said.end):
            continue   # another period's figure beside the plan (last year's result, for reference)
        if col.period is not None:
            new = f"Kế hoạch · {v}"   # a year inside the plan's span keeps its own year
        else:
            new = f"Kế hoạch · {caption} · {v}"   # the caption's own words may name no plan ("Phương hướng")
            if header_role(new).measure != "plan":
                new = f"Kế hoạch · {caption}"
        row[c] = new
        changed = True
    if not changed and not unread:
        return view
    rows = [row if i == h else r for i, r in enumerate(view.rows)]
    if unread:
        rows = rows[:h + 1] + [[None if c in unread else x for c, x in enumerate(r)] for r in rows[h + 1:]]
    return replace(view, rows=rows)


_TITLE_CLAUSE = re.compile(r"\s*[,;]\s*|\s+và\s+", re.I)


# a plan's short form opening a title's clause right before its period ("KH Q4/2025", "KH QUÝ IV/2025", "DT NĂM
# 2026"), folded: metrics/abbreviations.toml plan_sheet_name_words ("KH&CN QUÝ IV" names the field: folded "khoa hoc")
_PLAN_ABBREVIATION_BEFORE_PERIOD = re.compile(
    r"^(?:%s) (?=(?:q[1-4]|quy|nam|thang|\d{1,2} thang|(?:19|20)\d\d)\b)" % "|".join(
        sorted(map(re.escape, {fold(w) for w in labels.declared_words("plan_sheet_name_words")}), key=len, reverse=True)))


def _title_plan(title: str) -> tuple[Period, bool] | None:
    """The period of the plan a document's title sets ("BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM
    2025" › 2025; "KẾ HOẠCH KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025", the only table's caption "Biểu 2. Kế
    hoạch năm 2025" › 2025), and whether the whole title is that plan (it begins with the plan's
    word, after a caption's number or "báo cáo", and says no result). The plan word must open its
    clause: after any other word it is the plan being carried out ("KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM
    2024", "TÌNH HÌNH TRIỂN KHAI KẾ HOẠCH …", "SƠ KẾT KẾ HOẠCH …": results), and "Kế hoạch số
    45/KH-UBND" names a document. metrics/abbreviations.toml `plan_title_openers`,
    `plan_title_result_words`.

    NOTE: review19b: a plan word anywhere before a period turned reports' results into plans."""
    # each clause as typed (its period: fold drops the dash of "GIAI ĐOẠN 2026-2030", which then named no period and
    # a plan's whole table was stored as the span's actual figures, review39) and folded (its words)
    typed = [c for c in _TITLE_CLAUSE.split(_CAPTION_NUMBER.sub("", nfc(title).strip())) if fold(c)]
    clauses = [fold(c) for c in typed]
    words = _plan_captions()
    openers = tuple(fold(w) for w in labels.declared_words("plan_title_openers"))
    results = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(fold(w)) for w in labels.declared_words("plan_title_result_words")) + r")(?!\w)")

    def says_results(text: str) -> bool:
        return bool(RESULT_WORDS.search(text) or results.search(text))

    for i, clause in enumerate(clauses):
        # the plan word opens its clause ("KẾ HOẠCH …", "BÁO CÁO KẾ HOẠCH …"): any other word before
        # it is what the report is about ("TÌNH HÌNH TRIỂN KHAI KẾ HOẠCH …", "SƠ KẾT KẾ HOẠCH …")
        opened = next((clause[len(o):].lstrip() for o in openers if clause.startswith(o + " ")), clause)
        if (m := _PLAN_ABBREVIATION_BEFORE_PERIOD.match(opened)) is not None:
            # NOTE: wrong47: "KH Q4/2025", "KH QUÝ IV/2025" (a plan's short form right before its period, as a sheet's
            # name "KH2025" says it: plan_sheet_name_words) stored the fourth quarter's plan as its actual figures
            opened = f"{words[0]} {opened[m.end():]}"
        if not any(opened == w or opened.startswith(w + " ") for w in words):
            continue
        if any(re.match(rf"{re.escape(w)} so \d", opened) for w in words):
            continue   # "Kế hoạch số 45/KH-UBND": a document's name, never a plan title
        # the plan's period in its clause, else in the next clauses up to a result
        # ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
        said = None
        for k, later in enumerate(clauses[i:]):
            if k and says_results(later):
                break
            said = periods.from_text(typed[i + k])
            if said is not None:
                break
        # NOTE: review40: "KẾ HOẠCH GIAI ĐOẠN 2026-2030 (KÈM KẾT QUẢ GIAI ĐOẠN 2021-2025)" (or "… - KẾT QUẢ …", "KẾ
        # HOẠCH NĂM 2026 (KÈM KẾT QUẢ NĂM 2025)"): the clause names the plan's period and the results' — two, so no one
        # period, and the plan's 80 products for 2026–2030 were stored as the span's ACTUAL. The plan's period is the
        # one before the results' words
        results_in_clause = said is None and _plan_before_results(typed[i], says_results)
        if results_in_clause:
            said = results_in_clause
        if said is not None:
            # "Dự kiến kết quả năm 2025", "Kế hoạch thực hiện năm 2025": results the plan expects
            whole = i == 0 and not results_in_clause and not any(says_results(c) for c in clauses[1:])
            return said, whole
    return None


def _plan_before_results(clause: str, says_results) -> Period | None:
    """The one period a plan's clause names before the first words on results that follow a period ("KẾ HOẠCH GIAI
    ĐOẠN 2026-2030 (KÈM KẾT QUẢ …)" › 2026/2030), or None."""
    words = clause.split()
    for j in range(1, len(words)):
        if says_results(fold(" ".join(words[j:j + 2]))) and (said := periods.from_text(" ".join(words[:j]))) is not None:
            return said
    return None


def _plan_of_the_title(sheet: Sheet, start: int) -> tuple[str, tuple[Period, bool]] | None:
    """The title row above a table's header (at `start`) that sets a plan, with what _title_plan
    reads of it — or the sheet's name's plan ("KH 2025") — or None."""
    # each title row on its own: the department's name ("SỞ KHOA HỌC VÀ CÔNG NGHỆ") is no clause
    texts = (" ".join(cell_text(v) for v in sheet.rows[r] if isinstance(v, str)) for r in range(start))
    # NOTE: wrong56: "Kỳ báo cáo: Năm 2024 (kế hoạch)" — the plan said by a note closing the period's line — is the
    # plan's title "Kế hoạch Năm 2024"; the note was dropped and the plan stored as the year's actual figures
    texts = (f"Kế hoạch {noted}" if (noted := plan_noted_period(t)) is not None else t for t in texts)
    plan = next(((t, p) for t, p in ((t, _title_plan(t)) for t in texts) if p is not None), None)
    if plan is None and (by_name := _sheet_name_plan(sheet.name)) is not None:
        plan = (f"Năm {by_name.start.year}", (by_name, True))
    return plan


def _under_plan_title(view: Sheet, sheet: Sheet) -> Sheet:
    """A table under a document title that sets a plan: a value column of the plan's period
    ("Năm 2025" under "… VÀ KẾ HOẠCH NĂM 2025") holds that plan, and under a title that is only the
    plan ("KẾ HOẠCH KH&CN NĂM 2025") so does a column naming no period ("Số lượng"). A column of
    results ("Thực hiện", "Ước TH") or of another period keeps its reading.

    NOTE: probe30: both were stored as 2025's actual figures (the report is written in late 2024)."""
    first = find_header(sheet)
    if first is None:
        return view
    start, _ = header_block(sheet, first)
    plan = _plan_of_the_title(sheet, start)
    h = find_header(view)
    if plan is None or h is None:
        return view
    text, (said, whole) = plan
    row = list(view.rows[h])
    changed = False
    for c, v in enumerate(row):
        if not isinstance(v, str):
            continue
        col = header_role(v)
        if col.role != "value" or col.measure == "plan" or RESULT_WORDS.search(fold(v)):
            continue
        if col.period is not None:
            if not (said.start <= col.period.start and col.period.end <= said.end):
                continue
        elif not whole or col.within_year is not None or col.relative_year is not None:
            continue
        # a column naming no period takes the plan's from the title ("Số lượng" under "Biểu 2. Kế
        # hoạch năm 2025" in a report on 2024)
        for new in ([f"Kế hoạch · {v}"] if col.period is not None else
                    # (wrong47: the plan's period by its own label — "Kế hoạch · 6 tháng cuối năm 2025" — where the
                    # title's words name results the plan expects: "Dự kiến kết quả 6 tháng cuối năm 2025" was stored
                    # as the second half's actual, only a year was tried)
                    [f"Kế hoạch · {text} · {v}", f"Kế hoạch · {text}", f"Kế hoạch · {periods.label(said)}"]):
            got = header_role(new)
            if got.measure == "plan" and got.period == (col.period or said):
                row[c] = new
                changed = True
                break
    if not changed:
        return view
    return replace(view, rows=[row if i == h else r for i, r in enumerate(view.rows)])


def _whole_plan_title(sheet: Sheet) -> Period | None:
    """The plan's period when the title above the sheet's table is only a plan ("KẾ HOẠCH PHÁT TRIỂN
    SẢN PHẨM OCOP NĂM 2025"), else None (_plan_of_the_title)."""
    first = find_header(sheet)
    if first is None:
        return None
    plan = _plan_of_the_title(sheet, header_block(sheet, first)[0])
    return plan[1][0] if plan is not None and plan[1][1] else None


def _planned_by_the_title(c: Column, col_period: Period | None, said: Period | None) -> Column:
    """An indicator column under a title that is only a plan (`said`, _whole_plan_title) holds the plan,
    as the value columns of such a title do (_under_plan_title): unless it names its results ("Thực hiện")
    or a period outside the plan's.

    NOTE: wrong30: "Nhóm sản phẩm | Sản phẩm OCOP được công nhận" over the groups and "Tổng cộng | 25" under
    "KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025" was stored as 2025's actual products: the header names
    an indicator, no period or plan, and only value columns were read as the title's plan."""
    if said is None or c.measure == "plan" or RESULT_WORDS.search(fold(c.text)):
        return c
    if col_period is not None and not (said.start <= col_period.start and col_period.end <= said.end):
        return c
    return replace(c, measure="plan")


def _sheet_name_plan(name: str) -> Period | None:
    """The year whose plan a sheet's name says it holds: "KH2025", "KH 2026", "Kế hoạch 2025",
    "DT2025" (metrics/abbreviations.toml `plan_sheet_name_words`), else None.

    NOTE: probe31: a workbook's "KH2026" sheet beside "TH2025", under a title naming no period,
    was read as 2026's actual figures."""
    f = re.sub(r"(?<=[a-z])(?=\d)", " ", fold(name or "")).strip()
    m = re.fullmatch(r"(.+?)\s*[-_.]?\s*(?:nam\s*)?((?:19|20)\d{2})", f)
    if not m or m[1] not in {*_plan_captions(), *(fold(w) for w in labels.declared_words("plan_sheet_name_words"))}:
        return None
    return periods.from_text(m[2])


@lru_cache(maxsize=1)
def _plan_captions() -> tuple[str, ...]:
    return tuple(fold(w) for w in (*labels.declared_words("plan_words"), *labels.declared_words("plan_captions")))


def _with_caption_period(view: Sheet, top: int, start: int) -> Sheet:
    """A table under its own caption that is only a period ("Quý II/2024", "CẢ NĂM 2024"), one of
    several such tables down the sheet with the same labels: the caption heads each of the table's
    value columns whose own header names no period (as a caption over a table side by side does).

    NOTE: An Giang's quarters one under another, then the year: read with the document's title
    ("… THEO QUÝ NĂM 2024") every block was the year's, four values for each fact (refused)."""
    caption = " ".join(cell_text(v) for r in range(top, start) for v in view.rows[r] if v is not None)
    if not caption or (said := _caption_period(caption)) is None:
        return view
    if _PERIOD_CAPTION_WORDS.search(fold(caption)):
        # "Số liệu năm 2023 để so sánh:" heads its columns as "Năm 2023" ("so sánh" over a column
        # is a comparison's ratio)
        caption = periods.label(said)
    return _caption_over_columns(view, top, start, caption)


# words around a period in a caption that make it no less a period's caption ("Số liệu năm 2023 để so
# sánh:"): metrics/header_words.toml
_PERIOD_CAPTION_WORDS = re.compile(r"(^| )(%s)( |$)" % "|".join(map(re.escape, sorted(
    registry.header_words("period_caption_words"), key=len, reverse=True))))


def _caption_period(caption: str) -> Period | None:
    """The period a caption over a table (or over the rows below it) is only: "Quý II/2024", "CẢ NĂM
    2024", "Số liệu năm 2023 để so sánh:"; None for a longer caption, and for a plan's ("Kế hoạch năm
    2025", "Dự kiến kết quả năm 2025": see _title_plan), whose figures are no period's results.

    NOTE: "Kế hoạch năm 2025" over a second table's "Kết quả" column (a report on 2024): the plan was
    stored as 2025's actual figures; "Số liệu năm 2023 để so sánh:" (six words) was read as the
    report's year, two values for one fact (the honest file refused)."""
    f = _PERIOD_CAPTION_WORDS.sub(" ", fold(caption).strip(" :.")).split()
    if not f or len(f) > 5 or _title_plan(caption) is not None:
        return None
    return periods.from_text(caption)


def _row_aside(plan: _SheetPlan) -> tuple[str, str] | None:
    """Why every row now met is set aside whatever it names (Vietnamese, English), or None: under a
    plan's caption inside the table (_caption_row), after an unnumbered heading within another
    province's section, in a block of several provinces' totals.

    NOTE: a set-aside row is not read again as a sentence either: "Tổng cộng" below one former
    province's section, its "22 nhiệm vụ" was stored as the report's own (the old An Giang's first
    half of 2025)."""
    if plan.caption_plan and not plan.tidy:
        return (f"Dòng dưới tiêu đề “{plan.caption_plan[:60]}”: kế hoạch, dự kiến, không lưu",
                f"A row under “{plan.caption_plan[:60]}”: a plan, not stored")
    if plan.caption_aside and not plan.tidy:
        return (f"Dòng dưới tiêu đề “{plan.caption_aside[:60]}”: không rõ là số thực hiện của kỳ nào, không lưu",
                f"A row under “{plan.caption_aside[:60]}”: whose period's plain result it is is unclear, not stored")
    if plan.district_section and not plan.tidy:
        return (f"Dòng dưới đề mục “{plan.district_section[:60]}” (một địa bàn cấp dưới tỉnh): không phải số liệu "
                f"của cả tỉnh, không lưu",
                f"A row under “{plan.district_section[:60]}” (a place below the province): not the whole province's "
                f"figure, not stored")
    if plan.after_districts and not plan.tidy:
        return (f"Dòng dưới đề mục “{plan.after_districts[:60]}” (sau các phần của huyện, xã): không rõ là số liệu "
                f"của cả tỉnh, không lưu",
                f"A row under “{plan.after_districts[:60]}” (after the districts' sections): not clearly the whole "
                f"province's figure, not stored")
    if plan.unsure_section:
        return ("Dòng sau một đề mục không đánh số trong phần của tỉnh khác: không rõ là số liệu của tỉnh nào, "
                "không lấy",
                "A row after an unnumbered heading within another province's section: whose figure it is is "
                "unclear, not taken")
    if plan.aggregate_block:
        return "Dòng tổng cộng, không phải số liệu của một tỉnh", "Total row, not a province's figure"
    return None


_PLAIN_PERIOD_CAPTION_WORDS = registry.header_words("plain_period_caption_words")


def _plain_period_caption(text: str, period: Period) -> bool:
    """Whether a caption row names its period and nothing else ("Số liệu năm 2023 để so sánh:",
    "Năm 2023:", "Quý IV/2023"): one year or a part of one, in words (metrics/header_words.toml
    plain_period_caption_words). A lone date or number ("31/12/2023", "2023") is no caption.

    NOTE: review20a: "Cùng kỳ năm 2024" (a report on the first half of 2025) was stored as the whole
    year 2024, "Ước thực hiện năm 2025" / "Năm 2025 (dự kiến)" as 2025's actual figures, "Lũy kế đến
    năm 2023" as 2023's flow, "Giai đoạn 2021-2025" as the five years' — each caption read by its
    period alone."""
    if period.start.year != period.end.year:
        return False
    head = fold(_CAPTION_NUMBER.sub("", nfc(text).strip()))
    words = re.sub(r"[^a-z0-9 ]+", " ", _PERIOD_CAPTION_WORDS.sub(" ", head)).split()
    if not any(w.isalpha() for w in words):
        return False
    return all(w.isdigit() or w in _PLAIN_PERIOD_CAPTION_WORDS for w in words)


def _caption_row(s: Sheet, r: int, text: str, plan: _SheetPlan, out: Reading, number_column: bool = False) -> bool:
    """A line with no figure inside a table that captions the rows below it as another table would
    (one text, no indicator): a plan's ("Dự kiến kết quả năm 2025") — the rows below are not stored;
    only another period ("Số liệu năm 2023 để so sánh:", "Năm 2023:", _plain_period_caption) — the
    rows below are that period's, in the columns naming no period of their own (_read_values); the
    report's own period alone ("Số liệu năm 2024:") — the rows below are the report's again; another
    period with more words ("Cùng kỳ năm 2024", "Ước thực hiện năm 2025", "Lũy kế đến năm 2023",
    "Giai đoạn 2021-2025", "Chuyển tiếp từ năm 2023") — the rows below are set aside, which period's
    plain results they are cannot be told. Returns whether the line was such a caption (noted in the
    ignored rows). Each caption ends the one before it.

    NOTE: a second table under the first with its caption only, no header of its own: its rows were
    read with the first one's period, two values for each fact (the honest file refused).
    NOTE: review20a: a caption of the report's own period left the one before it in force ("Số liệu
    năm 2023:" then "Số liệu năm 2024:" refused; "Số liệu bổ sung năm 2024:" stored as 2023)."""
    if len(text) > 80 or _province_heading(text) or indicator_for_label(text, None)[0] is not None:
        return False
    said = _title_plan(text)
    if said is not None and said[1]:
        plan.caption_plan, plan.caption_aside, plan.caption_period = text, "", None
        out.ignored.append(Ignored(s.name, r + 1, text[:120],
                                   "Tiêu đề bảng kế hoạch, dự kiến: các dòng bên dưới không phải số thực hiện, không lưu",
                                   "A plan's caption: the rows below are no achievement, not stored"))
        return True
    period = periods.from_text(text)
    if period is None and number_column and re.search(r"[^\W\d_]", text) and _names_another_province(text, plan.provinces):
        # NOTE: "Số liệu tỉnh Nghệ An:" typed in the "TT" column of Hà Tĩnh's report: the rows below
        # were stored as Hà Tĩnh's (review21a); whose they are is not the report's — set aside
        plan.caption_plan, plan.caption_aside, plan.caption_period = "", text, None
        out.ignored.append(Ignored(s.name, r + 1, text[:120],
                                   "Tiêu đề bảng nêu tỉnh khác: các dòng bên dưới không phải số liệu của tỉnh báo cáo, không lưu",
                                   "A caption naming another province: the rows below are not the report's, not stored"))
        return True
    if period is not None and _DOCUMENT_NUMBER.search(nfc(text)) and not _names_another_province(text, plan.provinces):
        # NOTE: batch 75: a converted PDF's page opening with the document's running head, "Báo cáo số
        # 88/BC-SKHCN ngày 25/9/2024 của Sở KH&CN tỉnh Kon Tum", above the column numbers: its day is the
        # document's (as _document_reference says of a caption over a table), never the rows' period — read as
        # another period's caption, every row of the page was set aside. A period the line names besides
        # ("Cùng kỳ năm 2023 (Báo cáo số 75/BC-SKHCN …)", "Lũy kế đến 30/9/2024 theo …") still captions
        period = periods.from_text(_DOCUMENT_NUMBER_AND_DAY.sub(" ", nfc(text)))
    if period is None or not re.search(r"[^\W\d_]", text):
        return False
    if _plain_period_caption(text, period):
        plan.caption_plan, plan.caption_aside = "", ""
        plan.caption_period = None if period == plan.base_period else period
        out.ignored.append(Ignored(s.name, r + 1, text[:120],
                                   f"Tiêu đề bảng của kỳ {periods.label(period)}: các dòng bên dưới là số liệu của kỳ đó",
                                   f"A caption of {periods.label(period, 'en')}: the rows below are that period's"))
        return True
    own = header_role(text)
    # NOTE: "Lũy kế đến 31/12/2024:" over the rows of a report on 2024 is no caption of the report's
    # own period: its 21 initiatives (a total to date) were stored as 2024's (review21a)
    if period == plan.base_period and own.measure == "actual" and own.status == "reported" \
            and not _caption_to_date(text) and not _names_another_province(text, plan.provinces):
        # NOTE: "Số liệu bổ sung năm 2024:", "Nhiệm vụ mở mới năm 2024" in a report on 2024: the
        # rows below are the report's own again (the line is read on as before)
        plan.caption_plan, plan.caption_aside, plan.caption_period = "", "", None
        return False
    plan.caption_plan, plan.caption_aside, plan.caption_period = "", text, None
    out.ignored.append(Ignored(s.name, r + 1, text[:120],
                               "Tiêu đề bảng không chỉ ghi một kỳ (ước tính, lũy kế, cùng kỳ, giai đoạn…): "
                               "không rõ các dòng bên dưới là số thực hiện của kỳ nào, không lưu",
                               "A caption saying more than one period (an estimate, a total to date, the same "
                               "period a year before, a span…): whose plain results the rows below are is "
                               "unclear, not stored"))
    return True


def _caption_to_date(text: str) -> bool:
    """Whether a caption says its rows are totals to a date ("Lũy kế đến 31/12/2024:", "Tính đến
    30/6/2024"; metrics/header_words.toml running_total_words, up_to_a_date_headers), not totals
    within the period ("Lũy kế 6 tháng", "lũy kế từ đầu năm")."""
    f = re.sub(r"\s+", " ", re.sub(r"[()\[\]:;,\-–]+", " ", fold(text))).strip()
    if _UP_TO_A_DATE.search(f):
        return True
    m = _RUNNING_TOTAL.search(f)
    return m is not None and not _RUNNING_TOTAL_WITHIN.search(re.sub(r"\s+", " ", m.group(3) or "").strip())


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


@dataclass
class _SheetPlan:
    """What a sheet's header and title say, worked out once before its rows are walked."""
    header_end: int
    cols: list[Column]
    label_col: int | None
    unit_col: int | None
    value_cells: list[Column]
    province_col: int | None        # tidy rows: each row names its province …
    period_col: int | None          # … and its period
    tidy: bool
    neutral: set[int]               # value columns whose header names no measure
    marker_cols: list[int]          # columns where a row may say "Kế hoạch" / "Thực hiện"
    label_fill: dict[int, str]      # rows under a label merged downwards
    provinces: list                 # the province the title (or the workbook) states
    province_text: str
    base_period: Period | None
    letters: dict[int, str]         # value column -> its letters, for cell names
    plain: bool                     # no formulas, errors or %-formats: typed numbers are values
    # indicators as columns (no label column): column -> (indicator, the period its header names)
    indicator_cols: dict[int, tuple[str, Period | None]] = None
    sublabel_col: int | None = None  # "Chỉ tiêu" merged over two columns: the item, then its sub-item
    city: bool = False               # the report's province is a centrally-run city ("cấp thành phố" = cấp tỉnh)
    alt_label_col: int | None = None  # "Chỉ tiêu | Indicator": the same label in English beside it
    # what the table is about, for a label that does not say it ("Số sản phẩm được công nhận lại"
    # under "Kết quả thực hiện Chương trình OCOP"): the title above the header, the latest heading row
    title: str = ""
    section: str = ""
    section_row: int = -1            # the heading row `section` was read from
    # the row holding the rest of a label wrapped from the row above (_rest_unsaid): no heading of the rows below
    wrapped_rest_row: int = -1
    # the last row with figures whose label named no indicator ("Tổng kinh phí thực hiện các nhiệm
    # vụ KH&CN"): its marked sub-items ("- Ngân sách nhà nước") are read with it
    figured_heading: str = ""
    # "BÁO CÁO TUẦN 42 NĂM 2024": the report is a week's, a period none of its columns can be read in
    week_title: bool = False
    prefixed: list = None           # value columns whose header says "Điểm" / "Hạng" (see _read_prefixed)
    # levels as rows ("Cấp quản lý"): value column -> the indicator its header names (see _read_level_rows)
    level_cols: dict = None
    period_from_col: int | None = None  # "Từ ngày | Đến ngày": the period's first day, beside period_col (its last)
    # a sum of money stated for the whole table above its header ("ĐVT: triệu đồng"): the unit of
    # every row that names none of its own (no unit cell, no unit in the label)
    table_unit: str = ""
    # … or stated in a footnote under the table (_footnote_unit), for its sums of money only (a
    # count beside them is no sum of money the footnote misstated), the footnote's row, and the
    # rows its mark ("(*)") singles out (None: every row above it)
    foot_unit: tuple = ("", -1, None)
    # the one level of tasks the table's title names ("… nhiệm vụ KH&CN cấp tỉnh …"), or ''
    title_level: str = ""
    # former provinces' columns ("Bình Định (cũ)") beside a merged province's total ("Tổng (tỉnh mới)")
    former_shares: frozenset = frozenset()
    # the sheet is a former province's, named by the sheet ("Hà Nam (cũ)"), in the workbook of the
    # province it was merged into: its figures after the merger are shares (see _plan_sheet)
    former_sheet: bool = False
    # a note on the sheet saying its figures are several former provinces' together (_formers_summed)
    formers_summed: bool = False
    # a note line under the table qualifying its figures, and the years it names (_footnote_qualifier)
    footnote: tuple | None = None
    # a column naming a province that absorbed others, bare, beside former provinces' columns ("Cần
    # Thơ" beside "Hậu Giang (cũ)"): old or new province, a person cannot tell (see _unsure_heirs)
    unsure_heirs: frozenset = frozenset()
    # a compilation by province blocks (see _province_heading): one seen; the rows now under a
    # region's total block
    by_blocks: bool = False
    aggregate_block: bool = False
    # a section of a province's report under another or a former province's heading ("II. Tỉnh Kiên
    # Giang (cũ)"): (its heading's level, the report's provinces, their text, city) to go back to
    # when the section ends (see _ends_section); whether it is a former province of the report's
    section_of: tuple | None = None
    former_section: bool = False
    # the former provinces whose sections were seen ("I. An Giang (cũ)", "II Kiên Giang (cũ)"): a bare
    # "Tổng cộng" heading after every one of them is the merged province (see _sum_of_every_former)
    former_sections_seen: frozenset = frozenset()
    # every province whose section was seen, former or not ("I. TP Cần Thơ" beside them): a sum after
    # another province's section is the region's, never the merged province's (review 20a)
    sections_listed: frozenset = frozenset()
    # the periods a tidy table's period column names, read when a row marked "Cùng kỳ" asks (_last_years_span_named)
    period_spans: frozenset | None = None
    # the day the title says the report was written on, more than a month before its period's end
    # (etl/context.py Stated.written): no whole period's figure is in it (see _why_set_aside)
    written_on: date | None = None
    # a line inside the table captioning the rows below as a plan's (its text) or another period's
    # (see _caption_row)
    caption_plan: str = ""
    caption_period: Period | None = None
    # a line inside the table naming another period with more words ("Cùng kỳ năm 2024", "Giai đoạn
    # 2021-2025"): its text, the rows below set aside (see _caption_row)
    caption_aside: str = ""
    # the caption above the header, its stage read per row (see _stage_caption, _caption_stage)
    stage_caption: str = ""
    # the title lines under the letterhead when there is no caption, their stage read for a row or column
    # saying only "tasks" (see _at_the_title_stage)
    title_lines: tuple = ()
    # a heading with no number after an unnumbered section's: the rows below set aside (see _ends_section)
    unsure_section: bool = False
    # the section is a former province's share led by words and no number ("Riêng tỉnh Bạc Liêu (cũ):"
    # over "- Nhiệm vụ … | 12", _former_section_heading): a numbered item below it is set aside
    share_lead: str = ""
    # a section under a district's heading ("Huyện Kỳ Anh" over its rows, before "Toàn tỉnh"): the
    # heading and its number's level, the rows below set aside (see _district_heading)
    district_section: str = ""
    district_level: str = ""
    # a heading of the districts' level after their sections that names no district and not the whole
    # province ("III. Các sở, ban, ngành cấp tỉnh"): a part of the province too, its rows set aside
    # until the whole province's heading ("Toàn tỉnh", "… của tỉnh", "Tổng cộng")
    after_districts: str = ""
    # a pivot table pasted as values ("Nhãn hàng" / "Row Labels"), and the one indicator its report
    # filter names above it ("Chỉ tiêu | Sản phẩm OCOP được công nhận"): (indicator, period) or None
    pivot: bool = False
    filter_indicator: tuple | None = None
    # "Năm | Quý | …": the column beside the period column naming the part of its year each row
    # holds ("Quý I", "6 tháng đầu năm", "Cả năm"), the year often merged down over its rows
    subperiod_col: int | None = None
    # the place column names units below the province ("Xã, phường, đặc khu"): see _row_place
    subunits: bool = False
    # a column of districts or communes beside the province's column ("Tỉnh | Huyện | …"): see _row_place
    subunit_col: int | None = None
    # "Số lượng | Tỷ lệ (%)": the share column beside the one count column, read as a value column
    # for rate rows only (see _share_column)
    share_col: Column | None = None
    # places down the rows with no label column, the indicator named only by the caption right above
    # the header ("Bảng 1. Sản phẩm OCOP được công nhận (sản phẩm)" over "STT | Địa bàn | 6 tháng đầu
    # năm 2025 | …"): the caption's words, every row's label (see _caption_of_places)
    caption_label: str = ""
    # {column: its group's words naming the column's indicator} over places across and years down the rows (see
    # _groups_over_places): read group by group, each as a caption over its own columns
    group_captions: dict = field(default_factory=dict)


def _caption_of_another_period(s: Sheet, start: int, base: Period | None, value_cells: list[Column]) -> str:
    """The caption over a table ("Bảng 2. Kết quả thực hiện năm 2023" in the annual "Phụ lục" on 2024)
    naming a period other than the report's, in more words than a period (a plain one, "Năm 2023",
    heads the table's columns: _with_caption_period), over value columns naming no period of their
    own ("Thực hiện", "Số lượng"): which period's plain results they are cannot be told with the
    report's — the caption, its rows set aside (_row_aside); '' otherwise.

    NOTE: batch 36's probes: read with the report's year, "Bảng 2. Kết quả năm 2023 (để so sánh)"
    stored 2023's figures as 2024's, "Bảng 2. Kết quả 6 tháng đầu năm 2024" its half as the year
    (and beside a first table of the year, the honest file was refused as a duplicate)."""
    top = caption_start(s, start)
    # NOTE: review 21a: the subtitle under a report's title, right above its (first) table —
    # "(Kèm theo Báo cáo số 15/BC-SKHCN ngày 10/01/2025 …)", "(Số liệu tính đến ngày 15/12/2024)" —
    # was read as another period's caption: a one-table report refused, a Phụ lục's first table lost
    if not s.later_table or base is None or top >= start or not value_cells:
        return ""
    caption = " ".join(cell_text(v) for r in range(top, start) for v in s.rows[r] if v is not None).strip()
    if _document_reference(caption) or _meetings_date(caption):
        return ""
    said = periods.from_text(caption) if caption else None
    if said is None or said == base or _title_plan(caption) is not None:
        return ""
    if any(c.period is not None or c.within_year or c.relative_year is not None or c.cumulative for c in value_cells):
        return ""
    if said.end == base.end and _caption_to_date(caption) \
            and not _flow_rows_below(s, start):
        # NOTE: fix53: "Thủ tục hành chính thuộc thẩm quyền (tính đến 31/12/2025)" over the procedures in a
        # report on the fourth quarter of 2025: the stocks at the report's own last day, not another
        # period's results (the new Bắc Ninh's 127 procedures were set aside). A flow under it would be a
        # total to date: the caption still sets the table aside then
        return ""
    return caption


def _flow_rows_below(s: Sheet, start: int) -> bool:
    """Whether any row of the table under the header at `start` names an indicator that is a flow (counted
    within a period: a total to a date of it is no period's)."""
    for row in s.rows[start + 1:start + 60]:
        for v in row[:4]:
            if isinstance(v, str) and (code := indicator_for_label(v, None)[0]) is not None \
                    and not registry.indicator(code).is_stock:
                return True
    return False


def _first_tables_caption(s: Sheet, start: int, base: Period | None, here: Stated) -> tuple[Period | None, str] | None:
    """The caption right above a sheet's first table naming a period narrower than the report's or
    apart from it, under the title that gave the report's ("BÁO CÁO … NĂM 2024", then "Biểu 02: Kết
    quả 6 tháng đầu năm 2024" over "Số lượng"): only that period ("Biểu 02: 6 tháng đầu năm 2024",
    _caption_period) — (the period, '') and the rows are that period's; in more words (_caption_row's
    reading of a caption inside a table) — (None, the caption), its rows set aside when no value
    column names a period of its own; None otherwise. Never the title's own line, a span containing
    the report's ("Giai đoạn 2021-2025", left as before), a cut-off or total to a date ("(Số liệu tính
    đến ngày 15/12/2024)", "Lũy kế đến 31/12/2024"), a document's reference, a plan's caption
    (_under_plan_caption) or a line naming a province.

    NOTE: fix26 (probe34's wrong number, 15 layouts): the half's 20 initiatives under such a caption
    were stored as 2024's — batch 36's rule (_caption_of_another_period) read only later tables."""
    if base is None:
        return None
    end = start - 1 if start > 0 and is_blank(s.rows[start - 1]) else start
    top = caption_start(s, end)
    if top >= end:
        return None
    title_row = None
    if here.period_cell is not None and here.period_cell[0] == s.name:
        m = re.fullmatch(r"[A-Z]+(\d+)", here.period_cell[1])
        title_row = int(m[1]) - 1 if m else None
    lines = [r for r in range(top, end) if r != title_row and not is_blank(s.rows[r])]
    texts = [v for r in lines for v in s.rows[r] if v is not None]
    if not lines or not all(isinstance(v, str) for v in texts):
        return None
    caption = " ".join(cell_text(v) for v in texts).strip()
    if not re.search(r"[^\W\d_]", caption) or len(caption) > 120 or _document_reference(caption) \
            or _meetings_date(caption) \
            or periods.has_cutoff(caption) or _caption_to_date(caption) or _title_plan(caption) is not None \
            or provinces_in(caption):
        return None
    said = periods.from_text(caption)
    if said is None or said == base or (said.start <= base.start and base.end <= said.end):
        return None
    if said.start > base.end:
        # NOTE: "Biểu 2. Năm 2026" or "Ước thực hiện năm 2026" over "Số lượng" in a report on 2025: a
        # report states no actual figure of a period after its own (probe31) — they were stored as
        # 2026's reported figures (honest26's probes); its rows set aside, a plan's column keeps its reading
        return None, caption
    if _caption_period(caption) is not None or _plain_period_caption(caption, said):
        return said, ""
    return None, caption


def _caption_of_places(s: Sheet, start: int, base: Period | None) -> str:
    """The words of a caption naming one indicator over a table of places with no label column, or ''.

    NOTE: the new Vĩnh Long's report by area (batch 42, the one honest file refused): "Bảng 1. Sản phẩm
    OCOP được công nhận (sản phẩm)" over "STT | Địa bàn | 6 tháng đầu năm 2025 | 6 tháng cuối năm 2025 |
    Cả năm 2025", the former provinces and "Toàn tỉnh" down the rows — no row names an indicator, the
    caption names it for every row, as a label column repeating it would (then read as tidy rows by
    place: _row_place, the former provinces' shares after the merger set aside by _read_values). Only
    the nearest non-empty line within two rows above the header, one text alone, its number ("Bảng 1.")
    and the breakdown it announces ("… phân theo địa bàn") dropped, naming one indicator by itself in
    no period but the sheet's; never a plan's or an estimate's caption, nor one naming a province (a
    former province's part, another province's table)."""
    looked = 0
    for rr in range(start - 1, -1, -1):
        if looked == 2:
            break
        cells = [v for v in s.rows[rr] if v is not None and cell_text(v).strip()] if rr < len(s.rows) else []
        if len(cells) == 1 and isinstance(cells[0], str) and _meetings_date(cells[0]):
            # NOTE: refused79: "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU CÁC TỈNH TÂY BẮC" over "(Hội nghị giao ban vùng tháng
            # 12/2026)" over Sơn La's table by province: the meeting's line is no caption, the title above it is
            continue
        looked += 1
        if not cells:
            continue
        if len(cells) != 1 or not isinstance(cells[0], str):
            return ""
        text = nfc(cells[0]).strip()
        subject = _caption_subject(_CAPTION_NUMBER.sub("", text, count=1).strip())
        if not subject or PLAN.search(fold(text)) or _ESTIMATE.search(fold(text)) \
                or any(True for _ in registry.province_names_in(subject)):
            return ""
        code, period = indicator_for_label(subject, None)
        period = period or periods.from_text(subject)
        if code is None or (period is not None and period != base) or _another_indicator_named(subject, code):
            return ""
        return subject
    return ""


# where a caption's words name one thing and then another ("… nghiệm thu và sản phẩm OCOP", "…; …")
_CAPTION_AND = re.compile(r"\s+(?:và|cùng)\s+|\s*[,;]\s*", re.I)


def _another_indicator_named(caption: str, code: str) -> bool:
    """Whether a caption names an indicator besides `code` in a part of its own ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU VÀ
    SẢN PHẨM OCOP": the tasks accepted and the products): whose figure a column of places holds is then not said.

    NOTE: refused79: the matcher read such a title over provinces down the rows as the tasks accepted alone, the
    products' column stored as tasks."""
    pieces = [p for p in _CAPTION_AND.split(caption) if p and p.strip()]
    if len(pieces) < 2:
        return False
    for piece in pieces:
        m = labels.match_label(piece)
        if m.taken and m.indicator != code:
            return True
    return False


def _stage_caption(s: Sheet, start: int) -> str:
    """The caption above a table's header (the first table's too; past one blank row), whatever its
    length or a document's number in it ("Nhiệm vụ chuyển tiếp từ năm 2024", "Biểu 1. Nhiệm vụ mở mới năm
    2025"): the stage it names is read per row by _caption_stage (as a section heading's by
    _stage_of_heading); '' when there is none. NOTE: review22b: the captions' words were a list of their
    own (carried_over_caption_words) that refused "Nhiệm vụ mới và chuyển tiếp năm 2025" and missed
    "mở mới", a caption over 120 characters or with a document's number, a blank row under it."""
    end = start - 1 if start > 0 and is_blank(s.rows[start - 1]) else start
    top = caption_start(s, end)
    if top >= end:
        return ""
    return " ".join(cell_text(v) for r in range(top, end) for v in s.rows[r] if v is not None).strip()


# a document's number in a reference ("Báo cáo số 15/BC-SKHCN", "Công văn số 123/SKHCN-KHTC")
_DOCUMENT_NUMBER = re.compile(r"\bsố\s*:?\s*\d+\s*/\s*(?:\d{4}\s*/\s*)?[^\W\d_]", re.I)


# … with the day it was signed on ("số 88/BC-SKHCN ngày 25/9/2024", "Số: 88/BC-SKHCN, ngày 25 tháng 9 năm 2024")
_DOCUMENT_NUMBER_AND_DAY = re.compile(r"\bsố\s*:?\s*\d+\s*/\s*[^\s,;()]+(?:\s*,?\s*ngày\s*\d{1,2}\s*"
                                      r"(?:[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|tháng\s*\d{1,2}\s*năm\s*\d{4}))?", re.I)


def _document_reference(text: str) -> bool:
    """Whether a line names the document a table goes with ("Kèm theo Báo cáo số 15/BC-SKHCN ngày
    10/01/2025"): its date is the document's issue date, never the table's period (the words:
    metrics/abbreviations.toml `document_reference_words`)."""
    folded = f" {fold(text)} "
    return bool(_DOCUMENT_NUMBER.search(nfc(text))) or any(
        f" {fold(w)} " in folded for w in labels.declared_words("document_reference_words"))


def _meetings_date(text: str) -> bool:
    """Whether a line names a meeting and, as its only period, a month or a day ("(Hội nghị giao ban KH&CN
    vùng, Đà Lạt, tháng 10/2025)" under "… 9 THÁNG NĂM 2025"): the meeting's date, never the table's
    period (the words: metrics/abbreviations.toml `meeting_words`).

    NOTE: batch 51: the new Lâm Đồng's handout for the Highlands' meeting was refused — October 2025,
    after the nine months, read as another period's caption, every row set aside. A year, half or
    quarter in such a line ("Số liệu năm 2023 báo cáo tại hội nghị") is still a period of figures."""
    folded = f" {fold(text)} "
    if not any(f" {fold(w)} " in folded for w in labels.declared_words("meeting_words")):
        return False
    if _PERIOD_CAPTION_WORDS.search(folded.strip()):
        # NOTE: review28a: "(Số liệu tháng 10/2025, phục vụ Hội nghị giao ban)" under "… 9 THÁNG NĂM 2025"
        # stored October's figures as the nine months': a line saying its month is the figures' ("số liệu",
        # "để so sánh") names their period, whatever meeting they serve
        return False
    said = periods.from_text(text)
    return said is not None and (said.end - said.start).days < 31


def _central_city(provs: list, base: Period | None) -> bool:
    """Whether the sheet's province is a centrally-run city for the sheet's period ("cấp thành phố" its
    provincial level): its kind on the period's first day (registry Province.kind_on) — Thừa Thiên Huế
    is the city of Huế from 1/1/2025, frame 63 until 30/6/2025 (as etl.sentences reads it; Huế's "Số
    nhiệm vụ KH&CN cấp thành phố chuyển tiếp" of the first half of 2025 was matched to no level, batch
    30). With no period read, the kind alone."""
    return bool(provs) and all((p.kind_on(base.start) if base is not None else p.kind) == _CENTRAL_CITY
                               for p in provs)


def _caption_of_another_year_over_parts(s: Sheet, start: int, base: Period | None, value_cells: list[Column]) -> str:
    """The caption of a second or later table on the sheet (see _tables) over value columns naming no year of their own — parts of a year
    ("6 tháng đầu năm | Cả năm"), years relative to the report's ("Năm trước | Năm nay") or plain
    ("Thực hiện") — when it names another year than the report's ("Bảng 2. Kết quả thực hiện năm
    2023" in a report on 2024) or the period before the report's ("Bảng 2. Số liệu cùng kỳ năm
    trước", metrics/header_words.toml previous_period_label_words): the columns cannot be rebased
    on the report's year, the caption's rows are set aside (_row_aside); '' otherwise.

    NOTE: review21a: the columns were read with the report's year: 12 and 27 of 2023 stored as
    2024-S1 and 2024, "cùng kỳ năm trước"'s 27 as 2024's (_caption_of_another_period leaves columns
    of parts and relative years, and a caption with no year, to their own reading)."""
    top = caption_start(s, start)
    # the first table: the lines above it are the report's own title and subtitles
    if not s.later_table or base is None or top >= start or not value_cells:
        return ""
    if any(c.period is not None for c in value_cells):
        return ""
    caption = " ".join(cell_text(v) for r in range(top, start) for v in s.rows[r] if v is not None).strip()
    if not caption or _title_plan(caption) is not None:
        return ""
    if _previous_period_label(caption):
        return caption
    said = periods.from_text(caption)
    if said is None or (said.start.year, said.end.year) == (base.start.year, base.end.year):
        return ""
    return caption


def _sheet_not_read(s: Sheet, out: Reading, why_vi: str, why_en: str) -> None:
    """A whole sheet set aside, its reason said in both languages ("…; không đọc trang tính này.")."""
    out.ignored.append(Ignored(s.name, None, s.name, f"{why_vi}; không đọc trang tính này.",
                               f"{why_en}; the sheet is not read."))
    return None


def _plan_sheet(s: Sheet, stated: Stated, out: Reading, hints: Hints | None = None) -> _SheetPlan | None:
    """Classify the header and read the title; None (and the sheet listed) when it has no table."""
    h = find_header(s)
    if h is None:
        if hints is not None and (_read_text_lines(s, hints, stated, out) or _read_list_summary(s, hints, stated, out)):
            return None
        texts = [cell_text(v) for row in s.rows for v in row if v is not None]
        if texts:
            out.ignored.append(Ignored(s.name, None, (texts[0])[:80], "Trang tính không có bảng chỉ tiêu (ví dụ trang hướng dẫn)",
                                       "Sheet has no indicator table (e.g. instructions)"))
        return None
    if hints is not None and _read_list_summary(s, hints, stated, out):
        # NOTE: blind90: an OCOP portal's list with a number column ("Ngày QĐ" as Excel serials, an "STT") has a header:
        # its rows were read as districts' and its own summary block as rows naming no province or period — the
        # former Cà Mau's honest list refused whole. The summary its list confirms is the sheet's figures, as without
        return None
    start, end = header_block(s, h)
    cols = columns_of(s, start, end)
    here = title_context(s, start)
    if town := _sheet_town(s.name) or _sheet_district(s.name, here.provinces or stated.provinces):
        # NOTE: wrong52: Nghệ An's department's workbook, a sheet named "TP Vinh" ("Huyện Mộc Châu" in Sơn La's) under
        # the province's title: the city's 30 tasks were stored as Nghệ An's (beside the province's own sheet, the
        # honest workbook was refused as two values). The warehouse holds provinces: the sheet is set aside
        return _sheet_not_read(s, out,
                               f"Tên trang tính “{s.name}” nêu {town} (huyện, thị xã, thành phố thuộc tỉnh, xã…): số liệu "
                               f"của địa phương đó, không phải của tỉnh",
                               f"The sheet's name “{s.name}” names {town} (a district, town or commune): its figures are "
                               f"that place's, not the province's")
    # NOTE: a compilation with one sheet per province ("Ninh Thuận", "Bình Thuận") names the
    # province in the sheet's name, not in a title row: it outranks what another sheet's title says
    # NOTE: "Sóc Trăng (cũ)", "Cần Thơ (mới)": the new Cần Thơ's workbook, one sheet filled by each
    # former province under the compiler's own heading ("UBND THÀNH PHỐ CẦN THƠ" on every sheet):
    # the sheet's name says whose figures they are, as a title line "của tỉnh …" would (read with
    # the heading's Cần Thơ, the three former provinces' halves were one fact with three values)
    named = sheet_provinces(s.name) if not here.provinces or here.by_issuer else []
    if not named and (not here.provinces or here.by_issuer):
        # NOTE: wrong50: "Tây Nguyên", "Vung DHNTB", "Toàn vùng" as the sheet's name under one department whose title
        # names no one's figures: the region's sums were stored as the sender's — the region's provinces together,
        # set aside as a title naming them is (etl/validate.py); columns or rows naming each still give each its own
        named = sheet_region(s.name, here.provinces or stated.provinces)
    disagree = ""
    if not named and here.provinces and not here.by_issuer and not several_named(here.provinces):
        other = sheet_provinces(s.name)
        if other and not several_named(other) and other[0].name_vi not in {p.name_vi for p in here.provinces}:
            if not _former_of(other, here.provinces):
                # NOTE: wrong51: "BÁO CÁO KẾT QUẢ KH&CN TỈNH NGHỆ AN NĂM 2024" with no issuer above it, on a sheet
                # named "Hà Tĩnh": the title's province outranked the sheet's, Hà Tĩnh's figures (if the sheet holds
                # them) stored as Nghệ An's. The two disagree on whose: not guessed, the sheet set aside naming both
                # (under an issuer's heading the sheet's name is whose, as it was; a former province of the title's
                # merged province is that province's predecessor's sheet, read as under its heading)
                return _sheet_not_read(
                    s, out,
                    f"Tiêu đề “{here.province_text}” nêu tỉnh {here.provinces[0].name_vi}, tên trang tính “{s.name}” "
                    f"nêu tỉnh {other[0].name_vi}: không rõ số liệu của tỉnh nào",
                    f"The title “{here.province_text}” names {here.provinces[0].name_en}, the sheet's name “{s.name}” "
                    f"names {other[0].name_en}: whose figures these are is not clear")
            named = other
        elif (region := sheet_region(s.name, here.provinces)):
            # NOTE: wrong51: "BÁO CÁO KẾT QUẢ KH&CN TỈNH KHÁNH HÒA NĂM 2025" with no issuer above it, on a sheet named
            # "Tây Nguyên" ("Toàn vùng", "Vung DHNTB"): the title's province outranked the sheet's region, the
            # region's sums (if the sheet holds them) stored as Khánh Hòa's. Whose the figures are is not said when
            # the two disagree: both together, set aside naming both (etl/validate.py); rows or columns naming each
            # province still give each its own
            named = list(dict.fromkeys([*here.provinces, *region]))
            disagree = f"{here.province_text} — {s.name}"
    if named and here.provinces and set(named) == set(here.provinces):
        named = []
    if here.provinces and not named:
        provs, prov_text = here.provinces, here.province_text
    elif named:
        provs, prov_text = named, disagree or s.name
    else:
        provs, prov_text = stated.provinces, stated.province_text
    # NOTE: "Hà Nam (cũ)" in the new Ninh Bình's 2025 report, one sheet per former province under the
    # compiler's heading: its "6 tháng đầu năm 2025" is the former province's own half, its "Cả năm
    # 2025" that territory's share of the new province's year — set aside as a former province's
    # column or section is, never refusing the honest file (province_frame, batch 36). Only when the
    # compiler (the sheet's heading, else the workbook's) is the province it was merged into: a former
    # province's own report after the merger is still refused
    former_sheet = bool(named) and prov_text is s.name and _former_of(named, here.provinces or stated.provinces)
    # NOTE: the same sheet whose former province a title line names under the compiler's heading ("SỐ LIỆU
    # TRÊN ĐỊA BÀN TỈNH HÀ NAM (CŨ) NĂM 2025" under "UBND TỈNH NINH BÌNH", blind67's rule) is as much a
    # former province's sheet: its "Cả năm 2025" the territory's share, set aside — refused as the former
    # province's own year after the merger, the honest file was lost (batch 36)
    if not former_sheet and here.issuer_provinces and FORMER_NOTE.search(nfc(here.province_text)) \
            and _former_of(here.provinces, here.issuer_provinces):
        former_sheet = True
    if not former_sheet and (old := _heirs_old_sheet(s, start, here.provinces or stated.provinces, stated.sheet_names)):
        provs, prov_text, former_sheet = old, s.name, True
    if not former_sheet and (old := _former_area_sheet(s, start, here.provinces or stated.provinces,
                                                        stated.sheet_names)):
        provs, prov_text, former_sheet = old, s.name, True
    if not former_sheet and not named and (initials := _sheet_initials(s.name)) \
            and not (here.provinces and not here.by_issuer and all(_initials_of(p) == initials for p in here.provinces)):
        # NOTE: refused80: a sheet named by a former province's initials ("BT cũ") that no merged province of the
        # heading resolves (Bình Thuận or Bến Tre, under a province no merger formed): whose figures they are is
        # unsaid — read as the heading's province they were a second value of its facts (the file refused), and
        # a guess could store another province's figures. Set aside, saying why
        if initials in _INITIALS_ALSO_WORDS:
            return _sheet_not_read(
                s, out,
                f"Tên trang tính “{s.name}” có chữ viết tắt “{initials.upper()}”: có thể là một tỉnh cũ hoặc “kế "
                f"hoạch” (số liệu kế hoạch, không phải số thực hiện), tiêu đề trang không nói rõ: trang tính không được "
                f"đọc (hãy ghi đầy đủ tên tỉnh cũ, ví dụ “Khánh Hòa (cũ)”, hoặc ghi “Kế hoạch” trong tiêu đề)",
                f"The sheet's name “{s.name}”: “{initials.upper()}” may stand for a former province or for “kế hoạch” "
                f"(a plan's figures, not actual ones), and the sheet's title does not say which: the sheet is not read "
                f"(write the former province's name in full, e.g. “Khánh Hòa (cũ)”, or “Kế hoạch” in the title)")
        return _sheet_not_read(
            s, out,
            f"Tên trang tính “{s.name}” nêu một tỉnh cũ bằng chữ viết tắt “{initials.upper()}”, nhưng tiêu đề không "
            f"nêu tỉnh sau sáp nhập có đúng một tỉnh cũ viết tắt như vậy: không rõ số liệu của tỉnh nào, trang tính "
            f"không được đọc (hãy ghi đầy đủ tên tỉnh cũ, ví dụ “Bến Tre (cũ)”)",
            f"The sheet's name “{s.name}” names a former province by the initials “{initials.upper()}”, but the title "
            f"names no province after the merger with exactly one former province so abbreviated: whose figures these "
            f"are is not clear, the sheet is not read (write the former province's name in full, e.g. “Bến Tre (cũ)”)")
    label_col = next((c.index for c in cols if c.role == "label"), None)
    if label_col is None:
        label_col = _guess_label_column(s, end + 1, cols)
        if label_col is not None:
            cols[label_col].role = "label"
    elif label_col > 0 and cols[label_col - 1].role == "other" and fold(cols[label_col - 1].text) in _GROUP_HEADERS:
        # NOTE: blind85: a pivot pasted as values, "Nhóm | Chỉ tiêu | Quý I …" with "Nhiệm vụ KH&CN" on its group's
        # first row only and "Mới triển khai", "Nghiệm thu" beside and under it: the group is the noun of the labels
        # beside it (read as the label column with its sub-items, as a label merged down its block is) — read
        # alone, "Mới triển khai" named nothing and the new and accepted tasks were lost
        label_col -= 1
        cols[label_col].role = "label"
    _year_parts_column(s, cols, end + 1)
    # NOTE: blind91: the new Lâm Đồng's 2025 typed its areas as rows and the indicators as columns, "Đơn vị | Kỳ
    # số liệu | Nhiệm vụ … | Sản phẩm OCOP …", the former provinces under "6 tháng đầu năm 2025" and the new
    # province under "6 tháng cuối năm 2025": without a label column the rows' period column was never looked
    # for, and the new province's second half was stored as its YEAR 2025 (the title's) — a wrong number.
    # A column of places says whose each row is, the period column which period, as beside a label column
    if label_col is not None:
        _period_column_by_its_cells(s, cols, end + 1)
    elif any(c.role == "province" for c in cols) and not any(c.role == "period" for c in cols):
        _period_column_by_its_cells(s, cols, end + 1)
        # NOTE: review47: places as rows with every row "Năm 2025" (or "Giai đoạn 2021-2025"), or the former
        # provinces under "Năm 2025" and the new one under its second half: read per row, each former province's
        # own year was a figure the merger forbids and an honest file main read was refused. Only periods that
        # tell the rows apart without overlapping (the halves before and after the merger) are the rows' own;
        # any other column leaves the rows the table's period, as before
        pcol = next((c for c in cols if c.role == "period"), None)
        place = next(c.index for c in cols if c.role == "province")
        if pcol is not None and not _periods_apart(s, pcol.index, place, end + 1):
            pcol.role = "other"
    if label_col is not None:
        for c in cols:
            # NOTE: "Kỳ báo cáo" over figures (the statistical form, beside "Kỳ trước") is the
            # report's own period, not a column of periods as in tidy rows
            if c.role == "period" and not c.year_parts and fold(c.text) in ("ky bao cao", "nam bao cao") \
                    and _holds_figures(s, c.index, end + 1):
                c.role, c.relative_year = "value", 0
    base = _base_period(sheet_period(s), here.period, stated.period, s.name)
    first_caption = _first_tables_caption(s, start, base, here) if not s.later_table else None
    if first_caption is not None and first_caption[0] is not None:
        base = first_caption[0]
    if base is not None:
        _own_part_columns(cols, base)
    _from_a_day_to_the_report(cols, base)
    _running_total_in_a_months_report(cols, base)
    _bare_running_total_in_a_months_report(cols, base)
    if not here.provinces and not named:
        provs = _inherited_provinces(provs, stated, base)
        if here.whole_region_text and provs and not several_named(provs) and (region := senders_region(provs)):
            # NOTE: wrong51: "KẾT QUẢ HOẠT ĐỘNG KH&CN TOÀN VÙNG NĂM 2025" with no issuer line, in
            # "khanhhoa_2025.xlsx" (or beside another sheet's "SỞ KH&CN TỈNH KHÁNH HÒA"): the region's totals were
            # stored as Khánh Hòa's — its region's provinces together, set aside as under an issuer (etl/context.py)
            provs, prov_text = list(dict.fromkeys([*provs, *region])), here.whole_region_text
    if base is not None and base.kind != "date" and base.start.year == base.end.year \
            and (base.start.month, base.end.month) != (1, 12) \
            and any(c.role == "value" and fold(c.text) in REPORT_PERIOD_HEADERS for c in cols):
        # NOTE: a table that already has its year to date ("Thực hiện kỳ này | Lũy kế từ đầu năm |
        # Lũy kế đến cuối kỳ báo cáo", Quý III/2023) gives the total to date in the last one: made a
        # second year to date, OCOP's 160 valid contradicted its 27 and the honest file was refused
        # NOTE: blind77: only the report's own year to date: "Lũy kế cùng kỳ năm trước" (last year's, read as its
        # January–October) beside "Thực hiện kỳ báo cáo | Lũy kế đến kỳ báo cáo" in a report on October 2024 made the
        # bare "Lũy kế" a total to date — the 30 OCOP products recognised in ten months stored as the products still
        # recognised at 31/10, the tasks accepted set aside — while its same span a year before was read as ten months
        has_ytd = any(c.within_year == ("ytd",) and not c.cumulative and not c.relative_year and c.same_part_of is None
                      for c in cols)
        for c in cols:
            if base.start.month == 1:
                # NOTE: in a report on Quý I or 6 tháng đầu năm the year to date is the report's own
                # period: the form's "Lũy kế" repeats it or means something else, and a flow's
                # figure there ("Sản phẩm OCOP được công nhận | 5 | 5") is never its stock to date
                if c.cumulative and c.period is None and c.within_year is None and fold(c.text) in BARE_CUMULATIVE:
                    c.form_cumulative = True
                continue
            # NOTE: the Ministry's statistical form "Mã số | Chỉ tiêu | Đơn vị tính | Kỳ báo cáo |
            # Lũy kế" in a report on Quý II/2026: its "Lũy kế" is the year to the quarter's end
            # (2026-S1), never a total to date (read so, "Sản phẩm OCOP được công nhận | 18 | 18" was
            # a stock of 18 valid products beside the 512 the form states, and the file refused)
            if c.cumulative and c.period is None and c.within_year is None and fold(c.text) in BARE_CUMULATIVE \
                    and not has_ytd:
                c.cumulative, c.within_year, c.form_ytd = False, ("ytd",), True
    if base is not None and base.kind != "date" and base.start.year == base.end.year and base.start.month > 1 \
            and base.end.month < 12:
        _year_groups_to_the_report(cols, base)
    if base is not None:
        # a plan typed as one, of a period after the report's ("Kế hoạch 2025"): an estimate of that
        # period beside it is the forecast, set aside (_list_unread_columns), never a second plan
        typed_plans = {c.period for c in cols if c.role == "value" and c.measure == "plan" and c.period is not None
                       and c.period.start > base.end}
        for c in cols:
            # NOTE: "Kế hoạch 2025 | Thực hiện 2025 | Ước 2026" in the report on 2025 (the new Quảng
            # Ngãi's): an estimate for a year after the report's period is a forecast — a plan, as
            # "Dự kiến năm 2026" is — never what 2026 achieved (an estimate of the report's own
            # year, "Ước thực hiện cả năm" in a report on nine months, stays that year's figure)
            if c.role == "value" and c.status == "estimated" and c.period is not None \
                    and c.period.start > base.end and c.measure == "actual":
                c.measure, c.status = "plan", "reported"
                # NOTE: recall32: "Năm 2024 | Kế hoạch 2025 | Ước TH 2025" in the report on 2024: both
                # read as 2025's plan, the file was refused whole for two values of one plan
                if c.period in typed_plans:
                    c.role = "forecast"
        _years_reached(cols, base, fold(_title_text(s, start) + " " + stated.period_text))
    if base is not None and base.kind == "year":
        for c in cols:
            # NOTE: "Quý I … Quý IV | Cả năm" under a yearly title: the year's own figure (in a
            # report on nine months a bare "Cả năm" may be an estimate: not read there)
            if c.role == "other" and fold(c.text) in ("ca nam", "tong ca nam", "ca nam thuc hien"):
                c.role, c.within_year = "value", ("year",)
    if base is not None and base.kind != "date" and base.start.year == base.end.year:
        _parts_total_column(cols, base.end.year)
    _years_total_column(cols)
    _group_total_column(cols)
    months = {c.index: c.within_year[1] for c in cols if c.within_year and c.within_year[0] == "month"}
    if len(months) >= 2 and base is not None and base.start.year == base.end.year and base.kind != "date":
        # NOTE: "T1 | … | T12 | Lũy kế" (a monthly tracking sheet filled to September): the
        # "Lũy kế" is the sum from January to the last month that holds figures, never a total to
        # date nor the year (three months still empty)
        last = max((m for i, m in months.items()
                    if any(_is_number_like(s.value(r, i)) for r in range(end + 1, len(s.rows)))), default=None)
        y = base.end.year
        for c in cols:
            if c.cumulative and c.period is None and c.within_year is None and last is not None \
                    and last <= base.end.month:
                c.cumulative, c.period = False, periods.span(date(y, 1, 1), date(y, last, calendar.monthrange(y, last)[1]))
    # the one month the table reports, however its columns name it: "Tháng 9" read within the year, or
    # "Tháng 10" under a year's group ("Năm 2024 | Năm 2023" over "Tháng 10 | Từ đầu năm": its period set)
    reported = set(months.values()) | {c.period.end.month for c in cols if c.role == "value"
                                       and c.period is not None and c.period.kind == "month"}
    if len(reported) == 1 and base is not None and base.kind == "year":
        # NOTE: probe36: "Thực hiện tháng 9 | Lũy kế từ đầu năm | Cùng kỳ năm trước" under "… NĂM 2024"
        # (a monthly report titled by its year): the year to date was stored as the whole year 2024 and
        # "Cùng kỳ" as the whole of 2023, a bare "Lũy kế" as the valid stock at 31/12/2024 — they run
        # from January to the month the table reports, and last year's to the same month.
        # review28a: so under two years' groups, each over "Tháng 10 | Từ đầu năm" ("Năm 2024 | Năm 2023",
        # "Năm nay | Cùng kỳ năm trước"), the months counted once: January–October stored as each whole year
        (month,) = reported
        to_month = ("first", month) if month < 12 else ("year",)
        ytd = [c for c in cols if c.role == "value" and c.period is None and c.index not in months and (
            c.within_year == ("ytd",) or c.cumulative and c.within_year is None and fold(c.text) in BARE_CUMULATIVE)]
        for c in ytd:
            c.cumulative, c.within_year, c.form_ytd = False, to_month, False
        if ytd:
            for c in cols:
                # review28a: so is "Cùng kỳ năm 2023" (its year named) beside "Tháng 10/2024 | Lũy kế từ đầu năm"
                # under "… NĂM 2024": stored as the whole year 2023
                if c.role == "value" and c.within_year is None and c.period is None and (
                        c.relative_year == -1 and "cung ky" in fold(c.text) or c.same_part_of is not None):
                    c.within_year = to_month
    if base is not None and base.kind == "year":
        _same_part_of_the_one_part(cols, base)
        _same_period_beside_two_parts(cols, base)
    if base is not None and base.kind == "month":
        _same_period_in_a_months_report(cols, base)
    if any(c.within_year == ("ytd",) for c in cols) \
            and any(c.role == "value" and c.period is not None and c.period.kind == "month" for c in cols):
        for c in cols:
            # NOTE: wrong38: "Cùng kỳ năm 2024 (tháng 10)" beside "Thực hiện tháng 10/2025 | Lũy kế từ đầu năm":
            # the same October or the same ten months — both end where its note says; no one can tell
            if c.role == "value" and c.same_part_end is not None and c.within_year is None:
                c.role = "unsure_same"
    if any(c.within_year == ("ytd",) for c in cols):
        for c in cols:
            # NOTE: "Cùng kỳ năm trước" beside "Lũy kế từ đầu năm" is last year's figure to the
            # same month, which the comparison column sets against the year to date
            if c.role == "value" and c.relative_year == -1 and "cung ky" in fold(c.text) and c.within_year is None:
                c.within_year = ("ytd",)
            # NOTE: so is "Cùng kỳ năm 2024" (its year named, blind50): beside "Thực hiện tháng 10/2025 |
            # Lũy kế từ đầu năm" it was stored as October 2024, the comparison set against the ten months
            elif c.role == "value" and c.same_part_of is not None and c.period is None and c.within_year is None:
                c.within_year = ("ytd",)
    if label_col is not None and fold(cols[label_col].text) not in LEVEL_HEADERS:
        # NOTE: a centrally-run city's form names its provincial level "Cấp Thành phố" (Hà Nội's
        # "Chia theo cấp quản lý: Cấp quốc gia | Cấp Thành phố | Cấp cơ sở"), as its row labels do
        city = _central_city(provs, base)

        def level_text(t: str) -> str:
            return fold(_CITY_LEVEL.sub(lambda m: m[1] + "tỉnh", nfc(t)) if city else t)
        levels = {c.index: _LEVEL_COLUMN.search(level_text(c.text)) for c in cols
                  if c.index != label_col and c.role in ("other", "value") and not c.period}
        levels = {i: m for i, m in levels.items() if m}
        stars = {c.index: m for c in cols if c.index != label_col and c.role in ("other", "value")
                 and c.index not in levels and (m := (_STAR_COLUMN.match(fold(c.text)) if not c.period
                                                 else _star_under_its_period(c)) or _star_under_its_stage(c))}
        # (rows by product group, "Nhóm sản phẩm | 3 sao | 4 sao | Tổng", are categories of a caption's
        # indicator, read with its "Tổng cộng" row by walk._read_whole_row: not the indicators' parts)
        if len(stars) >= 2 and not levels and fold(cols[label_col].text) not in CATEGORY_HEADERS:
            # NOTE: OCOP stars as columns beside the total ("Tổng số (sản phẩm) | Phân hạng: 3 sao | 4
            # sao | 5 sao"), the indicators as rows (the year-end appendix "PL3 OCOP", batch 44: every
            # figure unread): a star column holds the row's indicator's part of that star, or nothing
            # the registry has (re-recognized or registered products by star: set aside, see _level_part)
            for c in cols:
                if c.index in stars:
                    c.role, c.level_text = "value", f"{stars[c.index][1]} sao"
                    c.stage = _stage_over_stars(c) or ""
                elif _bare_total_column(c) or _whole_under_its_period(c, cols, stars):
                    c.role = "value"
                elif (stage := _stage_over_stars(c)) and _STAR_OR_WHOLE_TAIL.match(nfc(c.text).strip())["whole"] \
                        and c.index > max(stars) and all(cols[i].stage == stage for i in stars):
                    c.role, c.stage = "value", stage
                elif c.role == "total" and fold(c.text) in _PARTS_TOTAL_WORDS and c.index > max(stars):
                    # NOTE: mend27b: a pivot's "Row Labels | 3 sao | 4 sao | 5 sao | Grand Total" (rows the
                    # provinces, batch 48): the grand total is the row's own figure of the filter's
                    # indicator — set aside as a total over provinces; read only where it is the sum of
                    # the row's stars (a blank star cell none of that star)
                    c.role, c.sums_parts, c.blank_part_is_none = "value", tuple(sorted(stars)), True
        if len(levels) >= 2:
            # NOTE: the Ministry's forms give the levels as columns beside the total ("Tổng số |
            # Chia theo cấp quản lý: Cấp quốc gia | Cấp tỉnh | Cấp cơ sở"), the indicators as rows:
            # a level column holds the row's indicator's part at that level, or nothing the
            # registry has (read by _level_part: never the row's whole)
            for c in cols:
                if c.index in levels:
                    c.role, c.level_text = "value", _LEVEL_NAMES[next(g for g in levels[c.index].groups() if g)]
                elif _bare_total_column(c):
                    c.role = "value"
    if label_col is not None and _ABOUT_PII.search(fold(_title_text(s, start))):
        for c in cols:
            # NOTE: a PII table with pillars as rows under one header row "Điểm | Xếp hạng (/34)",
            # the edition in the title: each column says which of the row's two figures it holds
            # (as "PII 2023" over "Điểm | Hạng" does)
            prefix = score_rank_prefix(c.text) if score_rank_prefix(c.text) == REGION_RANK \
                else _SCORE_RANK.get(fold(_PAREN_NOTE.sub(" ", c.text))) or score_rank_prefix(c.text)
            if c.role == "other" and c.index != label_col and prefix:
                c.role, c.label_prefix = "value", prefix
    if (scope := _title_scopes_a_region(s, start)) is not None:
        for c in cols:
            if c.label_prefix == "Xếp hạng" and _rank_field_unsaid(c.text):
                # NOTE: wrong55: "Tỉnh | Điểm | Xếp hạng" under "CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN" (or "…
                # TRONG VÙNG", "… CỤM THI ĐUA SỐ 5"): the places 1–3 among the region's provinces were stored as the
                # ranks among the 34. A bare rank under a title naming a region or a cluster may be either —
                # read as neither (refused79's "Xếp hạng (trong vùng)" is the same column said outright)
                c.label_prefix = REGION_RANK
    indicator_cols = {}
    about_pii = bool(_ABOUT_PII.search(fold(f"{_title_text(s, start)} {s.name}")))
    # NOTE: "Điểm | Xếp hạng" under a title or sheet that names one pillar ("PII 2024 — Trụ cột Thể
    # chế") are that pillar's figures, never the index's own: not read as the index's (not guessed)
    pillar_named = about_pii and bool(_PILLAR_WORDS.search(fold(f"{_title_text(s, start)} {s.name}")))
    if label_col is None:
        # NOTE: indicators as columns, rows by province ("Tỉnh") or by year ("Năm"): each header
        # that names an indicator by itself is that indicator's column
        heading = None
        for c in cols:
            # NOTE: "Tổng" under a group header that names an indicator ("Sản phẩm OCOP được công
            # nhận trong năm" over "3 sao | 4 sao | Tổng") is that indicator's own column, not a
            # total over provinces
            grouped_total = c.role == "total" and fold(c.text) not in TOTAL_WORDS and not _WHOLE_PLACE.search(fold(c.text))
            if c.role == "total" and not grouped_total and (whole := _whole_of_the_parts(c, indicator_cols)):
                # NOTE: blind60: "3 sao | 4 sao | Tổng cộng" with places down the rows: the bare total right of
                # two or more parts of one whole is that whole's column, not a total over the places
                indicator_cols[c.index] = (whole, c.period)
                c.role = "indicator"
                continue
            if c.role == "total" and not grouped_total and not indicator_cols and heading is None \
                    and _first_row_a_year(s, cols, end) and not any(o.role in ("province", "province_value") for o in cols) \
                    and (whole := _whole_of_the_title(s, start)) is not None:
                # NOTE: blind72: Khánh Hòa's statistics office, "Năm | Tổng số | Chia ra: Cấp Nhà nước | Cấp tỉnh | Cấp
                # cơ sở" with the years down the rows under "SỐ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ ĐANG THỰC HIỆN PHÂN THEO
                # CẤP QUẢN LÝ": the first column's bare total is the title's indicator, as a yearbook's "TỔNG SỐ" row
                # under its caption is (_caption_of_total), and heads the levels right of it (the file was refused)
                indicator_cols[c.index] = (whole, c.period)
                c.role, heading = "indicator", whole
                continue
            if NAMES_HEADER.match(fold(c.text)):
                # NOTE: "Tên chỉ dẫn địa lý", "Tên dự án": a column of names, one item a row,
                # never an indicator's figures (read as one, the GIs' names were a column of
                # "Chỉ dẫn địa lý")
                continue
            if (c.role in ("other", "value") or grouped_total) and c.text \
                    and labels.place_below_province(c.text) is not None:
                # NOTE: review27a: "Huyện Văn Chấn" under the group "Số sản phẩm OCOP được công nhận" (years
                # down the rows), "Sản phẩm OCOP được công nhận huyện Văn Chấn": a district's figures, stored
                # as the province's products (blind47's group header made the layout readable) — the column
                # of a place below the province is no column of the province's indicator
                continue
            if (c.role in ("other", "value") or grouped_total) and c.text:
                code, p = indicator_for_label(c.text, None)
                if code is not None and (flow := _flow_of_a_span_summed(code, c)) is not None:
                    code = flow
                if code is not None and _title_rules_out(s, start, code, (c,)):
                    c.role = "ruled_by_title"
                    continue
                if code is None and about_pii and not pillar_named:
                    code = _pii_column(c.text, c.period or base, scope is not None)
                if code is None and not grouped_total and _title_text(s, start):
                    # NOTE: "Lũy kế tổ chức, cá nhân được cấp quyền sử dụng" under "TÌNH HÌNH QUẢN LÝ,
                    # SỬ DỤNG CHỈ DẪN ĐỊA LÝ …": a header read with the table's title, taken only when
                    # the matcher is then sure of the indicator it was nearest to
                    m = labels.match_in_context(c.text, _title_text(s, start))
                    code = m.indicator if m is not None and m.taken and _is_count(m.indicator) \
                        and not _to_date_unsaid(m.indicator, c.text, _title_text(s, start)) \
                        and not labels.ruled_out_by(m.indicator, _title_text(s, start)) else None
                    # NOTE: fix53: "Giải quyết đúng hạn" under "THEO DÕI TIẾP NHẬN HỒ SƠ THỦ TỤC HÀNH CHÍNH
                    # NĂM 2024" counts the dossiers resolved on time, not the procedures in force: the title
                    # speaks of what the indicator excludes ("hồ sơ"), so the header read with it is not it
                # NOTE: recall37: … and over places down the rows ("STT | Phường, xã, đặc khu | Sáng kiến" under "Sáng
                # kiến được công nhận năm 2025 phân theo phường, xã, đặc khu": the new TP.HCM's 879 initiatives lost)
                # — blind65: and over any places' column, "Địa phương" too (the new Ninh Bình's "Địa phương | 3 sao |
                # 4 sao | 5 sao | Tổng số sản phẩm" under "SẢN PHẨM OCOP CÒN HIỆU LỰC ĐẾN NGÀY 31/12/2025": its former
                # provinces then "Toàn tỉnh", the file refused as naming no indicator); which row is whose — a
                # province's own, a part of the province, a total — is the places column's reading, as before
                if code is None and not grouped_total \
                        and (_years_below(s, start) or any(o.role == "province" for o in cols)) \
                        and (code := column_with_title(c.text, title_above(s, start))) is not None \
                        and (not _is_count(code) or _to_date_unsaid(code, c.text, _title_text(s, start))
                             or _running_total_of_a_flow(code, c.text, title_above(s, start))):
                    # NOTE: recall33: "Năm | Số nhiệm vụ | Kinh phí (triệu đồng)" (years down the rows) under
                    # "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022–2024": "Số nhiệm vụ" is the tasks accepted
                    # each year, read with the title as a sub-item is with its heading (the file was refused
                    # as naming no indicator); counts only, as above
                    code = None
                if code is None and (grouped := _group_over_stars(c.text, _title_text(s, start))) is not None:
                    code = grouped
                if code and code.startswith("ocop_products") and indicator_for_label(c.text, None)[0] is None \
                        and _title_other_products(s, start):
                    # NOTE: review46: "3 sao | 4 sao | 5 sao" named by a title of OCOP products exported, upgraded,
                    # supported ("SẢN PHẨM OCOP XUẤT KHẨU NĂM 2024 TỈNH HÀ TĨNH") or a district's were stored as the
                    # province's products recognised: a header that names them only with its title takes its words
                    c.role = "ruled_by_title"
                    continue
                if code:
                    heading = code
                elif heading and not grouped_total:
                    # NOTE: a bare level after an indicator's column ("Tổng số nhiệm vụ | Cấp quốc gia
                    # | Cấp tỉnh | Cấp cơ sở") is that indicator's part, as a "- Cấp tỉnh" row is
                    code, p = indicator_for_label(c.text, heading)
                    if code is None and (star := _STAR_COLUMN.match(fold(c.text))):
                        # NOTE: blind60: "Tổng số sản phẩm được công nhận | Chia theo hạng sao: 3 sao | 4 sao |
                        # 5 sao" over the new Hưng Yên's communes: the group's words before the star kept the
                        # star from being read as the whole's part (the stars of the province's row lost)
                        code = _level_part(heading, f"{star[1]} sao")
                if code is None and (whole := _whole_of_the_parts(c, indicator_cols)):
                    # NOTE: blind60: "Số sản phẩm 3 sao | 4 sao | 5 sao | Tổng số sản phẩm" in the new An
                    # Giang's OCOP export: the total right of its parts is the whole they divide
                    code, p = whole, None
                if code:
                    if _same_part_named(c, p or c.period):
                        # NOTE: review38a: "Công nhận cùng kỳ năm 2024" (or "Cùng kỳ năm 2024") over "3 sao | 4 sao | 5
                        # sao | Cộng" under "… 6 THÁNG ĐẦU NĂM 2025": its year says only which year's same part (as a
                        # value column's, etl/headers.py same_part_of_year) — the first half of 2024's 164 products
                        # was stored as the whole 2024's
                        p = None
                    indicator_cols[c.index] = (code, p or c.period)
                    c.role = "indicator"
        _whole_and_stars_of_the_title(s, start, end, cols, indicator_cols, provs)
    if label_col is not None:
        for c in cols:
            # NOTE: "Năm 2024 (TH/KH)" over "15/20", "18/18", "52": the year's figure done, its plan
            # after the slash (a completion ratio "TH/KH (%)" names no period and holds no "a/b")
            if c.role == "ratio" and (p := done_of_plan_header(c.text)) is not None and any(
                    isinstance(v := s.value(rr, c.index), str) and DONE_OF_PLAN_CELL.match(v)
                    for rr in range(end + 1, len(s.rows))):
                c.role, c.period, c.done_of_plan = "value", p, True
    if label_col is not None:
        _former_initials_beside_the_whole(cols, provs)
        _bare_formers_beside_the_whole(cols, provs)
        _whole_province_beside_formers(cols, provs)
        if _plan_of_the_title(s, start) is None:   # under a plan's title "Toàn tỉnh" is the plan's: unread
            _whole_beside_its_parts(cols, label_col)
    value_cells = [c for c in cols if c.role in ("value", "province_value") and c.index != label_col]
    by_category = False
    if label_col is not None and not value_cells and not indicator_cols:
        # NOTE: a breakdown by category as columns beside its total ("Tổng số | Chia theo lĩnh vực:
        # KHTN | KT&CN | Y dược | Nông nghiệp | KHXH | KHNV"): the categories name no figure the
        # registry has, the total is the row's own figure (no period or province columns to sum over)
        totals = [c for c in cols if c.role == "total" and fold(c.text) in ("tong so", "tong cong", "tong", "cong")]
        # (the men's and women's columns, "sex", are such a breakdown: "Tổng số | Trong đó: Tiến sĩ › Tổng số |
        # Nam | Nữ" — review37)
        others = [c for c in cols if c.role in ("other", "sex") and c.index != label_col and c.text]
        if len(totals) == 1 and len(others) >= 2:
            totals[0].role = "value"
            value_cells = totals
            by_category = True
    if label_col is not None and not indicator_cols and not by_category \
            and fold(cols[label_col].text) not in LEVEL_HEADERS \
            and not any(c.period or c.within_year or c.relative_year is not None or c.measure != "actual"
                        for c in value_cells):
        # (a value column without a period, "Tổng kinh phí thực hiện (triệu đồng)", stays unread there)
        indicator_cols = _item_table_columns(s, cols, label_col, start, end)
    level_cols = {}
    pivot_levels = label_col is not None and _pivot_rows_are_levels(s, cols[label_col], end)
    if label_col is not None and (fold(cols[label_col].text) in LEVEL_HEADERS or pivot_levels):
        title, heading = _title_text(s, start), None
        unnamed = [c for c in cols if c.role in ("value", "other") and c.index != label_col and c.text.strip()
                   and indicator_for_label(c.text, None)[0] is None]
        types = {c.index: t for c in cols if c.index != label_col and (t := _task_type_alone(c.text))}
        if len(set(types.values())) < 2:
            types = {}
        # over star rows, only when every column left unnamed names its stage or validity (see _star_rows_column)
        star_codes = {c.index: _star_rows_column(cols[label_col].text, c.text, title) for c in unnamed} if title else {}
        if not all(star_codes.values()):
            star_codes = {}
        hotels_beside = _stars_of_another_kind(cols[label_col].text, title)
        for c in cols:
            if hotels_beside and c.index != label_col and c.role in ("value", "other") and c.text.strip() \
                    and not _says_ocop(c.text):
                # NOTE: wrong46: "CƠ SỞ LƯU TRÚ DU LỊCH VÀ SẢN PHẨM OCOP NĂM 2024" over "Hạng sao | Còn hiệu lực đến
                # 31/12/2024": the hotels' stars were stored as OCOP products still valid — the title's OCOP is not
                # the rows', the table must say OCOP itself
                c.role = "stars_of_another_kind"
                continue
            if c.index in types:
                # NOTE: wrong36: "Cấp nhiệm vụ | Đề tài | Dự án | Đề án" under "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM
                # 2023": the topics' "Tổng cộng | 73" and "Cấp tỉnh | 41" were stored as every task managed and the
                # provincial ones ("đề tài" reads "nhiệm vụ"). Beside another type each is one type's share, never
                # every task at the level: unread; a "Tổng số" right of them is the whole (below)
                continue
            if c.index - 1 in types and c.index - 2 in types and c.role in ("total", "value", "other") \
                    and fold(c.text).strip() in TOTAL_WORDS:
                # NOTE: review37: read with the letterhead ("SỞ KHOA HỌC VÀ CÔNG NGHỆ": "Số nhiệm vụ KH&CN"), the
                # total was every task managed under any title: "ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ KH&CN", "NHIỆM VỤ …
                # BỊ DỪNG THỰC HIỆN", "… ĐƯỢC THANH LÝ HỢP ĐỒNG", "KẾT QUẢ ĐĂNG KÝ SỞ HỮU TRÍ TUỆ TỪ NHIỆM VỤ …"
                # stored their 65 (and its levels) so. The title's lines say the stage; a title naming no tasks
                # ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN") leaves them the bare count, the tasks managed; one naming
                # tasks the registry has no stage for, nothing
                lines = title_above(s, start)
                code = column_with_title("Số nhiệm vụ", lines)
                # NOTE: review38b: "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" names
                # the department's duties to come, no tasks: the 65 tasks managed (and levels) were lost — only the
                # title's results, before its work to come (metrics/header_words.toml span_ahead_words), say the tasks
                # NOTE: wrong40: and "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024" (a bare "nhiệm vụ", no stage) lost them
                # too: a title of the tasks carried out, nothing else, is the tasks managed (_reports_tasks_done)
                # NOTE: review39: and a title naming their stage without the word ("TỔNG HỢP ĐỀ XUẤT ĐẶT HÀNG NĂM 2025")
                # stored the tasks proposed so: a stage named is tasks named (_names_tasks_of_a_stage)
                if code is None and not any(_names_tasks_of_a_stage(line) for line in lines):
                    code = "tasks_managed"
                if code:
                    level_cols[c.index] = code
                    c.role = "indicator"
                    heading = heading or code
                continue
            code = indicator_for_label(c.text, None)[0] if c.role in ("value", "other") and c.index != label_col else None
            if code is None and c.role in ("value", "other") and c.index != label_col and c.text:
                # NOTE: a crosstab of tasks, levels as rows and statuses as columns ("Tổng số nhiệm vụ
                # đang quản lý | Trong đó: Mở mới | Chuyển tiếp | Nghiệm thu | Bàn giao kết quả")
                # under "TÌNH HÌNH QUẢN LÝ NHIỆM VỤ KH&CN": a header read with the title, then a
                # status read as a part of the first column's indicator (the whole the statuses
                # divide); a header that names nothing so stays unread
                # NOTE: recall31: "Chuyển tiếp | Mở mới | Tổng số | Đã nghiệm thu" over "Cấp quốc gia | Cấp
                # thành phố | Cấp cơ sở" under "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2023" (Hải Phòng, batch
                # 54): a status alone scores low by its few words, not by another indicator's — read with
                # the title as well (18 facts of the crosstab were lost) — only among several such statuses: one
                # column ("Số nhiệm vụ") is read from its caption below, which checks the caption's period and place
                # — and only over the levels of management ("Cấp quản lý", "Phân cấp"), never a star's ("Hạng sản
                # phẩm | Công nhận mới năm 2024" under "… NHIỆM VỤ KH&CN VÀ … OCOP" read as the new tasks, batch 18)
                short = len(unnamed) >= 2 and re.search(r"(^| )cap( |$)", fold(cols[label_col].text)) is not None
                m = labels.match_in_context(c.text, title, short=short) if title else None
                code = m.indicator if m is not None and m.taken and _is_count(m.indicator) else None
                if code is None and short and title and _tasks_level_header(cols[label_col].text) \
                        and "nhiem_vu" not in labels.label_tokens(c.text):
                    # NOTE: wrong34: "Cấp nhiệm vụ | Đang quản lý | Mới triển khai | Nghiệm thu" under "BÁO CÁO
                    # KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023" (a title naming no tasks) was refused whole ("không tìm
                    # thấy chỉ tiêu nào"); under "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN …" it is read: the rows'
                    # header says the tasks the title does not. Only a task's stage (a kind of task, "Đề tài",
                    # stays unread: its share, never every task at the stage)
                    m = labels.match_in_context(c.text, f"{title} {cols[label_col].text}", short=True)
                    code = m.indicator if m is not None and m.taken and m.indicator.startswith("tasks_") \
                        and _is_count(m.indicator) else None
                if code is None and heading is not None:
                    code = indicator_for_label(c.text, heading)[0]
                if code is None and title:
                    # NOTE: "Hạng sản phẩm | Công nhận mới năm 2024 | Lũy kế còn hiệu lực" under "SẢN
                    # PHẨM OCOP": the rows' header says what the column counts ("sản phẩm … công
                    # nhận mới"), read with the title as one header; taken only when sure
                    m = labels.match_in_context(f"{cols[label_col].text} {c.text}", title)
                    code = m.indicator if m is not None and m.taken and _is_count(m.indicator) else None
                if code is None:
                    code = star_codes.get(c.index)
            if code is None and c.role in ("value", "other") and c.index != label_col and c.text \
                    and c.period is None and c.relative_year is None and not c.within_year \
                    and c.measure == "actual" and len([o for o in unnamed if o is c
                                                       or not _OF_WHICH_COLUMN.match(fold(o.text).strip())]) == 1:
                # NOTE: "Bảng 2. Số nhiệm vụ KH&CN được quản lý năm 2025 phân theo cấp quản lý" over
                # "STT | Cấp quản lý | ĐVT | Số nhiệm vụ" (batch 43): the column says only that it
                # counts, its caption what — the levels and their "Tổng cộng" were left unread
                # — also beside its "of which" share ("Số lượng | Trong đó nghiệm thu", blind64: the share is
                # a part of this count, never another count the caption could be)
                code = _breakdown_caption(s, start, base, c.text)
            if code is None and c.role in ("value", "other") and c.index != label_col and c.period is not None \
                    and c.relative_year is None and c.measure == "actual" and not c.cumulative \
                    and c.same_part_of is None and _PERIOD_ALONE.fullmatch(fold(c.text).strip()) \
                    and [o.index for o in unnamed] == [c.index]:
                # NOTE: blind85: "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU 9 THÁNG NĂM 2026 THEO CẤP" over "Cấp quản lý | ĐVT | 9
                # tháng 2026": the one column says only its period, the caption what it counts — the levels and their
                # "Tổng cộng" were read as nothing (and Thanh Hóa's 31 never met the summary's 27), as "Số lượng"
                # there is read; the caption's period must be the column's
                code = _breakdown_caption(s, start, c.period, None)
            if code is None and pivot_levels and c.role == "value" and c.period is None and c.measure == "actual":
                code = _pivot_count_of_the_title(c.text, title_above(s, start))
            if code:
                level_cols[c.index] = code
                c.role = "indicator"
                heading = heading or code
        _total_of_the_statuses(cols, level_cols)
        _money_of_the_tasks_managed(cols, label_col, level_cols)
        for ci in [ci for ci, code in level_cols.items() if registry.indicator(code).is_stock
                   and _NO_LONGER_VALID.search(fold(cols[ci].text))]:
            # NOTE: review47: "Công nhận trong năm 2024 | Không còn hiệu lực" over the stars: the products whose
            # recognition lapsed were stored as the valid stock ("còn hiệu lực" read inside "không còn hiệu lực")
            del level_cols[ci]
        if len(level_cols) == 1:
            (ci, code), = level_cols.items()
            c = cols[ci]
            others = [o for o in cols if o.role in ("value", "other") and o.index not in (label_col, ci) and o.text.strip()]
            about_stocks = not registry.indicator(code).is_stock and f"{code}_total" in registry.indicators() \
                and not c.cumulative and c.period is None and not c.within_year and _ONLY_STOCKS.search(fold(title))
            if about_stocks and any(_NEW_OR_IN_PERIOD.search(fold(o.text)) or _PRODUCT_OR_VALIDITY.search(fold(o.text))
                                    for o in others):
                # NOTE: "Sản phẩm OCOP được công nhận và còn hiệu lực đến 31/12/2024" over "Số sản phẩm
                # được công nhận | Số sản phẩm hết hiệu lực" (160 | 19): what is still valid is 141, in no
                # cell; beside "Nâng hạng sao trong năm" or "Công nhận mới" the caption cannot say which
                # column is what. 160 was stored as the valid stock (and before, as recognized in the
                # year): the column is not read
                del level_cols[ci]
            elif about_stocks and all(not o.cumulative and o.period is None for o in others):
                # NOTE: "SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN ĐẾN 30/6/2025" over "Hạng sao | Số sản
                # phẩm" (the former Bạc Liêu's sheet in the new Cà Mau's workbook): the title says
                # the one column of products holds the products still valid, a stock (read as those
                # recognized in the half, 134 stocks were stored as flows). One column of products
                # beside columns that count nothing of the registry ("Số chủ thể", "Ghi chú"; Đồng
                # Tháp's caption "Sản phẩm OCOP còn hiệu lực đến ngày 31/12/2021", batch 25) is that
                # one column still: its 168 valid products were stored as 168 recognized in 2021
                level_cols[ci] = f"{code}_total"
        if level_cols:
            value_cells = [c for c in cols if c.role in ("value", "other", "indicator") and c.index != label_col]
    if indicator_cols:
        value_cells = [c for c in cols if c.index in indicator_cols]
    # NOTE: a province column (tidy rows "Tỉnh | Năm | Chỉ tiêu | Giá trị", or "Tỉnh | Chỉ tiêu |
    # Năm 2022 | Năm 2023") names each row's province; the title's or the uploader's never does.
    pcol = next((c.index for c in cols if c.role == "province" and not c.subunits), None)
    # NOTE: tidy rows "Tỉnh | Huyện | Năm | Chỉ tiêu | Giá trị": beside the province's column, a column
    # of its districts (or communes) says which rows are a part of the province (see _row_place)
    subunit_col = next((c.index for c in cols if c.role == "province" and c.subunits), None) \
        if pcol is not None else None
    if pcol is None:
        pcol = next((c.index for c in cols if c.role == "province"), None)
    if pcol is not None and not cols[pcol].subunits and _localities_are_units(s, end, pcol, cols[pcol], provs):
        cols[pcol].subunits = True
    subunits = pcol is not None and cols[pcol].subunits
    share = _share_column(cols, value_cells) if label_col is not None and not indicator_cols and not level_cols \
        else None
    plain_rows = label_col is not None and not indicator_cols and not level_cols and pcol is None
    # NOTE: batch 51: the ministry office's comparison, a block per indicator — "1. Sản phẩm OCOP được công
    # nhận (sản phẩm)" over "Năm | Ninh Thuận | Sơn La | Kon Tum | Bình Thuận | Bình quân 4 tỉnh", years
    # down the rows: the caption names the indicator of every row as it does over places down the rows
    # review28a: never beside a column of a place that is no province nor a sum of provinces — Hà Tĩnh's own
    # "Năm | Hà Tĩnh | Kỳ Anh | Hương Sơn | Toàn tỉnh" (its city, its districts) stored the city's 12 products
    # as the province's
    years_by_province = pcol is None and any(c.role == "period" and not c.year_parts for c in cols) \
        and any(c.role == "province_value" for c in value_cells) \
        and not any(c.role == "other" and c.text.strip() and not is_aggregate_place(fold(c.text)) for c in cols)
    caption_label = _caption_of_places(s, start, base) \
        if label_col is None and (pcol is not None or years_by_province) and not subunits and not indicator_cols \
        and value_cells else ""
    group_captions = _groups_over_places(value_cells, base) \
        if label_col is None and years_by_province and not caption_label and not indicator_cols else {}
    aside = (_caption_of_another_period(s, start, base, value_cells)
             or _caption_of_another_year_over_parts(s, start, base, value_cells)) if plain_rows else ""
    if first_caption is not None and first_caption[1] and plain_rows and not aside and not any(
            c.period is not None or c.within_year or c.relative_year is not None or c.cumulative for c in value_cells):
        aside = first_caption[1]
    district = _title_district(s, start) if pcol is None else ""
    if district and district not in out.district_titles:
        out.district_titles.append(district)   # the file's refusal names it (etl/pipeline.py)
    return _SheetPlan(
        subunits=subunits, subunit_col=subunit_col, share_col=share, caption_aside=aside,
        district_section=district,
        stage_caption=_stage_caption(s, start) if plain_rows and value_cells else "",
        title_lines=title_above(s, start),
        header_end=end, cols=cols, label_col=label_col,
        unit_col=next((c.index for c in cols if c.role == "unit"), None),
        # NOTE: blind79: "Gia Lai | Đắk Lắk | …" each over "TH 6T | Xếp hạng" (a regional conference's table,
        # indicators as rows): a rank column is read only as the row's rank (_read_prefixed) — when the row has
        # none ("Xếp hạng Số nhiệm vụ được nghiệm thu"), the place's rank in the region was read as the row's
        # bare figure, a second value beside the province's own, and the honest file refused
        value_cells=[c for c in value_cells if c.label_prefix not in ("Xếp hạng", REGION_RANK)]
        if label_col is not None and not indicator_cols else value_cells, province_col=pcol,
        period_col=next((c.index for c in cols if c.role == "period" and not c.year_parts), None),
        # NOTE: tidy rows for one province ("Năm | Chỉ tiêu | Giá trị", the province in the
        # title) name each row's period as tidy rows for many provinces do
        tidy=bool(caption_label or group_captions) or label_col is not None and (pcol is not None or
                                                               next((c for c in cols if c.role == "period"), None)
                                                               is not None),
        caption_label=caption_label, group_captions=group_captions,
        # a value column whose header names no measure takes one written in the row ("Kế hoạch" / "Thực hiện")
        neutral={c.index for c in value_cells if not MEASURE_TERM.search(fold(c.text)) and not PLAN.search(fold(c.text))},
        marker_cols=[c.index for c in cols if c.role in ("label", "other") and c.index != label_col],
        label_fill=_merged_labels(s, label_col, end) if label_col is not None else {},
        provinces=provs, province_text=prov_text,
        base_period=base,
        letters={c.index: cell_name(0, c.index)[:-1] for c in (*value_cells, *([share] if share else []))},
        # the per-cell checks of _read_values only matter when the sheet has formulas, errors or %-formats
        plain=not (s.no_cache or s.errors or s.formats),
        indicator_cols=indicator_cols,
        sublabel_col=next((c.index for c in cols if label_col is not None and c.index == label_col + 1
                           and c.role == "label" and not _translation_header(cols[label_col].text, c.text)), None)
        if label_col is None else _sublabel_column(s, cols, label_col, end),
        alt_label_col=next((c.index for c in cols if label_col is not None and c.index != label_col
                            and c.role == "label" and _translation_header(cols[label_col].text, c.text)), None),
        title=_title_text(s, start),
        week_title=base is None and (periods.names_a_week(_title_text(s, start))
                                     or periods.names_a_round(_title_text(s, start))),
        title_level=_title_level(_title_text(s, start)),
        former_shares=_former_shares(value_cells, provs),
        former_sheet=former_sheet,
        formers_summed=_formers_summed(s, provs),
        footnote=_footnote_qualifier(s, end),
        unsure_heirs=_unsure_heirs(value_cells),
        # (a rank among a region's provinces is no rank of the registry: not read at all)
        prefixed=[c for c in value_cells if c.label_prefix and c.label_prefix != REGION_RANK] if label_col is not None and not indicator_cols else [],
        level_cols=level_cols,
        period_from_col=next((c.index for c in cols if c.role == "period_from"), None)
        if next((c for c in cols if c.role == "period"), None) is not None else None,
        table_unit=_table_unit(s, start),
        foot_unit=("", -1, None) if _table_unit(s, start) else _footnote_unit(s, start),
        city=_central_city(provs, base),
        pivot=label_col is not None and fold(cols[label_col].text) in PIVOT_LABEL_HEADERS,
        written_on=here.written if here.period is not None and base == here.period else None,
        filter_indicator=_report_filter(s, start)
        if label_col is not None and fold(cols[label_col].text) in PIVOT_LABEL_HEADERS else None,
        subperiod_col=_subperiod_column(cols),
    )


# a table's own total row by itself ("Tổng cộng", "TỔNG SỐ"), no region's or the country's ("Cả nước" is
# in total_words): metrics/header_words.toml own_total_labels
_OWN_TOTAL_LABELS = registry.header_words("own_total_labels")
# the words of a grand total over the columns before it (a pivot's, or a sheet's own "Tổng cộng")
_PARTS_TOTAL_WORDS = registry.header_words("parts_total_words")
# the country or a region named in a column's header ("Chỉ số PII cả nước", "Cả nước (trung bình)" over "Điểm
# PII"): many provinces' figure, never the indicator's own total column (folded; metrics/header_words.toml)
# NOTE: review31a: "Năm | Chỉ số PII Hòa Bình | Chỉ số PII cả nước" stored the country's 40,2 as Hòa Bình's
# PII score of 2023 (the province's own 36,14 unread) — read as "Tổng" under a group naming the indicator
_WHOLE_PLACE = re.compile(r"(^| )(?:" + "|".join(re.escape(fold(w)) for w in sorted(
    registry.header_words("whole_place_words"), key=len, reverse=True)) + r")( |$)")
_MANY_PROVINCES_HEADING = re.compile(r"^(%s)( |$)" % "|".join(map(re.escape, sorted(
    registry.header_words("many_provinces_headings"), key=len, reverse=True))))


def _parts_total_column(cols: list[Column], year: int) -> None:
    """A total column right of two or more consecutive quarters or months of the report's year and
    of nothing else ("Nhãn hàng | Quý I | Quý II | Quý III | Tổng cuối" under "Năm | 2022") holds the
    span they cover (January to September): made a value column of that span, each of its figures
    read only when it is the sum of the row's parts (see _read_values).

    NOTE: Hòa Bình's nine months of 2022, a pivot pasted as values: the grand total was set aside as
    a total over provinces, and the nine months a person reads there were lost."""
    values = [c for c in cols if c.role == "value"]
    totals = [c for c in cols if c.role == "total" and fold(c.text) in _PARTS_TOTAL_WORDS]
    if len(values) < 2 or len(totals) != 1 or totals[0].index < max(c.index for c in values):
        return
    kinds = {c.within_year[0] if c.within_year else None for c in values}
    if len(kinds) != 1 or kinds.pop() not in ("quarter", "month") or any(
            c.period is not None or c.cumulative or c.measure != "actual" or c.status != "reported"
            or c.relative_year or c.same_part_of is not None or c.province or c.level_text for c in values):
        return
    spans = sorted((within(c.within_year, year) for c in values), key=lambda p: p.start)
    if any((b.start - a.end).days != 1 for a, b in zip(spans, spans[1:])):
        return
    total = totals[0]
    total.role, total.period, total.sums_parts = "value", periods.span(spans[0].start, spans[-1].end), \
        tuple(c.index for c in values)


# "Tổng 4 năm", "Cộng 5 năm": a total naming how many years it adds (folded)
# a sheet's own total right of its years (metrics/header_words.toml years_total_words), folded
_YEARS_TOTAL_WORDS = registry.header_words("years_total_words")
_YEARS_COUNTED_TOTAL = re.compile(r"^(?:tong cong|tong so|tong|cong) (\d{1,2}) nam$")


def _years_total_column(cols: list[Column]) -> None:
    """A bare total right of two or more consecutive years and of nothing else ("Năm 2021 | … | Năm 2024 |
    Tổng cộng", "… | Tổng 4 năm") holds the span they cover (2021/2024): made a value column of that span,
    each of its figures read only when it is the sum of the row's years, of a flow that adds up (see
    _sum_of_parts: never a stock's, a rate's or a rank's), as _parts_total_column reads the quarters' total.

    NOTE: blind62: the former Hòa Bình's "… 4 NĂM 2021 - 2024" with "Tổng cộng | Bình quân/năm" right of the
    years: the four years' tasks accepted, OCOP products and products traced were set aside as a total over
    provinces. A table with places across, a plan or an estimate among the years, or years with a gap keeps
    the total unread."""
    # NOTE: review38a: an explicit "Cộng 2021-2024" (or "Tổng 2021-2024") right of the years is the same total as a
    # bare "Tổng cộng": it was a value column of the span read whatever its figure — over a stock's row (the
    # researchers summed, 8165) a second value of 2024's stock, and the honest file refused ("hai giá trị khác
    # nhau"); now read only where it is the sum of a flow's years, a stock's sum set aside, as the bare total's
    named = [c for c in cols if c.role == "value" and c.period is not None and c.period.kind == "range"
             and not c.sums_parts and not c.province and not c.level_text and _SUM_OF_YEARS.match(fold(c.text))]
    values = [c for c in cols if c.role in ("value", "province_value") and c not in named]
    # (not a pivot's "Tổng cuối" / "Grand Total" over years: batch 12 pinned it as no fact)
    totals = [c for c in cols if c.role == "total" and not c.province and not c.level_text
              and (fold(c.text) in _YEARS_TOTAL_WORDS or _YEARS_COUNTED_TOTAL.match(fold(c.text)))] + named
    if len(values) < 2 or len(totals) != 1 or totals[0].index < max(c.index for c in values):
        return
    if any(c.role != "value" or c.period is None or c.period.kind != "year" or c.within_year or c.cumulative
           or c.by_year or c.by_year_end or c.measure != "actual" or c.status != "reported" or c.relative_year
           or c.same_part_of is not None or c.previous_period or c.province or c.level_text or c.merged
           for c in values):
        return
    spans = sorted((c.period for c in values), key=lambda p: p.start)
    if any((b.start - a.end).days != 1 for a, b in zip(spans, spans[1:])):
        return
    total = totals[0]
    if (n := _YEARS_COUNTED_TOTAL.match(fold(total.text))) and int(n[1]) != len(spans):
        return
    if total in named and total.period != periods.span(spans[0].start, spans[-1].end):
        return
    total.role, total.period, total.sums_parts = "value", periods.span(spans[0].start, spans[-1].end), \
        tuple(c.index for c in values)


def _group_total_column(cols: list[Column]) -> None:
    """A bare total under a period's group header, right of that period's months or quarters ("6
    tháng đầu năm 2024" merged over "Tháng 1 … Tháng 6 | Cộng"): the group's period, each of its
    figures read only when it is the sum of the row's parts (see _read_values), as
    _parts_total_column reads a total after the report's own quarters.

    NOTE: read as a total over provinces ("Kết quả năm 2023" over "Sơn La | Điện Biên | Tổng
    cộng"), the half a person reads there was set aside (mend20). Only when every other value
    column under the group is one of its consecutive parts, together the whole group's period."""
    for total in cols:
        if total.role != "total" or total.period is None or total.province or total.level_text:
            continue
        f = fold(total.text)
        if not any(f.endswith(" " + fold(w)) for w in _PARTS_TOTAL_WORDS):
            continue
        group = total.period
        parts = [c for c in cols if c.role == "value" and c.index < total.index and c.period is not None
                 and group.start <= c.period.start and c.period.end <= group.end and c.period != group]
        if len(parts) < 2 or any(c.period.kind not in ("month", "quarter") or c.cumulative or c.measure != "actual"
                                 or c.status != "reported" or c.relative_year or c.same_part_of is not None
                                 or c.province or c.level_text for c in parts):
            continue
        spans = sorted((c.period for c in parts), key=lambda p: p.start)
        if spans[0].start != group.start or spans[-1].end != group.end or any(
                (b.start - a.end).days != 1 for a, b in zip(spans, spans[1:])):
            continue
        total.role, total.sums_parts = "value", tuple(c.index for c in parts)


_SUBPERIOD_HEADERS = registry.header_words("subperiod_headers")


def _subperiod_column(cols: list[Column]) -> int | None:
    """The column right of the period column that names a part of the year ("Năm | Quý"), or None.

    NOTE: Long An's quarters: "Năm" merged down over "Quý I … Quý IV | Cả năm"; read with the year
    alone, the first quarter's figures were stored as the year's."""
    if (parts := next((c.index for c in cols if c.year_parts), None)) is not None:
        return parts
    pcol = next((c.index for c in cols if c.role == "period"), None)
    if pcol is None or pcol + 1 >= len(cols):
        return None
    nxt = cols[pcol + 1]
    if nxt.role in ("indicator", "province", "unit") or nxt.period is not None:
        return None
    return nxt.index if fold(nxt.text) in _SUBPERIOD_HEADERS else None


# NOTE: the national reporting system's export "Mã chỉ tiêu | Tên chỉ tiêu | Đơn vị tính | Kỳ báo cáo |
# Năm | Giá trị" names each row's part of the year in words ("Năm", "6 tháng", "Quý III", "9 tháng") left
# of the year: "Kỳ báo cáo" was read as a column of the report's figures, its words cells that are no
# number, and a half's and a year's figure two values of the year — the honest file refused (batch 48).
_YEAR_WORDS = registry.header_words("whole_year_words")


def _names_part_of_year(v) -> bool:
    """A cell naming a part of a year (or the whole year) in words without the year: "Năm", "Cả năm",
    "6 tháng", "6 tháng cuối năm", "Quý III", "Tháng 5"."""
    if not isinstance(v, str) or periods.from_text(v) is not None:
        return False
    f = fold(v).strip()
    # (any text naming a part marks the column; what each row's says is read by _with_subperiod, which
    # sets aside "Quý I, II" or "So với 6 tháng" rather than refusing the file)
    return f in _YEAR_WORDS or within_year(f) is not None and within_year(f)[0] != "ytd"


def _year_parts_column(s: Sheet, cols: list[Column], first: int) -> None:
    """Marks the period column whose every cell names a part of a year in words, beside another period
    column whose every cell is a year ("Kỳ báo cáo | Năm": "6 tháng | 2024"): each row's part of that
    year (see _subperiod_column, _with_subperiod)."""
    pcols = [c for c in cols if c.role == "period" and not c.cut_off]
    if len(pcols) != 2:
        return
    def cells(c):
        return [row[c.index] for row in s.rows[first:first + 500] if c.index < len(row) and row[c.index] is not None
                and not (isinstance(row[c.index], str) and not row[c.index].strip())]
    for parts, years in (pcols, pcols[::-1]):
        named, yearly = cells(parts), cells(years)
        if named and yearly and len(named) == len(yearly) and all(_names_part_of_year(v) for v in named) \
                and all((p := _period_of_cell(v)) is not None and p.kind == "year" for v in yearly):
            parts.year_parts = True
            return


_ITEM_TIME_HEADER = re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, sorted(
    (fold(w) for w in registry.header_words("label_duration_words")), key=len, reverse=True))) + r")(?: |$)")


# the headers such a column may have: a period's ("Kỳ số liệu", "Thời kỳ"), never a comparison's ("Kỳ so sánh")
# or a term's ("Kỳ hạn") — metrics/header_words.toml period_column_by_cells_headers
_PERIOD_BY_CELLS_HEADER = re.compile(r"^\s*(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("period_column_by_cells_headers"), key=len, reverse=True))) + r")(?![a-z])(?!\s*(?:so sanh|so voi|han)(?![a-z]))")


def _period_column_by_its_cells(s: Sheet, cols: list[Column], first: int) -> None:
    """Marks as the rows' period column the one column of no known role whose every cell below the
    header names a period in words ("Địa bàn | Kỳ số liệu | Chỉ tiêu | Giá trị": "6 tháng đầu năm 2025",
    "6 tháng cuối năm 2025"), when no column is a period column by its header.

    NOTE: blind56: the new An Giang's tidy CSV headed its period column "Kỳ số liệu", a name no list
    holds: each row's own half was never read and every row took the year its file name states — the
    new province's second half of 2025 was stored as its YEAR 2025, and the former provinces' own first
    halves were set aside as shares of that year. Cells that each name a period say which period each row
    is under a header of a period ("Kỳ …", "Thời kỳ"); a column mixing periods with anything else is left
    alone. NOTE: review31b: under any header, "Năm bắt đầu | Năm 2022", "Tiến độ | Quý IV/2024", "Nguồn |
    Báo cáo năm 2023" gave the rows those periods under a title on 2024 (wrong numbers)."""
    if any(c.role == "period" for c in cols) or any(
            c.role == "value" and (c.period is not None or c.within_year or c.relative_year is not None
                                   or c.same_part_of is not None or c.cumulative) for c in cols):
        # a value column naming its own period ("Thực hiện năm 2024") says the figures' period
        return
    found = []
    for c in cols:
        # NOTE: "Thời gian thực hiện", "Thời hạn hoàn thành": when each item runs or is due, not the
        # period of the row's figure (metrics/header_words.toml label_duration_words, declared once)
        if c.role != "other" or _ITEM_TIME_HEADER.search(fold(c.text)) or not _PERIOD_BY_CELLS_HEADER.match(fold(c.text)):
            continue
        cells = [row[c.index] for row in s.rows[first:first + 500] if c.index < len(row) and row[c.index] is not None
                 and not (isinstance(row[c.index], str) and not row[c.index].strip())]
        # words, never bare numbers: a column of figures is no period column (a year typed as a
        # number under an unknown header is as likely a count)
        if len(cells) >= 2 and all(isinstance(v, str) and re.search(r"[^\W\d_]", v) and _period_of_cell(v) is not None
                                   for v in cells):
            found.append(c)
    if len(found) == 1:
        found[0].role = "period"


def _periods_apart(s: Sheet, c: int, place: int, first: int) -> bool:
    """Whether the cells of the period column c below the header name at least two periods, no two overlapping
    ("6 tháng đầu năm 2025" and "6 tháng cuối năm 2025"; not "Năm 2025" and "6 tháng cuối năm 2025"), the rows of
    places only (a total row below them, "Cộng cả năm 2025 | Năm 2025", spans them by right)."""
    found = {p for row in s.rows[first:first + 500] if c < len(row) and row[c] is not None
             and not (place < len(row) and _TOTAL_THEN_WORDS.match(fold(cell_text(row[place])).strip() + " x"))
             and (p := _period_of_cell(row[c])) is not None}
    return len(found) >= 2 and all(a == b or a.end < b.start or b.end < a.start for a in found for b in found)


def _year_above(s: Sheet, r: int, c: int, header_end: int):
    """The nearest value above row r in the period column c, below the header (a year whose merge
    down over its quarters' rows was undone), or None."""
    for k in range(r - 1, header_end, -1):
        v = s.value(k, c)
        if v is not None:
            return v
    return None


def _with_subperiod(year: Period | None, sub) -> Period | None:
    """A row's period from its year and the part of it beside ("Quý II", "Cả năm"): None when the
    part cannot be read within that year (never the year itself for a part of it)."""
    text = cell_text(sub).strip() if sub is not None else ""
    if year is None or not text:
        return year
    if year.kind != "year":
        return None
    f = fold(periods.quarter_dash_as_words(text)).strip()
    # NOTE: "Kế hoạch", "Ước thực hiện", "Lũy kế", "Cùng kỳ" beside 2024 name no part of it: each was
    # read with the year's text alone and stored as 2024's actual figure (honest26's probes) — a plan,
    # an estimate, a total to date, last year's. Only a part the text names, or the whole year said so
    if PLAN.search(f) or _ESTIMATE.search(f) or "cung ky" in f:
        return None
    if "luy ke" in f:
        # NOTE: recall31: "Lũy kế đến tháng 2", "Lũy kế 9 tháng" under the months of "… NĂM 2024": the year's
        # first months to the one named, as the same words over a column are read — the honest file was
        # refused ("không đọc được kỳ"). A running total naming no month ("Lũy kế", "Lũy kế từ đầu năm",
        # "… từ năm 2019") stays no period of the row (set aside by _row_place)
        spec = within_year(f)
        return within(spec, year.start.year) if spec is not None and spec[0] == "first" else None
    if f in _YEAR_WORDS:
        return year
    # NOTE: "6 tháng đầu năm", "6 tháng cuối năm", "T5" beside the year were read as the whole year (the
    # words and "năm 2024" ran together, the year alone then read): a part stored as the year (blind48;
    # honest26 found the same: the two halves and "Cả năm" gave the year three values, the file refused)
    spec = within_year(f)
    if spec is not None and spec[0] != "ytd":
        # (a part and anything more — another year, a second part, a comparison — is no period of the
        # row: headers.one_part_of_year; read by its words with the year, "So với quý II" was Q2's)
        one = one_part_of_year(f, year.start.year)
        return within(one, year.start.year) if one is not None else None
    glue = " " if f.endswith("nam") else " năm "
    p = periods.from_text(f"{text}{glue}{year.start.year}")
    if p is not None and p == year and str(year.start.year) not in text \
            and not ("ca nam" in f or f in _YEAR_WORDS or f in TOTAL_WORDS):
        # a word naming no part is no period of the row; the quarters' "Cộng" is the year's as it was
        return None
    return p if p is not None and year.start <= p.start and p.end <= year.end else None



_FILTER_FIELDS = registry.header_words("filter_fields")


def _report_filter(s: Sheet, start: int) -> tuple | None:
    """The one indicator a pivot table's report filter names above it ("Chỉ tiêu | Sản phẩm OCOP
    được công nhận": a row of two cells, the field and its value), with the period that value
    names, or None (no filter, "(All)", several values, or a value the matcher does not take)."""
    found = []
    for row in s.rows[:start]:
        cells = [v for v in row if v is not None]
        if len(cells) == 2 and isinstance(cells[0], str) and isinstance(cells[1], str) \
                and fold(cells[0]).strip(" :") in _FILTER_FIELDS:
            code, period = indicator_for_label(cells[1], None)
            if code is None:
                return None
            found.append((code, period))
    return found[0] if len(found) == 1 else None


# NOTE: also as typed without diacritics ("DVT: trieu dong"): read without them, 12.350 triệu
# đồng were stored as 12.350 tỷ đồng
_STATED_UNIT = re.compile(r"(?:^|[\s(\[])(?:đvt|dvt|đơn vị tính|don vi tinh|đơn vị|don vi)\s*[:：]\s*([^()\[\];,\n]{1,30})", re.I)


# the words that state a unit ("ĐVT", "Đơn vị tính"): one list for a unit's line and a footnote's
def _written_either_way(section: str) -> str:
    """A regex alternation of the words a section of metrics/header_words.toml declares, each as
    written there and without its diacritics, lower case (matched with re.I on NFC text)."""
    words = {form.lower() for w in registry.declared_header_words(section) for form in (w, bare(w))}
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_UNIT_WORDS = _written_either_way("unit_statement_words")
_UNIT_LINE = re.compile(r"^\(?\s*(?:" + _UNIT_WORDS + r"|đơn vị|don vi)\s*[:：]\s*([^()\[\];,\n]{1,30}?)\s*\)?\s*$", re.I)


def _unit_line(row: list) -> str | None:
    """The unit a row states and nothing else ("ĐVT: triệu đồng", "(Đơn vị tính: %)"), or None."""
    found = None
    for v in row:
        if v is None:
            continue
        if found is not None or not isinstance(v, str) or ":" not in v and "：" not in v:
            return None
        found = v
    # NOTE: blind72: a bilingual yearbook's "Đơn vị tính: Triệu đồng - Unit: Mill. dongs" is its Vietnamese half's
    # unit line (read whole it was none, and the caption above the table's "TỔNG SỐ" was not reached)
    m = _UNIT_LINE.match(vietnamese_half(nfc(found).strip(), min_words=1)) if found is not None else None
    return m[1].strip(" .") if m else None


def _table_unit(s: Sheet, start: int) -> str:
    """The sum of money a table's title area states for all its figures — "ĐVT: triệu đồng" on a
    line above the header, "(Đơn vị tính: triệu đồng)" in a caption — or ''. The nearest one above
    the header counts.

    NOTE: a department's funding table says its unit once, above the table: read without it,
    12.350 (triệu đồng) was stored as 12.350 tỷ đồng. Only money is read so (its scale changes the
    number); "Đơn vị: Sở KH&CN tỉnh Nghệ An" names the reporting body, no unit."""
    from etl.validate import is_money_text, is_per_mille_text, is_percent_text, is_times_or_scaled_text

    found = nearest = ""
    for row in s.rows[:start]:
        for v in row:
            if isinstance(v, str) and ":" in v or isinstance(v, str) and "：" in v:
                # NOTE: blind72: "Đơn vị tính: Triệu đồng - Unit: Mill. dongs" (a bilingual yearbook): its Vietnamese
                # half states the unit (read whole, "Triệu đồng - Unit: Mill. dongs" converted to nothing)
                for m in _STATED_UNIT.finditer(vietnamese_half(nfc(v).strip(), min_words=1)):
                    unit = nearest = m[1].strip(" .")
                    # NOTE: "Đơn vị tính: ‰" above the header: read without it, a rate's 85 ‰ was
                    # stored as 85 % (review21a); kept, its cells are set aside (rule unit). The same
                    # of "Đơn vị tính: nghìn người", "ĐVT: lượt" (probe33: 1,2 stored as 1,2 researchers)
                    if is_money_text(unit) or is_per_mille_text(unit) or is_times_or_scaled_text(unit):
                        found = unit
    # NOTE: review44: a yearbook's structure table under "Đơn vị tính: %" ("Cơ cấu sản phẩm OCOP phân theo hạng sao":
    # "TỔNG SỐ | 100", "3 sao | 82,5") — its shares were stored as counts, 100 OCOP products and 82,5 three-star
    # ones. The nearest unit stated above the header, when a percentage, is the figures' (a count's row set aside,
    # rule unit; a rate's read as before); a percentage further up is another table's
    return nearest if is_percent_text(nearest) else found


# a footnote under a table that states its unit and nothing else: "Ghi chú: Đơn vị tính: triệu đồng.",
# "(*) ĐVT: triệu đồng", "Chú thích: đơn vị tính triệu đồng"
_FOOTNOTE_UNIT = re.compile(r"^\s*(?:\(?(\*+)\)?|" + _written_either_way("footnote_words") + r")\s*[:：.]?\s*"
                            r"(?:" + _UNIT_WORDS + r")\s*[:：]?\s*([^()\[\];,:\n]{1,30}?)\s*[.)]?\s*$", re.I)


def _footnote_unit(s: Sheet, start: int) -> tuple[str, int, frozenset | None]:
    """The sum of money a footnote under the table states for its figures, the footnote's row, and
    the rows above it whose cells carry its mark ("(*)") when some do (None: every row); ('', -1,
    None) when none, or when two footnotes state different ones.

    NOTE: blind52: Khánh Hòa's budget annex says "Ghi chú: Đơn vị tính: triệu đồng." under the table
    and nowhere else — its figures were set aside as money without a unit. Only a line of its own
    under the header, in a note's words (a bare "ĐVT: …" line there is the next table's unit, read
    where it stands); only money (its scale changes the number); only for the rows above it."""
    from etl.validate import is_money_text

    found: dict = {}
    rows = s.rows
    # NOTE: a footnote is a text stating a sum of money. Asked of every row of a 100,000-row tidy sheet
    # (0.05 s): the sheet's distinct cells are told at C speed and, when no text among them states one,
    # no row is looked at (the rows are, one by one, when one does or a cell cannot be told apart so)
    told = _COLUMN_TEXTS.get(id(rows))
    if told is not None and told[0] is rows and told[1] is not None:
        # the whole sheet's texts (ingest39): none stating a sum of money, none under the header does either
        distinct = set().union(*told[1])
    else:
        try:
            distinct = set(chain.from_iterable(rows[start + 1:]))
        except TypeError:
            distinct = None
    if distinct is not None and not any(
            isinstance(v, str) and (m := _FOOTNOTE_UNIT.match(nfc(v))) and is_money_text(m[2].strip(" ."))
            for v in distinct):
        return "", -1, None
    for r in range(start + 1, len(rows)):
        texts = [v for v in rows[r] if v is not None and not (isinstance(v, str) and not v.strip())]
        if len(texts) != 1 or not isinstance(texts[0], str):
            continue
        m = _FOOTNOTE_UNIT.match(nfc(texts[0]))
        if m and is_money_text(unit := m[2].strip(" .")):
            # NOTE: review28b: "Tổng chi NSNN cho KH&CN | 88 | 81,35" above "Chi đầu tư phát triển (*) | 30000"
            # and "(*) ĐVT: triệu đồng": the footnote is the starred row's — the total (in tỷ) was stored
            # as 0,088 tỷ. A mark carried by some rows above is theirs only; carried by none (a header's
            # or the title's mark) it is every row's
            marked = frozenset(i for i in range(start + 1, r) if m[1] and any(
                isinstance(v, str) and re.search(r"(?<!\*)%s(?!\*)" % re.escape(m[1]), v) for v in s.rows[i]))
            found.setdefault(match_key(unit), (unit, r, marked or None))
    return next(iter(found.values())) if len(found) == 1 else ("", -1, None)


def _holds_figures(s: Sheet, c: int, first: int) -> bool:
    """A column whose cells below the header are figures, not periods (words that read as a period,
    or only years): a signature block below the table may sit in the same column."""
    # NOTE: the form's foot "Thanh Hóa, ngày 12 tháng 01 năm 2023" above "Thủ trưởng đơn vị" often
    # sits in that column: a signing date, no period of a row (read as one, "Kỳ báo cáo" became a
    # column of periods and every figure under it "không đọc được kỳ", the honest file refused, batch 39)
    cells = [row[c] for row in s.rows[first:first + 200] if c < len(row) and row[c] is not None
             and not (isinstance(row[c], str) and _signing_date_line(row[c]))]
    figures = [v for v in cells if _is_number_like(v)]
    if not figures or all(isinstance(v, (int, float)) and float(v).is_integer() and 1900 <= v <= 2100 for v in figures):
        return False
    return not any(isinstance(v, str) and not _is_number_like(v) and _period_of_cell(v) is not None for v in cells)


def _signing_date_line(text: str) -> bool:
    """ "Thanh Hóa, ngày 12 tháng 01 năm 2023": the place and date of signing (etl/context.py's reading
    of a date line; "số liệu đến ngày 31/12/2023" states a period and is not one)."""
    f = fold(text)
    return bool(_DATE_LINE.search(f)) and not _CUTOFF.search(f)


_MONTH_RUNNING_TOTAL = frozenset(fold(w) for w in registry.header_words("month_report_running_total_headers"))


def _running_total_in_a_months_report(cols: list, base: Period | None) -> None:
    """A column headed only "Cộng dồn" (metrics/header_words.toml month_report_running_total_headers) in a report on
    one month of a known year: the running total from January to that month.

    NOTE: wrong52: "Thực hiện tháng 8 | Cộng dồn" in Sơn La's report on August 2025 left the 21 OCOP products of
    January–August unread ("Tiêu đề cột không cho biết …"), where "Cộng dồn từ đầu năm" read. Only under a month's
    report: under a year, a quarter or no period its start is not said (left unread, as before)."""
    if base is None or base.kind != "month":
        return
    for c in cols:
        if c.role == "other" and c.period is None and fold(c.text) in _MONTH_RUNNING_TOTAL:
            c.role, c.within_year = "value", ("first", base.end.month)


_YEAR_BESIDE_WORDS = re.compile(r"(?:^| )(?:%s)(?: |$)" % "|".join(sorted(
    map(re.escape, registry.header_words("month_running_total_year_words")), key=len, reverse=True)))


def _bare_running_total_in_a_months_report(cols: list, base: Period | None) -> None:
    """A bare "Lũy kế" (metrics/header_words.toml bare_cumulative_headers) beside the month in a report on one month (or a quarter):
    the year to date when another column says the report counts by the year — the year's plan or estimate, a "Cùng
    kỳ", a "% KH năm" (header_words.toml month_running_total_year_words); else where it starts is not said.

    NOTE: wrong53: "Tháng 8/2025 | Lũy kế | Cùng kỳ | Kế hoạch năm" in Sơn La's report on August 2025: the 21 OCOP
    products recognised from January to August were stored as the products still recognised at 31/8 (the registry's
    "lũy kế sản phẩm OCOP", batch 25's decision for a YEAR's report, where the column can be no year to date). Beside
    a month it is the year to date when the report says it counts by the year (the flow then read as January–August,
    a stock's row its count at 31/8 as the form's "Lũy kế" is); with nothing saying so it may as well run since the
    programme began: a flow's figure there is set aside saying so (`start_unsaid`), a stock's is its count at the
    month's end either way. In a report on January the year to date is the month itself: a flow's figure there is
    never its stock (as the form's in a report on Quý I). Not beside the form's "Kỳ báo cáo" nor beside the report's
    own year to date ("Lũy kế từ đầu năm | Lũy kế": the bare one is then the total to date) — _plan_sheet reads those.
    So in a report on a quarter ("Quý III/2025 | Lũy kế | Kế hoạch năm": January–September; Quý I as January)."""
    if base is None or base.kind not in ("month", "quarter"):
        return
    bare = [c for c in cols if c.role == "value" and c.cumulative and c.period is None and c.within_year is None
            and fold(c.text) in BARE_CUMULATIVE]
    if not bare or any(c.role == "value" and fold(c.text) in REPORT_PERIOD_HEADERS for c in cols) \
            or any(c.within_year == ("ytd",) and not c.cumulative and not c.relative_year and c.same_part_of is None
                   for c in cols):
        return
    by_the_year = any(
        c not in bare and (
            c.role in ("value", "ratio", "other", "unsure_same") and _YEAR_BESIDE_WORDS.search(fold(c.text))
            or c.role == "value" and (c.within_year == ("year",) or c.period is not None and c.period.kind == "year"
                                      and c.period.start.year == base.start.year))
        for c in cols)
    for c in bare:
        if base.start.month == 1:
            c.form_cumulative = True
        elif by_the_year:
            c.cumulative, c.within_year, c.form_ytd = False, ("ytd",), True
        else:
            c.start_unsaid = True


def _sheet_town(name: str) -> str:
    """The district, town or commune a sheet's name names ("TP Vinh", "Huyện Mộc Châu", "HUYỆN NGHI LỘC", "TX Cửa
    Lò"), or '' — a centrally-run city ("TP Cần Thơ", "TP Huế") is a province, as in a label (labels.place_below_province)."""
    words = re.sub(r"_+", " ", re.sub(r"(?i)\.(?:csv|xlsx|xlsm|xls|ods|txt)$", "", name or "")).strip()
    place = labels.place_below_province(words)
    if place is None and words.isupper():
        # a sheet's name in capitals reads as a title's line in capitals does (_title_district)
        place = labels.place_below_province(" ".join(w if len(w) <= 2 or "." in w else w[:1] + w[1:].lower()
                                                      for w in words.split(" ")))
    return place or ""


def _sheet_district(name: str, provinces: list) -> str:
    """The district or town of `provinces` a sheet is named after by its name alone ("Vinh", "Mộc Châu", "Cam Ranh
    2024", "Bao Loc"), or '' — from metrics/districts.toml (registry.districts_of); a name that is also a province's
    ("Sơn La", "Quảng Ninh" of Quảng Bình) is the province's.

    NOTE: wrong53: Nghệ An's department's workbook, a sheet named "Vinh" (wrong52's "TP Vinh" without its kind word):
    the city's 30 tasks were stored as Nghệ An's. A name alone may be a province's, a product's or a person's: set
    aside only when it is a known district or town of the title's province."""
    if not provinces or several_named(provinces):
        return ""
    words = re.sub(r"[\s_\-–,(]*(?:(?:nam\s*)?(?:19|20)\d{2})?[\s)]*$", "",
                   fold(re.sub(r"(?i)\.(?:csv|xlsx|xlsm|xls|ods|txt)$", "", name or "")).replace("_", " ")).strip()
    if not re.search(r"[a-z]", words) or registry.match_province(words):
        return ""
    if own := next((n for p in provinces for n in registry.districts_of(p) if fold(n) == words), ""):
        return own
    # NOTE: wrong54: a sheet named after ANOTHER province's district or town ("Buôn Ma Thuột" in Gia Lai's workbook,
    # "Vinh" under Hà Tĩnh's title) was read as the title's province: Đắk Lắk's city's figures stored as Gia Lai's.
    # Whose figures they are is not the title's province's either way: set aside, naming the place and its province
    elsewhere = registry.provinces_with_district(words)
    if not elsewhere:
        return ""
    place = next(n for n in registry.districts_of(elsewhere[0]) if fold(n) == words)
    return f"{place} ({elsewhere[0].name_vi})" if len(elsewhere) == 1 else place


def _title_district(s: Sheet, start: int) -> str:
    """The district, town or commune the words above a sheet's header name ("Số nhiệm vụ … của huyện Kỳ
    Anh giai đoạn 2021-2023"), or ''.

    NOTE: a title naming a district over a table of figures: its figures are that district's — they
    were stored as the province's (review22a). Its rows are set aside as a district's section's are."""
    text = _title_text(s, start)
    place = labels.place_below_province(text)
    if place is None:
        # NOTE: mend27a: "BÁO CÁO KẾT QUẢ KH&CN TRÊN ĐỊA BÀN HUYỆN KỲ ANH NĂM 2024", "… CỦA XÃ KỲ HOA": a
        # title in capitals names its district as plainly as in lower case — the label reader takes a
        # place in capitals only after a separator (a label's capitals are a heading's), and the
        # district's figures were stored as Hà Tĩnh's. A title's line in capitals is read in title case,
        # the place taken only after the words that say whose report it is (header_words.toml
        # title_place_lead_words): "MỖI XÃ MỘT SẢN PHẨM", "THÀNH PHỐ TRỰC THUỘC TỈNH" name none
        for part in text.split(" · "):
            if not part.isupper():
                continue
            titled = " ".join(w[:1] + w[1:].lower() for w in part.split(" "))
            found = labels.place_below_province(titled)
            if found and (at := titled.find(found)) >= 0 and _TITLE_PLACE_LEAD.search(fold(titled[:at])):
                # "… HUYỆN KỲ ANH NĂM 2024" in title case: the period's word is no part of the name (the
                # refusal named "Huyện Kỳ Anh Năm", wrong28); "Huyện Năm Căn" keeps its own
                return re.sub(r"\s+(?:Năm|Giai Đoạn|Thời Kỳ|Tháng|Quý)$", "", found)
    return place or ""


# the words before a district or commune in a title in capitals that say the report is its
# ("… CỦA XÃ KỲ HOA", "… TRÊN ĐỊA BÀN HUYỆN KỲ ANH", "KẾT QUẢ KH&CN HUYỆN KỲ ANH"; folded)
_TITLE_PLACE_LEAD = re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.header_words("title_place_lead_words")}, key=len, reverse=True))) + r")\s*$")


def _title_text(s: Sheet, start: int) -> str:
    """The words above a sheet's header (title, subtitle), without the test-data mark."""
    texts = []
    for row in s.rows[:start]:
        for v in row:
            if isinstance(v, str) and (v := without_test_mark(v)):
                texts.append(v)
    return " · ".join(texts)[:600]


# "- Số nhiệm vụ KH&CN được nghiệm thu trong quý: 07 nhiệm vụ": a report pasted from Word, one line
# a cell, the label and its figure in the same line
# NOTE: a colon between two digits is no such line's: "… áp dụng hệ thống quản lý ISO 9001:2015" (a standard's
# designation in a task's title, as "TCVN 5699:2010", a time "8:30", a scale "1:500") stored 2,015 enterprises
# supported (batch 54)
_LINE_FIGURE = re.compile(r"^\s*(?:[-+*•–]\s*)?([^:]{6,160}?)\s*(?:(?<!\d):|:(?!\d))\s*([^:;]{1,40}?)[\s.;]*$")
# a heading after which lines speak of what is to come, not what was done
_AHEAD = re.compile(r"(phuong huong|nhiem vu trong tam|ke hoach|muc tieu|du kien|de xuat|kien nghi)")


# an example or a note, not the report speaking: "Ví dụ: Số nhiệm vụ được nghiệm thu: 15"
_EXAMPLE_LINE = re.compile(r"^\s*[-+*]?\s*(vi du|luu y|ghi chu|chu y|huong dan|mau)\b")


def _read_text_lines(s: Sheet, hints: Hints, stated: Stated, out: Reading) -> bool:
    """A sheet without a table whose lines say "label: figure [unit]", one a cell (a report pasted
    from Word): each line whose label the matcher takes and whose figure is one number in the
    indicator's unit is a value of the period and province the title lines state. Lines after a
    heading on plans or directions ("Phương hướng", "Nhiệm vụ trọng tâm quý IV") are not read.
    Returns whether any line was read."""
    from etl.numbers import parse_text

    if "huong dan" in fold(s.name):
        return False   # an instructions sheet's examples are no report's figures
    # (a list's rows name its items: a task's title is no line of the report, batch 54; see list_item_cells)
    items = list_item_cells(s)
    lines = [(r, c, v) for r, row in enumerate(s.rows) for c, v in enumerate(row)
             if isinstance(v, str) and v.strip() and (r, c) not in items]
    # NOTE: recall48: "Tổng số sản phẩm OCOP: | 11", "Sản phẩm 3 sao: | 8" — each label and its figure in two cells side
    # by side, nothing else on the row, no table: a person reads the line "label: figure" (the honest file was refused,
    # "không tìm thấy chỉ tiêu nào"); the row is read as that one line, by every rule a line in one cell is read by
    # (a pair's line is cited at its figure's cell, right of its label)
    lines = [(r, c + 1, pair) if (pair := _pair_as_line(s, r)) else (r, c, v) for r, c, v in lines]
    first = next((r for r, _, v in lines if _LINE_FIGURE.match(v)), None)
    if first is None:
        return False
    if (plan := _plan_of_the_title(s, first)) is not None and plan[1][1] \
            or any(_opens_with_not_done(t) for t in title_above(s, first)) \
            or any(labels.place_below_province(t.title() if t.isupper() else t) is not None for t in title_above(s, first)):
        # NOTE: recall48: "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2025" over "Tổng số sản phẩm OCOP: 11" stored the plan's
        # 11 as 2025's products recognised, and "… NĂM 2024 CỦA HUYỆN CAN LỘC" a district's 11 as the province's: lines
        # under a title that is a plan or names a place below the province are not the province's actual figures
        texts = [cell_text(v) for row in s.rows[first:] for v in row if v is not None]
        out.ignored.append(Ignored(s.name, first + 1, (texts[0] if texts else "")[:80],
                                   "Các dòng số liệu nằm dưới tiêu đề kế hoạch hoặc tiêu đề của một huyện, xã: không "
                                   "phải số liệu thực hiện của tỉnh; không lưu",
                                   "The lines stand under a plan's title or a district's or commune's: not the "
                                   "province's actual figures; not stored"))
        out.rows_set_aside.update((s.name, r + 1) for r, _, v in lines if r >= first)   # nor read again as sentences
        return False
    provs, prov_text, base = _lines_place_and_period(s, first, stated)
    from_hint = False
    if base is None and hints.period is not None:
        base, from_hint = hints.period, True
    found = False
    ahead = False
    dash_code = None
    for r, c, v in lines:
        if r < first:
            continue
        m = _LINE_FIGURE.match(v)
        if m is None:
            f = fold(v)
            # a heading line ("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025") starts another part of the report
            if re.match(r"^\s*(?:[ivxlc]+|\d+)[.)]\s", f) or v.isupper():
                ahead = bool(_AHEAD.search(f))
            continue
        if ahead or _EXAMPLE_LINE.match(fold(v)):
            continue
        label, figure = m[1].strip(), m[2].strip()
        if _two_statements(label):
            continue
        if SELF_ASSESSED.search(fold(label)):
            # recall41: "- Chỉ số PII năm 2025 (tự đánh giá): 47,1 điểm": the province's score of itself
            out.ignored.append(Ignored(s.name, r + 1, v.strip()[:120],
                "Dòng ghi số liệu tỉnh tự đánh giá, không phải số liệu công bố chính thức (như chỉ số PII do Bộ "
                "KH&CN công bố); không lưu",
                "The line gives the province's self-assessment, not the officially published figure (as the PII the "
                "Ministry publishes); not stored"))
            out.rows_set_aside.add((s.name, r + 1))   # nor read again as a sentence
            continue
        try:
            num = parse_text(figure)
        except NotANumber:
            continue
        if num is None:
            continue
        if approx := approximate_qualifier(figure, num):
            num = replace(num, qualifier=approx)
            # NOTE: "- Doanh nghiệp được hỗ trợ đổi mới công nghệ: gần 60 doanh nghiệp": a line of text, read
            # as its sentences are — an approximation is no figure there (README "Uploading reports"; 60
            # was stored, batch 38)
            out.ignored.append(Ignored(s.name, r + 1, v.strip()[:120],
                                       f"Số ước chừng “{num.qualifier}” trong dòng chữ: không phải số liệu chính xác; không lấy",
                                       f"An approximate figure (“{num.qualifier}”) in a line of text: not an exact figure; not taken"))
            out.rows_set_aside.add((s.name, r + 1))
            continue
        # NOTE: "- Số nhiệm vụ KH&CN đang quản lý: 138 nhiệm vụ" then "+ Cấp quốc gia: 06 nhiệm vụ":
        # a "+" line is a part of the "-" line above it (as in a table, see _read_sheet)
        sub = re.match(r"^\s*([-+*•–])", v)
        code, label_period = indicator_for_label(label, dash_code if sub and sub[1] == "+" else None)
        if not sub or sub[1] != "+":
            dash_code = code
        if code is None:
            out.ignored.append(Ignored(s.name, r + 1, label, *(_why_not(label))))
            continue
        if _names_another_province(label, provs):
            continue
        label_period, aside = _label_span(label, code, label_period, base)
        if aside:
            out.ignored.append(Ignored(s.name, r + 1, v.strip()[:120], *aside))
            out.rows_set_aside.add((s.name, r + 1))   # nor read again as a sentence
            continue
        if num.unit and not _unit_of(code, num.unit):
            ind = registry.indicator(code)
            out.ignored.append(Ignored(
                s.name, r + 1, v.strip()[:120],
                f"Đơn vị “{num.unit}” không phải đơn vị của chỉ tiêu “{ind.name_vi}” ({ind.unit_vi}); không lấy",
                f"The unit “{num.unit}” is not the unit of “{ind.name_en}” ({ind.unit_en}); not taken"))
            continue
        if _up_to_another_date(label, label_period or base):
            _up_to_another_date_aside(s, r, v, label, label_period or base, out)
            continue
        out.candidates.append(Candidate(
            s.name, cell_name(r, c), label, code, provs, prov_text if provs else "", label_period or base,
            "actual", "reported", num.value, num.qualifier, num.percent, num.unit,
            "hint-period" if from_hint and not label_period else ""))
        out.matched_rows += 1
        found = True
    return found


def _pair_as_line(s: Sheet, r: int) -> str | None:
    """Row r of a label and its figure side by side and nothing else ("Tổng số sản phẩm OCOP: | 11") as the line a
    person reads ("Tổng số sản phẩm OCOP: 11"); None for any other row (two figures, a figure typed as text, a label
    holding a colon of its own) and for a figure shown as a percentage (0.455 shown 45,5 %: which one is read is the
    tables' question, never a line's)."""
    cells = _pair_cells(s, r)
    if cells is None:
        return None
    # NOTE: review46: pairs under a row heading the figures' column ("Chỉ tiêu | Cùng kỳ", "… | Đăng ký", "… | Cam
    # kết") are a table whose column says what the figures are: read as lines, last year's figures (the pledged, the
    # registered) were stored as the year's actual. Not a line's, then: the table's reader's, or nobody's
    above = r - 1
    while above >= 0 and (_pair_cells(s, above) is not None or not any(
            v is not None and not (isinstance(v, str) and not v.strip()) for v in s.rows[above])):
        above -= 1
    heads = s.rows[above] if above >= 0 else []
    if cells[1][0] < len(heads) and (head := heads[cells[1][0]]) is not None \
            and not (isinstance(head, str) and not head.strip()):
        return None
    if cells[0][0] < len(heads) and isinstance(heads[cells[0][0]], str) and heads[cells[0][0]].strip() \
            and role_of(heads[cells[0][0]]) == "label":
        return None   # "Chỉ tiêu | (a damaged cell)": the labels' column's heading, a table's

    label, figure = cells[0][1].strip().rstrip(":").strip(), cells[1][1]
    if isinstance(figure, float) and figure.is_integer():
        figure = int(figure)
    return f"{label}: {str(figure).replace('.', ',')}"


@lru_cache(maxsize=1)
def _not_done_openers() -> re.Pattern:
    words = {fold(w) for w in (*labels.declared_words("not_done_title_openers"), *labels.declared_words("plan_words"))}
    return re.compile(r"^(?:bao cao )?(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)")


def _opens_with_not_done(title: str) -> bool:
    """Whether a title line opens, after its issuer, with a target's, a pledge's, a proposal's or an estimate's words
    (metrics/abbreviations.toml not_done_title_openers, plan_words): its lines are no period's results."""
    return bool(_not_done_openers().match(fold(subject_after_masthead(title)).strip()))


@lru_cache(maxsize=1)
def _other_products_words() -> re.Pattern:
    words = {fold(w) for w in labels.declared_words("ocop_title_other_products_words")}
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)")


def _title_other_products(s: Sheet, start: int) -> bool:
    """Whether the title lines above row `start` name OCOP products other than those recognised (exported, upgraded,
    supported, expected, a cooperative's: metrics/abbreviations.toml ocop_title_other_products_words) or a place below
    the province (a district's ranking)."""
    return any(_other_products_words().search(fold(t)) or
               labels.place_below_province(t.title() if t.isupper() else t) is not None for t in title_above(s, start))


def _pair_cells(s: Sheet, r: int) -> list | None:
    """Row r's two cells when they are a label and its figure side by side and nothing else (_pair_as_line), else None."""
    cells = [(c, v) for c, v in enumerate(s.rows[r]) if v is not None and not (isinstance(v, str) and not v.strip())]
    if len(cells) != 2 or cells[1][0] != cells[0][0] + 1 or not isinstance(cells[0][1], str) \
            or type(cells[1][1]) not in (int, float) or ":" in cells[0][1].strip()[:-1] \
            or "%" in s.formats.get((r, cells[1][0]), "") or not math.isfinite(cells[1][1]) \
            or role_of(cells[0][1]) == "label":
        return None   # (nor a heading's row: "Chỉ tiêu | 2024", "Chỉ tiêu | inf")
    return cells


# "3 sao", "Hạng 4 sao": a star grade in a product list's cell or a summary's label (folded)
_GRADE_CELL = re.compile(r"^(?:hang )?([345]) sao$")


def _read_list_summary(s: Sheet, hints: Hints, stated: Stated, out: Reading) -> bool:
    """A system's list of OCOP products, one a row with its star grade ("Mã SP | Tên sản phẩm | … | Hạng | …"), with the
    system's own summary block under it — a label and its figure side by side on each row ("Tổng số sản phẩm | 11",
    "3 sao | 8", "4 sao | 3"), no header: the products the title counts and their stars, read only where the list's
    own rows say the same (as many products, as many of each star) — a summary that disagrees with its list, or
    counts what the title does not name, is not read. Returns whether the summary was read.

    NOTE: recall47: the new Gia Lai's export of its OCOP management system (blind86) was refused whole, "không tìm thấy
    chỉ tiêu nào" — no reader reads label–figure pairs with no header."""
    # NOTE: recall48: the former Hà Nội's OCOP portal export (blind88) ends its list with "THỐNG KÊ THEO HẠNG SAO", a
    # header "Hạng sao | Số sản phẩm | Tỷ lệ (%)" (no order number's column), "3 sao | 9 | 64,3", "4 sao | 5 | 35,7",
    # "Tổng cộng | 14 | 100", then the export's footer "Xuất dữ liệu lúc …": the file was refused whole. The block's
    # count is the column right of its labels (a share beside it is not read), its total first or last, the footer
    # lines of one text cell under it passed by; a bare total's words are the count's header's ("Số sản phẩm")
    rows = s.rows
    block, count_col = [], None
    for r in range(len(rows) - 1, -1, -1):
        cells = [(c, v) for c, v in enumerate(rows[r]) if v is not None and not (isinstance(v, str) and not v.strip())]
        if not block and (not cells or len(cells) == 1 and isinstance(cells[0][1], str)):
            # NOTE: blind90: the portal's footer under its summary ("Nguồn: ocop.camau.gov.vn — xuất ngày …", one
            # text cell) hid the summary from this reader: the former Cà Mau's honest list was refused whole
            continue   # a blank row or a footer line under the block
        # the label the last text cell (a heading's before it on the block's first row: "TỔNG HỢP"), its figures after
        # it side by side — beside the label, or under the list's grade column with blank cells between (blind90's
        # portal: "Tổng số sản phẩm" in B, its 5 in E), in the same column on every row
        labelled = [i for i, (_, v) in enumerate(cells) if isinstance(v, str)]
        at = labelled[-1] if labelled else -1
        if at < 0 or labelled != list(range(at + 1)) or len(cells) - at not in (2, 3) \
                or any(cells[i][0] != cells[at + 1][0] + i - at - 1 for i in range(at + 1, len(cells))) \
                or any(type(v) not in (int, float) for _, v in cells[at + 1:]) \
                or count_col not in (None, cells[at + 1][0]):
            break
        c, label = cells[at]
        count_col = cells[at + 1][0]
        block.insert(0, (r, c, nfc(label).strip(), cells[at + 1][1]))
    if len(block) < 2 or any(not float(v).is_integer() or v < 0 for *_, v in block):
        return False
    if not _GRADE_CELL.match(fold(block[-1][2])) and _GRADE_CELL.match(fold(block[0][2])):
        block = [block[-1], *block[:-1]]   # the total last ("Tổng cộng" under the stars)
    (r0, c0, whole_label, whole), parts = block[0], block[1:]
    r0 = min(r for r, *_ in block)
    stars = [_GRADE_CELL.match(fold(label)) for _, _, label, _ in parts]
    if not all(stars) or len({m[1] for m in stars}) != len(stars):
        return False
    head = [v for v in rows[r0 - 1]] if r0 > 0 else []
    if head and any(v is not None and not isinstance(v, str) for v in head):
        head = []
    if fold(whole_label).strip(" :.") in TOTAL_WORDS:
        counted = head[count_col] if count_col < len(head) and isinstance(head[count_col], str) else None
        if counted is None or role_of(counted) == "ratio":
            return False
        whole_label = nfc(counted).strip()
    # the list above: the rows holding one star grade, in one column — a grade repeated down the rows is read as one
    # merged cell (etl/implied_merges.py), each row under it holding it still
    graded = {}
    filled = _fill_merges(s, range(r0))
    for r in range(r0):
        grades = [(c, m[1]) for c in range(len(rows[r])) if isinstance(v := filled.get((r, c), rows[r][c]), str)
                  and (m := _GRADE_CELL.match(fold(v)))]
        if len(grades) == 1:
            graded.setdefault(grades[0][0], []).append(grades[0][1])
    if len(graded) != 1:
        return False
    listed = next(iter(graded.values()))
    if len(listed) != whole or any(listed.count(m[1]) != v for m, (*_, v) in zip(stars, parts)) \
            or sum(v for *_, v in parts) != whole:
        return False
    first = min(r for r in range(r0) if any(isinstance(v, str) and _GRADE_CELL.match(fold(v)) for v in rows[r]))
    title = " · ".join(title_above(s, first - 1))
    if not re.search(r"(^| )ocop( |$)", fold(title)):
        # NOTE: recall48: "CỔNG THÔNG TIN OCOP HÀ NỘI — KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM NĂM 2024": the issuer before
        # the dash, dropped from the title, is what names the programme — its whole line is read
        title = " · ".join([*(v for row in rows[:first - 1] for v in row
                              if isinstance(v, str) and re.search(r"(^| )ocop( |$)", fold(v))), title])
    if not re.search(r"(^| )ocop( |$)", fold(title)):
        return False
    m = labels.match_in_context(whole_label, title)
    code = m.indicator if m is not None and m.taken else indicator_for_label(whole_label, None)[0]
    # (a title ruling the products out — "… SẢN PHẨM ĐĂNG KÝ THAM GIA OCOP …": registered, never recognised — reads nothing)
    if code is None or not code.startswith("ocop_products") or not _is_count(code) or labels.ruled_out_by(code, title) \
            or _title_other_products(s, first):
        return False
    codes = [_level_part(code, f"{st[1]} sao") for st in stars]
    if None in codes:
        return False
    provs, prov_text, base = _lines_place_and_period(s, first, stated)
    if base is None:
        return False
    for (r, c, label, v), ind in zip(block, [code, *codes]):
        out.candidates.append(Candidate(s.name, cell_name(r, count_col), label, ind, provs, prov_text if provs else "", base,
                                        "actual", "reported", float(v), "", False, ""))
        out.matched_rows += 1
    return True


def _two_statements(label: str) -> bool:
    """Whether a "label: figure" line's label is two statements, the first with a figure of its own: a list's next
    item or a sentence's end after it ("- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\n- Năm 2023", "… 12 nhiệm vụ. Năm
    2023"). A line break alone is no statement's end: "Sản phẩm OCOP 4 sao được công nhận\ntrong năm" is one label.

    NOTE: review40: "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\n- Năm 2023: 10 nhiệm vụ" typed in one cell (blind68's
    lists) stored 2023's 10 as the tasks accepted in 2024 — the whole cell read as one label before the last colon
    (on main too). Each statement is the sentence reader's; a label wrapped in its cell ("Số nhiệm vụ KH&CN\nđược
    nghiệm thu") stays one label."""
    for m in re.finditer(r"\n\s*[-+*•–]|[.;!?]\s+(?=[^\W\d_])|\n\s*(?=\w)", label, re.I):
        if m[0][0] == "\n" and not m[0].strip() and not _opens_a_statement(label[m.end():]):
            continue   # a wrapped label's next line ("- Sản phẩm OCOP 4 sao\nđược công nhận")
        if (m[0][0] == "\n" or label[m.end()].isupper()) and states_a_figure(label[:m.start()]):
            return True
    return False


# a line that opens a statement of its own after a line with a figure: its year alone ("Năm 2023", "Cùng kỳ 2023"),
# a capital ("Lũy kế", "Kế hoạch") or a span of months ("6 tháng đầu năm")
# NOTE: review43: "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\nLũy kế: 40" (or "\n6 tháng đầu năm: 5") in one cell stored
# the 40 tasks to date (the first half's 5) as 2024's, the 12 lost — recall41 split at a line of a year alone only
_NEW_LINES_STATEMENT = re.compile(r"(?:năm|nam|cùng kỳ|cung ky)\s+(?:19|20)\d\d\s*$|\d+\s+(?:tháng|thang)\b", re.I)


def _opens_a_statement(line: str) -> bool:
    """Whether a cell's next line, after a line with a figure, opens a statement of its own: a capital ("Lũy kế: 40",
    "Kế hoạch: 15"), its year alone, a span of months, or the sentence reader's words of a span to date or a
    comparison ("lũy kế", "so với cùng kỳ": metrics/abbreviations.toml to_date_span_words, label_comparison_words)."""
    from etl.sentences import _label_comparison_words, _to_date_span_words

    low = nfc(line).lower()
    return line[:1].isupper() or _NEW_LINES_STATEMENT.match(line) is not None \
        or _to_date_span_words().match(low) is not None or _label_comparison_words().match(low) is not None


def _cell_of_two_statements(v) -> bool:
    """Whether a label cell typed as "label: figure" holds two statements before its colon (_two_statements), read
    from the cell as typed — its lines joined into the row's label say nothing of where a statement ends.

    NOTE: recall41: "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\nNăm 2023: 10" in a table's label column (its value
    cells empty) stored 2023's 10 as the tasks accepted in 2024 — review40 checked the lines of a sheet with no
    table only, and a line opening with its year alone ("Năm 2023: 10", no list marker) as no statement's start."""
    m = _LINE_FIGURE.match(v) if isinstance(v, str) else None
    return m is not None and _two_statements(m[1].strip())


# a span ending a line's label before its colon: "… trong 3 năm", "… 6 tháng cuối năm", "… trong 6 tháng"
_LABEL_SPAN = re.compile(r"(?:\b(?:trong|cả)\s+)?\b(\d+)\s+(năm|tháng)(?:\s+(đầu|cuối)\s+năm)?\s*$")


def _label_span(label: str, code: str, label_period: Period | None, base: Period | None):
    """The period of a "label: figure" line whose label names a span or another period before its
    colon, and why it is not read (Vietnamese, English) or None.

    NOTE: in a report on 2024, "- Sáng kiến được công nhận lũy kế 5 năm: 630", "- Nhiệm vụ mới trong
    3 năm: 58", "- Sản phẩm OCOP được công nhận năm trước: 38" were each stored as 2024's figure; "6
    tháng cuối năm" of a year is its second half. The words are the sentence reader's
    ([to_date_span_words], [label_comparison_words] in metrics/abbreviations.toml)."""
    from etl.sentences import _label_comparison_words, _to_date_span_words

    low = nfc(label).lower()
    if registry.indicator(code).is_stock:
        low = _to_date_span_words().sub(" ", low)   # a stock's "đến nay", "lũy kế" is its own date
    if (w := _label_comparison_words().search(low)) or (w := _to_date_span_words().search(low)):
        return label_period, (f"Nhãn nói “{w[0]}”: số liệu không phải của kỳ báo cáo; không lấy",
                              f"The label says “{w[0]}”: not the report's period's figure; not taken")
    m = _LABEL_SPAN.search(low)
    if label_period is not None or m is None or base is None:
        return label_period, None
    n, unit, part = int(m[1]), m[2], m[3]
    months = (base.end.year - base.start.year) * 12 + base.end.month - base.start.month + 1
    if unit == "tháng" and part and base.start.year == base.end.year:
        p = periods.from_text(f"{n} tháng {part} năm {base.start.year}")
        if p is not None and base.start <= p.start and p.end <= base.end:
            return p, None
    elif unit == "tháng" and n == months or unit == "năm" and n == 1 and months == 12:
        return label_period, None
    return label_period, (f"Nhãn nêu khoảng thời gian “{m[0].strip()}” khác kỳ báo cáo; không lấy",
                          f"The label names the span “{m[0].strip()}”, not the report's period; not taken")


@lru_cache(maxsize=1)
def _approximate_words() -> tuple[str, ...]:
    return tuple(sorted({nfc(w).lower() for w in labels.declared_words("approximate_words")}, key=len, reverse=True))


def approximate_qualifier(figure: str, num: Number | None) -> str:
    """The word that makes a line of text's figure an approximation ("gần 60", "chừng 60", "trên dưới 60",
    "~45"; metrics/abbreviations.toml [approximate_words]: the figure stated in a table's cell, but no
    figure in a line of text, where a sentence's rules apply, etl/sentences.py), or "".
    NOTE: review21b: only "gần" and "khoảng" were known here, "chừng 60" was stored as exactly 60."""
    low = re.sub(r"^(?:đạt được|đạt)\s+", "", nfc(figure).lower().strip())
    for w in _approximate_words():
        if low.startswith(w) and not (w[-1].isalpha() and low[len(w):len(w) + 1].isalpha()):
            return w
    q = nfc(num.qualifier).lower() if num is not None and num.qualifier else ""
    return q if q in _approximate_words() else ""

# "(cũ)" after a province's name: a former province's share of the sheet's
_FORMER = re.compile(r"\(?\s*\b(?:cũ|cu)\b\s*\)?", re.I)


def _names_another_province(label: str, provs: list) -> bool:
    """Whether a "label: figure" line's label names another province than the sheet's, or a former
    province's share ("… của tỉnh Thái Bình (cũ)").
    NOTE: "Sản phẩm OCOP còn hiệu lực của tỉnh Kon Tum: 198 sản phẩm" in Đắk Lắk's report was
    stored as Đắk Lắk's stock (the matcher names the indicator, never the place)."""
    named = provinces_in(_FORMER.sub(" ", label))
    if not named:
        return False
    own = {p.code for p in provs}
    return bool(_FORMER.search(label)) or not any(p.code in own for p in named)


def _up_to_another_date(label: str, period: Period | None) -> bool:
    """Whether a label says its figure runs up to a date ("… (tính đến 31/12/2023)", "… còn hiệu lực đến
    31/12/2023") other than the end of the period it would be stored in: a count at a date the walk does not
    read from a label, never stored at the report's date (review20a)."""
    return period is not None and note_up_to(label) and note_period(label) is None and bool(note_years(label)) \
        and (period.end.year not in note_years(label)
             or any((y, mo, d) != (period.end.year, period.end.month, period.end.day) for y, mo, d in note_dates(label)))


def _up_to_another_date_aside(s: Sheet, r: int, line: str, label: str, period: Period, out: Reading) -> None:
    """A "label: figure" line whose label runs up to another date than its period's end (_up_to_another_date),
    set aside saying so, as the same label over a value column is (_cell_period).
    NOTE: recall45: "Sản phẩm OCOP còn hiệu lực đến 31/12/2023: 245 sản phẩm" among the half's figures of 2024
    was stored as the stock at 30/6/2024 (in a table's label cell and in a sheet of lines alike)."""
    years = "/".join(map(str, sorted(note_years(label))))
    out.ignored.append(Ignored(
        s.name, r + 1, line.strip()[:120],
        f"Nhãn ghi số liệu tính đến năm {years} nhưng kỳ báo cáo là {periods.label(period)}: không rõ số liệu của "
        "thời điểm nào, không lưu.",
        f"The label gives a figure up to {years} but the report is on {periods.label(period, 'en')}: unclear which "
        "date's figure, not stored."))
    out.rows_set_aside.add((s.name, r + 1))   # nor read again as a sentence


def _read_label_figure(s: Sheet, r: int, c: int, m: re.Match, code: str, period: Period | None, provs: list,
                       prov_text: str, out: Reading) -> bool:
    """A table row whose label cell says "label: figure [unit]" and whose value cells are empty:
    the figure, when it is one number in the indicator's unit. Returns whether it was taken."""
    from etl.numbers import parse_text

    if period is None or _names_another_province(m[1], provs):
        return False
    try:
        num = parse_text(m[2].strip())
    except NotANumber:
        return False
    if num is None or (num.unit and not _unit_of(code, num.unit)) or approximate_qualifier(m[2], num):
        return False   # (an approximation in a line of text is no figure: see _read_text_lines)
    if _up_to_another_date(m[1].strip(), period):
        _up_to_another_date_aside(s, r, m[0], m[1].strip(), period, out)
        return True
    out.candidates.append(Candidate(s.name, cell_name(r, c), m[1].strip(), code, provs, prov_text if provs else "",
                                    period, "actual", "reported", num.value, num.qualifier, num.percent, num.unit))
    return True


def _why_not(label: str) -> tuple[str, str]:
    m, _, _ = meaning(label)
    return labels.reason_text(m, "vi"), labels.reason_text(m, "en")


_MID_TERM = re.compile(r"(?:^| )(?:%s)(?: |$)" % "|".join(
    sorted(map(re.escape, registry.header_words("mid_term_words")), key=len, reverse=True)))


def _year_groups_to_the_report(cols: list, base: Period) -> None:
    """A bare "Lũy kế" under a year's heading beside that year's part of the report ("Năm 2024 | Năm
    2023" each over "Tháng 10 | Lũy kế" in the report on October 2024): January to the report's month
    of that year — the form's year to date, as a bare "Lũy kế" beside "Kỳ báo cáo" is (see _plan_sheet).

    NOTE: wrong28: read with its heading's whole year, OCOP products' 40 (January–October) were stored as
    the valid products at 31/12/2024, a date after the report, and 2023's at 31/12/2023; a flow's figure
    there is its year to the month, a stock's row gives its count at the month's end there."""
    for c in cols:
        if not (c.role == "value" and c.cumulative and c.period is not None and c.period.kind == "year"
                and c.within_year is None):
            continue
        m = re.match(r"((?:nam )?%d) (.+)$" % c.period.start.year, fold(c.text))
        if m is None or m[2] not in BARE_CUMULATIVE:
            continue
        head = m[1] + " "
        ends = {o.period.end for o in cols
                if o is not c and o.role == "value" and not o.cumulative and o.period is not None
                and o.period.kind != "year" and fold(o.text).startswith(head)
                and o.period.start.year == c.period.start.year and o.period.end.month == base.end.month}
        if len(ends) == 1:
            (end,) = ends
            c.cumulative, c.period, c.form_ytd = False, periods.span(date(end.year, 1, 1), end), True


def _years_reached(cols: list, base: Period, title: str) -> None:
    """What a column "Đến (hết) năm X" holds when X is after every other column's period.

    NOTE: "BÁO CÁO SƠ KẾT GIỮA KỲ GIAI ĐOẠN 2021-2025": "Năm 2021 | Năm 2022 | Năm 2023 | Đến năm 2025"
    — after the report's own reach (its period, or the mid-term of its span) that column is the
    target set for 2025, of a stock or a rate as of a flow (250 valid OCOP products, a 90 % rate were
    stored as 2025's actuals, review 20b). "BÁO CÁO SƠ KẾT GIAI ĐOẠN 2021-2025" over "Năm 2023 | Năm
    2024 | Đến hết năm 2025": a flow's figure is the total over the years (200 products were stored
    as 2025's own); a stock's is its value then, and in a report on one year "Thực hiện đến hết năm
    2024" stays the year's. An end-of-term review keeps a stock's "Đến năm 2025" as its actual."""
    dated = [c for c in cols if c.role in ("value", "province_value") and c.period is not None]
    for c in dated:
        if not (c.by_year or c.by_year_end) or c.cumulative or c.measure != "actual" or c.status != "reported":
            continue
        others = [o.period for o in dated if o is not c]
        if any(p.end >= c.period.start for p in others):
            continue
        if c.by_year and (c.period.end > base.end or _MID_TERM.search(title)):
            c.measure, c.by_year_target = "plan", True
        elif c.by_year_end and base.end.year > base.start.year and others \
                and all(p.kind == "year" for p in others):
            c.by_year = True


def _base_period(by_name: Period | None, own_title: Period | None, stated: Period | None,
                 name: str = "") -> Period | None:
    """The period of a sheet's values when neither the row nor the column names one: the sheet's
    name, unless its own title names a part of it; then its title; then the workbook's.

    NOTE: a sheet named "2025" titled "Kết quả 6 tháng cuối năm 2025" reports on 2025-S2."""
    if by_name is not None and own_title is not None and by_name.start <= own_title.start \
            and own_title.end <= by_name.end:
        return own_title
    base = by_name or own_title or stated
    if by_name is None and base is not None and (part := _sheet_name_part(name, base)) is not None:
        return part
    return base


def _sheet_name_part(name: str, base: Period) -> Period | None:
    """The part of the year a sheet's name names without its year ("Quý I", "6 tháng đầu năm"), in
    the year of the title's period `base`, when that part lies inside it; else None.

    NOTE: wrong25: a report "… năm 2024" with a sheet per quarter ("Quý I", "Quý II", …), its header
    only "Số lượng": each sheet's figures were stored as the whole year's (the four sheets, four
    values of 2024). A bare month ("T1") is no such name: sheets are numbered so too."""
    part = within_year(fold(name)) if name else None
    if part is None or part[0] not in ("quarter", "first", "last6") or base.kind == "date" \
            or base.start.year != base.end.year:
        return None
    # NOTE: "BC Quy IV va ca nam" (the fourth quarter's and the year's filing) under "… NĂM 2024": the
    # name says two spans, the sheet's "Số lượng" is the year's as its title says — read as Q4/2024
    # (review26a). Any other piece of the name naming a span of its own leaves the title's period.
    if any(within_year(fold(piece)) not in (None, part)
           for piece in re.split(r"\s+(?:và|va|với|voi)\s+|[,;+&]", nfc(name).lower()) if fold(piece)):
        return None
    p = within(part, base.end.year)
    return p if base.start <= p.start and p.end <= base.end and p != base else None


class _SheetMemo:
    """Per sheet: each distinct cell text normalized, and each distinct province and period cell
    interpreted, once.

    NOTE: a tidy sheet repeats a few hundred distinct texts over 100,000 rows."""

    def __init__(self):
        self.text = _TextMemo()
        self.province: dict[str, list | None] = {}
        self.period: dict[tuple, Period | None] = {}
        # the last two rows' periods read from the period column, (row, period): a "Cùng kỳ năm 2025" row is
        # the same span as the row above it (_same_span_of_row_above)
        self.row_periods: list[tuple[int, Period]] = []
        self.districts = False   # rows of districts seen: a "Tổng cộng" below them is the province
        # rows of the title's merged province's former provinces seen ("Ninh Thuận (cũ)"): a "Toàn
        # tỉnh" below them is the merged territory, never the old province of the same name
        self.formers = False
        # the former provinces those rows named (codes of the 63 frame): a bare "Tổng cộng" below
        # them is the merged province's figure only when every one of its former provinces is listed
        self.former_codes: set[str] = set()
        # every province a row above named by itself (codes): a "Tổng cộng" below the former provinces
        # AND another province ("Cần Thơ") is the region's sum, never the merged province's figure
        self.listed_codes: set[str] = set()
        # the rows of a new province's former provinces under its own row (see _merged_group_parts): whether
        # each says "(cũ)" ({row: marked})
        self.group_parts: dict[int, bool] = {}
        # a row of a column of wards or districts named another whole province ("Tỉnh Gia Lai" in the
        # host province's handout): the column holds provinces, its "Tổng cộng" is no province's
        self.province_in_subunits = False
        # a tidy sheet's Huyện column as each row reads it (see _subunit_of_rows), worked out once
        self.subunits: dict[int, str] | None = None


def _cell_names_a_former(s: Sheet, cell: str | None, value: float) -> bool:
    """Whether a figure's own cell names a province "(cũ)" in the figure's own clause: a sentence stating a
    former province's own figure ("95,2% (6 tháng đầu năm, tỉnh Lâm Đồng (cũ): 83,6%)", batch 32) says whose
    it is; the merged territory's 40 in "Công nhận 40 sản phẩm OCOP, trong đó An Giang (cũ) 22 …" is none of
    the former provinces' (etl/sentences.py figure_of_a_former; review26b)."""
    if (at := cell_position(cell)) is None:
        return False
    v = s.value(*at)
    return isinstance(v, str) and figure_of_a_former(v, value)


def _set_aside_merged_before(s: Sheet, first: int, stated: Stated, out: Reading) -> None:
    """Sets aside the figures of a period before 1 July 2025 read (from `first` on) as the province
    named like a merged province, on a sheet that names one of its former provinces with "(cũ)".

    NOTE: the new An Giang's report on the first half of 2025, "Sản phẩm OCOP được công nhận | 40"
    over "- An Giang (cũ) | 22", "- Kiên Giang (cũ) | 18": the merged territory's 40 was stored as
    the former An Giang's (the province of that name then; probe34). A sheet calling a province
    "(cũ)" was written after the merger: its province's figure of an earlier period is the merged
    territory's, which in the 63 provinces no one can place. A former province's own figures (under
    its heading, its "(cũ)" column or sentence, a row of places "Khánh Hòa | Ninh Thuận (cũ)") name
    that province and stay: only the figures placed by the report's title are set aside."""
    new = []
    if not stated.province_text:
        return   # no figure placed by the report's title (asked once, not of each of a tidy sheet's figures)
    for c in out.candidates[first:]:
        if c.province_text == stated.province_text and c.period is not None \
                and registry.frame_for(c.period.end) == "63":
            new += [p for p in c.provinces if p.frame == "34" and len(registry.predecessors(p)) > 1
                    and any(o.frame == "63" and o in registry.predecessors(p) for o in c.provinces) and p not in new]
    if not new:
        return
    formers = set()
    for row in s.rows:
        for v in row:
            if isinstance(v, str) and FORMER_NOTE.search(v) and (found := provinces_in(FORMER_NOTE.sub(" ", v))):
                formers.update(p.code for p in found if _former_of([p], new))
    # NOTE: review26b: the new An Giang's "BÁO CÁO … 6 THÁNG ĐẦU NĂM 2025 TRÊN ĐỊA BÀN TỈNH (SAU SẮP XẾP)": a title
    # saying the report is the merged province's (as a label's "(sau sáp nhập)" does, `_why_set_aside`) — its 40
    # OCOP products were stored as the former An Giang's half
    if not formers and not _AFTER_MERGER_NOTE.search(fold(f"{stated.period_text} {stated.province_text}")):
        return
    # NOTE: recall28: the new Đắk Lắk's compilation, a sheet titled "SỐ LIỆU KH&CN NĂM 2024 CỦA TỈNH ĐẮK LẮK
    # (TRƯỚC SẮP XẾP)" beside "… CỦA TỈNH PHÚ YÊN (TRƯỚC SẮP XẾP)": the title itself says its province is the
    # former one, so its figures are that province's own (batch 43: 6 honest figures were set aside). Only when
    # the title names that one province and the sheet no other former one — "An Giang (cũ)" and "Kiên Giang
    # (cũ)" rows under a title still make its total the merged territory's
    if FORMER_NOTE.search(stated.period_text) and formers and len({
            p.name_vi for p in provinces_in(FORMER_NOTE.sub(" ", stated.period_text))}) == 1 \
            and formers == {p.code for p in provinces_in(FORMER_NOTE.sub(" ", stated.period_text))
                            if _former_of([p], new)}:
        return
    kept = out.candidates[:first]
    for c in out.candidates[first:]:
        heirs = [p for p in c.provinces if p in new]
        if heirs and c.province_text == stated.province_text and not _cell_names_a_former(s, c.cell, c.value) and c.period is not None and registry.frame_for(c.period.end) == "63":
            out.ignored.append(Ignored(
                s.name, None, c.label[:120],
                f"Ô {c.cell}: báo cáo của {heirs[0].name_vi} sau sắp xếp (trang ghi tỉnh cũ “(cũ)”): số liệu kỳ "
                f"{periods.label(c.period)} (trước 01/7/2025) là của địa bàn sau sắp xếp, không phải của tỉnh "
                f"{heirs[0].name_vi} cũ; không lưu.",
                f"Cell {c.cell}: the merged {heirs[0].name_en}'s report (the sheet names a former province "
                f"“(cũ)”): the figure of {periods.label(c.period, 'en')} (before 1 July 2025) is the merged "
                f"territory's, not the former {heirs[0].name_en}'s; not stored.", cell=c.cell))
        else:
            kept.append(c)
    out.candidates[:] = kept


def _read_sheet(s: Sheet, hints: Hints, stated: Stated, out: Reading) -> None:
    plan = _plan_sheet(s, stated, out, hints)
    if plan is None:
        return
    if plan.group_captions:
        # a group of place columns at a time, its words the caption of its rows (_groups_over_places)
        first = len(out.ignored)
        for words in dict.fromkeys(plan.group_captions.values()):
            own = [c for c in plan.value_cells if plan.group_captions[c.index] == words]
            _read_planned(s, replace(plan, value_cells=own, caption_label=words, group_captions={},
                                     letters={c.index: plan.letters[c.index] for c in own}), hints, out)
        # a row every group sets aside alike (a note under the table) is listed once
        seen: list = []
        out.ignored[first:] = [i for i in out.ignored[first:] if i not in seen and not seen.append(i)]
        return
    _read_planned(s, plan, hints, out)
    _read_summary_block(s, plan, hints, out)


def _groups_over_places(value_cells: list[Column], base: Period | None) -> dict:
    """{column: its group's words} when every place column of a table with the years down the rows sits under a group
    heading that names one indicator by itself ("Nhãn hiệu tập thể (nhãn hiệu)" over "Bắc Giang (cũ) | Bắc Ninh (cũ) |
    Tỉnh Bắc Ninh (mới)", then "Chỉ dẫn địa lý (chỉ dẫn)" over the same three) in no period but the sheet's, no plan's
    nor estimate's; {} otherwise. Each group is then read as a caption over its own columns is (_caption_of_places:
    which place is whose, a former province's figure after the merger or the new one's before it, is the place
    columns' reading, as before).

    NOTE: recall43: the new Bắc Ninh's collective marks and GIs 2022–2025 by former province (batch 55) were refused
    whole ("không tìm thấy chỉ tiêu nào"): a caption over the whole table names one indicator, here each group did."""
    groups = {}
    for c in value_cells:
        place = nfc(c.province_text or "").strip()
        text = nfc(c.text).strip()
        if c.role != "province_value" or not place or not text.endswith(place):
            return {}
        words = text[:-len(place)].strip()
        if not words or PLAN.search(fold(words)) or _ESTIMATE.search(fold(words)) \
                or any(True for _ in registry.province_names_in(words)):
            return {}
        code, period = indicator_for_label(words, None)
        period = period or periods.from_text(words)
        if code is None or (period is not None and period != base):
            return {}
        groups[c.index] = words
    return groups if len(set(groups.values())) >= 2 else {}


def _read_planned(s: Sheet, plan: _SheetPlan, hints: Hints, out: Reading) -> None:
    memo = _SheetMemo()
    if plan.indicator_cols:
        _read_indicator_columns(s, plan, hints, memo, out)
        return
    if plan.level_cols:
        _read_level_rows(s, plan, hints, memo, out)
        return
    text_of, label_col = memo.text, plan.label_col
    parent = None    # the indicator of the heading row above: sub-items are read under it
    parent_figured = False   # … and whether that row gives figures (a row broken down, not a heading)
    parent_row = -2          # … and its row
    parent_label = ""        # … and its label
    parent_number = ""       # … and the number in its STT cell ("1", "II", "2.1"), "" for none
    # the marked sub-items above ("- Nhiệm vụ mở mới"), by their marker's depth: a row marked deeper
    # ("+ Trong đó: cấp tỉnh") is a part of the nearest one, not of the heading (see _marker)
    marked: list = []
    styles: list = []   # the markers in the order they first appear under the current item
    stt_col = next((c.index for c in plan.cols if c.role == "stt"), None)
    noun = ""        # a label split over two cells: the noun in the label column, carried down its block
    of_which_open = False   # unmarked, unnumbered rows right under a bare "Trong đó:" line: its parts
    matched_before = out.matched_rows
    summary_code = None   # the whole of a list's summary lines left of its names ("Tổng số nhiệm vụ | 24")
    rows = s.rows
    # NOTE: tidy rows (100,000 of them) repeat a few hundred labels, provinces, periods and units:
    # each distinct cell is interpreted once by the full path below, and a row whose every cell
    # was already interpreted, with a typed number, becomes its candidate directly.
    fast = _fast_tidy(plan)
    if fast is not None:
        pcol, percol, ucol, vcol, vletters = fast
        by_label: dict = {}
        by_province: dict = {}
        by_period: dict = {}
        by_unit: dict = {}
        by_column_unit: dict = {}
        measure, status = plan.value_cells[0].measure, plan.value_cells[0].status
        sheet_name, candidates, Cand = s.name, out.candidates, Candidate
        plan_place = (plan.provinces, plan.province_text if plan.provinces else "")
        vheader = next((c.text for c in plan.value_cells if c.index == vcol), "")
        taken = 0
    for r in range(plan.header_end + 1, len(rows)):
        row = rows[r]
        if not row or (row[0] is None and row.count(None) == len(row)):
            continue
        if fast is not None:
            width = len(row)
            v = row[vcol] if vcol < width else None
            if type(v) is float and v == v or type(v) is int:
                lab = by_label.get(row[label_col] if label_col < width else None)
                pv = row[percol] if percol is not None and percol < width else None
                per = by_period.get((type(pv), pv)) if pv is not None else None
                prov = by_province.get(row[pcol] if pcol < width else None) if pcol is not None else plan_place
                if lab is not None and per is not None and prov is not None:
                    unit = by_unit.get(row[ucol] if ucol < width else None, None) if ucol is not None else ""
                    if unit is not None:
                        text, code, period, label_unit = lab
                        taken += 1
                        own = unit or label_unit
                        # the value column's header is the same on every row: its unit is decided
                        # once per indicator and row unit
                        in_column = by_column_unit.get((code, own))
                        if in_column is None:
                            in_column = by_column_unit[(code, own)] = _column_unit(code, own, vheader) or own
                        candidates.append(Cand(sheet_name, f"{vletters}{r + 1}", text, code, prov[0], prov[1],
                                               period or per, measure, status, float(v), "", False,
                                               in_column or plan.table_unit, ""))
                        continue
        label = text_of(row[label_col] if label_col < len(row) else None) if label_col is not None else ""
        if not label:
            label = plan.label_fill.get(r, "") or plan.caption_label
        joined = ""
        if plan.sublabel_col is not None:
            # NOTE: "Nhiệm vụ KH&CN được quản lý" merged down column B beside "Tổng số | Cấp quốc
            # gia | Cấp tỉnh" in column C: the total is the item, the others its sub-items
            sub = text_of(row[plan.sublabel_col] if plan.sublabel_col < len(row) else None)
            if label:
                noun = label
            elif not sub:
                noun = ""
            # NOTE: a label split over two cells, the noun in the label column (merged down its
            # block, or written on the block's first row only) and its qualifier beside it:
            # "Sản phẩm OCOP | lũy kế còn hiệu lực", "Sáng kiến | cấp tỉnh công nhận", "Chi NSNN
            # cho KH&CN | đã giải ngân" — read together when the qualifier alone names nothing
            joined = f"{noun} {sub}" if noun and sub and fold(sub) not in TOTAL_WORDS else ""
            head = indicator_for_label(label, None)[0] if label and sub else None
            # NOTE: "3 sao" under "Sản phẩm OCOP được công nhận" is a part (3-star products), though
            # its words are also a noun of the whole's names, as a unit written there would be
            if sub and fold(sub) not in TOTAL_WORDS and (
                    not (head and _unit_of(head, sub)) or indicator_for_label(sub, head)[0] not in (None, head)):
                if head is not None:
                    parent, parent_figured = head, True
                label = sub
        if r == plan.foot_unit[1]:
            # the footnote's unit is the table's above it, never a table's below it
            plan.foot_unit = ("", -1, None)
        if not plan.tidy and (stated := _unit_line(row)) is not None:
            # NOTE: "ĐVT: triệu đồng" on a line of its own between two tables (the second one's
            # header not told apart from the first's rows): the rows below it are in that unit —
            # a sum of money's scale; any other unit ends the money stated above
            from etl.validate import is_money_text, is_per_mille_text, is_percent_text, is_times_or_scaled_text

            # NOTE: "Đơn vị tính: nghìn người" stated 1,2 researchers (probe33): kept, its cells set aside
            # (review44: so is "Đơn vị tính: %" over the next table's shares, see _table_unit)
            plan.table_unit = stated if is_money_text(stated) or is_per_mille_text(stated) \
                or is_times_or_scaled_text(stated) or is_percent_text(stated) else ""
            out.ignored.append(Ignored(s.name, r + 1, cell_text(next(v for v in row if v is not None))[:120],
                                       "Dòng ghi đơn vị tính của các dòng bên dưới",
                                       "A line stating the unit of the rows below"))
            continue
        if not label:
            texts = [t for t in (cell_text(v) for v in row if v is not None) if t]
            if not plan.tidy and len(texts) == 1 and not _province_heading(texts[0]) \
                    and not any(_is_number_like(v) for v in row) and _caption_row(s, r, texts[0], plan, out,
                                                                                   number_column=True):
                continue
            if not plan.tidy and len(texts) == 1 and _province_heading(texts[0]):
                # NOTE: "1. HÀ TĨNH" merged across the table from column A (the label column left
                # empty): the heading of that province's block, as in the label column
                label = texts[0]
            else:
                if not plan.tidy and len(texts) >= 2 and _header_or_unit_row(row):
                    # NOTE: the years' header again ("| 2020 | 2021 | Sơ bộ 2023"): the next table of a
                    # yearbook sheet begins, what headed the rows above heads none below ("Cấp tỉnh"
                    # under "Chỉ số phát triển … (Năm trước = 100)" was read as the tasks accepted
                    # of the table before; review22a)
                    parent, parent_figured = None, False
                if not plan.tidy and label_col is not None and (line := _summary_line(row, label_col)) is not None:
                    summary_code = _read_summary_line(s, r, row, *line, summary_code, plan, hints, text_of, out)
                    continue
                if texts:
                    # NOTE: every non-empty row is accounted for, also one with figures and no label
                    # (the second line of a label merged over two rows, a stray subtotal)
                    out.ignored.append(Ignored(s.name, r + 1, " ".join(texts)[:120], "Không có tên chỉ tiêu", "No indicator label"))
                continue
        if plan.pivot and (heading := _province_heading(label)):
            # NOTE: a pivot table pasted as values: a province in its row labels is either a row of
            # the one indicator its report filter names ("Chỉ tiêu | Sản phẩm OCOP được công nhận"
            # above the pivot), or the heading of that province's indicators below it, its figures
            # then the pivot's subtotal over different indicators (no figure of any indicator)
            if plan.filter_indicator is not None:
                code, filter_period = plan.filter_indicator
                _read_values(s, r, row, label, code, filter_period, heading, label, plan, hints, text_of, out)
                out.matched_rows += 1
                continue
            plan.provinces, plan.province_text, plan.by_blocks, plan.aggregate_block = heading, label, True, False
            parent, plan.section = None, ""
            out.ignored.append(Ignored(s.name, r + 1, label,
                                       "Tên tỉnh trong bảng tổng hợp (pivot): các dòng bên dưới là số liệu của tỉnh này; "
                                       "số trên dòng này là tổng của các chỉ tiêu khác nhau, không lấy",
                                       "A province in a pivot table: the rows below are its figures; this row's "
                                       "figures add up different indicators, not taken"))
            continue
        if not plan.tidy and not any(_is_number_like(s.value(r, c.index)) or (r, c.index) in s.no_cache
                                     for c in plan.value_cells):
            stt = text_of(row[stt_col]) if stt_col is not None and stt_col < len(row) and stt_col != label_col else ""
            district = _district_heading(label, plan, stt)
            if (plan.district_section or plan.after_districts) and not district:
                if fold(label) in TOTAL_WORDS or _names_whole_province(label, plan.provinces) \
                        or _PROVINCE_OWN_HEADING.search(fold(label)):
                    # NOTE: "Toàn tỉnh", "Tổng cộng" or "III. Kết quả chung của tỉnh" after the districts'
                    # sections: the province's own rows again
                    plan.district_section = plan.district_level = plan.after_districts = ""
                elif plan.district_level and _heading_level(label, stt) == plan.district_level \
                        and _province_heading(label):
                    # NOTE: a province's heading ("III. Tỉnh Nghệ An") after the districts: its own
                    # reading below decides whose the rows are
                    plan.district_section = plan.district_level = plan.after_districts = ""
                elif plan.district_level and _heading_level(label, stt) == plan.district_level:
                    # NOTE: "III. Các sở, ban, ngành cấp tỉnh" after "I. Huyện Kỳ Anh", "II. Huyện Hương
                    # Sơn": another part of the province, not its whole — its 21 tasks were stored as
                    # Hà Tĩnh's (review22a). Its rows are set aside (a figure missed rather than a part
                    # stored as the whole)
                    plan.district_section, plan.after_districts = "", label[:120]
                    _set_row_aside(out, s, r, label,
                        "Đề mục sau các phần của huyện, xã, không nói là của cả tỉnh: các dòng bên dưới không lưu",
                        "A heading after the districts' sections not naming the whole province: the rows below "
                        "are not stored")
                    continue
            if district:
                plan.after_districts = ""
                # NOTE: "Huyện Kỳ Anh", its rows, "Huyện Hương Sơn", its rows, then "Toàn tỉnh": a district's
                # rows are a part of the province's figure, never the province's (read as the
                # province's, each district gave the year a second value and the honest file was refused)
                plan.district_section, plan.district_level = district, _heading_level(label, stt)
                _set_row_aside(out, s, r, label,
                    f"Đề mục của một địa bàn cấp dưới tỉnh (“{district}”): các dòng bên dưới không phải số liệu "
                    f"của cả tỉnh, không lưu",
                    f"The heading of a place below the province (“{district}”): the rows below are not the whole "
                    f"province's, not stored")
                continue
            if not stt and plan.section_of is None and not plan.by_blocks and _caption_row(s, r, label, plan, out):
                continue
            whole = plan.section_of is not None and (_names_whole_province(label, plan.section_of[1])
                                                     or _sum_of_every_former(label, plan))
            if plan.section_of is not None and (whole or _ends_section(label, stt, plan.section_of[0])):
                # NOTE: "III. …" after "II. Tỉnh Kiên Giang (cũ)", or "Toàn tỉnh": the report's own rows again
                _, plan.provinces, plan.province_text, plan.city = plan.section_of
                if plan.former_section:
                    # NOTE: "Toàn tỉnh" after a former province's section is the merged territory, as
                    # below former provinces' rows (_row_place): the province after the merger, set
                    # aside by the validation on a period before it — not the old An Giang's second
                    # value of the first half of 2025 (review 19a). So is the report's own section
                    # after it ("III Kết quả khác" after "I. Quảng Bình (cũ)", "II. Quảng Trị (cũ)"
                    # in the new Quảng Trị's report): its rows were the old Quảng Trị's, a second
                    # value beside section II's for the first half of 2025 (mend20). Not a heading
                    # naming a province by name ("C. Tổng hợp toàn tỉnh An Giang"): its own reading
                    # below (review 20a) decides whose it is
                    # NOTE: not where the next former province's heading ends the section ("II. Kiên
                    # Giang (cũ)"), nor a heading naming a province: their own reading decides whose
                    if whole or not (_province_heading(label) or provinces_in(label)):
                        plan.provinces = [p for p in plan.provinces if p.frame == "34"] or plan.provinces
                plan.section_of, plan.former_section, plan.by_blocks = None, False, False
                plan.unsure_section = False
            elif plan.section_of is not None and not plan.section_of[0] and not _province_heading(label):
                # NOTE: an unnumbered section heading ("Tỉnh Kiên Giang (cũ)" with no STT) has no level
                # to end at: a later heading ("Kết quả chung của tỉnh") may be the report's own or
                # still the section's. Its rows are set aside until a province's heading or "Toàn tỉnh"
                # (a figure missed rather than stored as the wrong province's, review 19a)
                plan.unsure_section = True
            heading = _province_heading(label) or (
                [] if any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells)
                else _former_section_heading(label))
            if heading:
                # NOTE: a compilation with each province a block of rows under its name ("1. HÀ
                # TĨNH", then its indicators): the rows below are that province's, until the next
                # such heading; a region's block ("TỔNG CỘNG VÙNG") below them is no province's.
                # In one province's report, a section under another or a former province's heading
                # ("II. Tỉnh Kiên Giang (cũ)" in the new An Giang's 2025 report) is that province's
                # too, until a heading of the same level or "Toàn tỉnh"; a former province's share of
                # the merged province's figure after the merger is set aside (_read_values)
                own = plan.provinces if plan.section_of is None else plan.section_of[1]
                if own and {p.key for p in heading} != {p.key for p in own}:
                    if plan.section_of is None:
                        plan.section_of = (_heading_level(label, stt), plan.provinces, plan.province_text, plan.city)
                    plan.former_section = _former_of(heading, own)
                    plan.sections_listed |= {p.code for p in heading}
                    if plan.former_section:
                        plan.former_sections_seen |= {p.code for p in heading}
                elif plan.section_of is not None:
                    plan.section_of, plan.former_section = None, False
                plan.provinces, plan.province_text, plan.city = heading, label, \
                    all(getattr(p, "kind", "") == "thành phố" for p in heading)
                plan.by_blocks, plan.aggregate_block, parent, plan.section = True, False, None, ""
                plan.unsure_section = False
                plan.share_lead = label if plan.section_of is not None and not _province_heading(label) \
                    and not _heading_level(label, stt) else ""
                out.ignored.append(Ignored(s.name, r + 1, label,
                                           "Tên tỉnh: các dòng bên dưới là số liệu của tỉnh này",
                                           "A province's name: the rows below are its figures"))
                continue
            if plan.by_blocks and is_aggregate_place(fold(label)) or _MANY_PROVINCES_HEADING.match(fold(label)):
                # NOTE: a region's or a cluster's block above the provinces' too (metrics/header_words.toml
                # many_provinces_headings): no province's figures, not the title's province's
                plan.aggregate_block = True
                out.ignored.append(Ignored(s.name, r + 1, label,
                                           "Khối tổng cộng của nhiều tỉnh: các dòng bên dưới không phải số liệu của một tỉnh",
                                           "A block of several provinces' totals: the rows below are no province's"))
                continue
        if plan.share_lead and plan.section_of is not None and not plan.tidy \
                and _heading_level(label, text_of(row[stt_col]) if stt_col is not None and stt_col < len(row)
                                   and stt_col != label_col else "") in ("1", "roman", "capital"):
            # NOTE: "2 | Sản phẩm OCOP được công nhận | 40" after "Riêng tỉnh Bạc Liêu (cũ):" and its "- …"
            # rows: a numbered item again, the whole province's as a person reads it, or the share's
            # still — read as the former Bạc Liêu's, 40 was stored as its first half of 2025 (review26a).
            # Set aside, a figure missed rather than stored as the wrong province's (nor read as a sentence)
            out.rows_set_aside.add((s.name, r + 1))
            _set_row_aside(out, s, r, label,
                f"Dòng đánh số sau “{plan.share_lead[:60]}” (phần riêng của tỉnh cũ, không có số mục): không rõ "
                f"là số của cả tỉnh hay của tỉnh cũ, không lưu",
                f"A numbered row after “{plan.share_lead[:60]}” (a former province's share, no section number): "
                f"whether the whole province's or the former one's is unclear, not stored")
            continue
        if (why := _row_aside(plan)) is not None:
            out.rows_set_aside.add((s.name, r + 1))   # nor read again as a sentence
            out.ignored.append(Ignored(s.name, r + 1, label, *why))
            continue
        if plan.prefixed and _read_prefixed(s, r, row, label, plan, hints, text_of, out):
            continue
        city_row = False
        if plan.city and _CITY_LEVEL.search(label):
            # NOTE: in a centrally-run city's report (Hà Nội, Hải Phòng, TP.HCM, Cần Thơ…) "Trong đó:
            # cấp thành phố" is the city's provincial level; elsewhere a "thành phố" is a district-level
            # unit of the province and the words are left as written (not guessed)
            label = _CITY_LEVEL.sub(lambda m: m[1] + "tỉnh", label)
        elif plan.tidy and _CITY_LEVEL.search(label) and _row_in_central_city(s, r, row, label, plan, memo):
            # NOTE: tidy rows name their own province and period ("Sở Khoa học và Công nghệ thành phố
            # Huế | … cấp thành phố mới triển khai | Quý I/2026", batch 34): the row's own province,
            # a centrally-run city on the row's period, decides — never the sheet's title, nor
            # another row's (a row of such a label is not remembered for the next rows: city_row)
            label, city_row = _CITY_LEVEL.sub(lambda m: m[1] + "tỉnh", label), True
        if not plan.tidy and out.matched_rows == matched_before and fold(label) in TOTAL_WORDS \
                and _read_whole_row(s, r, row, label, plan, hints, text_of, out):
            continue
        if not plan.tidy and label_col is not None and (pairs := _label_pairs(row, label_col)) \
                and all(ci - 1 != plan.unit_col and plan.cols[ci - 1].role != "unit" for _, ci in pairs):
            _read_pairs(s, r, row, label, pairs, plan, hints, text_of, out)
            continue
        # NOTE: blind52 probe: "Nhiệm vụ khoa học và công nghệ" (heading), "Số nhiệm vụ đề xuất | 40" (no
        # indicator), "Trong đó: cấp tỉnh | 30": the part breaks down the row right above it, which
        # named nothing the registry knows — read under the heading, 30 proposals were stored as the
        # provincial tasks managed (see _unmatched's part_of_row)
        context = None if not plan.tidy and plan.figured_heading and _SUB_MARK.match(label) else parent
        own_number = text_of(row[stt_col]).strip() if stt_col is not None and stt_col < len(row) \
            and stt_col != label_col else ""
        if context is not None and not plan.tidy and _numbered_alike(own_number, parent_number) \
                and indicator_for_label(label, None)[0] is not None:
            # NOTE: blind85: Thanh Hóa's "1 | Đề tài, dự án cấp tỉnh thực hiện trong năm | 92", then "2 | Đề tài, dự
            # án mới triển khai | 35": the row numbered as the one above is its sibling, never its part — read with
            # the row above, 35 (every new task) was stored as the new PROVINCIAL tasks; the rows the other way round
            # ("1 | Nhiệm vụ mới triển khai | 35", "2 | Nhiệm vụ cấp tỉnh thực hiện trong năm | 92") read 92 as the new
            # provincial tasks and refused the honest file as a part above its whole. A sibling that names nothing
            # by itself ("3 | Cấp tỉnh | 30" under "1 | Tổng số nhiệm vụ", an export numbering every row) is still
            # read with the row above
            context = None
        mark = "" if plan.tidy else _marker(label, row[stt_col] if stt_col is not None and stt_col < len(row)
                                            else None)
        if not mark:
            depth = 0
            if clean_label(label):   # a bare "Trong đó:" line leaves the items above open
                marked, styles = [], []
            # NOTE: "Nhiệm vụ KH&CN được nghiệm thu | 19", a bare "Trong đó:", then "Đề tài, dự án cấp tỉnh
            # | 12" with no mark nor number: a part of the row above, as "- Đề tài, dự án cấp tỉnh" is —
            # matched alone, its exact name stored 12 as the provincial tasks managed (honest26)
            stt_text = text_of(row[stt_col]) if stt_col is not None and stt_col < len(row) \
                and stt_col != label_col else ""
            of_which_open = (of_which_open and not stt_text and bool(clean_label(label))) \
                or (not clean_label(label) and bool(_SUB_MARK.match(label)))
        else:
            of_which_open = False
            # NOTE: the first marker under an item is its first level ("-", or "+" where an office
            # starts with it), a different one after it the level below
            if mark not in styles:
                styles = styles[:len(marked)] + [mark]
            depth = styles.index(mark) + 1
            while marked and marked[-1][0] >= depth:
                marked.pop()
        if depth >= 2 and marked:
            # NOTE: "- Nhiệm vụ mở mới | 41" then "+ Trong đó: cấp tỉnh | 26": the "+" line is a part
            # of the "-" line above it (the new provincial tasks), never of the section's heading
            # (26 was stored as all provincial tasks managed); below a "-" line that named nothing
            # the registry has, it is read with no heading at all (a part of something unknown)
            context = marked[-1][1]
        code, label_period = indicator_for_label(
            f"- {label}" if of_which_open and context and clean_label(label) else label, None if plan.tidy else context)
        if depth:
            marked.append((depth, code))
        if code is None and not plan.tidy and parent is not None and not parent_figured and parent_row == r - 1 \
                and fold(_without_unit(label, parent)) in _OWN_TOTAL_LABELS \
                and any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells):
            # NOTE: "I | Nhiệm vụ KH&CN được nghiệm thu" (no figure), then "Tổng cộng | 19" and the
            # levels under it: the total row right under a heading that names its indicator is
            # that indicator's figure (the heading's words are the total's label)
            code, parent_figured = parent, True
        if code is None and not plan.tidy and not plan.indicator_cols and label_col is not None \
                and fold(label) in _OWN_TOTAL_LABELS \
                and any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells) \
                and (caption := _caption_of_total(s, r, label_col, plan)) is not None:
            # NOTE: a table copied from the statistical yearbook: its caption names the indicator
            # ("12.5. Số nhiệm vụ KH&CN được nghiệm thu phân theo cấp quản lý"), "Đơn vị tính: …"
            # and the years' header under it, then "TỔNG SỐ" and the breakdown: the total row is the
            # caption's indicator, read with the caption's words (its place, its plan words…), and
            # heads the levels below it (batch 40: 20 facts of Thái Nguyên's yearbook unread)
            code, label = caption
        if code is None and plan.alt_label_col is not None:
            # NOTE: "Chỉ tiêu | Indicator": the Vietnamese label first; its English twin when the
            # Vietnamese names nothing the registry knows
            alt = text_of(row[plan.alt_label_col] if plan.alt_label_col < len(row) else None)
            if alt:
                alt_code, alt_period = indicator_for_label(alt, None if plan.tidy else context)
                if alt_code is not None:
                    code, label_period, label = alt_code, alt_period, alt
        if code is None and hints.labels is not None:
            code, label_period, key = learned_indicator(label, hints.labels)
            if code:
                out.labels_applied[key] = code
        if code is None and joined and label != joined:
            joined_code, joined_period = indicator_for_label(joined, None)
            if joined_code is not None:
                code, label_period, label = joined_code, joined_period, joined
        if code is not None and not plan.tidy and label_col is not None and (why := _rest_unsaid(
                rows, r, label_col, label, code, context, plan.provinces,
                any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells))) is not None:
            _set_row_aside(out, s, r, label, *why)
            plan.wrapped_rest_row = r + 1
            continue
        if code is not None and not plan.tidy and label_col is not None \
                and (other := other_type_beside(label, code, _column_labels(rows, label_col, text_of))) is not None:
            # NOTE: wrong27: "Đề tài cấp tỉnh được nghiệm thu | 12" beside "Dự án cấp tỉnh được nghiệm thu | 3"
            # with no heading above: the topics' share, stored as every provincial task accepted
            _set_row_aside(out, s, r, label,
                f"Dòng chỉ nói một loại nhiệm vụ, bên cạnh dòng “{other}” cùng tên: một phần, không phải chỉ tiêu "
                f"“{registry.indicator(code).name_vi}”; không lưu",
                f"The row names one type of task, beside a row of “{other}” in the same words: a share, not "
                f"“{registry.indicator(code).name_en}”; not stored")
            continue
        if code is None and not plan.tidy and label_col is not None \
                and ((rest := _wrapped_rest(rows, r, label_col, label)) is not None
                     or (rest := _rest_beside_merged_figures(s, rows, r, label_col, label, plan)) is not None) \
                and any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells):
            # NOTE: "Số nhiệm vụ KH&CN được tổ chức đánh giá, | 7 | 9" and under it "nghiệm thu" alone
            # (batch 43): a label wrapped onto the next row in an old form, its figures on the first
            # — read whole; the first line alone named nothing (suggested as S&T organizations)
            wrapped_code, wrapped_period = indicator_for_label(f"{label} {rest}", context)
            if wrapped_code is not None:
                code, label_period, label = wrapped_code, wrapped_period, f"{label} {rest}"
        if code is None and plan.share_col is not None and not plan.tidy \
                and _is_number_like(s.value(r, plan.share_col.index)):
            # NOTE: "TTHC cung cấp DVC trực tuyến toàn trình | 52 | 81,3" under "Số lượng | Tỷ lệ
            # (%)": the share column's figure is the rate the label names with "tỷ lệ" (see
            # _share_column); only a rate, only when the label so read names it by itself
            share_code, share_period = indicator_for_label(f"Tỷ lệ {clean_label(label)}", None)
            if _is_rate(share_code):
                code, label_period, label = share_code, share_period, f"Tỷ lệ {clean_label(label)}"
        if code is None and not plan.tidy and parent is not None and parent_row == r - 1 \
                and any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells) \
                and (estimated := _estimate_of_the_row_above(s, r, label, parent_row, parent_label, plan)) is not None:
            # NOTE: blind82: "3 | Nhiệm vụ đã nghiệm thu | 99", then "4 | Ước nghiệm thu cả năm 2026 | 117" (Hà Nội's
            # eleven months, the levels across): the row under an indicator's row that says only that it is the
            # estimate of a year — "Ước cả năm 2026", or with the row above's own words — is that indicator's
            # estimate of the year; it named no indicator and the three figures of the year were lost
            code, label_period = parent, estimated
        read_under_section = False
        pivot_stars_whole = False
        if code is None and not plan.tidy and (whole := _pivot_subtotal_of_stars(s, r, label, plan, out)) is not None:
            code, pivot_stars_whole = whole, True
        if code is None:
            # NOTE: blind52 probe: "Số nhiệm vụ đề xuất | 40" (no indicator) then "Trong đó: cấp tỉnh | 30":
            # a part of the row above that named nothing the registry knows (plan.figured_heading) —
            # read under the section "Nhiệm vụ KH&CN", 30 proposals were stored as provincial tasks managed
            code, label_period = _unmatched(s, r, label, plan, hints, out,
                                            part_of_row=not plan.tidy and bool(_SUB_MARK.match(label)) and (
                                                parent is not None and parent_figured or depth >= 2
                                                or bool(plan.figured_heading)))
            if code is None:
                continue
            read_under_section = not plan.tidy and not depth and not of_which_open and not _SUB_MARK.match(label)
        if depth:
            marked[-1] = (depth, code)
        out.matched_rows += 1
        if not _SUB_MARK.match(label):
            plan.figured_heading = ""
        # NOTE: blind52: "1. Nhiệm vụ khoa học và công nghệ", then "Nhiệm vụ đang quản lý | 66" (read
        # under that section) and "Trong đó: cấp quốc gia | 5", "cấp tỉnh | 48": an unmarked row read
        # under its section names its indicator as well as one that names it alone, and heads the
        # parts below it — they were unread (nothing to read them with)
        # … and so does an unmarked row with figures that is no level of the heading above it:
        # "Đang quản lý | 70" (the heading), "Nghiệm thu | 20", "- Cấp tỉnh | 15" — 15 is the accepted
        # provincial tasks, stored as the provincial tasks managed (and, beside "- Cấp tỉnh | 50"
        # under "Đang quản lý", two values refused the honest file); "cấp quốc gia | 5" right under
        # the heading is one of its levels and heads nothing
        # NOTE: recall28: "one of its levels" is any part the registry declares, not only `sum_of`'s:
        # "4.1 Hạng 3 sao" under "Sản phẩm OCOP được công nhận (mới)" and "1.1 Cấp quốc gia" under
        # "Nhiệm vụ nghiệm thu" (no sum_of: their wholes have other parts) headed the stars and levels
        # below them — "Hạng 4 sao | 7", "1.2 Cấp tỉnh | 19" were unread (14 honest figures of batches
        # 14, 18, 26, 36, 40 lost)
        sibling_row = not plan.tidy and parent is not None and code != parent and not depth \
            and not of_which_open and not _SUB_MARK.match(label) \
            and code not in registry.indicator(parent).parts \
            and any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells)
        if not plan.tidy and (read_under_section or sibling_row or indicator_for_label(label, None)[0] == code) and not (
                # NOTE: "- Nhiệm vụ mở mới" then "- Nhiệm vụ chuyển tiếp" under "Tổng số nhiệm vụ":
                # a marked sub-item is a sibling of the next one, not its heading
                parent and _SUB_MARK.match(label) and registry.indicator(code).parent == parent):
            # a row that names its indicator by itself heads the sub-items below it
            parent, parent_row, parent_label = code, r, label
            parent_number = own_number
            parent_figured = any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells)
        where = _row_place(s, r, row, label, plan, memo, out)
        if where is None:
            continue
        row_provs, row_ptext, row_period = where
        if not plan.tidy and not any(_is_number_like(s.value(r, c.index)) or (r, c.index) in s.no_cache
                                     for c in plan.value_cells):
            # NOTE: "Nhiệm vụ khoa học và công nghệ" merged over the row with no figure, then
            # "1.1 Đang quản lý, theo dõi", "1.2 Được nghiệm thu": a heading that names an
            # indicator is still the heading its sub-items are read under (see _unmatched)
            plan.section, plan.section_row = label, r
        if label_period is None and not plan.tidy:
            label_period = _span_of_the_title(label, plan)
        if label_period is None and not plan.tidy and (whole := whole_year_closing(label)) is not None \
                and (base := plan.base_period) is not None and base.kind != "date" and base.start.year == base.end.year:
            # NOTE: wrong55: "- Ước nghiệm thu cấp tỉnh cả năm 2026", "- Cấp tỉnh ước cả năm" under the tasks accepted in
            # a report on eleven months (a part read with the row above's words, "cả năm" lost): the year's
            # estimate of the provincial tasks was stored as the eleven months' (or refused the honest file as a
            # part above its whole) — the row is the whole year's, the report's when it writes none
            label_period = periods.from_text(str(whole or base.start.year))
        if label_period is None and not plan.tidy and _previous_period_label(label):
            _set_row_aside(out, s, r, label,
                "Nhãn dòng ghi số liệu của kỳ trước (năm trước/cùng kỳ), không phải của kỳ báo cáo ở cột số liệu: "
                "không lưu",
                "The row's label gives the previous period's figure (the year before), not the column's period: "
                "not stored")
            continue
        if label_period is None and not plan.tidy and (span := _another_span_in_label(label, code, plan)):
            # NOTE: probe36: "Sản phẩm OCOP được công nhận trong 5 năm | 130", "… từ năm 2019 | 130", "… đợt 1
            # | 12", "… trong tháng | 2" under "Năm 2024": stored as 2024's own
            _set_row_aside(out, s, r, label,
                f"Nhãn dòng ghi “{span}”: số liệu không phải của đúng kỳ ở cột số liệu (nhiều năm, một đợt hay "
                f"một phần của kỳ); không lưu",
                f"The row's label says “{span}”: the figure is not the value column's period (several years, "
                f"one round or a part of it); not stored")
            continue
        if not plan.tidy and (said := _note_not_the_columns(row, code, plan, memo.text)):
            # NOTE: wrong32: "Nhiệm vụ KH&CN được nghiệm thu | 12 | Số liệu 9 tháng" (or "Số kế hoạch") under
            # "Năm 2024 | Ghi chú": the row's note says the figure is nine months' or the plan — stored as
            # the year's actual. Read as a label's words are (_another_span_in_label), the plan by
            # metrics/header_words.toml row_note_plan_words
            _set_row_aside(out, s, r, label,
                f"Ghi chú của dòng ghi “{said}”: số liệu không phải kết quả của đúng kỳ ở cột số liệu; không lưu",
                f"The row's note says “{said}”: the figure is not the value column's period's result; not stored")
            continue
        if (later := _carried_into_a_later_year(label, label_period, plan)) is not None:
            # NOTE: wrong25: "Nhiệm vụ chuyển tiếp sang năm 2025 | 18" in a report on 2024: the tasks
            # carried OUT of 2024 (2025's carried over, if 2025's plan keeps them all), stored as 2024's
            # tasks carried over (those carried INTO 2024); "… chuyển tiếp sang năm 2024" there is 2024's
            _set_row_aside(out, s, r, label,
                f"Nhãn dòng nói số liệu chuyển sang năm {later}, sau kỳ của cột số liệu: không phải số của kỳ "
                f"báo cáo; không lấy",
                f"The row's label says its figure is carried into {later}, after the value column's period: "
                f"not the report period's figure; not taken")
            continue
        if (place := _place_below_province(label)) is not None:
            # NOTE: "Sản phẩm OCOP được công nhận (TP Vinh) | 12", "… - huyện Nghi Lộc | 7" in Nghệ An's
            # report: a district's or a town's figure, stored as the province's (probe32)
            _set_row_aside(out, s, r, label,
                f"Nhãn dòng ghi số liệu của một địa bàn cấp dưới tỉnh (“{place}”), không phải của cả tỉnh: không lưu",
                f"The row's label gives the figure of a place below the province (“{place}”), not the whole "
                f"province's: not stored")
            continue
        if not plan.tidy and label_col is not None and (group := _pivot_group(s, r, label_col, plan)) \
                and (place := _pivot_group_place(group, plan)):
            # NOTE: wrong56: a pivot's group of one district named without its kind ("Lệ Thủy | Sản phẩm OCOP 3 sao",
            # "Lệ Thủy Tổng") in the former Quảng Bình's sheet: the district's stars and their subtotal were stored as
            # the province's — a group's name is its rows' place as a row's own label is
            _set_row_aside(out, s, r, label,
                f"Dòng thuộc nhóm “{place}” của bảng tổng hợp (pivot): số liệu của một địa bàn cấp dưới tỉnh, không "
                f"phải của cả tỉnh: không lưu",
                f"A row of the group “{place}” of a pivot table: the figure of a place below the province, not the "
                f"whole province's: not stored")
            continue
        if not plan.tidy and label_col is not None and code.startswith("ocop_products") and group \
                and _PIVOT_GROUP_OTHER_PRODUCTS.match(fold(group)):
            # NOTE: wrong56: "OCOP đăng ký | Sản phẩm 3 sao" (a pivot's group of the products registered, expected,
            # supported): its stars were stored as the products recognised — the group names what its rows count
            _set_row_aside(out, s, r, label,
                f"Dòng thuộc nhóm “{group}” của bảng tổng hợp (pivot): sản phẩm khác sản phẩm OCOP được công nhận "
                f"(đăng ký, dự kiến, hỗ trợ…); không lưu",
                f"A row of the group “{group}” of a pivot table: products other than the OCOP products recognised "
                f"(registered, expected, supported…); not stored")
            continue
        if not plan.tidy and not pivot_stars_whole and (group := _group_subtotal_of_others(s, r, label, code, out)) is not None:
            # NOTE: blind85: Quảng Bình's pivot pasted as values, "Nhiệm vụ KH&CN | Mới triển khai | 4", "| Nghiệm thu
            # | 2", then the group's subtotal "Nhiệm vụ KH&CN Tổng | 6": new and accepted tasks added, stored as the
            # tasks managed of the quarter — a subtotal is its group's indicator only when its rows are that one
            _set_row_aside(out, s, r, label,
                f"Dòng tổng của nhóm “{group}” trong bảng tổng hợp (pivot): cộng các dòng của chỉ tiêu khác nhau, "
                f"không phải số liệu của một chỉ tiêu; không lấy",
                f"The subtotal of the group “{group}” in a pivot table: it adds rows of different indicators, no "
                f"indicator's figure; not taken")
            continue
        if _compares(label):
            # NOTE: "Tỷ lệ hồ sơ tiếp nhận trực tuyến so với cùng kỳ | % | 95": the share of last
            # year's figure (or of the plan), stored as the year's rate of dossiers online (probe32)
            _set_row_aside(out, s, r, label,
                "Nhãn dòng so sánh với kỳ khác hoặc kế hoạch: số liệu là kết quả so sánh, không phải số của chỉ tiêu; "
                "không lấy",
                "The row's label compares with another period or a plan: its figure is that comparison, not the "
                "indicator's; not taken")
            continue
        if SELF_ASSESSED.search(fold(label)):
            # NOTE: recall41: "Điểm PII (tỉnh tự đánh giá) | 47,1" above "Điểm PII | 45,2": the province's score of
            # itself, no index published — read as the PII it made two values of one and refused the honest file
            _set_row_aside(out, s, r, label,
                "Nhãn dòng ghi số liệu tỉnh tự đánh giá, không phải số liệu công bố chính thức (như chỉ số PII do Bộ "
                "KH&CN công bố); không lưu",
                "The row's label gives the province's self-assessment, not the officially published figure (as the "
                "PII the Ministry publishes); not stored")
            continue
        governed = not plan.tidy and _under_section(s, label, row, plan, stt_col)
        if governed and (said := _plan_heading(plan.section)) is not None:
            # NOTE: "B. KẾ HOẠCH NĂM 2025" over "1. Nhiệm vụ KH&CN cấp tỉnh | 20" in a 2024 report: the
            # plan, stored as the year's actual (review21b)
            _set_aside_under(out, s, r, label, plan.section,
                             f"từ “{said}” cho biết số liệu là kế hoạch, không phải kết quả thực hiện",
                             f"its word “{said}” says the figures are a plan, not results")
            continue
        if governed and _estimate_heading(plan.section):
            _set_aside_under(out, s, r, label, plan.section, "số liệu ước tính, không rõ của kỳ nào",
                             "an estimate, of no clear period")
            continue
        if governed and _stage_of_heading(code, plan.section) is not None \
                and (part := _level_of_the_heading_stage(label, plan.section)) is not None:
            # NOTE: "II. Nhiệm vụ KH&CN được nghiệm thu" (no figure) over "1. Đề tài, dự án cấp tỉnh | 12":
            # a row naming a level alone is the heading's part at that level (the provincial tasks
            # accepted), as "- Cấp tỉnh" under it is — set aside by the rule below, it was lost (honest26)
            code = part
        if governed and (said := _stage_of_heading(code, plan.section)) is not None:
            # NOTE: "I. Nhiệm vụ chuyển tiếp từ năm 2024" over "1. Nhiệm vụ KH&CN cấp tỉnh | 14": the
            # carried-over provincial tasks, stored as every provincial task managed in 2025 (probe32);
            # so under "Nhiệm vụ mới", "… đã nghiệm thu", "… đề xuất đặt hàng": the heading's word rules
            # out the indicator the row's own label names
            _set_aside_not_named(out, s, r, label, plan.section, code, f"từ “{said}” loại trừ",
                                 f"its word “{said}” rules out")
            continue
        if governed and (said := _validity_heading_over_flow(code, plan.section)) is not None:
            # NOTE: blind69 (a probe of batch 69's stock column): "Sản phẩm OCOP còn hiệu lực đến 31/12/2024:" over
            # "Sản phẩm OCOP 4 sao | 33", "Tổng số sản phẩm OCOP | 241" stored the products valid at the year's
            # end as those recognized in 2024 — the heading says the rows count what is still valid
            _set_aside_not_named(out, s, r, label, plan.section, code,
                                 f"mục nói số “{said}” tại một thời điểm, không phải",
                                 f"the heading counts what is “{said}” at a date, not")
            continue
        if not governed and not plan.tidy and label_period is None \
                and (said := _validity_title_over_flow(code, label, plan)) is not None:
            if labels.heading_rules_out(f"{code}_total", label) is None \
                    and all(c.period is None for c in plan.value_cells):
                # NOTE: recall41: "SẢN PHẨM OCOP CÒN HIỆU LỰC ĐẾN 31/12/2025" over "Tổng số sản phẩm OCOP | 412",
                # "Trong đó: 4 sao | 60" (the title the only words over the table) stored the valid products
                # as those recognized in 2025: the title says every row counts what is still valid there —
                # the row's own stock, at the title's date. Beside columns of their own periods ("Năm 2024 | Năm
                # 2025") whether a column is the stock at its end or its products still valid at the title's date
                # is not said: set aside
                code = f"{code}_total"
            else:
                line = next((t for t in plan.title_lines if _VALIDITY_HEADING.search(re.sub(r"[^a-z0-9 ]+", " ", fold(t)))),
                            plan.title)
                words = next((w for w in registry.declared_header_words("validity_heading_words") if fold(w) == said), said)
                _set_aside_not_named(out, s, r, label, line, code,
                                     f"tiêu đề bảng nói số “{words}” tại một thời điểm (cột số liệu ghi kỳ riêng), không phải",
                                     f"the table's title counts what is “{words}” at a date (the value columns name "
                                     f"periods of their own), not")
                continue
        if governed and (said := _level_of_heading(code, plan.section)) is not None:
            _set_aside_not_named(out, s, r, label, plan.section, code, f"mục chỉ nói về “{said}”, một phần, không phải",
                                 f"the heading holds “{said}” only, a part, not")
            continue
        if plan.stage_caption and not plan.tidy and (said := _caption_stage(code, plan.stage_caption)) is not None:
            # NOTE: "Nhiệm vụ chuyển tiếp từ năm 2024" above the header of "Nhiệm vụ KH&CN được quản lý | 12",
            # "Nhiệm vụ KH&CN được nghiệm thu | 7": the carried-over tasks' figures, stored as all the tasks
            # of 2025 (wrong24, review22b): a part, the caption's word names it
            _set_aside_not_named(out, s, r, label, plan.stage_caption, code,
                                 f"từ “{said}” cho biết các dòng chỉ là một phần, không phải",
                                 f"its word “{said}” says the rows are a part, not", caption=True)
            continue
        if not plan.tidy and registry.indicator(code).kind == "rank" and _rank_field_unsaid(
                f"{label} {cell_text(s.value(r, plan.unit_col)) or '' if plan.unit_col is not None else ''}") \
                and (scope := _lines_scope_a_region(plan.title_lines)) is not None:
            # NOTE: wrong55: "Điểm PII | 38,4 | 35,1", "Xếp hạng PII | 1 | 2" under "KẾT QUẢ CHỈ SỐ PII NĂM 2025 CÁC TỈNH
            # VÙNG TÂY NGUYÊN": the places in the region stored as the ranks among the 34 — a bare rank column's rule
            # (_title_scopes_a_region) for a row naming the rank without its field (in its label or its unit: "/63")
            _set_row_aside(out, s, r, label,
                f"Tiêu đề bảng nói về “{scope}”: thứ hạng không ghi trên bao nhiêu tỉnh có thể là thứ hạng trong vùng "
                f"hay trong cả nước; không lưu",
                f"The table's title is about “{scope}”: a rank that does not say among how many provinces may be the "
                f"rank within the region or in the whole country; not stored")
            continue
        if not plan.tidy and plan.title_lines and _title_lines_rule_out(plan.title_lines, code, plan.value_cells):
            # NOTE: wrong39: "Chi ngân sách nhà nước cho KH&CN | triệu đồng | Năm 2025: 60000" under "PHÂN BỔ KINH PHÍ
            # KH&CN NĂM 2025" (or "KINH PHÍ SỰ NGHIỆP KH&CN …") was stored as 60 tỷ spent: wrong36's rule of a
            # column naming its indicator under such a title, for a row naming it
            out.ignored.append(Ignored(
                s.name, r + 1, label[:120],
                "Tiêu đề bảng cho biết số liệu chỉ là một phần hoặc là kế hoạch (như “sự nghiệp”, “phân bổ”), không "
                "phải chỉ tiêu mà nhãn dòng gọi tên; không lưu",
                "The table's title says the figures are only a part or a plan (\"sự nghiệp\", \"phân bổ\"), not the "
                "indicator the row's label names; not stored"))
            continue
        if not plan.tidy and (code := _at_the_title_stage(s, r, label, code, plan, out)) is None:
            continue
        if plan.title_level and not plan.tidy:
            code = _at_the_title_level(s, r, label, code, plan.title_level, out)
            if code is None:
                continue
        if not plan.tidy and label_col is not None and (lf := _LINE_FIGURE.match(label)) \
                and not _cell_of_two_statements(s.value(r, label_col)) and not any(_is_number_like(s.value(r, c.index)) for c in plan.value_cells) \
                and (said := indicator_for_label(lf[1].strip(), context))[0] == code \
                and _read_label_figure(s, r, label_col, lf, code,
                                       label_period or said[1] or row_period or plan.caption_period
                                       or plan.base_period, row_provs, row_ptext, out):
            # NOTE: recall45: "Sản phẩm OCOP được công nhận năm 2023: 24 sản phẩm" in the half's figures of 2024 was
            # stored as the half's 24: the whole cell matched with its year unread; the year before the colon is
            # the figure's (said[1]), as in a table's label
            # NOTE: "Tỷ lệ TTHC mức độ 4: 87,3%" typed in the label column, the next column a note
            # or empty: the figure is the label's (as in a sheet of such lines, _read_text_lines)
            continue
        if label_period is None and row_period is not None and _flow_at_a_cut_off(row, code, row_period, plan):
            out.ignored.append(Ignored(s.name, r + 1, label[:120], *_cut_off_reason(s, r, row, code, plan)))
            continue
        _read_values(s, r, row, label, code, label_period or row_period, row_provs, row_ptext,
                     _one_column(plan, plan.share_col) if plan.share_col is not None and _is_rate(code)
                     and _is_number_like(s.value(r, plan.share_col.index)) else plan,
                     hints, text_of, out, caption_period=plan.caption_period,
                     whole_label=parent_label if parent and code != parent
                     and registry.indicator(code).parent == parent else "")
        if fast is not None and row_period is not None:
            # what this row's cells meant, for the next rows with the same cells (see above)
            width = len(row)
            raw_label = row[label_col] if label_col < width else None
            if raw_label is not None and not city_row and (not plan.tidy or indicator_for_label(label, None)[0] == code):
                by_label[raw_label] = (label, code, label_period, _label_unit(label, code))
            if pcol is not None and pcol < width and row[pcol] is not None and row_provs:
                by_province[row[pcol]] = (row_provs, row_ptext if row_provs else "")
            pv = row[percol] if percol is not None and percol < width else None
            if pv is not None and not _period_measure(pv):
                by_period[(type(pv), pv)] = row_period
            if ucol is not None:
                by_unit[row[ucol] if ucol < width else None] = text_of(row[ucol] if ucol < width else None)
    if fast is not None:
        out.matched_rows += taken
    _list_unread_columns(s, plan.cols, label_col, plan.header_end + 1, out)


# a sub-item's marker, each spelling as one: "-" (or "–", "—"), "+", "*" (or "•")
_MARKERS = {"-": "-", "–": "-", "—": "-", "+": "+", "*": "*", "•": "*"}


# the forms a row's number takes in its STT cell: "1", "1." (Arabic), "II" (Roman), "a", "a)" (a letter), "1.2" (one
# level deeper per dot) — two rows numbered in one form are siblings
_NUMBER_FORMS = (("arabic", re.compile(r"\d{1,3}\.?")), ("roman", re.compile(r"[IVXLC]{1,6}\.?")),
                 ("letter", re.compile(r"[a-zđ][.)]?")), ("dotted", re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")))


def _numbered_alike(number: str, other: str) -> bool:
    """Whether two rows' STT numbers ("2" and "1", "1.2" and "1.1", "II" and "I") are of one form and depth: the
    rows are siblings, neither a part of the other."""
    def form(text: str) -> tuple | None:
        kind = next((k for k, pattern in _NUMBER_FORMS if pattern.fullmatch(text)), None)
        return None if kind is None else (kind, text.rstrip(".").count("."))
    return bool(number) and bool(other) and form(number) is not None and form(number) == form(other)


def _marker(label: str, stt) -> str:
    """A row's sub-item marker ("-", "+", "*"), typed before its label or alone in the STT column;
    "" for a row numbered or unmarked ("1.", "a)", "Trong đó:").

    NOTE: blind71: the Ministry's form opens its parts "Chia ra: - Nhiệm vụ chuyển tiếp" (then "+ Cấp quốc gia",
    "+ Cấp tỉnh", "- Nhiệm vụ mới", "+ Cấp quốc gia" …): the lead-in before the "-" hid the mark, the "+" lines
    were read under the section's heading — the carried-over and the new national tasks as two values of the
    national tasks managed, the new Ninh Bình's form refused whole. The mark after "Chia ra:", "Trong đó:" is
    the row's."""
    t = nfc(label).lstrip()
    lead = _IN_WHICH.match(t)
    if lead and lead.end() < len(t) and t[lead.end()] in _MARKERS:
        t = t[lead.end():]
    if t[:1] in _MARKERS and (len(t) == 1 or not t[1].isdigit()):
        return _MARKERS[t[:1]]
    return _MARKERS.get(stt.strip(), "") if isinstance(stt, str) else ""




# a column that is only a level, under a group header or none ("Chia theo cấp quản lý | Cấp tỉnh"):
# never "Kinh phí cấp tỉnh", whose figures are another measure than the row's indicator
# NOTE: beside the levels, the rural-and-mountain programme (NTMN) is a column of the same tables
# ("Tổng số | Cấp quốc gia | Cấp tỉnh | Cấp cơ sở | Trong đó: Chương trình NTMN"): its projects are
# a declared part of the tasks managed, read as a level's part is (and nothing of the other rows)
# NOTE: blind88: under a group naming the breakdown by level ("Chia theo cấp quản lý" merged over "Quốc gia | Tỉnh |
# Cơ sở", the former Điện Biên's 2022 form in .xls) the level is written bare: the group's "cấp" is the column's —
# its three columns were read as saying nothing ("Tiêu đề cột không cho biết …"), 7 levels' figures lost. A bare
# "Tỉnh" under "Chia ra" or "Trong đó" stays unread (no level said)
_LEVEL_COLUMN = re.compile(r"^(?:chia theo cap(?: quan ly)?|theo cap(?: quan ly)?|phan theo cap(?: quan ly)?|cap quan ly|"
                           r"phan cap) (?:cap )?(quoc gia|nha nuoc|trung uong|bo nganh|tinh|co so)$|"
                           r"^(?:(?:chia ra|trong do) )?cap (quoc gia|nha nuoc|trung uong|bo nganh|tinh|co so)$|"
                           r"^(?:(?:chia theo cap(?: quan ly)?|chia ra|trong do|theo cap(?: quan ly)?|phan theo cap(?: quan ly)?|"
                           r"cap quan ly|phan cap) )?(?:du an )?(?:thuoc )?(?:chuong trinh )?(ntmn|nong thon mien nui)$")
_LEVEL_IN_NAME = re.compile(r"(^| )(?:cap (quoc gia|nha nuoc|trung uong|bo nganh|tinh|co so|huyen)|"
                            r"chuong trinh nong thon mien nui)( |$)")
_LEVEL_NAMES = {"quoc gia": "Cấp quốc gia", "nha nuoc": "Cấp nhà nước", "trung uong": "Cấp trung ương",
                "bo nganh": "Cấp bộ, ngành", "tinh": "Cấp tỉnh", "co so": "Cấp cơ sở",
                "ntmn": "Chương trình nông thôn miền núi", "nong thon mien nui": "Chương trình nông thôn miền núi"}


def _period_group_over(c: Column) -> re.Match | None:
    """The header split into its group and its star or whole ("Năm 2024" over "3 sao", over "Cộng") when the
    group names the column's period and nothing else — a period's actual or plan, no running total, no same span
    of another year; else None."""
    m = _STAR_OR_WHOLE_TAIL.match(nfc(c.text).strip())
    if m is None or c.period is None or c.cumulative or c.same_part_of is not None or c.relative_year is not None:
        return None
    if periods.same_span_text(m["group"]):
        return None    # "Cùng kỳ năm 2023": the report's span in that year, not the year (left unread)
    group = header_role(m["group"])
    return m if group.role == "value" and group.period == c.period and not group.cumulative \
        and group.within_year in (None, ("year",)) and periods.from_text(m["group"]) == c.period else None


def _star_under_its_period(c: Column) -> re.Match | None:
    """A star's column under a group naming its period only ("Năm 2024" over "3 sao | 4 sao | 5 sao | Cộng"), as
    a bare star's: its match, or None.

    NOTE: recall39: beside the row "Sản phẩm OCOP" such stars were "other" (the lowest header row naming nothing
    the column holds, etl/headers.py columns_of) and every figure was lost, where bare "3 sao | 4 sao" read."""
    m = _period_group_over(c)
    return _STAR_COLUMN.match(f"{m['star']} sao") if m is not None and m["star"] else None


_STAR_STAGES = frozenset(fold(w) for w in registry.header_words("star_stage_groups"))


def _stage_over_stars(c: Column) -> str | None:
    """The stage a group over a star's or the whole's column names alone, its period words aside ("Công nhận mới",
    "Công nhận mới năm 2025" over "3 sao", over "Cộng"; metrics/header_words.toml star_stage_groups), or None. A
    column to date or of another year's same span is none."""
    m = _STAR_OR_WHOLE_TAIL.match(nfc(c.text).strip())
    if m is None or c.cumulative or c.same_part_of is not None or c.relative_year is not None:
        return None
    group = _GROUPS_PERIOD.sub("", m["group"]).strip()
    return group if fold(group) in _STAR_STAGES else None


def _star_under_its_stage(c: Column) -> re.Match | None:
    """A star's column under a group naming its stage ("Công nhận mới" over "3 sao | 4 sao | 5 sao | Cộng"): its
    match as a bare star's, or None; each row reads it only where its label agrees with the stage (_read_values)."""
    m = _STAR_OR_WHOLE_TAIL.match(nfc(c.text).strip())
    return _STAR_COLUMN.match(f"{m['star']} sao") if m is not None and m["star"] and _stage_over_stars(c) else None


def _stage_agrees(label: str, code: str, stage: str) -> bool:
    """Whether a row's label read with the stage over its column names the row's own indicator ("Sản phẩm OCOP" with
    "Công nhận mới": the products recognized), a count the matcher is sure of, and a flow (the stage says what was
    added in the period)."""
    if registry.indicator(code).is_stock:
        return False   # what was added in the period is no count at a date ("Số chủ thể OCOP": those with products)
    m = labels.match_label(f"{clean_label(label)} {stage}")
    return bool(m.taken) and m.indicator == code


def _whole_under_its_period(c: Column, cols: list[Column], stars: dict) -> bool:
    """Whether `c` is the whole right of stars under the same period's group ("Năm 2024" over "… | 5 sao | Cộng"):
    the row's whole of that period, as a bare "Cộng" beside bare stars is."""
    m = _period_group_over(c)
    return m is not None and bool(m["whole"]) and c.index > max(stars) and any(
        o.index in stars and o.period == c.period for o in cols)


def _bare_total_column(c: Column) -> bool:
    """Whether a column beside the levels' or stars' columns is the row's whole: "Tổng số", "Tổng
    cộng", or one of them with the rows' count unit in brackets ("Tổng số (sản phẩm)", batch 44)."""
    bare = fold(_PAREN_NOTE.sub(" ", c.text)).strip()
    return bare in _BARE_TOTALS and (c.role == "total" or (c.role == "other" and _count_unit_note(c.text)))


_BARE_TOTALS = ("tong so", "tong cong", "tong", "cong", "tong so chung")
_TOTAL_LEAD = re.compile(r"^(tong so|tong cong|tong|cong)( |$)")


def _whole_of_the_parts(c: Column, indicator_cols: dict) -> str | None:
    """The whole that the indicator columns read so far divide — two or more parts of one declared parent
    ("Số sản phẩm 3 sao | 4 sao | 5 sao") — when column `c` is their total: "Tổng số", or "Tổng số" with
    only words of the whole's own name ("Tổng số sản phẩm" of "Sản phẩm OCOP được công nhận")."""
    parents = {registry.indicator(code).parent for code, _ in indicator_cols.values()}
    if len(indicator_cols) < 2 or len(parents) != 1 or None in parents:
        return None
    whole = next(iter(parents))
    bare = fold(_PAREN_NOTE.sub(" ", c.text)).strip()
    m = _TOTAL_LEAD.match(bare)
    if m is None:
        return None
    # (an abbreviation written out: "Tổng SP", "TongSP" of "Số sản phẩm 3 sao | …" is "Tổng sản phẩm")
    rest = labels.expand_abbreviations(bare[m.end():]).split()
    return whole if set(rest) <= set(fold(registry.indicator(whole).name_vi).split()) else None
# "3 sao", "Hạng 4 sao", "Phân hạng 5 sao" (a star under its group header; the group's words are the
# stars' rows header words, metrics/header_words.toml level_headers)
_STAR_COLUMN = re.compile(r"^(?:(?:%s) )?(?:hang )?([345]) sao$" % "|".join(
    map(re.escape, sorted(LEVEL_HEADERS | registry.header_words("star_group_headers")
                          | {"chia theo hang sao", "phan theo hang sao"}, key=len, reverse=True))))


# "… 3 sao", "… Cộng": a star or the whole under a group header over the stars (the header as read, group first)
_STAR_OR_WHOLE_TAIL = re.compile(r"^(?P<group>.+?)\s+(?:(?:hạng\s+)?(?P<star>[345])\s*sao|(?P<whole>cộng|tổng cộng|tổng số|tổng))\s*$",
                                 re.I)
# where the group's words stop saying what it counts and start saying when ("Công nhận trong 6 tháng đầu năm
# 2025", "Lũy kế còn hiệu lực đến 30/6/2025")
_GROUPS_PERIOD = re.compile(r"\s+(?:trong|đến|tính đến|tại|năm|quý|tháng|giai đoạn|\d).*$", re.I)


def _same_part_named(c: Column, period: Period | None) -> bool:
    """Whether an indicator's column says "Cùng kỳ năm N" (its period a whole year): then made the same part of
    that year as the report's own (Column.same_part_of, or the part its header names), as a value column is."""
    return period is not None and same_part_of_year(c, c.text, period)


def _group_over_stars(text: str, title: str) -> str | None:
    """The indicator of a star's or the whole's column under a group header that names its stage only — "Công
    nhận trong 6 tháng đầu năm 2025" or "Lũy kế còn hiệu lực đến 30/6/2025" over "3 sao | 4 sao | 5 sao | Cộng"
    — read with the table's title that names the things ("KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP …"): the
    group read with the title must be a count the matcher is sure of (as a header read with its title is), the
    star its declared part; None otherwise.

    NOTE: blind63: Tiền Giang's OCOP by district of the first half of 2025 (districts down the rows, "Toàn
    tỉnh" on top) named its indicator only so: every column unread, the honest file refused ("không tìm thấy
    chỉ tiêu nào")."""
    m = _STAR_OR_WHOLE_TAIL.match(nfc(text).strip())
    if m is None or not title:
        return None
    group = m["group"].strip()
    said = _GROUPS_PERIOD.sub("", group).strip() or group
    found = labels.match_label(said)
    if not found.taken:
        found = labels.match_in_context(said, title)
    if found is None or not found.taken or not _is_count(found.indicator) \
            or _to_date_unsaid(found.indicator, group, title) or labels.ruled_out_by(found.indicator, title):
        return None
    return found.indicator if m["whole"] else _level_part(found.indicator, f"{m['star']} sao")


def _pivot_rows_are_levels(s: Sheet, label: Column, end: int) -> bool:
    """Whether a pivot's row labels ("Row Labels", "Nhãn hàng": metrics/header_words.toml pivot_label_headers) are the
    levels of management, each "Cấp quốc gia", "Cấp tỉnh", "Cấp cơ sở" or the total ("Grand Total"), two levels or
    more — the rows a "Cấp quản lý" header would head."""
    if fold(label.text) not in PIVOT_LABEL_HEADERS:
        return False
    levels = 0
    for r in range(end + 1, len(s.rows)):
        text = cell_text(s.value(r, label.index)).strip()
        if not text:
            break
        if fold(text) in TOTAL_WORDS:
            continue
        if not _LEVEL_COLUMN.match(fold(text)):
            return False
        levels += 1
    return levels >= 2


def _pivot_count_of_the_title(text: str, lines: tuple[str, ...]) -> str | None:
    """The count a pivot's value field beside the levels gives ("Count of Mã NV": etl/headers.py pivot_value_field):
    the indicator the title line nearest the table names by itself (its issuer cut off, "Sở Khoa học và Công nghệ
    tỉnh Bình Định – nhiệm vụ KH&CN đang thực hiện"), a count with parts by level, when the field counted is what the
    title counts ("Mã NV" the tasks' codes, never "Mã SP" under a title of tasks); None otherwise.

    NOTE: recall47: Bình Định's pivot of the tasks in progress in nine months of 2024 by level was refused whole: the
    indicator is only in the title, the period only in the report filter above."""
    counted = {t for t in labels.label_tokens(text) if t not in ("count", "of", "dem", "cua", "ma", "so", "luong")}
    for line in reversed(lines):
        code, _ = indicator_for_label(line, None)
        if code is None:
            continue   # a line naming nothing: a report filter's cell ("Kỳ báo cáo", "9 tháng"), a note
        if not _is_count(code) or _level_part(code, "Cấp tỉnh") is None \
                or PLAN.search(fold(line)) or _ESTIMATE.search(fold(line)):
            return None
        return code if counted and counted <= set(labels.label_tokens(line)) else None
    return None


def _whole_and_stars_of_the_title(s: Sheet, start: int, end: int, cols: list[Column], indicator_cols: dict,
                                  provs=()) -> None:
    """A table of the province's districts or communes down the rows with a bare total and the stars across ("Đơn
    vị | Tổng số | Chia theo hạng: 3 sao | 4 sao | 5 sao"), the products named only by the title over it: the total
    is the title's indicator and each star its part, when the title names one indicator with star parts (the
    matcher's nearest, "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2023 …" the products recognized, "SẢN PHẨM OCOP
    CÒN HIỆU LỰC CÔNG NHẬN ĐẾN NGÀY 31/12/2023" the valid stock) and on every row the total is the sum of its stars —
    the products of a star level each, all of them recognized (an evaluation's "Không đạt" or products registered
    would not add up so). Columns read already are kept as read; a reading that disagrees with the title's leaves
    the table as it was.

    NOTE: recall43: Cao Bằng's OCOP by district (batch 55) was refused whole: its "Tổng số" was set aside as a
    total over places, the stars of the stock's sheet were unread ("Chia theo hạng" names nothing)."""
    # NOTE: recall47: … and "Địa phương" over the title's province's districts ("TP. Nha Trang", "Tam Kỳ", "Tổng
    # cộng": _localities_are_units) under "Kết quả đánh giá, phân hạng sản phẩm OCOP năm 2023 – tỉnh Quảng Nam",
    # a pivot pasted without its caption row "Đếm của Mã SP | Hạng sao" (batch 85's file so was refused whole)
    if not any(c.role == "province" and (c.subunits or _localities_are_units(s, end, c.index, c, provs)) for c in cols):
        return
    stars = {c.index: m[1] for c in cols if c.role in ("other", "indicator")
             and (m := _STAR_UNDER_ANY_GROUP.match(fold(c.text)))}
    totals = [c for c in cols if c.role == "total" and _bare_total_column(c)]
    # NOTE: recall48: "Địa phương | 3 sao | 4 sao | 5 sao" with no total column under "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG
    # SẢN PHẨM OCOP NĂM 2024 TỈNH …" (the stars and nothing else across): the file was refused whole. Each star is the
    # title's star part; the whole is not read — the registry declares the stars `disjoint_parts` of the products
    # recognised, never their complete sum — and no column beside the stars may count anything ("Không đạt")
    if len(stars) < 2 or len(totals) > 1 or any(c.role not in ("stt", "province", "total", "note")
                                                 for c in cols if c.index not in stars and c.text):
        return
    # the title is the line nearest the table that names an indicator (an issuer's line above it, "HỘI ĐỒNG ĐÁNH
    # GIÁ, PHÂN HẠNG SẢN PHẨM OCOP TỈNH", names none of the table's)
    whole = None
    for line in reversed(title_above(s, start)):
        if _unit_line([line]) is not None:
            continue
        m = labels.match_label(line)
        whole = m.indicator if m.taken else m.closest if m.outcome == "suggested" else None
        if whole is not None:
            break
    if whole is None or labels.ruled_out_by(whole, line) or _level_part(whole, "3 sao") is None:
        return
    if _title_other_products(s, start):
        # NOTE: recall48: "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2024 HUYỆN CAN LỘC, TỈNH HÀ TĨNH" over "Xã | 3 sao
        # | 4 sao | 5 sao [| Tổng cộng]": the communes' "Tổng cộng" is the district's, and was stored as the province's;
        # review46: "SẢN PHẨM OCOP XUẤT KHẨU (NÂNG HẠNG, ĐƯỢC HỖ TRỢ…) NĂM 2024" the exported ones as the recognised
        return
    parts = {i: _level_part(whole, f"{n} sao") for i, n in stars.items()}
    if None in parts.values() or any(indicator_cols.get(i, (p, None))[0] != p for i, p in parts.items()):
        return
    if not totals:
        # (bare stars only: "Công nhận lại" over "3 sao | 4 sao | 5 sao | Cộng" names the products re-recognised — blind63)
        if any(not _BARE_STAR_HEADER.match(fold(cols[i].text).strip()) for i in stars) \
                or any(c.role == "total" for c in cols if c.index not in stars) \
                or not any(_is_number_like(s.value(r, i)) for r in range(end + 1, len(s.rows)) for i in stars):
            return
        for i, part in parts.items():
            cols[i].role = "indicator"
            indicator_cols[i] = (part, cols[i].period)
        return
    total, rows = totals[0], 0
    for r in range(end + 1, len(s.rows)):
        figure = s.value(r, total.index)
        if figure is None or not _is_number_like(figure):
            continue
        try:
            star_sum = sum(float(v) for i in stars if (v := s.value(r, i)) is not None)
        except (TypeError, ValueError):
            return
        if abs(float(figure) - star_sum) > 1e-9:
            return
        rows += 1
    if rows == 0:
        return
    total.role = "indicator"
    indicator_cols[total.index] = (whole, total.period)
    for i, part in parts.items():
        cols[i].role = "indicator"
        indicator_cols[i] = (part, cols[i].period)


# a bare star's header ("3 sao", "Hạng 4 sao"), on folded text
_BARE_STAR_HEADER = re.compile(r"^(?:hang )?[345] sao$")

# "3 sao" under any group header ("Chia theo hạng 3 sao", "Phân hạng 4 sao"): the star (on folded text)
_STAR_UNDER_ANY_GROUP = re.compile(r"^(?:[a-z ]+ )?(?:hang )?([345]) sao$")


def _level_part(code: str, level_text: str) -> str | None:
    """The part of `code` at a level ("Cấp tỉnh" of tasks accepted: tasks_accepted_provincial), as
    a "- Cấp tỉnh" row under its heading is read; None when the registry has no such part. A star
    ("4 sao", a star column's) is the row's indicator's own part of that star (ocop_products_4star of
    ocop_products, ocop_products_4star_total of the valid stock), never another's."""
    whole = registry.indicator(code)
    if _STAR_COLUMN.match(fold(level_text)):
        part, _ = indicator_for_label(f"- {level_text}", code)
        return part if part is not None and part != code and registry.indicator(part).parent == code else None
    if _LEVEL_IN_NAME.search(fold(whole.name_vi)):
        return None   # the row's indicator is already one level's ("… cấp quốc gia chuyển tiếp")
    part, _ = indicator_for_label(f"- {level_text}", code)
    if part is None and whole.parent is not None:
        # NOTE: "Nhiệm vụ mở mới | Cấp quốc gia": the sibling part at that level whose own words
        # (beside the whole's and the level's) the row's indicator all speaks ("mới", "triển
        # khai"), when exactly one is (tasks_new_national); never a part of another kind
        level = fold(level_text)
        level_words = set(labels.label_tokens(level_text))

        def same_kind(sibling: str) -> bool:
            own = [w for w in labels.qualifier_words(sibling, whole.parent) if w not in level_words]
            return bool(own) and labels.speaks_of(code, tuple(own))
        hits = [i.code for i in registry.indicators().values()
                if i.parent == whole.parent and i.code != code and f" {level} " in f" {fold(i.name_vi)} "
                and same_kind(i.code)]
        part = hits[0] if len(hits) == 1 else None
    if part is None or part == code:
        return None
    ind = registry.indicator(part)
    # a level part names its level in its own words, not in a note ("5 sao (cấp quốc gia)")
    if not _LEVEL_IN_NAME.search(fold(_PAREN_NOTE.sub(" ", ind.name_vi))):
        return None
    return part if ind.parent in (code, whole.parent) and ind.parent is not None else None


_ABOUT_PII = re.compile(r"(^| )pii( |$)|chi so doi moi sang tao")
_PAREN_NOTE = re.compile(r"\([^()]*\)")
_PARENS = _PAREN_NOTE


_PILLAR_WORDS = re.compile(r"(^| )(tru cot|the che|von con nguoi|co so ha tang|trinh do phat trien|thi truong|"
                           r"doanh nghiep|san pham tri thuc|tac dong|dau vao|dau ra|chi so thanh phan)( |$)")
_FIELD_SIZE = re.compile(r"/\s*(63|34)\b")


# the words of a title scoping a table's ranks to a region or a cluster without naming the region ("… TRONG VÙNG",
# "… CỤM THI ĐUA SỐ 5"; metrics/header_words.toml rank_title_region_words), folded
_RANK_TITLE_REGION = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("rank_title_region_words"), key=len, reverse=True))) + r")( |$)")


_ISSUER_LINE = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("rank_title_issuer_words"), key=len, reverse=True))) + r")(?: |$)")


def _title_scopes_a_region(s: Sheet, start: int) -> str | None:
    """The words of a title line over a sheet's header that name a region's provinces ("… CÁC TỈNH VÙNG TÂY NGUYÊN",
    labels.region_in_label) or a region or a cluster unnamed ("… TRONG VÙNG", "… CỤM THI ĐUA SỐ 5"); None for none."""
    return _lines_scope_a_region(title_above(s, start))


def _lines_scope_a_region(lines) -> str | None:
    """_title_scopes_a_region of title lines already read (_SheetPlan.title_lines). An issuing body's line is no title
    ("VĂN PHÒNG ĐIỀU PHỐI VÙNG TÂY NGUYÊN" over "SO SÁNH CHỈ SỐ PII NĂM 2025 CÁC TỈNH": blind79's probe, the title's
    own words decide; header_words.toml rank_title_issuer_words)."""
    for line in lines:
        if _ISSUER_LINE.match(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(line)).split())):
            continue
        if (region := labels.region_in_label(line)) is not None:
            return region
        if (m := _RANK_TITLE_REGION.search(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(line)).split()))) is not None:
            # the words as the title writes them (its diacritics), for the reason the uploader reads
            words, said = re.findall(r"\w+", nfc(line)), m[0].split()
            folded = [fold(w) for w in words]
            at = next((i for i in range(len(folded)) if folded[i:i + len(said)] == said), None)
            return " ".join(words[at:at + len(said)]) if at is not None else m[0].strip()
    return None


def _rank_field_unsaid(text: str) -> bool:
    """Whether a rank column's header states no field: neither its size ("Xếp hạng/34", "… (trên 63 tỉnh)") nor all
    the provinces ("Hạng (cả nước)")."""
    folded = f" {' '.join(re.sub(r'[^a-z0-9]+', ' ', fold(text)).split())} "
    return re.search(r" (?:63|34) ", folded) is None and not any(f" {w} " in folded for w in _RANK_NATIONWIDE_WORDS)


_RANK_NATIONWIDE_WORDS = tuple(" ".join(re.sub(r"[^a-z0-9]+", " ", w).split())
                               for w in registry.header_words("rank_nationwide_scope_words"))


def _pii_column(text: str, edition: Period | None, region_scoped: bool = False) -> str | None:
    """A column of a PII table with provinces as rows whose header says only which figure it holds:
    "Xếp hạng (/63)", "Điểm" (the index's own rank or score), "Trụ cột Thể chế (điểm)" (a pillar's
    score). The field of a rank is the one its header states, else its edition's (63 until PII
    2024, 34 from PII 2025); None when the header says neither a score nor a rank.

    NOTE: the compilers' extract of PII 2024 and 2025 gave "Điểm PII 2024 | Xếp hạng (/63)": the
    ranks were listed as unclear columns."""
    if score_rank_prefix(text) == REGION_RANK:
        return None   # "Xếp hạng (trong vùng)": the rank in a region, never the rank among all (refused79)
    if region_scoped and score_rank_prefix(text) == "Xếp hạng" and _rank_field_unsaid(text):
        return None   # a bare "Xếp hạng" under a title naming a region: either rank (wrong55, _title_scopes_a_region)
    bare = fold(_PAREN_NOTE.sub(" ", text)).strip()
    notes = " ".join(fold(n) for n in re.findall(r"\(([^()]*)\)", text))
    size = _FIELD_SIZE.search(text)
    among = size[1] if size else ("34" if edition is not None and edition.start.year >= 2025 else "63")
    prefix = _SCORE_RANK.get(bare) or score_rank_prefix(text)
    if prefix is None:
        prefix = _SCORE_RANK.get(notes.replace("/63", "").replace("/34", "").strip())
        pillar = bare
        if prefix is None:
            # NOTE: a pillar's group header over "Điểm | Hạng" ("Thể chế" over "Điểm"): the
            # lowest header row says which figure, the words above it which pillar
            words = _PAREN_NOTE.sub(" ", text).split()
            for k in range(min(4, len(words) - 1), 0, -1):
                prefix = score_rank_prefix(" ".join(words[-k:]))
                if prefix:
                    pillar = fold(" ".join(words[:-k]))
                    break
            if prefix is None:
                return None
        pillar = re.sub(r"^(tru cot|chi so thanh phan)\s*:?\s*", "", pillar)
        label = f"{prefix} trụ cột PII: {pillar}"
    else:
        label = f"{prefix} PII"
    if prefix == "Xếp hạng":
        label += f", trên {among} tỉnh, thành phố"
    code = indicator_for_label(label, None)[0]
    return code if code is not None and registry.indicator(code).kind in ("rank", "index") else None


# a heading over a PII table's pillars that says their figures are scores ("Điểm các trụ cột", "Điểm số theo trụ
# cột", "Điểm trụ cột"), folded and without its numbering
_PILLAR_SCORES_HEADING = re.compile(r"(^| )diem( so)?( cua)?( cac| 7| bay)? (tru cot|chi so thanh phan)( |$)")


def _pii_row_read_with_title(label: str, plan: _SheetPlan) -> str | None:
    """A rank row stating its field ("Xếp hạng trên 34 tỉnh, thành phố"), or a bare pillar's name ("Thể chế", "Tác động") under a heading row "Điểm các trụ cột" in a table the title says is
    about the PII: that pillar's score, read as "Điểm trụ cột PII: Thể chế" (as _read_prefixed reads it under a
    "Điểm" column). None elsewhere: the heading must say the scores (a rank's heading needs its field, not read),
    and the label read so must name a pillar's score and nothing else.

    NOTE: blind69: Sơn La's "PII 2024 | PII 2025" with "6 | Điểm các trụ cột" over "6.1 | Thể chế" … "6.7 | Tác
    động": the seven pillars' scores of both editions were unread ("nhãn thiếu “xếp hạng”": alone, "Thể chế" is
    nearest the pillar's rank)."""
    if _ABOUT_PII.search(fold(plan.title)) is None:
        return None
    field = rank_field(label) if score_rank_prefix(label) == "Xếp hạng" else None
    if field is not None:
        # NOTE: "Xếp hạng trên 34 tỉnh, thành phố" beside "Xếp hạng trên 63 tỉnh, thành phố" (read with the title's
        # "PII"): a rank that states its field is the index's rank in that field, as a column "Xếp hạng/34" is
        code = indicator_for_label(f"Xếp hạng PII, trên {field} tỉnh, thành phố", None)[0]
        return code if code is not None and registry.indicator(code).kind == "rank" else None
    if not plan.section:
        return None
    heading = fold(plan.section)
    if not _PILLAR_SCORES_HEADING.search(heading) or re.search(r"(^| )(xep hang|thu hang|hang)( |$)", heading):
        return None
    if _PILLAR_WORDS.search(fold(label)) is None:
        return None
    code = indicator_for_label(f"Điểm trụ cột PII: {label}", None)[0]
    if code is None or registry.indicator(code).kind != "index" or code in ("pii_score",):
        return None
    return code


def _read_prefixed(s: Sheet, r: int, row: list, label: str, plan: _SheetPlan, hints: Hints, text_of,
                   out: Reading) -> bool:
    """A row under "Điểm | Hạng" columns (PII pillars as rows, editions as column groups): each
    group of columns is read as the label with its prefix ("Xếp hạng Thể chế"), ranked among the
    provinces of its edition (63 until PII 2024, 34 from PII 2025). True when any cell was read;
    the row's other value columns, if any, are then not read as the bare label."""
    from dataclasses import replace

    width, read = len(row), False
    groups: dict[tuple[str, str], list[Column]] = {}
    # NOTE: blind62: editions down the rows ("PII 2023", "PII 2024", "PII 2025") under the former provinces'
    # "Điểm | Xếp hạng" and a title "… GIAI ĐOẠN 2023 - 2025": the rank's field words ("trên 63 tỉnh") hid the
    # row's edition, so a rank took the title's span — PII 2025's rank 9 was stored as the rank of 2023/2025,
    # and each rank's field was judged by the span's first year. The row's own edition decides both
    own_edition = indicator_for_label(f"Điểm {label}", None)[1]
    for c in plan.prefixed:
        v = row[c.index] if c.index < width else None
        # NOTE: "21/34" under "Xếp hạng": the rank with its field, read by _rank_in_field (left out
        # here, the index's rank was lost without a word)
        if _is_number_like(v) or (c.label_prefix == "Xếp hạng" and isinstance(v, str) and _RANK_OF_FIELD.match(nfc(v))):
            edition = c.period or own_edition or plan.base_period
            among = "34" if edition is not None and edition.start.year >= 2025 else "63"
            stated = rank_field(c.text.split(" ")[-1]) or rank_field(c.text[-40:].split(")")[0].split("(")[-1])
            if c.label_prefix == "Xếp hạng" and stated and stated != among:
                continue   # "Xếp hạng/63" under PII 2025: the header and the edition disagree (not guessed)
            groups.setdefault((c.label_prefix, among), []).append(c)
    about_pii = _ABOUT_PII.search(fold(plan.title)) is not None
    for (prefix, among), cols in groups.items():
        among_text = f", trên {among} tỉnh, thành phố" if prefix == "Xếp hạng" else ""
        code, period = indicator_for_label(f"{prefix} {label}{among_text}", None)
        period = period or (own_edition if among_text else None)
        bare = _PARENS.sub(" ", label).strip()
        if code is None and bare and bare != label:
            # NOTE: "Chỉ số PII (điểm tổng hợp)" under "Điểm | Xếp hạng": the note says what the
            # row is about (its score), the column which of its figures this is — under "Xếp
            # hạng" the rank, never nothing because the note says "điểm"
            code, period = indicator_for_label(f"{prefix} {bare}{among_text}", None)
        if code is None and about_pii:
            # NOTE: "Thể chế" in a PII table is the pillar: "Xếp hạng trụ cột PII: Thể chế"
            code, period = indicator_for_label(f"{prefix} trụ cột PII: {label}{among_text}", None)
        if code is None or registry.indicator(code).kind not in ("rank", "index"):
            continue
        _read_values(s, r, row, label, code, period, plan.provinces, plan.province_text,
                     replace(plan, value_cells=cols, neutral=set(), marker_cols=[]), hints, text_of, out, quiet=True)
        read = True
    if read:
        out.matched_rows += 1
    return read


def _row_in_central_city(s: Sheet, r: int, row: list, label: str, plan: _SheetPlan, memo: _SheetMemo) -> bool:
    """Whether a tidy row's own provinces are all a centrally-run city on the row's own period (or
    the sheet's, when the row states none); placed on a scratch reading, so that a row whose label
    then names nothing leaves no problem of its place behind."""
    where = _row_place(s, r, row, label, plan, memo, Reading())
    return where is not None and _central_city(where[0], where[2] or plan.base_period)


def _fast_tidy(plan: _SheetPlan) -> tuple | None:
    """For _read_sheet's shortcut through tidy rows: (province column, period column, unit column,
    value column, its letters); None when rows may differ in more than their cells' meanings."""
    if not (plan.tidy and plan.plain and len(plan.value_cells) == 1 and plan.label_col is not None
            and plan.period_col is not None) \
            or (plan.neutral and plan.marker_cols) or plan.value_cells[0].cumulative \
            or plan.value_cells[0].role != "value" or plan.label_fill or plan.sublabel_col is not None \
            or (plan.unit_col is None and any(c.role == "other" for c in plan.cols)) \
            or plan.subunit_col is not None or plan.subperiod_col is not None:
        # (the unit: a unit may be written in a column whose header is not known, see _money_in_row; the
        # districts: a district's rows are set aside in _row_place; the part of the year beside the year, "Năm |
        # Kỳ báo cáo": a row's period is both cells — NOTE: blind89: remembered by its year alone, the new Hưng
        # Yên's export "2026 | Quý II", "2026 | Quý III" of one indicator gave the quarter of its first row to
        # every later one: two values of Q2, the honest file refused, or another indicator's period taken)
        return None
    vc = plan.value_cells[0].index
    return plan.province_col, plan.period_col, plan.unit_col, vc, plan.letters[vc]


def _read_indicator_columns(s: Sheet, plan: _SheetPlan, hints: Hints, memo: _SheetMemo, out: Reading) -> None:
    """Indicators as columns: each row is a province (its "Tỉnh" cell) or a period (its "Năm"
    cell), each indicator column's cell that row's figure."""
    rows = s.rows
    keys = [c for c in (plan.province_col, plan.period_col) if c is not None]
    cols = {c.index: c for c in plan.value_cells}
    units: dict[int, str] = {}   # a row of units under the header: each indicator column's
    seen_figures = False
    items_named_provinces = False   # an item row above named a province: its total is a region's
    items_named_offices = False     # … or another office of the province: its total is no department's own
    items_named_other_fields = False  # … or a field of another department's procedures ("Đất đai"): the same
    title_plan = _whole_plan_title(s)
    for r in range(plan.header_end + 1, len(rows)):
        row = rows[r]
        if not row or row.count(None) == len(row):
            continue
        named = " · ".join(memo.text(row[c]) for c in keys if c < len(row) and row[c] is not None)
        if not named and plan.province_col is not None:
            named = _total_across(s, r, plan.province_col, memo.text)
        if not named and plan.period_col is not None and plan.subperiod_col is not None:
            merged = _merged_value(s, r, plan.period_col)
            if merged is None:
                merged = _year_above(s, r, plan.period_col, plan.header_end)
            named = memo.text(merged) if merged is not None else ""
        if not seen_figures and (not named or fold(named) in _UNIT_HEADS):
            stated = _units_row(row, plan.indicator_cols, memo.text)
            if stated:
                # NOTE: "Tỉnh | Nhiệm vụ … | Chi NSNN cho KH&CN" over "ĐVT | nhiệm vụ | triệu
                # đồng": each column's unit, as a unit column is a row's (read without it, 96.400
                # triệu đồng were stored as 96.400 tỷ đồng)
                units.update(stated)
                out.ignored.append(Ignored(s.name, r + 1, " | ".join(stated.values())[:120],
                                           "Dòng ghi đơn vị tính của các cột", "A row stating the columns' units"))
                continue
        if not seen_figures and _column_numbers(row):
            # NOTE: "A | 1 | 2 | … | 13" under a header (and its row of units): the columns'
            # numbers, not a period "A" with figures
            out.ignored.append(Ignored(s.name, r + 1, " ".join(cell_text(v) for v in row if v is not None)[:120],
                                       "Dòng đánh số cột", "A row numbering the columns"))
            continue
        if plan.district_section and plan.province_col is None and (why := _row_aside(plan)) is not None:
            # NOTE: "Năm | Số nhiệm vụ …" under a title naming a district ("… của huyện Kỳ Anh giai đoạn
            # 2021-2023"): the district's years, not the province's (review22a)
            out.rows_set_aside.add((s.name, r + 1))
            out.ignored.append(Ignored(s.name, r + 1, named[:120] or " ".join(
                cell_text(v) for v in row if v is not None)[:120], *why))
            continue
        if not named and not keys and _items_total(row, memo, plan, items_named_provinces):
            # NOTE: a list of items as rows (GIs, projects) under indicator columns, no province or
            # period column, closed by "Cộng": the total row is the title's province's figure for
            # the title's period; each item's row is only a part of it (not read)
            named = _items_total_label(row, memo, plan)
            produced = False
            # NOTE: blind53: a one-stop centre's table of every department and district closed by "Tổng cộng |
            # 1.766 | 61,8": the offices together, never the S&T department's own procedures or dossiers (An
            # Giang's total stored as the department's, then refused). review29a: "Lĩnh vực | Số TTHC | Tỷ lệ hồ
            # sơ trực tuyến" over "Tư pháp", "Y tế", "Giáo dục", "Tổng cộng | 239 | 55,0" (the province's
            # procedures by field) stored 239 as the S&T department's: not every total under "Lĩnh vực" is its
            not_the_departments = (
                ("Dòng tổng của mọi cơ quan trong bảng, không phải số liệu riêng của Sở KH&CN; không lưu",
                 "The total of every office in the table, not the S&T department's own; not stored")
                if items_named_offices else
                ("Dòng tổng của các lĩnh vực không thuộc Sở KH&CN, không phải số liệu riêng của Sở; không lưu",
                 "The total of fields other than the S&T department's, not the department's own; not stored")
                if items_named_other_fields else None)
            for ci, (code, col_period) in plan.indicator_cols.items():
                c = _planned_by_the_title(cols[ci], col_period, title_plan)
                if not_the_departments and registry.indicator(code).department_own:
                    out.ignored.append(Ignored(s.name, r + 1, f"{named} — {c.text}"[:120], *not_the_departments))
                    continue
                label = _column_label(c, ci, units)
                if (code := _column_at_the_title_level(s, r, f"{named} — {label}", code, c, plan, out)) is None:
                    continue
                produced |= _read_in_column(s, r, row, label, code, col_period, plan.provinces, plan.province_text,
                                            plan, c, hints, memo, out)
            seen_figures = True
            if produced:
                out.matched_rows += 1
            continue
        if not named and not keys and (dept := _own_department_item(row, memo, plan)):
            # NOTE: blind53: "2 | Sở Khoa học và Công nghệ | 69 | 94,5 | 55,1" among the other offices of a
            # one-stop centre's table: the department's own procedures and dossiers, the title's province's
            # indicators (only those the department owns: its share of a province-wide figure is none)
            items_named_offices = True
            produced = False
            for ci, (code, col_period) in plan.indicator_cols.items():
                if not registry.indicator(code).department_own:
                    continue
                c = cols[ci]
                label = _column_label(c, ci, units)
                produced |= _read_in_column(s, r, row, label, code, col_period, plan.provinces, plan.province_text,
                                            plan, c, hints, memo, out)
            seen_figures = True
            if produced:
                out.matched_rows += 1
            else:
                out.ignored.append(Ignored(s.name, r + 1, dept[:120], "Dòng của Sở KH&CN không có số liệu đọc được",
                                           "The department's row holds no figure read"))
            continue
        if not named:
            texts = [t for t in (cell_text(v) for v in row if v is not None) if t]
            if texts:
                items_named_offices |= any(_office_item(memo.text(t)) for t in texts)
                items_named_other_fields |= _fields_column(plan) and not any(
                    _department_field(memo.text(t)) for t in texts)
                own = {p.name_vi for p in plan.provinces or []}
                items_named_provinces |= any({p.name_vi for p in registry.match_province(t)} - own for t in texts)
                out.ignored.append(Ignored(s.name, r + 1, " ".join(texts)[:120],
                                           *(("Một mục của bảng, chỉ là một phần của dòng tổng cộng; không lấy",
                                              "One item of the table, only a part of its total row; not taken")
                                             if not keys else
                                             ("Dòng không ghi tỉnh hoặc kỳ", "Row names no province or period"))))
            continue
        where = _row_place(s, r, row, named, plan, memo, out)
        if where is None:
            continue
        row_provs, row_ptext, row_period = where
        produced = aside = False
        for ci, (code, col_period) in plan.indicator_cols.items():
            c = _planned_by_the_title(cols[ci], row_period or col_period, title_plan)
            label = _column_label(c, ci, units)
            if (code := _column_at_the_title_level(s, r, f"{named} — {label}", code, c, plan, out)) is None:
                continue
            if row_period is not None and _flow_at_a_cut_off(row, code, row_period, plan):
                # NOTE: "TT | Thời điểm | … | Tiềm năng 5 sao | Tổng" over "31/12/2024" (batch 15's Phú
                # Yên): with the indicators across, a flow's column beside a bare cut-off date is as
                # unclear as a flow's row beside it — it was stored as 2023's and 2024's count
                if _is_number_like(row[ci] if ci < len(row) else None):
                    _set_cell_aside(out, s, r, label, f"{plan.letters[ci]}{r + 1}", cell_text(row[ci]),
                                    *_cut_off_reason(s, r, row, code, plan))
                    aside = True
                continue
            produced |= _read_in_column(s, r, row, label, code, row_period or col_period, row_provs, row_ptext, plan,
                                        c, hints, memo, out)
        seen_figures = True
        if produced:
            out.matched_rows += 1
        elif not aside:
            out.ignored.append(Ignored(s.name, r + 1, named, "Không có số liệu (ô trống, “-” hoặc “chưa có số liệu”)",
                                       "No data (blank, “-” or “no data yet”)"))
    _list_unread_columns(s, plan.cols, None, plan.header_end + 1, out)


def _column_at_the_title_level(s: Sheet, r: int, label: str, code: str, c: Column, plan: _SheetPlan,
                               out: Reading) -> str | None:
    """A task column naming no level under a caption or title naming one: that level's part, or
    None (set aside), as a row is read (_at_the_title_level).

    NOTE: wrong31: "Nhiệm vụ KH&CN cấp quốc gia được nghiệm thu năm 2024" above "STT | Lĩnh vực | Số
    nhiệm vụ được nghiệm thu" and "Tổng cộng | 5": the national tasks accepted by field, stored as
    every task accepted in 2024. A column naming its own level is read by it (_level_part)."""
    if (code := _at_the_title_stage(s, r, c.text, code, plan, out, label)) is None:
        return None
    if not plan.title_level or c.level_text:
        return code
    return _at_the_title_level(s, r, label, code, plan.title_level, out)


_UNIT_HEADS = registry.header_words("unit_heads")


@lru_cache(maxsize=1)
def _to_date_words() -> re.Pattern:
    return re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
        registry.header_words("to_date_said_words"), key=len, reverse=True))) + r")( |$)")


def _to_date_unsaid(code: str, header: str, title: str) -> bool:
    """Whether a header read with its table's title would be a total to date ("Chủ thể có sản phẩm
    OCOP được công nhận (lũy kế)") that neither the header nor the title says is one.

    NOTE: batch 47: "Số chủ thể có sản phẩm được công nhận" beside "Số sản phẩm được công nhận" under
    "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2023 PHÂN THEO HUYỆN" counts the producers of the
    year's round, not all producers to date: read with the title's "OCOP" it was stored as the stock
    (metrics/header_words.toml to_date_said_words)."""
    ind = registry.indicator(code)
    if not ind.is_stock or "luy ke" not in fold(ind.name_vi):
        return False
    return not _to_date_words().search(fold(f"{header} {title}"))


def _running_total_of_a_flow(code: str, header: str, lines: tuple[str, ...]) -> bool:
    """Whether a header read with the lines over its table counts a flow (the tasks accepted in a year) that
    the header or those lines say is a total to date ("lũy kế", "tính đến": metrics/header_words.toml
    to_date_said_words): with years down the rows each figure is then the total up to its year, not its year's.

    NOTE: review33b: "Năm | Số nhiệm vụ" under "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU LŨY KẾ GIAI ĐOẠN 2022-2024"
    stored the running totals 10, 12, 14 as the tasks accepted in 2022, 2023 and 2024 (recall33's title rule)."""
    return not registry.indicator(code).is_stock and _to_date_words().search(
        fold(" ".join((header, *lines)))) is not None


def _is_count(code: str) -> bool:
    """Whether an indicator counts things. NOTE: a header read with its title only ever names a
    count: "Kinh phí NSNN bố trí (triệu đồng)" under "Nhiệm vụ KH&CN năm 2024" read with the title
    was the whole S&T budget (the tasks' funding is a part of it): money names itself or stays unread."""
    return registry.indicator(code).kind == "count"


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _results_part(title: str) -> str:
    """A title line up to the words that open its part on the work to come ("… NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ
    NĂM 2025" → "… NĂM 2024 VÀ"; metrics/header_words.toml span_ahead_words, as metrics.periods reads a title's
    later span), folded. Only after results of a period: a line whose words before them name no year ("ĐỀ XUẤT
    NHIỆM VỤ NĂM 2025", "BÁO CÁO TÌNH HÌNH ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ KH&CN NĂM 2023") is about what those words
    open — all of it (the proposed tasks were stored as the tasks managed, review38a's "đề xuất" beside review38b's
    cut) — unless it is a plan's title ("KẾ HOẠCH NHIỆM VỤ KH&CN NĂM 2026": the caller reads the plan)."""
    folded = fold(title)
    ahead = periods._SPAN_AHEAD.search(folded)
    if ahead is None:
        return folded
    before = folded[:ahead.start()]
    if _A_YEAR.search(before) or ((plan := _title_plan(title)) is not None and plan[1]):
        return before
    return folded


def _names_tasks_of_a_stage(line: str) -> bool:
    """Whether a title line's results part (_results_part) names tasks ("nhiệm vụ", a type of them: "đề tài", "dự án";
    metrics/abbreviations.toml task_type_words) or a stage of theirs without the word ("TỔNG HỢP ĐỀ XUẤT ĐẶT HÀNG NĂM
    2025": metrics/header_words.toml heading_stage_words, their look-alikes "đổi mới" aside, and abbreviations.toml
    task_list_words), other than the tasks carried out (_reports_tasks_done)."""
    part = _results_part(line)
    tokens = labels.label_tokens(part)
    words = re.sub(r"[^a-z0-9]+", " ", f" {_HEADING_STAGE_EXCEPT.sub(' ', part)} ")
    return ("nhiem_vu" in tokens or _TASKS_OR_STAGE.search(words) is not None) and not _reports_tasks_done(tokens)


@lru_cache(maxsize=1)
def _tasks_done_words() -> tuple[tuple[tuple, ...], frozenset]:
    """The tokens of each task_results_title_words, in order, and those a title may say after them: the tasks (KH&CN)
    and a part of the year (metrics/header_words.toml part_of_year_words)."""
    done = tuple(labels.label_tokens(w) for w in registry.declared_header_words("task_results_title_words"))
    besides = {"nhiem_vu", "khoa_hoc_va_cong_nghe"} | {t for w in registry.declared_header_words("part_of_year_words")
                                                       for t in labels.label_tokens(w)}
    return done, frozenset(besides)


def _reports_tasks_done(tokens: tuple) -> bool:
    """Whether a title line's results part (its tokens) opens with the words on the tasks carried out and names nothing
    else but the tasks and a part of the year ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"; not "… NHIỆM VỤ BỊ DỪNG
    …", nor "NHIỆM VỤ ĐÃ CÓ KẾT QUẢ THỰC HIỆN …": the tasks done, review39)."""
    done, besides = _tasks_done_words()
    return "nhiem_vu" in tokens and any(tokens[:len(w)] == w and set(tokens[len(w):]) <= besides for w in done)


def _task_type_alone(text: str) -> str | None:
    """The one type of task a column's header names and nothing else ("Đề tài", "Số dự án", "Đề án KH&CN";
    metrics/abbreviations.toml task_type_words), or None ("Đề tài, dự án", "Số nhiệm vụ")."""
    said = f" {fold(text)} "
    types = [w for w in labels.declared_words("task_type_words") if f" {fold(w)} " in said]
    if len(types) != 1 or " nhiem vu " in said:
        return None
    rest = set(labels.label_tokens(said.replace(f" {fold(types[0])} ", " "))) - {"khoa_hoc_va_cong_nghe"}
    return types[0] if not rest else None


def _tasks_level_header(text: str) -> bool:
    """Whether a level column's header names the tasks it divides ("Cấp nhiệm vụ", "Cấp đề tài, dự án"):
    "cấp" and the tasks, nothing else ("Cấp quản lý", "Hạng sao" name none)."""
    tokens = set(labels.label_tokens(text))
    return "nhiem_vu" in tokens and tokens <= {"cap", "nhiem_vu", "khoa_hoc_va_cong_nghe"}


def _item_table_columns(s: Sheet, cols: list[Column], label_col: int, start: int, end: int) -> dict:
    """A table of items as rows (kinds of support, projects) whose figures' meaning is in the
    columns' headers, read with the table's title where they name too little by themselves
    ("Số nhiệm vụ, dự án | Số doanh nghiệp được hỗ trợ" under "KẾT QUẢ HỖ TRỢ DOANH NGHIỆP, KHỞI
    NGHIỆP ĐỔI MỚI SÁNG TẠO"): {column: (indicator, period)}, read on the total row only (see
    _read_indicator_columns); {} when a row's label names an indicator (a classic form) or no
    column names one."""
    if any(c.role == "total" for c in cols):
        return {}   # "3 sao | 4 sao | Tổng": the parts of the caption's indicator (_read_whole_row)
    rows = s.rows
    if any(c.level_text for c in cols) and (fold(cols[label_col].text) in PIVOT_LABEL_HEADERS or not any(
            isinstance(v := (rows[r][label_col] if label_col < len(rows[r]) else None), str) and fold(v) in TOTAL_WORDS
            for r in range(end + 1, min(len(rows), end + 200)))):
        # NOTE: "Sản phẩm OCOP" over "3 sao | 4 sao | 5 sao" (no total): each star is the row's indicator's
        # part (_level_part), never an items' table's indicator read on a total row there is none of —
        # every row was set aside and the file refused (mend27b). NOTE: review28b: with a total row below
        # the items (districts, "Tổng cộng | 7 | 3 | 0") the stars are the items' table's columns, read on
        # that row as before mend27b — the province's products by star were lost, the file refused. A pivot's
        # rows ("Row Labels": provinces) each have their own figures, its "Grand Total" row sums them
        return {}
    items, totals_name = False, set()
    for r in range(end + 1, min(len(rows), end + 200)):
        v = rows[r][label_col] if label_col < len(rows[r]) else None
        if not isinstance(v, str) or fold(v) in TOTAL_WORDS:
            continue
        if items and _EXAMPLE_LINE.match(fold(v)):
            # NOTE: recall43: "Ghi chú: Tỷ lệ mức độ 4 tính trên tổng số TTHC của đơn vị." under Hà Giang's table of
            # departments (batch 47) named an indicator and made the table a classic form: a note under the items
            # says how a column is counted, it is no row of the table
            continue
        if items and (code := _total_naming(v)):
            # NOTE: fix53: the items' total labelled in full ("Lĩnh vực | Số TTHC" closed by "Tổng số thủ
            # tục hành chính thuộc thẩm quyền của Sở | 68"): still the table's total row, not a classic form
            # — read as one, the "Số TTHC" column named nothing and Hà Tĩnh's 68 beside the summary's 86
            # was never seen (a file that had to be refused was accepted). Only when a column names the
            # same indicator (checked below)
            totals_name.add(code)
            continue
        if indicator_for_label(v, None)[0]:
            return {}
        items = True
    lines = [t for t in _title_text(s, start).split(" · ") if t.strip()]
    found = {}
    for c in cols:
        if c.role not in ("other", "value") or c.index == label_col or not c.text or NAMES_HEADER.match(fold(c.text)):
            continue
        code, p = indicator_for_label(c.text, None)
        if code is not None and _title_rules_out(s, start, code, (c,)):
            c.role = "ruled_by_title"
            continue
        for line in reversed(lines):
            if code is not None:
                break
            m = labels.match_part_of_heading(c.text, line)
            code = m.indicator if m is not None and m.taken and _is_count(m.indicator) \
                and counts_what_the_line_counts(c.text, line, m.indicator) else None
        if code is not None:
            found[c.index] = (code, p or c.period)
    if not totals_name <= {code for code, _ in found.values()}:
        return {}   # a row naming an indicator no column does: a classic form's row, not a total
    for ci in found:
        # the column names its own indicator ("Sản phẩm OCOP 3 sao": the 3-star products), no part of a row's
        cols[ci].role, cols[ci].level_text = "indicator", ""
    return found


def _title_rules_out(s: Sheet, start: int, code: str, columns: tuple = ()) -> bool:
    """Whether a title line over a table says words the indicator `code` excludes in a label of its own
    (metrics/indicators.toml exclude, exclude_lists): a column naming `code` by itself is not it there.
    NOTE: wrong36: "Kinh phí KH&CN (triệu đồng)" by office under "PHÂN BỔ KINH PHÍ SỰ NGHIỆP KH&CN NĂM 2025"
    stored its "Tổng cộng" 60 tỷ as the province's state budget for S&T: the title says the recurrent line
    only ("sự nghiệp", mend27a's part) and an allocation ("phân bổ": a plan, no spending)."""
    return _title_lines_rule_out(title_above(s, start), code, columns)


def _title_lines_rule_out(lines: tuple, code: str, columns=()) -> bool:
    """_title_rules_out with the table's title lines (title_above) read already: one rule for a column and
    a row naming `code` by itself (wrong39: "Chi ngân sách nhà nước cho KH&CN | triệu đồng | Năm 2025: 60000"
    under "PHÂN BỔ KINH PHÍ KH&CN NĂM 2025" was stored as 60 tỷ spent), `columns` the value columns its figures
    are read in."""
    if registry.indicator(code).kind != "money":
        return False   # a count's title names its level or stage, read with the column elsewhere (_item_table_columns)
    # (a title read as a plan, "DỰ TOÁN …", "KẾ HOẠCH PHÂN BỔ …" (_title_plan), makes the figures the plan: read so
    # elsewhere; "GIAO DỰ TOÁN …" says the plan word after another, is read as no plan and is an allocation)
    # NOTE: wrong43: and any plan's title ("DỰ TOÁN KINH PHÍ KH&CN NĂM 2026" over "Năm 2025 | Năm 2026": 60 tỷ stored
    # as spent in 2025): a bare year outside the plan is that year's estimate or its spending, no header says which
    return any(labels.part_ruled_out_by(code, line)
               or (_ALLOCATION_TITLE.search(f" {fold(line)} ") or _title_plan(line) is not None)
               and not _plan_holds(line, columns) and not _results_then_plan_hold(line, columns)
               for line in lines)


def _results_then_plan_hold(line: str, columns) -> bool:
    """Whether a title line naming a period's results and then the next plan ("MỘT SỐ KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM
    2023, KẾ HOẠCH NĂM 2024", "KẾT QUẢ … GIAI ĐOẠN 2021 - 2023 VÀ KẾ HOẠCH NĂM 2024") says what each value column
    holds: a year up to the results' end is results (the years before the reported one its comparison), a plan's
    column or a year inside the plan the plan's readers' — no allocation word in the title, no column of another
    kind (a year between the results and the plan, a span across them).

    NOTE: recall44: Điện Biên's "Chi NSNN cho KH&CN | Tỷ đồng | 18,4 | 19,75 | 21,0" under "Năm 2022 | Năm 2023 |
    Kế hoạch năm 2024", Yên Bái's 2021–2023 beside "KH năm 2024" (batch 11, 15): the title's plan set the spending
    aside as wrong43's "DỰ TOÁN … NĂM 2026" over a bare "Năm 2025" is — there no header says whether 2025 is spent or
    estimated, here the title says the years are its results."""
    plan = _title_plan(line)
    if plan is None or plan[1] or _ALLOCATION_TITLE.search(f" {fold(line)} "):
        return False
    clauses = [c for c in _TITLE_CLAUSE.split(_CAPTION_NUMBER.sub("", nfc(line).strip())) if fold(c)]
    said = " ".join(c for c in clauses if _title_plan(c) is None)
    # NOTE: blind85: "(Kèm theo Báo cáo tổng kết công tác năm 2019 và phương hướng năm 2020)" over Thanh Hóa's "Năm
    # 2018 | Năm 2019": a summing-up ("tổng kết", "sơ kết", "đánh giá": plan_title_result_words, as _title_plan reads
    # them) says results as "kết quả" does — the spending of 2018 and 2019 was set aside as 2020's plan
    results = periods.from_text(said) if RESULT_WORDS.search(fold(said)) or _RESULT_HEADING.search(fold(said)) \
        else None
    if results is None or results.end >= plan[0].start:
        return False
    return bool(columns) and all(
        c.period is not None and (c.period.end <= results.end and c.measure == "actual"
                                  or plan[0].start <= c.period.start and c.period.end <= plan[0].end)
        for c in columns)


def _plan_holds(line: str, columns) -> bool:
    """Whether a title line sets a plan (_title_plan) that holds each of the value `columns`: one naming no period,
    the plan, a result, or a period inside the plan's, whose figures the plan's readers make the plan or read as the
    results they say. A bare year before the plan's ("Năm 2025" under "KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN NĂM 2026" or
    "… GIAI ĐOẠN 2026-2030") is that year's allocation or its spending, no header says which: never money spent.
    NOTE: review39: it was stored as 60 tỷ spent in 2025."""
    plan = _title_plan(line)
    return plan is not None and all(
        c.period is None or c.measure == "plan" or RESULT_WORDS.search(fold(c.text))
        or plan[0].start <= c.period.start and c.period.end <= plan[0].end for c in columns)


# words of a title that make a table's money an allocation, a plan without the plan's word ("PHÂN BỔ KINH PHÍ …")
_ALLOCATION_TITLE = re.compile(r" (?:%s) " % "|".join(re.escape(fold(w)) for w in labels.declared_words(
    "allocation_title_words")))


def _total_naming(text: str) -> str | None:
    """The indicator a total row's label names after its total word ("Tổng số thủ tục hành chính thuộc
    thẩm quyền của Sở": tthc_total), or None (a bare "Tổng cộng", a label that starts no total)."""
    f = fold(text)
    if not any(f.startswith(w + " ") for w in TOTAL_WORDS):
        return None
    return indicator_for_label(text, None)[0]


def _items_total_label(row: list, memo: _SheetMemo, plan: _SheetPlan) -> str:
    """The label of a table of items' total row: "Cộng", "Tổng cộng", or a total naming one of the
    table's column indicators in full (see _item_table_columns), or ""."""
    codes = {code for code, _ in plan.indicator_cols.values()}
    for t in (memo.text(v) for v in row if isinstance(v, str)):
        if _WHOLE_PLACE.search(fold(t)):
            # NOTE: wrong34: "Cả nước | 45", "Toàn vùng | 45" over Nghệ An's districts was stored as Nghệ An's 45
            # (both total words): the country's or a region's whole is never the province's
            return ""
        if fold(t) in TOTAL_WORDS or _total_naming(t) in codes or _names_whole_province(t, plan.provinces or ()):
            # NOTE: wrong34: "Đơn vị | Số sản phẩm OCOP được công nhận năm 2024" with "Toàn tỉnh | 45" above the
            # districts was refused whole ("không tìm thấy chỉ tiêu nào"): the whole province is the items' total
            # as "Tổng cộng" is, above them or below
            return t
    return ""


def _items_total(row: list, memo: _SheetMemo, plan: _SheetPlan, items_named_provinces: bool) -> bool:
    """Whether a row of a table of items under indicator columns is its total ("Cộng", "Tổng cộng")
    and the title names the one province it is of (no item above named a province: a region's
    total is no province's)."""
    if items_named_provinces or len({p.name_vi for p in plan.provinces or []}) != 1:
        return False
    return bool(_items_total_label(row, memo, plan))
_OWN_DEPARTMENT_ITEMS = registry.header_words("own_department_headers")
_OFFICE_ITEMS = registry.header_words("office_item_words")
_OFFICE_ITEMS_EXCEPT = registry.header_words("office_item_except_words")


def _office_item(text: str) -> bool:
    """Whether an item's text names an office of the province ("Sở Y tế", "UBND huyện Chợ Mới"), not a
    field of the department's own work ("Sở hữu trí tuệ")."""
    f = fold(text)
    return (any(f == w or f.startswith(w + " ") for w in _OFFICE_ITEMS)
            and not any(f == w or f.startswith(w + " ") for w in _OFFICE_ITEMS_EXCEPT))


def _own_department_item(row: list, memo: _SheetMemo, plan: _SheetPlan) -> str:
    """The text of an item row that is the S&T department itself ("Sở Khoa học và Công nghệ", "Sở KH&CN")
    in a table of one province's offices (the title names that one province), or ""."""
    if len({p.name_vi for p in plan.provinces or []}) != 1:
        return ""
    return next((t for t in (memo.text(v) for v in row if isinstance(v, str)) if fold(t) in _OWN_DEPARTMENT_ITEMS), "")


_FIELD_HEADERS = registry.header_words("procedure_field_headers")
_DEPARTMENT_FIELDS = registry.header_words("department_field_words")


def _fields_column(plan: _SheetPlan) -> bool:
    """Whether the table's labels' column is headed by the fields of procedures ("Lĩnh vực")."""
    return plan.label_col is not None and fold(_PAREN_NOTE.sub(" ", plan.cols[plan.label_col].text)).strip() in _FIELD_HEADERS


def _department_field(text: str) -> bool:
    """Whether an item's text is a field of the S&T department's own procedures ("Hoạt động khoa học và công
    nghệ", "Sở hữu trí tuệ", "Bưu chính"), read as the start of its folded text after an order number."""
    f = " ".join(re.sub(r"^[\divxlc]+[.)]?\s+", "", fold(text)).split())
    return any(f == w or f.startswith(w + " ") for w in _DEPARTMENT_FIELDS)


_COLUMN_MARK = re.compile(r"^\(?\s*(?:[A-Za-z]|\d{1,2})\s*\)?$")


def _column_numbers(row: list) -> bool:
    """A row of column numbers ("A | 1 | 2 | 3", "(1) | (2)"): every cell a letter or a small number,
    the numbers counting up by one from 1 or 2."""
    vals = [cell_text(v).strip() for v in row if v is not None]
    if len(vals) < 3 or not all(_COLUMN_MARK.match(v) for v in vals):
        return False
    nums = [int(m[0]) for v in vals if (m := re.search(r"\d+", v))]
    return len(nums) >= 2 and nums[0] in (1, 2) and all(b == a + 1 for a, b in zip(nums, nums[1:]))


def _units_row(row: list, indicator_cols: dict, text_of) -> dict[int, str]:
    """The units a row under the header states for the indicator columns ("nhiệm vụ | triệu
    đồng | %"), or {} when it is no such row: every indicator column's cell empty or a short text
    that is no figure, and one at least a unit of its column's indicator or a sum of money."""
    from etl.validate import is_money_text

    found = {}
    for ci, (code, _) in indicator_cols.items():
        v = row[ci] if ci < len(row) else None
        if v is None:
            continue
        if _is_number_like(v) or not isinstance(v, str) or len(v.strip()) > 20:
            return {}
        found[ci] = text_of(v).strip("() ")
    if not any(is_money_text(u) or _unit_of(indicator_cols[ci][0], u) or u == "%" for ci, u in found.items()):
        return {}
    return found


def _money_of_the_tasks_managed(cols: list[Column], label_col: int, level_cols: dict) -> None:
    """A money column beside the tasks managed counted by level ("Cấp quản lý | Số nhiệm vụ đang thực hiện | Kinh phí
    NSNN bố trí (triệu đồng)"): the state's money of those tasks — its header read with their name, added to
    `level_cols` when the two name a sum of money together (the table's total row is read; its levels have none).

    NOTE: recall46: Bình Thuận's "Tổng cộng | 43 | 15 | 27.100" (batch 60) and the new An Giang's "Tổng cộng | 105 |
    68.195 | 13.390" under "Kinh phí NSNN | Kinh phí ngoài NSNN" (batch 91): the tasks' state funding was lost. Only
    beside the tasks managed: beside the tasks accepted or proposed, "Kinh phí" is those tasks' whole cost over the
    years they ran, no year's funding; a header naming no state money ("Kinh phí", "Kinh phí ngoài NSNN", "Kinh
    phí đối ứng") stays unread (etl/labels.py: tasks_funding_state requires the budget named)."""
    if "tasks_managed" not in level_cols.values():
        return
    managed = registry.indicator("tasks_managed").name_vi
    for c in cols:
        if c.index == label_col or c.index in level_cols or c.role not in ("value", "other") or not c.text.strip() \
                or c.measure != "actual":
            continue
        m = labels.match_label(f"{c.text} {managed}")
        if m.taken and registry.indicator(m.indicator).kind == "money" and m.indicator != _WHOLE_BUDGET:
            level_cols[c.index] = m.indicator
            c.role = "indicator"


def _total_of_the_statuses(cols: list[Column], level_cols: dict) -> None:
    """A bare "Tổng số" column right of the statuses of one whole in a crosstab of levels ("Chuyển tiếp |
    Mở mới | Tổng số | Đã nghiệm thu"): the whole they divide (the tasks managed), added to `level_cols`.

    NOTE: recall31: Hải Phòng's 44 tasks managed (4 | 31 | 9 by level) were unread beside the statuses;
    only when the columns just left of it are exactly a group of parts the registry declares complete
    (metrics/indicators.toml complete_parts: new + carried over = managed), the whole read nowhere else
    ("Chuyển tiếp | Đã nghiệm thu | Tổng số" sums no whole: left unread)."""
    for c in cols:
        if c.role not in ("total", "value", "other") or c.index in level_cols or fold(c.text).strip() not in TOTAL_WORDS:
            continue
        left = []
        for i in range(c.index - 1, -1, -1):
            if i not in level_cols:
                break
            if cols[i].period is not None or cols[i].relative_year is not None or cols[i].within_year:
                # NOTE: review31b: "Chuyển tiếp từ năm trước | Mở mới năm 2025 | Tổng số" under "… NĂM 2024":
                # a sum over another year's new tasks, stored as 2024's 37 tasks managed — parts naming a
                # period of their own sum no whole of the title's
                left = []
                break
            left.append(level_cols[i])
        whole = next((w for w in registry.indicators().values() if any(
            len(left) >= len(g) and set(left[:len(g)]) == set(g) for g in w.complete_parts)), None)
        if whole is not None and whole.code not in level_cols.values():
            level_cols[c.index] = whole.code
            c.role = "indicator"


def _read_level_rows(s: Sheet, plan: _SheetPlan, hints: Hints, memo: _SheetMemo, out: Reading) -> None:
    """Levels as rows, indicators as columns: "Cấp quản lý | Số nhiệm vụ đang thực hiện | Số nhiệm
    vụ được nghiệm thu" over "Cấp quốc gia | Cấp tỉnh | Cấp cơ sở | Tổng cộng". A cell is the
    column's indicator on the total row, and on a level's row that indicator's declared part for
    the level ("Cấp tỉnh" under the tasks accepted: the provincial tasks accepted); a level the
    registry declares no part for is set aside, named. A column whose header names no indicator
    is listed as unread."""
    # NOTE: review38b: "Cấp nhiệm vụ | Đề tài | Dự án | Tổng số" under "KẾ HOẠCH NHIỆM VỤ KH&CN NĂM 2026" stored the
    # plan's 65 tasks (and its levels' 35, 30) as 2026's actual tasks managed: under a title that is only a plan
    # each column holds the plan, as in a table of indicator columns (_planned_by_the_title)
    title_plan = _whole_plan_title(s)
    cols = {c.index: _planned_by_the_title(c, c.period, title_plan) for c in plan.value_cells}
    summary_code = None   # the whole of a list's summary lines left of its names ("Tổng số nhiệm vụ | 24")
    for r in range(plan.header_end + 1, len(s.rows)):
        row = s.rows[r]
        if not row or row.count(None) == len(row):
            continue
        label = memo.text(row[plan.label_col] if plan.label_col < len(row) else None)
        if not label:
            # NOTE: an Excel table's total row says "Tổng cộng" in its first column (the STT's), the
            # label column left blank: the total of the levels
            label = next((t for t in (memo.text(v) for v in row[:plan.label_col]) if fold(t) in TOTAL_WORDS), "")
        if not label and (line := _summary_line(row, plan.label_col)) is not None:
            summary_code = _read_summary_line(s, r, row, *line, summary_code, plan, hints, memo.text, out)
            continue
        if not label:
            texts = [t for t in (cell_text(v) for v in row if v is not None) if t]
            if texts:
                out.ignored.append(Ignored(s.name, r + 1, " ".join(texts)[:120], "Không có tên chỉ tiêu", "No indicator label"))
            continue
        if plan.city and _CITY_LEVEL.search(label):
            # NOTE: recall31: "Cấp thành phố" in a centrally-run city's crosstab is its provincial level, as
            # in its rows of labels (_read_rows); elsewhere left as written
            label = _CITY_LEVEL.sub(lambda m: m[1] + "tỉnh", label)
        produced = False
        for ci, whole in plan.level_cols.items():
            c = cols[ci]
            if not _is_number_like(row[ci] if ci < len(row) else None):
                continue
            if fold(label) in TOTAL_WORDS:
                code = whole
            else:
                code = indicator_for_label(label, whole)[0]
                if code is not None and registry.indicator(code).parent not in \
                        {whole, registry.indicator(whole).parent} - {None}:
                    code = _stock_twin_part(label, code, whole) or code
                # NOTE: "Cấp quốc gia" under "Mở mới" is the national tasks newly started, declared
                # beside the new tasks (both parts of the tasks managed), as a "- cấp quốc gia"
                # row under "Nhiệm vụ mở mới" is read (indicator_for_label keeps the column's kind)
                if code is None or registry.indicator(code).parent not in \
                        {whole, registry.indicator(whole).parent} - {None}:
                    ind = registry.indicator(whole)
                    out.ignored.append(Ignored(
                        s.name, r + 1, f"{label} — {c.text} ({cell_name(r, ci)})",
                        f"Danh mục không có chỉ tiêu “{ind.name_vi}” theo “{label}”: không lấy ô này.",
                        f"The registry has no part of “{ind.name_en}” for “{label}”: this cell is not taken.",
                        cell_name(r, ci), "label"))
                    continue
            produced |= _read_in_column(s, r, row, f"{label} — {c.text}", code, None, plan.provinces,
                                        plan.province_text, plan, c, hints, memo, out)
        if produced:
            out.matched_rows += 1
        elif not any(_is_number_like(v) for v in row):
            out.ignored.append(Ignored(s.name, r + 1, label, "Dòng tiêu đề hoặc ghi chú, không có số liệu",
                                       "Heading or note row, no data"))
    for c in plan.value_cells:
        # ("other" headers are listed by _list_unread_columns)
        if c.index not in plan.level_cols and c.role == "value" and any(_is_number_like(s.value(r, c.index))
                                                  for r in range(plan.header_end + 1, len(s.rows))):
            out.ignored.append(Ignored(
                s.name, None, f"Cột {cell_name(0, c.index)[:-1]}: {c.text}"[:120],
                "Tiêu đề cột không khớp chỉ tiêu nào trong danh mục (không đoán)",
                "Column header matches no indicator in the registry (not guessed)"))
    _list_unread_columns(s, plan.cols, plan.label_col, plan.header_end + 1, out)


_CAPTION_BREAKDOWN = registry.header_words("caption_breakdown_words")


def _first_row_a_year(s: Sheet, cols: list[Column], end: int) -> bool:
    """Whether the header's one period column ("Năm", merged down a header of two rows) has a year on the first row
    under the header ("2020", "Năm 2020"): years down the rows (headers._years_below asks the row right under its
    one header row)."""
    at = [c.index for c in cols if c.role == "period"]
    v = s.value(end + 1, at[0]) if len(at) == 1 and end + 1 < len(s.rows) else None
    return (type(v) is int and 1990 <= v <= 2100) or isinstance(v, float) and v.is_integer() and 1990 <= v <= 2100 \
        or isinstance(v, str) and re.fullmatch(r"(?:năm\s+)?(?:19|20)\d\d", nfc(v).strip(), re.I) is not None


def _whole_of_the_title(s: Sheet, start: int) -> str | None:
    """The one indicator the lines above a table name by their subject (_caption_subject: "SỐ NHIỆM VỤ KH&CN ĐANG THỰC
    HIỆN PHÂN THEO CẤP QUẢN LÝ" → the tasks managed), with no period of their own; None when no line, or two lines
    naming different ones, or a line naming a period ("… NĂM 2024": whose columns, then?)."""
    found = set()
    for line in title_above(s, start):
        if _unit_line([line]) is not None:
            continue
        code, period = indicator_for_label(_caption_subject(line), None)
        if code is None:
            continue
        if period is not None or periods.from_text(line) is not None:
            return None
        found.add(code)
    return next(iter(found)) if len(found) == 1 else None


def _caption_subject(caption: str) -> str:
    """A yearbook caption without the breakdown it announces ("… được nghiệm thu phân theo cấp quản
    lý" → "… được nghiệm thu"); the caption itself when it announces none."""
    words = caption.split()
    folded = [fold(w) for w in words]
    for i in range(1, len(words) - 1):
        if f"{folded[i]} {folded[i + 1]}" in _CAPTION_BREAKDOWN:
            # NOTE: review44: a running total's note after the breakdown ("… được công nhận phân theo hạng sao (lũy
            # kế)", "(cộng dồn)") says what every figure is — cut with the breakdown, the products recognised to date
            # were stored as each year's new ones. Kept (metrics/header_words.toml running_total_words)
            notes = [n for n in _PAREN_NOTE.findall(" ".join(words[i:])) if _RUNNING_TOTAL_NOTE.search(fold(n))]
            return " ".join([*words[:i], *notes])
    return caption


# a running total's words in a (folded) note (metrics/header_words.toml running_total_words)
_RUNNING_TOTAL_NOTE = re.compile(r"(?:^| )(?:%s)(?: |$)" % "|".join(map(re.escape, sorted(
    registry.header_words("running_total_words"), key=len, reverse=True))))


def _header_or_unit_row(row: list) -> bool:
    """A row between a caption and its table that holds no figure of its own: the years' header
    ("2020 | 2021 | Sơ bộ 2023", a year typed as a number) or a unit line ("Đơn vị tính: Người")."""
    cells = [v for v in row if v is not None and cell_text(v).strip()]
    if not cells:
        return True
    for v in cells:
        if isinstance(v, bool):
            return False
        if isinstance(v, (int, float)):
            if not (float(v).is_integer() and 1990 <= v <= 2100):
                return False
        elif not (re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", cell_text(v)) or _unit_line([v]) is not None):
            return False
    return True


def _english_twin(text: str) -> bool:
    """Whether a line is the English twin of a bilingual yearbook's caption: ASCII words only, some in lower case
    ("State budget expenditure on science and technology"), no figure — never a Vietnamese line (diacritics)."""
    words = re.findall(r"[A-Za-z]+", text)
    return (not re.search(r"[^\x00-\x7f]", text) and len(words) >= 3 and any(w.islower() for w in words)
            and not re.search(r"\d", text))


def _caption_of_total(s: Sheet, r: int, label_col: int, plan: _SheetPlan) -> tuple[str, str] | None:
    """The indicator and subject of the caption a "TỔNG SỐ" row totals, or None: the nearest row
    above with a label, across only the years' header, a unit line and empty rows (at most three),
    when it has no figure and its subject (_caption_subject) names one indicator by itself, with
    no period of its own. NOTE: a figure row between (another indicator's), a header naming its
    label column ("Chỉ tiêu"), a caption naming a period or not naming an indicator: nothing."""
    # NOTE: blind78: the English twin is no row of its own between the caption and the table — Thanh Hóa's yearbook
    # table 186 ("186. Số nhiệm vụ … phân theo cấp quản lý" over its English line, the unit line "Đơn vị tính: Nhiệm
    # vụ - Unit: Task", a blank row, the years) put the caption a fifth row up, out of the window: the honest file
    # was refused ("không tìm thấy chỉ tiêu nào"). At most two such lines are passed over without counting.
    # NOTE: blind84: nor is the test-data mark on a line of its own (Đồng Tháp's "Biểu 12.08. Số sản phẩm OCOP được
    # công nhận phân theo huyện, thị xã, thành phố", "Đơn vị tính: Sản phẩm", the mark, then "| 2020 | … | Sơ bộ
    # 2023" over "TỔNG SỐ"): taken for the caption, it named no indicator and the honest file was refused. A line
    # that is only the mark says nothing of the table (etl/headers.py without_test_mark, blind67): passed over, and
    # not counted, as the English twin is not (at most two such lines)
    rr, seen, twins, marks = r - 1, 0, 0, 0
    while rr >= 0 and seen < 4:
        row = s.rows[rr] if rr < len(s.rows) else []
        rr, seen = rr - 1, seen + 1
        if marks < 2 and any(cell_text(v).strip() for v in row if v is not None) \
                and not any(without_test_mark(cell_text(v)) for v in row if v is not None):
            marks, seen = marks + 1, seen - 1
            continue
        text = cell_text(row[label_col]).strip() if label_col < len(row) and row[label_col] is not None else ""
        if not text or _unit_line(row) is not None:
            if _header_or_unit_row(row):
                continue
            return None
        if any(_is_number_like(s.value(rr + 1, c.index)) for c in plan.value_cells if c.index != label_col):
            return None
        subject = _caption_subject(text)
        code, period = indicator_for_label(subject, None)
        if code is None and _english_twin(text) and twins < 2:
            # NOTE: blind72: a bilingual yearbook's caption has its English twin on the line under it ("12.02  Chi
            # ngân sách nhà nước cho khoa học và công nghệ" over "State budget expenditure on science and
            # technology"): the caption is the line above (Bình Thuận's "TỔNG SỐ - TOTAL" was refused)
            twins, seen = twins + 1, seen - 1
            continue
        if code is None or period is not None or _rows_name_provinces(s, r + 1, label_col, plan.provinces):
            return None
        return code, subject
    return None


_OPEN_ENDS = registry.header_words("wrapped_label_open_ends")


_RESTRICTING_STARTS = registry.header_words("wrapped_label_restricting_starts")


def _column_labels(rows: list, label_col: int, text_of) -> frozenset:
    """The labels of a table's label column, folded with their spaces collapsed (row_labels.other_type_beside)."""
    return frozenset(" ".join(fold(clean_label(text_of(row[label_col]))).split())
                     for row in rows if row is not None and label_col < len(row) and row[label_col] is not None)


def _rest_unsaid(rows: list, r: int, label_col: int, label: str, code: str, context: str | None, own,
                 figured: bool) -> tuple[str, str] | None:
    """Why a row whose label names `code` is not that indicator's for the rest of its label, wrapped onto
    the row below (reasons vi, en), or None: THE wrapped-rest rule for a label that named an indicator
    by its first line (one place, mend27b: wrong26's and probe35's were written apart).
    NOTE: wrong26: "Số nhiệm vụ KH&CN được quản lý | 12" over "tại các huyện miền núi" alone: the mountain
    districts' tasks, read from the first row alone, stored as the province's (beside 20 accepted the
    honest file was refused) — a rest saying where its figure is of, even after a label that could end.
    NOTE: probe35: "Sản phẩm OCOP được công nhận của | 6" over "huyện Tuy Phước", "Nhiệm vụ KH&CN được
    nghiệm thu, | 30" over "không kể nhiệm vụ cấp cơ sở": a first line left open with figures, whose
    rest changes what it counts — read whole it names another thing or nothing (a rest that opens
    parts, "trong đó:", is no such rest)."""
    ind = registry.indicator(code)
    if (rest := _restricting_rest(rows, r, label_col, label, own)) is not None:
        return (f"Nhãn dòng tiếp tục ở dòng dưới (“{rest}”): số liệu của một phần, không phải của chỉ tiêu "
                f"“{ind.name_vi}”; không lưu",
                f"The row's label goes on in the row below (“{rest}”): a part's figure, not “{ind.name_en}”; "
                f"not stored")
    rest = _wrapped_rest(rows, r, label_col, label)
    if rest is None and figured:
        # NOTE: batch 75: a converted PDF wraps a label anywhere, the figures on its first line: "Nhiệm vụ KH&CN
        # được nghiệm thu | 9 | 11" over "cấp cơ sở", "Sản phẩm OCOP được công nhận | 30 | 36" over "lại", "Số
        # doanh nghiệp được hỗ trợ | 12" over "chuyển đổi số" — a first line that could end, its rest changing
        # what it counts, was stored as the first line's indicator. A rest opening parts ("trong đó") is none
        rest = _wrapped_rest(rows, r, label_col, label, open_end=False)
        rest = None if rest is None or _IN_WHICH.match(rest) else rest
    if figured and rest is not None and not rest.rstrip().endswith(":") \
            and indicator_for_label(f"{label} {rest}", context)[0] != code:
        return (f"Nhãn dòng còn tiếp ở dòng dưới (“{label[:60]} {rest[:60]}”): đọc cả câu không còn là chỉ tiêu "
                f"mà dòng đầu gọi tên; không lấy",
                f"The row's label runs on to the row below (“{label[:60]} {rest[:60]}”): read whole it is no "
                f"longer the indicator its first line names; not taken")
    return None


def _restricting_rest(rows: list, r: int, label_col: int, label: str, own=()) -> str | None:
    """The rest of a label that could end on its own row, wrapped onto the row below and saying where
    its figure is of ("tại các huyện miền núi", metrics/header_words.toml wrapped_label_restricting_starts),
    or None; the row below as _wrapped_rest reads it. `own`: the sheet's provinces."""
    rest = _wrapped_rest(rows, r, label_col, label, open_end=False)
    if rest is None or not any(f"{fold(rest)} ".startswith(f"{w} ") for w in _RESTRICTING_STARTS):
        return None
    return None if _says_the_whole_province(rest, own) else rest


_WHOLE_PROVINCE_LEAD = ("tren dia ban", "dia ban", "toan bo", "toan", "ca")


def _says_the_whole_province(rest: str, own) -> bool:
    """Whether a label's wrapped rest says only the whole province ("trên địa bàn tỉnh", "tại tỉnh",
    "của tỉnh Nghệ An" in Nghệ An's report): its start word, then "tỉnh" alone or the sheet's own
    province by its name — no place below it, no former province, no other province.

    NOTE: review27a: any province named, or a rest merely ending in "tỉnh", was read as the whole: "tại
    tỉnh Hà Tĩnh" (another province's), "thuộc tỉnh Quảng Bình (cũ)" (a former province's share), "tại
    các xã thuộc huyện miền núi của tỉnh", "của thành phố Vinh, tỉnh Nghệ An" were each stored as the
    report's province's whole figure."""
    if FORMER_NOTE.search(nfc(rest)) or labels.place_below_province(nfc(rest)) is not None:
        return False
    words = re.sub(r"[^a-z0-9]+", " ", fold(rest)).split()
    start = next((w for w in sorted(_RESTRICTING_STARTS, key=len, reverse=True)
                  if words[:len(w.split())] == w.split()), None)
    words = words[len(start.split()):] if start else words
    for lead in _WHOLE_PROVINCE_LEAD:
        if words[:len(lead.split())] == lead.split():
            words = words[len(lead.split()):]
            break
    if words == ["tinh"]:
        return True
    kind = 2 if words[:2] == ["thanh", "pho"] else 1 if words[:1] in (["tinh"], ["tp"]) else 0
    named = registry.match_province(" ".join(words[kind:])) if kind and words[kind:] else []
    codes = {p.code for p in own or ()}
    return bool(named) and bool(codes) and all(p.code in codes for p in named)


def _wrapped_rest(rows: list, r: int, label_col: int, label: str, open_end: bool = True) -> str | None:
    """The rest of a label wrapped onto the row below, or None: the next row holds only text in the
    label column (a merged label's copies alike), starting with a lower-case letter, and this row's
    label is left open — it ends with a comma or a word that cannot end a label (metrics/
    header_words.toml wrapped_label_open_ends: "và", "của", "được" …). NOTE: a label ending with ":"
    ("Tổng số nhiệm vụ:") introduces its parts; a next row with a figure, a number or a mark is a row
    of its own; so is a rest with a digit (a period of its own)."""
    if r + 1 >= len(rows) or not label:
        return None
    words = fold(label).split()
    if open_end and not (label.rstrip().endswith(",") or (words and words[-1] in _OPEN_ENDS)):
        return None
    cells = [(i, v) for i, v in enumerate(rows[r + 1] or []) if v is not None and cell_text(v).strip()]
    if not cells or not any(i == label_col for i, _ in cells) \
            or any(not isinstance(v, str) or nfc(v).strip() != nfc(cells[0][1]).strip() for _, v in cells):
        return None
    text = nfc(cells[0][1]).strip()
    # NOTE: a rest naming a year or a date ("nghiệm thu năm 2023") is not read: the joined label's
    # period after a comma went unread and 2023's figure was stored as the column's 2024 (probe)
    return text if text[:1].isalpha() and text[:1].islower() and not any(ch.isdigit() for ch in text) else None


def _rest_beside_merged_figures(s: Sheet, rows: list, r: int, label_col: int, label: str, plan: _SheetPlan) -> str | None:
    """The rest of a label typed on the row below in a cell of its own while the row's figures are merged
    over both rows ("Số tổ chức, cá nhân" over "được cấp quyền sử dụng CDĐL", "12 | 9 | 21" each merged
    over the two): one item in two lines, whatever the first line ends with; None otherwise — a figure
    not merged so, a label cell merged itself, or a next row holding anything but that rest.
    NOTE: blind64: Kon Tum's GI holders at 31/12/2022 and 2023 were lost (the first line alone ruled out
    "Tổ chức KH&CN", the second taken for a heading)."""
    if r + 1 >= len(rows):
        return None
    spans = {(r0, c0): r1 for r0, c0, r1, c1 in s.merges if r0 <= r + 1 <= r1}
    figures = [c.index for c in plan.value_cells if _is_number_like(s.value(r, c.index))]
    if not figures or any(spans.get((r, c)) != r + 1 for c in figures) \
            or any(r0 <= r + 1 <= r1 and c0 <= label_col <= c1 for r0, c0, r1, c1 in s.merges):
        return None
    below = [(i, v) for i, v in enumerate(rows[r + 1] or []) if v is not None and cell_text(v).strip()]
    if not any(i == label_col for i, _ in below) or any(
            i != label_col and not any(r0 <= r < r + 1 <= r1 and c0 <= i <= c1 for r0, c0, r1, c1 in s.merges)
            for i, _ in below):
        return None
    return _wrapped_rest([rows[r], [v if i == label_col else None for i, v in enumerate(rows[r + 1])]], 0, label_col,
                         label, open_end=False)


# a column's header naming only its period ("9 tháng 2026", "Năm 2024", "Quý III/2026", "6 tháng đầu năm 2025")
_PERIOD_ALONE = re.compile(r"(?:(?:nam|thang|quy|dau|cuoi|ca|[ivx]+|\d{1,4})[ /.-]*)+")


def _breakdown_caption(s: Sheet, start: int, base: Period | None, column: str | None) -> str | None:
    """The count indicator a caption right above a table of levels names, or None: the nearest
    non-empty row above the header (at most two rows up) must be one text announcing a breakdown
    ("… phân theo cấp quản lý", metrics/header_words.toml caption_breakdown_words) whose subject
    (_caption_subject) names one count indicator by itself, in no period but the sheet's own, read
    as reported (no plan, no estimate), and the `column` must say only that it counts that thing.
    NOTE: a caption of another year, of money, of proposed tasks, or a line that announces no
    breakdown names nothing here. `column` None: the column names only its period (`base`), nothing it counts."""
    if column is not None and not _counts_the_caption_subject(column):
        return None
    for rr in range(start - 1, max(-1, start - 3), -1):
        cells = [v for v in s.rows[rr] if v is not None and cell_text(v).strip()] if rr < len(s.rows) else []
        if not cells:
            continue
        if len(cells) != 1 or not isinstance(cells[0], str):
            return None
        text = nfc(cells[0]).strip()
        subject = _caption_subject(text)
        if subject == text:
            # NOTE: blind64: "Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2024" over "Cấp quản lý | Đơn vị tính | Số
            # lượng" (Kon Tum's appendix, two tables on a sheet): a caption numbered as a table's announces no
            # breakdown in words, the rows' header of levels does — tasks managed and its three levels were
            # lost. Only a table's own numbered caption ("Bảng 1.", "Biểu 2:"), never a section's heading
            if not (numbered := _TABLE_NUMBER.match(text)):
                return None
            subject = text[numbered.end():].strip()
        code, period = indicator_for_label(subject, None)
        period = period or periods.from_text(subject)
        # NOTE: "… năm 2025 trên địa bàn Ninh Thuận (cũ) phân theo …", "… của tỉnh Lâm Đồng …": the
        # caption of a former or another province's part, never the sheet's whole (probes, batch 43)
        if code is None or not _is_count(code) or (period is not None and period != base) \
                or any(True for _ in registry.province_names_in(subject)):
            return None
        # NOTE: "Bảng 2. Số nhiệm vụ KH&CN ước thực hiện năm 2025 phân theo cấp quản lý" (review26a): an
        # estimate (or a plan) was stored as the year's reported tasks; a note after the breakdown ("… phân
        # theo cấp quản lý (chỉ tính nhiệm vụ mới)"), but a unit's, says the count is another's
        notes_after = _PAREN_NOTE.findall(text[len(subject):])
        # NOTE: blind66: "… theo cấp quản lý của Sở Nông nghiệp" after the breakdown: one office's tasks, never the
        # province's (etl/labels.py office_named)
        if PLAN.search(fold(text)) or _ESTIMATE.search(fold(text)) \
                or text.startswith(subject) and labels.office_named(text[len(subject):]) \
                or any(not _count_unit_note(n) and _unit_line([n.strip("() ")]) is None for n in notes_after):
            return None
        # NOTE: review40: "NHIỆM VỤ KH&CN THEO CẤP QUẢN LÝ ĐƯỢC GIA HẠN NĂM 2025" (or "… BỊ DỪNG THỰC HIỆN …", "… CỦA
        # HUYỆN SƠN TỊNH") over "Số nhiệm vụ" stored the extended (stopped, one district's) 99 tasks and their levels
        # as every task managed: the caption is cut at its breakdown, and what it says after the levels is the
        # subject's too — read together they must name the same indicator
        if text.startswith(subject) and (rest := _after_the_levels(text[len(subject):])) \
                and indicator_for_label(f"{subject} {rest}", None)[0] != code:
            return None
        if column is None:
            return code
        column_words = _words(_PAREN_NOTE.sub(" ", column))
        # NOTE: blind66: "Số nhiệm vụ" under "NHIỆM VỤ KH&CN ĐANG THỰC HIỆN QUÝ I NĂM 2026 THEO CẤP QUẢN LÝ": "Số" only
        # says the column counts the caption's subject (a caption with no "Số" of its own lost its levels); "Số
        # lượt", "Số đề tài" still count something else
        counted = column_words[1:] if column_words[:1] == ["so"] and len(column_words) > 1 else column_words
        if " ".join(column_words) not in _VALUE_HEADER_WORDS and not set(counted) <= set(_words(subject)):
            return None
        return code
    return None


_VALUE_HEADER_WORDS = registry.header_words("value_headers")
# the levels a caption breaks its count down by, after its breakdown words ("phân theo | cấp quản lý")
_LEVEL_DIMENSIONS = (("cap", "quan", "ly"), ("cap", "nhiem", "vu"), ("cap", "thuc", "hien"), ("cap",))


def _after_the_levels(tail: str) -> str:
    """What a level table's caption says after its breakdown and levels ("theo cấp quản lý được gia hạn năm 2025" →
    "được gia hạn năm 2025"), "" when nothing, or when the breakdown is by something else than levels."""
    words = tail.split()
    folded = [fold(w) for w in words]
    i = 0
    while i < len(folded) and folded[i] in ("phan", "chia", "theo"):
        i += 1
    dim = next((d for d in _LEVEL_DIMENSIONS if tuple(folded[i:i + len(d)]) == d), None)
    if dim is None:
        return ""
    return " ".join(words[i + len(dim):]).strip(" -–—,.:;")
# a table's own number before its caption ("Bảng 1.", "Biểu số 02:", "Bảng 2 -"): never a section's ("I.", "1.")
_TABLE_NUMBER = re.compile(r"^\s*(?:biểu|bảng)\s*(?:số\s*)?[0-9ivxlc]+[a-z]?\s*[.:)\-–]\s*", re.I)


def _words(text: str) -> list[str]:
    """A header's folded words, punctuation dropped ("Số nhiệm vụ KH&CN" → so, nhiem, vu, kh, cn)."""
    return re.findall(r"[a-z0-9]+", fold(text))


def _counts_the_caption_subject(column: str) -> bool:
    """Whether a level table's one unnamed column may take its caption's count: it says only that it
    counts ("Số lượng", "Số nhiệm vụ", "Số lượng (nhiệm vụ)"), with no note but a count unit — not a share
    ("Tỷ lệ (%)", "Cơ cấu (%)"), times ("Số lượt"), one kind ("Số đề tài") or an estimate ("Số nhiệm vụ
    (ước)"): review26a, each of those was stored as the caption's tasks (a share column's 100 as the total).
    The words are checked against the caption's subject by _breakdown_caption."""
    notes = _PAREN_NOTE.findall(column)
    return bool(_words(column)) and (not notes or (len(notes) == 1 and _count_unit_note(column)))


def _rows_name_provinces(s: Sheet, first: int, label_col: int, own: list) -> bool:
    """Whether a row under a yearbook table's "TỔNG SỐ" (to the first row with no label) names a
    province other than the sheet's: "… phân theo địa phương" over "TỔNG SỐ | Thái Nguyên | Bắc Kạn":
    the total is the region's, no province's (review22a: 350 was stored as Thái Nguyên's 35 tasks
    accepted). The province's own city ("Thành phố Thái Nguyên") is a part of it."""
    keys = {p.key for p in own or ()}
    for rr in range(first, min(len(s.rows), first + 100)):
        row = s.rows[rr]
        text = cell_text(row[label_col]).strip() if label_col < len(row) and row[label_col] is not None else ""
        if not text:
            return False
        if (named := _province_heading(text)) and not {p.key for p in named} <= keys:
            return True
    return False


def _label_pairs(row: list, label_col: int) -> list[tuple[str, int]]:
    """A row giving two figures or more, each after the words that say which ("Nhiệm vụ KH&CN cấp
    tỉnh | mở mới | 12 | nghiệm thu | 9"): [(words, the figure's column)], or [] for any other row."""
    cells = [(i, row[i]) for i in range(label_col + 1, len(row)) if row[i] is not None and cell_text(row[i]).strip()]
    if len(cells) < 4 or len(cells) % 2:
        return []
    pairs = []
    for (i, words), (j, figure) in zip(cells[::2], cells[1::2]):
        text = cell_text(words).strip()
        if j != i + 1 or not isinstance(words, str) or any(ch.isdigit() for ch in text) \
                or not 1 <= len(text.split()) <= 5 or not _is_number_like(figure):
            return []
        pairs.append((text, j))
    return pairs


def _read_pairs(s: Sheet, r: int, row: list, label: str, pairs: list, plan: _SheetPlan, hints: Hints,
                text_of, out: Reading) -> None:
    """Each figure of a row of pairs read as the row's label with its own words ("Nhiệm vụ KH&CN
    cấp tỉnh mở mới"); words that name no indicator with the label leave that figure unread.

    NOTE: the new Tuyên Quang's summary "Sản phẩm OCOP | công nhận | 38 | công nhận lại | 11"."""
    from dataclasses import replace

    produced = False
    for words, ci in pairs:
        whole = f"{label} {words}"
        code, label_period = indicator_for_label(whole, None)
        if code is None:
            m, _, _ = meaning(whole)
            out.ignored.append(Ignored(s.name, r + 1, f"{whole} ({cell_name(r, ci)})",
                                       labels.reason_text(m, "vi"), labels.reason_text(m, "en")))
            continue
        col = replace(plan.cols[ci], role="value", text=words)
        before = len(out.candidates)
        one = replace(_one_column(plan, col), letters={ci: cell_name(0, ci)[:-1]})
        _read_values(s, r, row, whole, code, label_period, plan.provinces, plan.province_text,
                     one, hints, text_of, out, quiet=True)
        produced |= len(out.candidates) > before
    if produced:
        out.matched_rows += 1


def _share_column(cols: list[Column], value_cells: list[Column]) -> Column | None:
    """"TT | Chỉ tiêu | Số lượng | Tỷ lệ (%)": the share column beside the one count column.

    NOTE: a row per indicator with two figure columns: "TTHC cung cấp DVC trực tuyến toàn trình |
    52 | 81,3" counts the procedures and gives their share, "Hồ sơ tiếp nhận trực tuyến | 1.205 |
    86,9" the dossiers and their share. A rate's row is read from the share column (never its count
    as a rate; a rate typed in the count column with the share left blank is read there), a count's
    from the count column (its share of something, "Nhiệm vụ được nghiệm thu | 12 | 12,4", is a
    ratio, not stored). The share column is a value column of the count column's period and
    measure."""
    from dataclasses import replace

    if len(value_cells) != 1 or value_cells[0].role != "value" \
            or fold(_PAREN_NOTE.sub(" ", value_cells[0].text)) not in ("so luong", "gia tri", "so lieu"):
        return None
    shares = [c for c in cols if c.role in ("other", "ratio") and fold(c.text) in ("ty le", "ty le phan tram")]
    if len(shares) != 1:
        return None
    v = value_cells[0]
    return replace(shares[0], role="value", measure=v.measure, status=v.status, period=v.period,
                   relative_year=v.relative_year, within_year=v.within_year, cumulative=False, merged=False,
                   same_part_of=v.same_part_of, previous_period=v.previous_period)


def _is_rate(code: str | None) -> bool:
    return code is not None and registry.indicator(code).kind == "rate"


def _summary_line(row: list, label_col: int) -> tuple[str, int] | None:
    """A list's summary line typed left of its names' column, the names' cell empty: two cells and nothing else, the
    words ("Tổng số nhiệm vụ", "- Cấp quốc gia") and the figure right of them, both before the names' column (in the
    order-number and code columns) — (words, the figure's column), or None for any other row."""
    cells = [(i, v) for i, v in enumerate(row) if v is not None and cell_text(v).strip()]
    if len(cells) != 2:
        return None
    (i, words), (j, figure) = cells
    if j != i + 1 or j >= label_col or not isinstance(words, str) or _is_number_like(words) \
            or any(ch.isdigit() for ch in words) or not _is_number_like(figure):
        return None
    return words.strip(), j


# a list's own title: "Danh sách nhiệm vụ KH&CN đang quản lý năm 2021", "DANH MỤC NHIỆM VỤ … " (folded)
_LIST_OWN_TITLE = re.compile(r"^\s*(?:phu luc\s*\S*\s*[:.-]?\s*)?danh (?:sach|muc)\b")
_MARKED_LINE = re.compile(r"^\s*[-+•*–]\s*")


def _read_summary_line(s: Sheet, r: int, row: list, words: str, ci: int, whole: str | None, plan: _SheetPlan,
                       hints: Hints, text_of, out: Reading) -> str | None:
    """A list's summary line (_summary_line) read as a label and its figure: its total ("Tổng số nhiệm vụ | 24") the
    indicator its words name, or — naming only the list's items — the one the list's own title names ("Danh sách
    nhiệm vụ KH&CN đang quản lý năm 2021": the tasks managed; the matcher's nearest, a count, not a selection's
    list); a marked line under it ("- Cấp quốc gia | 3") that whole's part. Returns the whole for the lines below.

    NOTE: recall43: Bến Tre's task list from the management software (batch 54, .csv) ends "Tổng số nhiệm vụ;24",
    "- Cấp quốc gia;3" … in its STT and code columns: every line was "Không có tên chỉ tiêu" and the honest file
    was refused ("không tìm thấy chỉ tiêu nào")."""
    from dataclasses import replace

    marked = _MARKED_LINE.match(words) is not None
    code, label_period = indicator_for_label(words, whole if marked else None)
    if code is None and not marked and _TOTAL_LEAD.match(fold(words)):
        code = _list_title_indicator(words, plan)
    if code is None:
        out.ignored.append(Ignored(s.name, r + 1, f"{words} {cell_text(row[ci])}"[:120], *(_why_not(words))))
        return whole if marked else None
    col = replace(plan.cols[ci], role="value", text="", period=None)
    one = replace(_one_column(plan, col), letters={ci: cell_name(0, ci)[:-1]})
    before = len(out.candidates)
    _read_values(s, r, row, words, code, label_period, plan.provinces, plan.province_text, one, hints, text_of, out,
                 quiet=True)
    if len(out.candidates) > before:
        out.matched_rows += 1
    return whole if marked else code


# a list's summary block opens with a heading alone on its row: "TỔNG HỢP", "A. TỔNG HỢP", "Tổng hợp:" (folded)
_SUMMARY_HEADING = re.compile(r"^(?:(?:[a-d]|[ivx]{1,4}|\d{1,2})\W*\s)?\W*tong hop\W*$")
# … or with a list's total line stating its count ("Tổng cộng: 15 nhiệm vụ", folded)
_LIST_TOTAL_LINE = re.compile(r"^\s*tong (?:cong|so)\b")
# "Trong đó:" alone on its row, over a total's parts (folded)
_IN_WHICH_ALONE = re.compile(r"^\W*trong do\W*$")
# an order number before a summary line's words ("1", "2.", "a)", "II")
_ORDER_CELL = re.compile(r"^\s*(?:\d{1,2}|[ivx]{1,4}|[a-d])\s*[.)]?\s*$", re.I)


def _summary_block_line(row: list) -> tuple[str, int, int | None] | None:
    """A line of a list's summary block: its words, then one figure, then perhaps the figure's unit, and nothing else
    but an order number before the words ("1 | Tổng số nhiệm vụ … | 23 | nhiệm vụ", "Cấp tỉnh | 21") — (words, the
    figure's column, the unit's column or None); None for any other row (a second figure, a note, a blank)."""
    cells = [(i, v) for i, v in enumerate(row) if v is not None and cell_text(v).strip()]
    if len(cells) >= 3 and _ORDER_CELL.match(cell_text(cells[0][1])):
        cells = cells[1:]
    if len(cells) not in (2, 3):
        return None
    (_, words), (j, figure) = cells[:2]
    if not isinstance(words, str) or _is_number_like(words) or not any(ch.isalpha() for ch in words) \
            or not _is_number_like(figure):
        return None
    unit_col = None
    if len(cells) == 3:
        k, unit = cells[2]
        if not isinstance(unit, str) or any(ch.isdigit() for ch in unit) or len(unit.split()) > 3:
            return None
        unit_col = k
    return words.strip(), j, unit_col


def _read_summary_block(s: Sheet, plan: _SheetPlan, hints: Hints, out: Reading) -> None:
    """A list's summary block read as a person reads it: under a heading alone on its row ("A. TỔNG HỢP" above the
    list's header, "TỔNG HỢP" under its last item), each line's words and its one figure (_summary_block_line) in the
    period and province of the list's own title ("DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN NĂM 2025"); a line under the
    block's total ("Tổng số nhiệm vụ …") read as a part of it ("- Cấp quốc gia", "Cấp tỉnh", "Đã nghiệm thu"), a
    total naming only the list's items as the title names them (_list_title_indicator). Never under a plan's, a
    proposal's, a selection's or one field's list, nor in a sheet holding no list (a header "Tên nhiệm vụ" …).

    NOTE: batch 54: Thanh Hóa's "A. TỔNG HỢP" above its list (the figure in the fifth column, the unit in the
    sixth), Quảng Ninh's "Tổng hợp:" ("Trong đó: cấp quốc gia | 3"), the new Tuyên Quang's "TỔNG HỢP" under its list
    (the words in the names' column, the figure in the level's) were read as no line at all: 23 honest figures of
    the tasks managed, by level, accepted, lost."""
    from dataclasses import replace

    if not _a_whole_list(s, plan):
        return
    text_of = _SheetMemo().text
    _read_group_subtotals(s, plan, hints, text_of, out)
    r = 0
    while r < len(s.rows):
        texts = [cell_text(v).strip() for v in s.rows[r] if v is not None and cell_text(v).strip()]
        r += 1
        if len(texts) != 1:
            continue
        if _SUMMARY_HEADING.match(fold(texts[0]).strip()):
            whole = None
        elif _LIST_TOTAL_LINE.match(fold(texts[0])) and any(ch.isdigit() for ch in texts[0]):
            # NOTE: Nghệ An's list of the tasks accepted in 2023 (batch 54) ends "Tổng cộng: 15 nhiệm vụ", "Trong đó:",
            # "- Cấp quốc gia | 02", "- Cấp tỉnh | 13": the total (read by the narrative reader, list_total_said)
            # heads its parts as a block's total does, the list's title saying what it counts
            counted = re.sub(r"^\W*tổng\s+(?:cộng|số)\W*|[\d:.,]+", " ", nfc(texts[0]), flags=re.I)
            whole = _list_title_indicator(f"Tổng số {counted.strip()}", plan)
            if whole is None:
                continue
        else:
            continue
        opening = True   # before the block's first line: a blank row, then "Trong đó:" alone, may come first
        while r < len(s.rows):
            row_texts = [cell_text(v).strip() for v in s.rows[r] if v is not None and cell_text(v).strip()]
            if opening and not row_texts and r + 1 < len(s.rows) and not is_blank(s.rows[r + 1]) \
                    or len(row_texts) == 1 and _IN_WHICH_ALONE.match(fold(row_texts[0])):
                r += 1   # "Trong đó:" alone on its row opens the parts below
                opening = not row_texts
                continue
            opening = False
            if (line := _summary_block_line(s.rows[r])) is None:
                break
            words, ci, unit_col = line
            if ci >= len(plan.cols):
                break
            code, label_period = indicator_for_label(words, whole)
            total = _TOTAL_LEAD.match(fold(words)) is not None
            if not total and whole is not None and (part := _part_of_the_list(words, whole)) is not None:
                code = part   # "NHIỆM VỤ CẤP TỈNH" under the tasks ACCEPTED: their provincial level
            if code is None and total:
                code = _list_title_indicator(words, plan)
            if total:
                whole = code
            if code is None:
                out.ignored.append(Ignored(s.name, r + 1, f"{words} {cell_text(s.rows[r][ci])}"[:120], *(_why_not(words))))
            else:
                col = replace(plan.cols[ci], role="value", text="", period=None)
                one = replace(_one_column(plan, col), letters={ci: cell_name(0, ci)[:-1]}, unit_col=unit_col)
                before = len(out.candidates)
                _read_values(s, r, s.rows[r], words, code, label_period, plan.provinces, plan.province_text, one,
                             hints, text_of, out, quiet=True)
                if len(out.candidates) > before:
                    out.matched_rows += 1
            r += 1


def _a_whole_list(s: Sheet, plan: _SheetPlan) -> bool:
    """Whether a sheet holds a list of items (a header "Tên nhiệm vụ", "Tên sản phẩm" …) under its own title ("DANH
    MỤC …", "DANH SÁCH …") in a period, no plan's, proposal's, selection's or one field's list: its summary lines
    count the province's items of that period."""
    if plan.base_period is None or not any(is_item_name_header(v) for row in s.rows[:60] for v in row):
        return False
    titles = [line for line in plan.title_lines if _LIST_OWN_TITLE.match(fold(line))]
    return bool(titles) and not any(_LIST_SELECTION.search(f" {fold(t)} ") or _title_plan(t) is not None
                                    or _AHEAD.search(fold(t)) for t in titles)


# a group's subtotal typed in the names' column: "Cộng A: 11 nhiệm vụ", "Cộng II: 5 đề tài" (folded)
_GROUP_SUBTOTAL = re.compile(r"^\s*cong\s+([a-z]|[ivx]{1,4})\s*:?\s*(\d[\d.]*\s*[^\d]*)$")
# … and the list's total over its groups: "Tổng cộng (A+B): 16 nhiệm vụ" (folded)
_GROUPS_TOTAL = re.compile(r"^\s*tong cong\s+(?:(?:[a-z]|[ivx]{1,4})\s+)*(\d[\d.]*\s*[^\d]*)$")


def _read_group_subtotals(s: Sheet, plan: _SheetPlan, hints: Hints, text_of, out: Reading) -> None:
    """A list's groups counted in its names' column: a group's row ("A | NHIỆM VỤ CHUYỂN TIẾP", its order mark a
    letter or a Roman numeral, nothing else on it), then its items, then "Cộng A: 11 nhiệm vụ" — the count of what
    the group's heading names read with the list's title ("DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025": the
    tasks carried over, of the tasks managed); "Tổng cộng (A+B): 16 nhiệm vụ" below every group counted, the title's
    indicator. A subtotal whose group heading names nothing, or a list whose title names nothing, gives nothing.

    NOTE: batch 54: Sơn La's first half of 2025 said its three counts only so (11 carried over, 5 new, 16 in all):
    read as no line (blind54: "counts typed in a group's or total's title cell")."""
    header = next((r for r, row in enumerate(s.rows[:60]) if any(is_item_name_header(v) for v in row)), None)
    whole = _list_title_indicator("Tổng số nhiệm vụ", plan)
    if header is None or whole is None:
        return
    names = next(c for c, v in enumerate(s.rows[header]) if is_item_name_header(v))
    order = next((c for c, v in enumerate(s.rows[header]) if is_order_number_header(v)), None)
    if order is None or names >= len(plan.cols):
        return
    groups: dict[str, str] = {}
    counted: list[tuple[int, str, str]] = []   # (row, code, the count as typed)
    for r in range(header + 1, len(s.rows)):
        row = s.rows[r]
        filled = [c for c, v in enumerate(row) if v is not None and cell_text(v).strip()]
        mark = fold(cell_text(row[order])).strip(" .") if order < len(row) and row[order] is not None else ""
        if filled == sorted({order, names}) and re.fullmatch(r"[a-z]|[ivx]{1,4}", mark):
            groups[mark] = cell_text(row[names]).strip()
            continue
        if filled != [names]:
            continue
        text = fold(cell_text(row[names]))
        if (m := _GROUP_SUBTOTAL.match(text)) and m[1] in groups:
            code = _part_of_the_list(groups.pop(m[1]), whole)
            if code is not None:
                counted.append((r, code, m[2]))
        elif (m := _GROUPS_TOTAL.match(text)) and counted and not groups:
            counted.append((r, whole, m[1]))
    for r, code, figure in counted:
        col = replace(plan.cols[names], role="value", text="", period=None)
        one = replace(_one_column(plan, col), letters={names: cell_name(0, names)[:-1]})
        row = list(s.rows[r])
        row[names] = cell_text(s.rows[r][names]).split(":")[-1].strip()
        before = len(out.candidates)
        _read_values(s, r, row, cell_text(s.rows[r][names]), code, None, plan.provinces, plan.province_text, one,
                     hints, text_of, out, quiet=True)
        if len(out.candidates) > before:
            out.matched_rows += 1
            # (the rows' reader listed the line as a heading with no figure: it is read now)
            out.ignored = [i for i in out.ignored if (i.sheet, i.row) != (s.name, r + 1)]


def _part_of_the_list(words: str, whole: str) -> str | None:
    """The part of the list's `whole` a group's heading or a summary line names, read as a marked line under it
    ("NHIỆM VỤ CẤP TỈNH" in a list of the tasks accepted: tasks_accepted_provincial, never the tasks managed at that
    level); None when it names no part of that whole."""
    code, _ = indicator_for_label(f"- {words.strip().lstrip('-+•*– ')}", whole)
    return code if code is not None and code != whole and registry.indicator(code).parent == whole else None


def _list_title_indicator(words: str, plan: _SheetPlan) -> str | None:
    """The indicator a list's own title names ("Danh sách nhiệm vụ KH&CN đang quản lý năm 2021": the tasks managed),
    for a total naming only the list's items ("Tổng số nhiệm vụ"): the matcher's nearest, a count, every word of the
    total in the title, never a selection's or one field's list (_LIST_SELECTION); None otherwise."""
    own = set(labels.label_tokens(words))
    for line in reversed(plan.title_lines):
        if not _LIST_OWN_TITLE.match(fold(line)) or _unit_line([line]) is not None:
            continue
        m = labels.match_label(line)
        named = m.indicator if m.taken else m.closest if m.outcome == "suggested" else None
        if named is not None and own and own <= set(labels.label_tokens(line)) and _is_count(named) \
                and not labels.ruled_out_by(named, line) and not _LIST_SELECTION.search(f" {fold(line)} "):
            return named
        return None
    return None


def _one_column(plan: _SheetPlan, c: Column) -> _SheetPlan:
    """The plan as seen by one indicator column (its unit is in its header, if anywhere)."""
    from dataclasses import replace

    return replace(plan, value_cells=[c], unit_col=None, neutral=set(), marker_cols=[])


def _column_label(c: Column, ci: int, units: dict) -> str:
    """An indicator column's header as a figure's label, with the unit a row of units gave it."""
    return f"{c.text} ({units[ci]})" if ci in units else c.text


def _read_in_column(s, r: int, row, label: str, code: str, period, provinces, province_text, plan: _SheetPlan,
                    c: Column, hints, memo, out) -> bool:
    """Read one indicator column's cell of a row whose columns are read one by one (quietly: a
    blank cell among them is no problem of the row's); whether it gave a figure."""
    before = len(out.candidates)
    _read_values(s, r, row, label, code, period, provinces, province_text, _one_column(plan, c), hints,
                 memo.text, out, quiet=True)
    return len(out.candidates) > before


# the whole state-budget S&T spending: never inferred from the words above a table (see _unmatched)
_WHOLE_BUDGET = "st_budget"


_STAR_RATED_NOT_OCOP = re.compile(r"(?:^| )(?:%s)(?= |$)" % "|".join(
    re.escape(w) for w in sorted(registry.header_words("star_rated_not_ocop_words"), key=len, reverse=True)))


def _says_ocop(text: str) -> bool:
    """Whether a header names OCOP or its products ("Sản phẩm OCOP còn hiệu lực", "Số SP", "Hạng sản phẩm")."""
    return bool({"ocop", "san_pham"} & set(labels.label_tokens(text)))


def _stars_of_another_kind(rows_header: str, title: str) -> bool:
    """Whether star rows ("Hạng sao" over "3 sao | 4 sao | 5 sao") sit under a title naming something else rated by stars
    (tourist accommodation: metrics/header_words.toml star_rated_not_ocop_words) while their own header names neither
    OCOP nor products: which stars they are, the table does not say."""
    return (fold(rows_header) in STAR_LEVEL_HEADERS and not _says_ocop(rows_header)
            and _STAR_RATED_NOT_OCOP.search(fold(title)) is not None)


def _star_rows_column(rows_header: str, text: str, title: str) -> str | None:
    """The OCOP products' indicator a value column counts over rows of star ratings ("Phân hạng" over "Hạng 3 sao |
    … | Tổng cộng") when its header names only the stage or the date ("Công nhận mới năm 2024", "Còn hiệu lực đến
    31/12/2024") and the title names OCOP; else None.

    NOTE: blind70: the former Quảng Nam's .ods "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP TỈNH QUẢNG NAM NĂM 2024" with
    "Phân hạng | Công nhận mới năm 2024 | Còn hiệu lực đến 31/12/2024" was refused whole ("không tìm thấy chỉ tiêu
    nào"): a star is a rating of OCOP products only, so the rows say the products the column does not — read as
    "Sản phẩm OCOP <column>", taken only when that names the products' own count (never their subjects')."""
    if fold(rows_header) not in STAR_LEVEL_HEADERS or not re.search(r"(^| )ocop( |$)", fold(title)):
        return None
    code = indicator_for_label(f"Sản phẩm OCOP {text}", None)[0]
    if code is None or not code.startswith("ocop_products") or not _is_count(code):
        return None
    # the column must say the stage or the validity in the products' own words: a period alone ("Năm 2023", "6 tháng
    # đầu năm 2025") says nothing of what is counted — the former Hà Giang's "Hạng sản phẩm | Năm 2023 | …" over its
    # own "Tổng số sản phẩm OCOP" row read so lost that row (batch 69), its rows name their indicator themselves
    # NOTE: and every other unnamed column too (the caller): beside "Năm 2023 | Năm 2024" the stock's "Sản phẩm còn
    # hiệu lực đến 30/6/2025" alone made the rows levels of one column, the flows of the rows' own "Tổng số sản phẩm OCOP"
    # lost
    own = set(labels.label_tokens(text)) - {"san_pham", "ocop"}
    return code if any(labels.speaks_of(code, (w,)) for w in own) else None


def _unmatched(s: Sheet, r: int, label: str, plan: _SheetPlan, hints: Hints,
               out: Reading, part_of_row: bool = False) -> tuple[str | None, Period | None]:
    """A label the matcher does not take: a total; a suggestion (listed on its row, taken only
    when the uploader accepts suggestions); an unknown label, ignored with the closest indicator
    and why; or a heading. Returns the indicator only for an accepted suggestion.

    `part_of_row`: a marked sub-item ("Trong đó: …", "- …") right under a row of figures that named
    its indicator, and not one of that indicator's parts: it breaks that row down, so it is never
    read under the section's heading or the title above that row."""
    has_values = any(_is_number_like(s.value(r, c.index)) or (r, c.index) in s.no_cache for c in plan.value_cells)
    m = m_period = None
    if has_values or plan.tidy:
        m, m_period, m_text = meaning(label)
        if m.suggested and hints.labels is not None:
            m = labels.match_label(m_text, learned=hints.labels)   # rejected before: not asked again
    if m is not None and not m.taken and fold(label) not in TOTAL_WORDS:
        # NOTE: read as a person reads it, under its section's heading or else the sheet's title —
        # except a part of the row above: "Trong đó: cấp cơ sở (huyện)" under "Nhiệm vụ đã nghiệm
        # thu" (the registry has no accepted grassroots tasks) read under "I. NHIỆM VỤ KH&CN" was
        # stored as the grassroots tasks managed, and "- Cấp xã" as the tasks managed: wrong numbers
        # NOTE: recall47: rows under a categories' header ("Lĩnh vực", "Chương trình": metrics/header_words.toml
        # category_headers) are categories of what the title counts, never that count: "Chương trình đổi mới công
        # nghệ | 4 | 11" under "… doanh nghiệp được hỗ trợ theo chương trình …" was stored as the province's
        # enterprises supported — the total row says the province's (_read_whole_row)
        categories = plan.label_col is not None and fold(plan.cols[plan.label_col].text) in CATEGORY_HEADERS
        for context in (() if part_of_row else (plan.section,) if categories else (plan.section, plan.title)):
            seen = labels.match_in_context(m_text, context) if context else None
            if seen is not None and context is plan.title and seen.indicator == _WHOLE_BUDGET:
                # NOTE: batch 47: "Kinh phí hỗ trợ từ ngân sách tỉnh | triệu đồng | 1.850" (an IP
                # programme's support) read with the words above its table — the issuer "SỞ KHOA HỌC
                # VÀ CÔNG NGHỆ" among them — was stored as the whole S&T budget: the whole budget
                # names itself or stays unread. (A sum that names its tasks, "Kinh phí NSNN thực hiện
                # nhiệm vụ", is still read with the title as the tasks' funding: batches 12, 16.)
                continue
            if seen is not None and seen.indicator.startswith("ocop") and _STAR_RATED_NOT_OCOP.search(fold(context)) \
                    and not _says_ocop(m_text):
                # NOTE: wrong46: "Còn hiệu lực đến 31/12/2024 | 40 | 12 | 5" over "3 sao | 4 sao | 5 sao" under "CƠ SỞ LƯU
                # TRÚ DU LỊCH VÀ SẢN PHẨM OCOP NĂM 2024" stored the hotels' stars as OCOP products still valid: where the
                # words above name accommodation beside OCOP, a row saying neither OCOP nor products is not read as OCOP's
                continue
            if seen is not None:
                return seen.indicator, m_period
        if plan.section and has_values and not part_of_row:
            seen = labels.match_under_heading(m_text, plan.section)
            if seen is not None:
                return seen.indicator, m_period
        if has_values and not part_of_row and (code := _pii_row_read_with_title(m_text, plan)) is not None:
            return code, m_period
        if has_values and not plan.tidy and plan.figured_heading and _SUB_MARK.match(label):
            # NOTE: "Tổng kinh phí thực hiện các nhiệm vụ KH&CN" (no indicator: the total of every
            # source), "Trong đó:", "- Ngân sách nhà nước": the part is read with the row it
            # breaks down, as a person reads it — the heading's words come with it, so what rules
            # the heading out ("đề xuất", "dự toán") rules its parts out too
            seen = labels.match_part_of_heading(m_text, plan.figured_heading)
            if seen is not None:
                return seen.indicator, m_period
    if has_values and not plan.tidy and not _SUB_MARK.match(label) and fold(label) not in TOTAL_WORDS:
        plan.figured_heading = label
    elif not has_values and clean_label(label):
        plan.figured_heading = ""
    if fold(label) in TOTAL_WORDS:
        out.ignored.append(Ignored(s.name, r + 1, label, "Dòng tổng cộng, không phải số liệu của một chỉ tiêu",
                                   "Total row, not an indicator's figure"))
    elif m is not None and m.suggested and hints.accept_suggestions:
        out.labels_applied[labels.label_key(m_text)] = m.indicator
        return m.indicator, m_period
    elif m is not None and m.suggested:
        out.suggestions.append(Suggestion(s.name, r + 1, label, m.indicator, m.score,
                                          labels.label_key(m_text), m.runner_up))
    elif m is not None and m.taken and (has_values or plan.tidy):
        # NOTE: mend27b: the label alone is an indicator's name, but read where it stands (under the row
        # or heading above) it is not that indicator's figure — "Trùng tên …" said the opposite of why
        ind = registry.indicator(m.indicator)
        out.ignored.append(Ignored(s.name, r + 1, label,
            f"Nhãn trùng tên chỉ tiêu “{ind.name_vi}”, nhưng đọc cùng dòng hoặc mục bên trên thì không chắc là "
            f"số của chỉ tiêu này; không lưu",
            f"The label is the name of “{ind.name_en}”, but read with the row or heading above it is not "
            f"certainly that indicator's figure; not stored"))
    elif has_values or plan.tidy:
        out.ignored.append(Ignored(s.name, r + 1, label, labels.reason_text(m, "vi"), labels.reason_text(m, "en")))
    elif r == plan.wrapped_rest_row:
        # NOTE: batch 75: "cấp cơ sở", the rest of "Nhiệm vụ KH&CN được nghiệm thu | 9 | 11" wrapped onto its own
        # row, was then read as a heading: every row below it set aside as the grassroots level's
        out.ignored.append(Ignored(s.name, r + 1, label, "Phần còn lại của nhãn dòng trên, không có số liệu",
                                   "The rest of the label of the row above, without figures"))
    else:
        out.ignored.append(Ignored(s.name, r + 1, label, "Dòng tiêu đề hoặc ghi chú, không có số liệu",
                                   "Heading or note row without figures"))
        plan.section, plan.section_row = label, r
    return None, None


def _row_place(s: Sheet, r: int, row: list, label: str, plan: _SheetPlan, memo: _SheetMemo,
               out: Reading) -> tuple[list, str, Period | None] | None:
    """A row's provinces (and their text) and the period its own cells state: the title's for a
    classic form, the row's province and period columns for tidy rows. None when the row cannot
    be placed (its problem or reason is recorded)."""
    if not plan.tidy and not plan.indicator_cols:
        if (other := _other_province_in_label(label, plan)) is not None:
            _set_row_aside(out, s, r, label,
                f"Dòng ghi số liệu của tỉnh khác ({other}), không phải của tỉnh báo cáo: không lưu",
                f"The row gives another province's figure ({other}), not the reporting province's: not stored")
            return None
        # NOTE: "Sản phẩm OCOP được công nhận | 25 | Số liệu của tỉnh Kiên Giang (cũ) 6 tháng đầu năm"
        # in the new An Giang's 2025 report: the row's note says whose figure it is — another (or a
        # former) province's, stored as the report's own province's; judged as the label is
        for note in (memo.text(row[c.index]) for c in plan.cols if c.role == "note" and c.index < len(row)):
            if note and _OTHER_PROVINCE_NOTE.search(fold(note)) and not _WHOLE_NOTE.search(fold(note)) \
                    and (other := _other_province_in_label(note, plan)) is not None:
                _set_row_aside(out, s, r, label,
                    f"Ghi chú của dòng nói số liệu của tỉnh khác ({other}: “{note[:80]}”), không phải của tỉnh "
                    f"báo cáo: không lưu",
                    f"The row's note gives another province's figure ({other}: “{note[:80]}”), not the reporting "
                    f"province's: not stored")
                return None
        return plan.provinces, plan.province_text, None
    width = len(row)
    row_provs, row_ptext, row_period = plan.provinces, plan.province_text, None
    pcol, percol = plan.province_col, plan.period_col
    if plan.subunit_col is not None and (part := memo.text(row[plan.subunit_col] if plan.subunit_col < width
                                                           else None) or _subunit_of_rows(s, plan, memo).get(r)):
        # NOTE: "Hà Tĩnh | Huyện Kỳ Anh | 2024 | Nhiệm vụ … | 5" beside "Hà Tĩnh | (trống) | 2024 | … | 30":
        # the district's 5 is a part of the province's figure, never the province's (read as the
        # province's, it gave 2024 a second value and refused the honest file); an empty cell,
        # "Toàn tỉnh" or "Tổng cộng" there is the whole province's row
        fpart = fold(part)
        if not (_WHOLE_PROVINCE.match(fpart) or fpart in TOTAL_WORDS and not _WHOLE_PLACE.search(fpart)):
            out.ignored.append(Ignored(s.name, r + 1, f"{part} — {label}"[:120],
                                       "Số liệu của một đơn vị cấp huyện, xã (một phần của tỉnh), không phải của tỉnh",
                                       "A district's or commune's figure (part of a province), not the province's"))
            return None
    ptext = memo.text(row[pcol] if pcol < width else None) if pcol is not None else ""
    if not ptext and pcol is not None:
        # NOTE: a reporting system's export with each department's name merged down over its rows
        # (or repeated, which etl.implied_merges reads as such a merge): the merged cell names the
        # province of every row it covers
        ptext = memo.text(_merged_value(s, r, pcol)) or _total_across(s, r, pcol, memo.text)
    if ptext and plan.subunits:
        # NOTE: a province's table by commune, ward and special zone ("Xã, phường, đặc khu" over
        # "Phường Nha Trang", "Xã Cam Lâm", "Đặc khu Trường Sa", then "Toàn tỉnh"): every row but the
        # whole province's is a part of it — never looked up as a province ("Phường Kon Tum" is a
        # ward of the new Quảng Ngãi, not the former Kon Tum), never an unknown province
        fp = fold(ptext)
        if fp in TOTAL_WORDS and memo.province_in_subunits:
            out.ignored.append(Ignored(s.name, r + 1, ptext[:120],
                                       "Dòng tổng cộng của nhiều tỉnh, không phải số liệu của tỉnh báo cáo",
                                       "A total of several provinces, not the reporting province's figure"))
            return None
        if plan.provinces and (_WHOLE_PROVINCE.match(fp) and not _city_wide_of_a_town(fp, plan.provinces)
                               or fp in TOTAL_WORDS and not _WHOLE_PLACE.search(fp)):
            # NOTE: wrong36: "Cả nước | 45" (or "Toàn vùng") above the districts under "Huyện, thị xã, thành phố"
            # was stored as Nghệ An's 45 (both total words): the country or a region is never the province
            return plan.provinces, plan.province_text, None
        if _other_whole_province(ptext, plan):
            # NOTE: "Huyện, thành phố" over "Tỉnh Sơn La | Tỉnh Điện Biên | Tỉnh Lai Châu | Tổng cộng"
            # in Sơn La's handout for the north-west's meeting (a header copied from its own table):
            # the rows are provinces, and the region's "Tổng cộng" was stored as Sơn La's own
            memo.province_in_subunits = True
            out.ignored.append(Ignored(s.name, r + 1, ptext[:120],
                                       "Tên tỉnh trong cột đơn vị cấp huyện, xã: không rõ bảng là của tỉnh nào, không lưu",
                                       "A province's name in a column of districts or communes: unclear, not stored"))
            return None
        if not any(_is_number_like(v) for i, v in enumerate(row) if i != pcol):
            out.ignored.append(Ignored(s.name, r + 1, ptext[:120], "Dòng ghi chú, không có số liệu",
                                       "A note row, no figures"))
        elif is_aggregate_place(fp) or _WHOLE_PROVINCE.match(fp):
            out.ignored.append(Ignored(s.name, r + 1, ptext[:120],
                                       "Dòng tổng cộng, không rõ của tỉnh nào", "Total row of no known province"))
        else:
            out.ignored.append(Ignored(s.name, r + 1, ptext[:120],
                                       "Số liệu của một đơn vị cấp huyện, xã (một phần của tỉnh), không phải của tỉnh",
                                       "A district's or commune's figure (part of a province), not the province's"))
        return None
    if ptext:
        found = memo.province.get(ptext, False)
        if found is False:
            found = memo.province[ptext] = list(_province_cached(ptext)) or None
        # NOTE: review49: blind91's total row naming its period ("Cộng cả năm 2025 | Năm 2025") summed whatever the
        # rows above held — a plan's or an estimate's second half, a Q4 alone, stocks named in the rows (an honest
        # file refused): not read as the new province's year until what it sums is checked (README Known limitations)
        fp = fold(ptext)
        if found:
            memo.listed_codes.update(p.code for p in found)
        if not found and plan.provinces and (_WHOLE_PROVINCE.match(fp) and not _city_wide_of_a_town(fp, plan.provinces)
                                             or (memo.districts and fp in TOTAL_WORDS and not _WHOLE_PLACE.search(fp)
                                                 and not _other_provinces_listed(plan, memo))
                                             or (fp in TOTAL_WORDS and _every_former_listed(plan, memo))):
            # NOTE: districts as rows under a province's title, "Toàn tỉnh" (or, below districts,
            # "Tổng cộng") at the bottom: that row is the province's own figure
            found = plan.provinces
            if memo.formers:
                # NOTE: "Khánh Hòa (cũ) | Ninh Thuận (cũ) | Toàn tỉnh" in a table of 2024 by the new
                # Khánh Hòa: the whole is the merged territory, no province of 2024 (set aside by
                # the validation), not a second value of the old Khánh Hòa
                found = [p for p in plan.provinces if p.frame == "34"] or found
        elif not found and (_DISTRICT.match(fp) or _CITY_WORDS.match(fp) or labels.place_below_province(ptext)):
            # NOTE: "Huyện Tuy An", "Thị xã Sông Cầu", "Thành phố Tuy Hòa" (a town, not a province):
            # a part of the province; its figure is not the province's, and no problem of the file.
            # Also "- Trong đó: TP. Vinh" under Nghệ An in a ministry's compilation (an unknown
            # province, the honest file refused, batch 48; etl/labels.py place_below_province)
            memo.districts = True
            out.ignored.append(Ignored(s.name, r + 1, f"{ptext} — {label}" if label != ptext else ptext,
                                       "Số liệu của một đơn vị cấp huyện, xã (một phần của tỉnh), không phải của tỉnh",
                                       "A district's or commune's figure (part of a province), not the province's"))
            return None
        if not found and memo.districts and _REST_OF_UNITS.match(" ".join(re.sub(r"[^a-z0-9]+", " ", fp).split())):
            # NOTE: blind60: "Phường Long Xuyên", …, "Đặc khu Phú Quốc", then "Các đơn vị còn lại" and "Tổng toàn
            # tỉnh" in the new An Giang's OCOP export under "Đơn vị hành chính": the rest of the communes is a part
            # too — read as an unknown province it refused the honest file
            out.ignored.append(Ignored(s.name, r + 1, f"{ptext} — {label}" if label != ptext else ptext,
                                       "Số liệu của một đơn vị cấp huyện, xã (một phần của tỉnh), không phải của tỉnh",
                                       "A district's or commune's figure (part of a province), not the province's"))
            return None
        if not found and not any(_is_number_like(v) for i, v in enumerate(row) if i != pcol):
            # NOTE: "Nguồn: Niên giám thống kê …" under a table of provinces, in the provinces'
            # column: a row without a figure is a note, not an unknown province
            out.ignored.append(Ignored(s.name, r + 1, ptext[:120], "Dòng ghi chú, không có số liệu",
                                       "A note row, no figures"))
            return None
        if not found:
            if is_aggregate_place(fp):
                out.ignored.append(Ignored(s.name, r + 1, f"{ptext} — {label}" if label != ptext else ptext,
                                           "Dòng tổng cộng, không phải số liệu của một tỉnh", "Total row"))
            elif (first := _first_row_of_its_place(s, r, pcol, ptext, memo)) > 0 and is_blank(s.rows[first - 1]) and (
                    _after_the_whole(s, first, pcol, memo) or labels.match_label(ptext).taken
                    or provinces_in(ptext)):
                # NOTE: recall39: and "Tỉnh Lâm Đồng (mới) - PII 2025 | Điểm đầu vào | 47,31" (merged down over "Điểm
                # đầu ra | 40,96") under the PII of the former provinces (batch 66's .ods): a province named with more
                # words is no places' cell — read as an unknown province it refused the honest file (8 figures lost)
                # NOTE: recall38: "Sản phẩm được công nhận mới trong năm 2025 (toàn tỉnh) | 96" after a blank row
                # under the new Ninh Bình's stock by former area (batch 65): a line of its own naming an
                # indicator, not a place — read under the table's columns it is no figure of theirs, and as an
                # unknown province it refused the honest file
                out.ignored.append(Ignored(s.name, r + 1, ptext[:120],
                    "Dòng riêng sau bảng (sau một dòng trống), không phải tên tỉnh: không đọc theo tiêu đề cột "
                    "của bảng phía trên",
                    "A line of its own after the table (after a blank row), not a province: not read under the "
                    "table's column headers"))
            else:
                out.problems.append(Problem(s.name, cell_name(r, pcol), ptext, "province",
                    f"Ô {cell_name(r, pcol)}: không nhận ra tỉnh “{ptext}”.",
                    f"Cell {cell_name(r, pcol)}: unknown province “{ptext}”."))
            return None
        if plan.period_col is None and (parts := _merged_group_parts(s, r, pcol, ptext, found, memo)):
            # NOTE: refused79: a regional compilation after the merger, each new province's row ("Khánh Hòa")
            # over its former provinces' rows ("- Khánh Hòa (cũ)", "- Ninh Thuận (cũ)"): the parts are the new
            # province's, whoever wrote the table — only the issuer's own group was known so (the new Lâm
            # Đồng's), the other groups' parts were refused as old-frame figures after 1 July 2025
            _check_group_sum(s, r, plan, ptext, parts, out)
            memo.group_parts.update({rr: marked for rr, _, marked in parts})
            if not _every_value_after_merger(plan):
                # … before it, the head is the merged territory, no province of that period (set aside by
                # the validation, as a "Toàn tỉnh" under the former provinces is), its parts their own
                found = [p for p in found if p.frame == "34"]
        if (marked := memo.group_parts.get(r)) is False:
            # NOTE: refused79: "- Khánh Hòa" without "(cũ)" under "Khánh Hòa" beside "- Ninh Thuận (cũ)": the
            # former province's share or the whole again — not said; never the province's second figure
            out.ignored.append(Ignored(s.name, r + 1, ptext[:120],
                f"Dòng “{ptext.strip()}” dưới dòng của tỉnh cùng tên và các tỉnh cũ hợp thành nó, không ghi “(cũ)”: "
                f"không rõ là phần địa bàn tỉnh cũ hay toàn tỉnh, không lưu.",
                f"The row “{ptext.strip()}” under the province of the same name and its former provinces, without "
                f"“(cũ)”: the former province's share or the whole province, not said; not stored."))
            return None
        former = _former_of_title(ptext, found, plan) or bool(marked)
        memo.formers = memo.formers or former
        if former:
            memo.former_codes.update(p.code for p in found)
        if former and plan.period_col is None and _every_value_after_merger(plan):
            out.ignored.append(Ignored(s.name, r + 1, ptext[:120],
                                       *_former_share_reason(f"Dòng “{ptext}”", found, plan.base_period)))
            return None
        # NOTE: the rows of one province share one list of its provinces (never mutated)
        row_provs, row_ptext = found, ptext
    pv = row[percol] if percol is not None and percol < width else None
    if pv is None and percol is not None:
        # NOTE: a year merged down its period column over the rows of its quarters
        pv = _merged_value(s, r, percol)
        if pv is None and plan.subperiod_col is not None:
            # … or its merge undone (the year in its first row only, blanks under it)
            pv = _year_above(s, r, percol, plan.header_end)
    fromcol = plan.period_from_col
    fv = row[fromcol] if fromcol is not None and fromcol < width else None
    if pv is not None and not plan.tidy and isinstance(pv, str) and (why := _not_a_period_row(pv)):
        # NOTE: years down the rows with the indicators across (Sóc Trăng 2019–2024): under the
        # years, "Bình quân/năm", "Tăng thêm 2019-2024" and "Kế hoạch 2025" are an average, an
        # increase over the span and a target — no period's figure (read as periods, the average
        # refused the file, the increase gave the stocks of 2024 a second value, the plan became
        # what 2025 achieved)
        out.ignored.append(Ignored(s.name, r + 1, cell_text(pv)[:120], *why))
        return None
    if pv is not None and _serial_in_cut_off(pv) and any(
            c.cut_off for c in plan.cols if c.index == percol and c.role == "period"):
        # NOTE: a shared sheet's download loses a date column's format: "Thời điểm | 46022" is
        # 31/12/2025, an Excel serial (an unreadable period, the honest file refused, batch 48) — only
        # in a column of dates ("Thời điểm", "Đến ngày"), where a count or a year never stands
        # (counted from the workbook's own epoch: in a 1904-system file 44195 is 31/12/2024, mend27a)
        pv = excel_epoch(s) + timedelta(days=int(pv))
    if pv is not None:
        key = (type(pv), pv, type(fv), fv)   # the type too: True == 1 == 1.0 read differently
        if key in memo.period:
            row_period = memo.period[key]
        else:
            row_period = memo.period[key] = _period_of_cell(pv, excel_epoch(s)) if fromcol is None \
                else _period_of_ends(fv, pv)
        if isinstance(pv, str) and fromcol is None and periods.same_span_text(cell_text(pv)) and (
                row_period is not None and row_period.kind == "year" or _SAME_SPAN_YEAR_BEFORE.match(fold(pv))):
            # NOTE: blind59: "Cùng kỳ năm 2025" under "Cộng 9 tháng năm 2026" (periods down the rows) was
            # stored as the whole YEAR 2025: nine months' figures as the year's; "Cùng kỳ năm trước" there (no
            # period read) refused the honest file. Each is the same span as the row above, in its year or the
            # year before; with no part of that next year above it, no span a person can name
            row_period = _same_span_of_row_above(memo, r, row_period.start.year if row_period else None,
                                                 yearly=plan.base_period is not None and plan.base_period.kind == "year"
                                                 and (row_period is not None or fold(pv).strip() not in _SAME_SPAN_LEADS))
            if row_period is None:
                pt = cell_text(pv)
                out.ignored.append(Ignored(s.name, r + 1, pt[:120],
                    f"“{pt}”: không rõ cùng kỳ nào của năm (dòng trên không phải một phần của năm sau); không lấy",
                    f"“{pt}”: which span of the year it repeats is not said (the row above is no part of the next "
                    "year); not taken"))
                return None
        elif isinstance(pv, str) and fromcol is None and row_period is not None and row_period.kind != "date" \
                and periods.same_span_text(cell_text(pv)) and _another_span_than_row_above(memo, r, row_period):
            # NOTE: review33a: "Cùng kỳ năm 2025 (tháng 9)" under "9 tháng năm 2026" was stored as September
            # 2025 alone (main: as the whole year 2025): the same span as the row above, or the month its note
            # names — no one can tell which, so neither is taken
            pt = cell_text(pv)
            out.ignored.append(Ignored(s.name, r + 1, pt[:120],
                f"“{pt}”: cùng kỳ của dòng trên nhưng ghi chú lại nêu một kỳ khác; không rõ kỳ nào, không lấy",
                f"“{pt}”: the same span as the row above, yet its note names another span; unclear which, "
                "not taken"))
            return None
        if row_period is not None and isinstance(pv, str) and fromcol is None:
            _note_row_period(memo, r, row_period)
        if row_period is None and role_of(cell_text(pv)) == "ratio":
            # NOTE: "So sánh 2023/2022 (%)" between the years of a years-as-rows table: a row of
            # ratios between two rows' figures, not a period
            out.ignored.append(Ignored(s.name, r + 1, cell_text(pv)[:120],
                                       "Dòng so sánh/tỷ lệ giữa các số liệu, không lưu",
                                       "A row of ratios between figures, not stored"))
            return None
        if row_period is None and not any(_is_number_like(v) for i, v in enumerate(row) if i != percol):
            # NOTE: "Ghi chú: chưa bao gồm nhãn hiệu thông thường…" under a years-as-rows table, in
            # the years' column: a row without a figure is a note, not a period that cannot be read
            out.ignored.append(Ignored(s.name, r + 1, cell_text(pv)[:120], "Dòng ghi chú, không có số liệu",
                                       "A note row, no figures"))
            return None
        if row_period is None and not plan.tidy and _total_of_the_periods(cell_text(pv)):
            # NOTE: only where no period can be read: "Cộng 6 tháng đầu năm 2024" under its quarters
            # is still that half (and "Năm 20224" still a period that cannot be read)
            out.ignored.append(Ignored(s.name, r + 1, cell_text(pv)[:120],
                                       "Dòng tổng cộng qua các kỳ của bảng, không phải số liệu của một kỳ; không lấy",
                                       "The table's total over its periods, no period's figure; not taken"))
            return None
        if row_period is None and plan.subperiod_col is None and plan.base_period is not None \
                and plan.base_period.kind == "year" and isinstance(pv, str):
            # NOTE: fix53: months as rows under the year's title ("THEO DÕI … NĂM 2024" over "Tháng 1 | 58 |
            # 51 | 87,9", "Cả năm"): each row the part of the title's year it names (a part and more — another
            # year, a comparison — stays unread, as beside a year column)
            row_period = _with_subperiod(plan.base_period, pv)
        if row_period is None and plan.subperiod_col is None and plan.base_period is not None \
                and plan.base_period.kind != "year" and isinstance(pv, str) \
                and plan.base_period.start.year == plan.base_period.end.year \
                and (part := _with_subperiod(periods.from_text(str(plan.base_period.start.year)), pv)) is not None \
                and part != periods.from_text(str(plan.base_period.start.year)) \
                and plan.base_period.start <= part.start and part.end <= plan.base_period.end:
            # NOTE: blind85: TP. Huế's pivot pasted as values under "SỐ LIỆU 9 THÁNG NĂM 2026": "Lĩnh vực | Chỉ tiêu |
            # Kỳ | Giá trị" with "Quý I", "Quý II", "Quý III" down — each the part of the title's span it names, as
            # the months under a year's title are (fix53); the honest file was refused ("không đọc được kỳ “Quý I”").
            # A part outside the title's span ("Quý IV" under nine months) or the whole year stays unread
            row_period = part
        if row_period is not None and not plan.tidy and isinstance(pv, str) and "luy ke" in fold(pv) \
                and periods.cutoff_alone(cell_text(pv)):
            # NOTE: review41: "Tỉnh Nghệ An | Lũy kế đến 31/12/2025 | 400 | 300" (or a section heading "II | Lũy kế
            # đến 31/12/2025" over the province's row, recall39) stored 400 tasks accepted as 2025's (main the
            # first): a running total to a day, its start unsaid, is no period's figure — set aside
            out.ignored.append(Ignored(s.name, r + 1, cell_text(pv)[:120],
                                       "Dòng lũy kế đến một ngày, không ghi từ khi nào: không rõ kỳ; không lấy",
                                       "A running total to a day, its start unsaid: no period; not taken"))
            return None
        if row_period is None and not plan.tidy and isinstance(pv, str) and "luy ke" in fold(pv):
            # NOTE: recall31: "Lũy kế từ đầu năm" under the months, a running total naming no month: a sum
            # to a day the table does not say — no period a person can name, set aside, never the file
            # refused for it (read as a period it refused Hà Tĩnh's honest file, fix53)
            out.ignored.append(Ignored(s.name, r + 1, cell_text(pv)[:120],
                                       "Dòng lũy kế không ghi rõ đến tháng nào: không rõ kỳ; không lấy",
                                       "A running total naming no month it runs to: no period; not taken"))
            return None
        if row_period is None and not plan.tidy and isinstance(pv, str) and periods.same_span_text(cell_text(pv)):
            # NOTE: wrong34: "Cùng kỳ năm trước (3 tỉnh cũ)" under Cao Bằng's "Cộng 9 tháng năm 2026" (blind59):
            # the same span a year before, with a note a bare "Cùng kỳ năm trước" has not (whose figures: the
            # former provinces summed) — no period and place a person can be sure of: the row set aside, the
            # honest rows above it kept (the file was refused whole, "không đọc được kỳ")
            pt = cell_text(pv)
            out.ignored.append(Ignored(s.name, r + 1, pt[:120],
                f"“{pt}”: dòng so sánh cùng kỳ, không rõ là kỳ nào, của địa bàn nào; không lấy",
                f"“{pt}”: a same-span comparison row whose period and area are not clear; not taken"))
            return None
        if row_period is None and isinstance(pv, str) and (_period_measure(pv) or ("",))[0] == "aside":
            # NOTE: wrong49: "Chênh lệch 2026-2025", "Tăng/giảm 2026 so với 2025" in a tidy row's period: a difference
            # between two periods, whose span reads as no period — the whole file was refused ("không đọc được kỳ").
            # The row alone is no period's figure (wrong48's words, _period_measure): set aside saying so, the rest read
            pt = cell_text(pv)
            out.ignored.append(Ignored(s.name, r + 1, pt[:120],
                f"Ô {cell_name(r, percol)}: dòng ghi “{pt}” — không phải số liệu thực hiện của kỳ (tỷ lệ, so sánh, kỳ "
                f"khác, chênh lệch hoặc dự báo); không lấy (không đoán)",
                f"Cell {cell_name(r, percol)}: the row says “{pt}” — not a period's actual (a ratio, a comparison, "
                f"another period, a difference or a forecast); not taken (not guessed)"))
            return None
        if row_period is None:
            pt = cell_text(pv)
            out.problems.append(Problem(s.name, cell_name(r, percol), pt, "period",
                f"Ô {cell_name(r, percol)}: không đọc được kỳ “{pt}”.",
                f"Cell {cell_name(r, percol)}: cannot read period “{pt}”."))
            return None
    sc = plan.subperiod_col
    if sc is not None and row_period is not None:
        sub = row[sc] if sc < width else None
        within = _with_subperiod(row_period, sub)
        if within is None:
            st = cell_text(sub)
            out.ignored.append(Ignored(
                s.name, r + 1, f"{cell_text(pv)} · {st}"[:120],
                f"Ô {cell_name(r, sc)}: “{st}” không phải một phần của kỳ {periods.label(row_period)}; không lấy dòng này",
                f"Cell {cell_name(r, sc)}: “{st}” is no part of {periods.label(row_period, 'en')}; row not taken"))
            return None
        row_period = within
    return row_provs, row_ptext, row_period


# a column of what was added in the period ("Công nhận mới", "Trong kỳ"): beside it, a title on what is
# still valid says nothing about the other column
_NEW_OR_IN_PERIOD = re.compile(r"(^| )(%s)( |$)" % "|".join(map(re.escape, sorted(registry.header_words("new_or_in_period_words")))))
# a column counting products or their validity too ("Số sản phẩm hết hiệu lực", "Nâng hạng sao")
_PRODUCT_OR_VALIDITY = re.compile(r"(^| )(%s)( |$)" % "|".join(map(re.escape, sorted(registry.header_words("product_or_validity_words")))))
# a title about what is still valid at a date ("… còn hiệu lực công nhận đến 30/6/2025")
_ONLY_STOCKS = re.compile(r"(^| )con (hieu luc|thoi han)( |$)")
_AVERAGE_ROW = re.compile(r"(^| )(binh quan|trung binh|average|mean)( |$)")
_INCREASE_ROW = re.compile(r"^(tang them|tang|giam|tang giam|tang \(\+\)|chenh lech|increase|change)( |$)")


def _not_a_period_row(text: str) -> tuple[str, str] | None:
    """Why a row of a years-as-rows table is no period's figure (an average, an increase, a
    plan), or None."""
    f = fold(text)
    if _AVERAGE_ROW.search(f):
        return ("Dòng bình quân, không phải số liệu của một kỳ; không lấy",
                "An average row, no period's figure; not taken")
    if _INCREASE_ROW.match(f):
        return ("Dòng số tăng thêm (chênh lệch) qua các kỳ, không phải số liệu của một kỳ; không lấy",
                "An increase over the periods, no period's figure; not taken")
    if PLAN.search(f):
        return ("Dòng kế hoạch, mục tiêu: không phải số thực hiện; không lấy",
                "A plan or target row, not an achievement; not taken")
    if _SINCE_A_YEAR.search(f):
        # NOTE: recall31's probes: "Lũy kế từ năm 2019 | 7 | 3" under the months of "… NĂM 2024" was stored
        # as 2019's figure (the year read alone): a sum over the years since, no period's
        return ("Dòng lũy kế qua nhiều năm (từ một năm đến nay), không phải số liệu của một kỳ; không lấy",
                "A total summed over the years since one, no period's figure; not taken")
    return None


def _total_of_the_periods(text: str) -> bool:
    """Whether a years-as-rows table's row that names no period is the table's total over its rows
    ("Cộng", "Tổng cộng", "Tổng số" under the years, batch 34: read as a period, it refused the
    file): only a bare total word, or one followed by words that name no period ("Cộng các năm")."""
    f = fold(text).strip(" :.*")
    return any(f == w or f.startswith(w + " ") for w in TOTAL_WORDS)


# NOTE: a Roman numeral may be typed with no dot ("II Kiên Giang (cũ)"): that heading was read as a
# plain line, the section above it ran on over its rows (the new An Giang's 2025 report refused)
_HEADING_NUMBER = re.compile(r"^\s*(?:[IVXLC]{1,4}|\d{1,2}|[A-Za-z])\s*[.)/-]\s*|^\s*(?:\d{1,2}|[IVX]{1,4})\s+")


# words before a former province's name in its section's heading ("II. Trong đó: tỉnh Bạc Liêu (cũ)";
# metrics/header_words.toml former_section_lead_words)
_FORMER_SECTION_LEAD = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(
    (nfc(w) for w in registry.declared_header_words("former_section_lead_words")), key=len, reverse=True)))
    + r")\s*[:,\-–]?\s+", re.I)


def _former_section_heading(label: str) -> list:
    """The former province a section heading with no figure names after "Trong đó:" ("II. Trong đó: tỉnh
    Bạc Liêu (cũ)" under "I. TOÀN TỈNH"), or [] — only before a name the merger's note marks.

    NOTE: the new Cà Mau's 2025 report by quarter: unread as a heading, the former province's rows were a
    second value of the new province's quarters and the honest file was refused (batch 42). A row giving
    figures ("Trong đó: tỉnh Bạc Liêu (cũ) | 21", a share line) is no heading: the caller asks only for
    a row without one, and "Trong đó: cấp tỉnh" names no province. Unnumbered, it leads a share of
    the item above (see _SheetPlan.share_lead)."""
    text = _HEADING_NUMBER.sub("", nfc(label).strip(), count=1).strip(" :.")
    if not FORMER_NOTE.search(text) or not _FORMER_SECTION_LEAD.match(text):
        return []
    return _province_heading(_FORMER_SECTION_LEAD.sub("", text, count=1))


def _province_heading(label: str) -> list:
    """The province a heading row is ("1. HÀ TĨNH", "II. TỈNH QUẢNG BÌNH", "Thừa Thiên Huế", "II. Tỉnh
    Kiên Giang (cũ)", "B. KIÊN GIANG (trước sắp xếp)"): its whole text, less an item number, one
    province's name (in either frame, or in the frame its note on the merger names); else []."""
    text = _HEADING_NUMBER.sub("", nfc(label).strip(), count=1).strip(" :.")
    if FORMER_NOTE.search(text) and (name := _whole_named(text)):
        # NOTE: "C. Tổng hợp toàn tỉnh An Giang (cũ)" after "I. Kiên Giang (cũ)": the whole of a former
        # province is that province's heading (not the merged province's whole, _names_whole_province);
        # unread, its rows ran on as Kiên Giang's (review 20a)
        text = name
    if not text or len(text) > 48:
        return []
    provs = provinces_named(text)
    return provs if provs and len({p.frame for p in provs}) == len(provs) else []


# the level of a heading's number: "II." / "II" (Roman), "B." (a capital), "b)" (a small letter), "2." / "2.1"
_LEVEL_NUMBER = re.compile(r"^\s*(?:([IVX]{1,4})|([A-Z])|([a-z])|(\d{1,2}(?:\.\d{1,2})*))\s*(?:[.)/:-]|$)"
                           r"|^\s*([IVX]{1,4})\s+\S")


def _heading_level(label: str, stt: str) -> str:
    """The level of a heading by its number, in its STT cell or before its text: "roman", "capital",
    "small", "1", "1.1"…; '' when it has none."""
    for t in (stt, label):
        if m := _LEVEL_NUMBER.match(nfc(t or "")):
            return ("roman" if m[1] or m[5] else "capital" if m[2] else "small" if m[3]
                    else ".".join("1" for _ in m[4].split(".")))
    return ""


def _comparable(text: str) -> str:
    """A label's text as the comparison words are matched: abbreviations written out, folded, its
    punctuation spaces ("%" kept: "(% kế hoạch)")."""
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", fold(labels.expand_abbreviations(nfc(text)))).split())


# a label comparing its figure with another period or a plan (metrics/header_words.toml
# comparison_label_words, matched as _comparable reads a label)
_COMPARES = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    {_comparable(w) for w in registry.declared_header_words("comparison_label_words")}, key=len, reverse=True)))
    + r")( |$)")


def _compares(label: str) -> bool:
    """Whether a row's label compares its figure with another period or a plan ("… so với cùng kỳ",
    "… so với KH", "… so CK", "(% kế hoạch)").

    NOTE: review21b: matched on the raw folded label, "so với KH", "so CK" and "(% kế hoạch)" were
    missed and the comparison stored as the year's rate; abbreviations are now written out and
    punctuation read as a space before the words are sought."""
    return bool(_COMPARES.search(_comparable(label)))


def _district_heading(label: str, plan: _SheetPlan, stt: str = "") -> str:
    """The district, town or commune a heading row is, its whole text less an item number ("Huyện Kỳ
    Anh", "2. Thị xã Kỳ Anh:", "HUYỆN HƯƠNG SƠN"), or '' (a heading naming an indicator, or anything
    more than the place, is none; neither is a centrally-run city's own name, "Thành phố Cần Thơ").

    NOTE: "II | H. Hương Sơn": with the number in its own STT cell, "H." is the district's kind, not a
    heading letter — stripped as one, "Hương Sơn" was no district and its 20 initiatives were stored as
    Hà Tĩnh's (review22a)."""
    whole = nfc(label).strip().strip(" :.")
    texts = [_HEADING_NUMBER.sub("", nfc(label).strip(), count=1).strip(" :.")]
    if stt and whole != texts[0]:
        texts.append(whole)
    for text in texts:
        if not text or len(text.split()) > 6 or not _DISTRICT.match(fold(text)):
            continue
        if text.isupper():
            text = text.title()   # "HUYỆN KỲ ANH": a heading in capitals
        place = labels.place_below_province(text)
        if place is not None and place == text and indicator_for_label(text, None)[0] is None:
            return place
    return ""


def _place_below_province(label: str) -> str | None:
    """The district, town or commune a row's label names by its kind and its name ("huyện Nghi Lộc",
    "TP Vinh", "(Quận 12)"), or None: etl/labels.py place_below_province, shared with prose and text cells."""
    return labels.place_below_province(label)


# the depth of an item by its number: "A." over "I." over "1." over "1.1" over "a)"; an item with no
# number (or a "-" / "+" mark) is deepest
_RANK_OF_LEVEL = {"capital": 0, "roman": 1, "1": 2, "1.1": 3, "1.1.1": 4, "small": 5}


def _item_rank(label: str, row: list, stt_col: int | None) -> int:
    """How deep a row's item lies by its number (in its STT cell or before its label): 0 for "A.",
    1 for "I.", 2 for "1.", … 6 for an item with no number."""
    stt = row[stt_col] if stt_col is not None and stt_col < len(row) else None
    level = _heading_level(label, cell_text(stt) if stt is not None else "")
    return _RANK_OF_LEVEL.get(level, 6)


# the stage a heading names of what its rows count (folded; metrics/header_words.toml
# heading_stage_words, heading_stage_except_words)
_HEADING_STAGE = registry.header_words("heading_stage_words")
_HEADING_STAGE_EXCEPT = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("heading_stage_except_words"), key=len, reverse=True))) + r")( |$)")
# the tasks, a type of them, or a stage of theirs a title names without the word "nhiệm vụ" ("ĐỀ XUẤT ĐẶT HÀNG",
# "THANH LÝ HỢP ĐỒNG", "DANH MỤC …"; folded): etl/walk.py _names_tasks_of_a_stage. NOTE: wrong43: and tasks stopped
# ("TÌNH HÌNH DỪNG THỰC HIỆN NĂM 2024": its 65 stopped tasks were stored as the tasks managed)
_TASKS_OR_STAGE = re.compile(r" (?:%s) " % "|".join(map(re.escape, sorted(
    {"nhiem vu", *_HEADING_STAGE, *(fold(w) for w in (*labels.declared_words("task_type_words"),
                                                      *labels.declared_words("task_list_words"),
                                                      *labels.declared_words("stopped_task_words")))},
    key=len, reverse=True))))


# the words by which a heading says its rows count what is still valid (metrics/header_words.toml
# validity_heading_words), folded
_VALIDITY_HEADING = re.compile(r"(^| )(%s)( |$)" % "|".join(map(re.escape, sorted(
    registry.header_words("validity_heading_words"), key=len, reverse=True))))


def _validity_heading_over_flow(code: str, heading: str) -> str | None:
    """The words ("còn hiệu lực") by which a section heading says its rows count what is still valid at a date,
    when the row's own label names a flow (what was recognized in the period); else None."""
    if registry.indicator(code).is_stock:
        return None
    # NOTE: review41: only a flow of what can be still valid — its stock declared beside it (ocop_products and
    # ocop_products_total) — and under a heading naming no flow of its own: "Nhiệm vụ KH&CN được nghiệm thu | 12"
    # under (or after a blank row below) "Sản phẩm OCOP còn hiệu lực đến 31/12/2024:", "Sản phẩm OCOP được công
    # nhận mới | 12" under "Sản phẩm OCOP (còn hiệu lực và công nhận mới)" were set aside (base40; main read them)
    stock = registry.indicators().get(f"{code}_total")
    if stock is None or not stock.is_stock:
        return None
    words = re.sub(r"[^a-z0-9 ]+", " ", fold(heading))
    if _FLOW_IN_HEADING.search(words):
        return None
    m = _VALIDITY_HEADING.search(words)
    return m[2] if m else None


_FLOW_IN_HEADING = re.compile(r"\b(?:cong nhan moi|duoc cong nhan|moi duoc cong nhan|trong nam|trong ky)\b")


def _validity_title_over_flow(code: str, label: str, plan: _SheetPlan) -> str | None:
    """The words ("còn hiệu lực") by which a sheet's title, the only words over its table, says every row counts
    what is still valid at a date, when the row's label names a flow that has a stock of its own (`code`_total)
    and neither the label, the title nor a value
    column says what was added in the period ("mới", "trong năm") or is valid by its own words; else None."""
    if plan.section or not plan.title_lines or f"{code}_total" not in registry.indicators():
        return None   # (a flow with no stock of its own — tasks, budgets — is no count of what is still valid)
    if plan.stage_caption and " ".join(t for t in plan.title_lines if t in plan.stage_caption) != plan.stage_caption:
        # NOTE: blind72: a statistics office's sheet ("THỐNG KÊ TỈNH QUẢNG NGÃI", the mark, a blank row, then "SẢN
        # PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN ĐẾN NGÀY 31/12/2025" over the table) has its title as the caption above
        # the header: that caption IS the title, read as such (the stock was stored as the year's recognitions);
        # a caption of its own under the title is another table's and says its own stage (_caption_stage)
        return None
    title = fold(" ".join(plan.title_lines))
    said = _validity_heading_over_flow(code, title)
    if said is None or _NEW_OR_IN_PERIOD.search(title) or _NEW_OR_IN_PERIOD.search(fold(label)):
        return None
    if any(c.cumulative or _NEW_OR_IN_PERIOD.search(fold(c.text)) or _VALIDITY_HEADING.search(fold(c.text))
           for c in plan.value_cells):
        return None
    return said


# "mới" (bracketed or not) as a word of its own: the note a merged province's name carries ("tỉnh Lào Cai (mới)")
_NEW_WORD = re.compile(r"\(\s*(?:mới|moi)\s*\)|(?<!\w)(?:mới|moi)(?!\w)", re.I)


@lru_cache(maxsize=4096)
def _without_a_new_provinces_note(heading: str) -> str:
    """A heading or caption without the note "(mới)" a province's name carries after the merger ("Số liệu KH&CN
    tỉnh Lào Cai (mới) - 6 tháng cuối năm 2025"): the province of the 34, no stage of the tasks.

    NOTE: blind88: that caption's "mới" was read as the new tasks' stage, ruling out "Nhiệm vụ KH&CN được
    nghiệm thu" under it ("từ “mới” cho biết các dòng chỉ là một phần") — the new Lào Cai's tasks accepted in
    the third and fourth quarters and the half lost. Only right after a province's name: "Nhiệm vụ mới của tỉnh
    Lào Cai", "DANH MỤC NHIỆM VỤ (MỚI)" keep their stage."""
    text = nfc(heading)
    for m in reversed(list(_NEW_WORD.finditer(text))):
        if any(not n.after for n in registry.province_names_in(text[:m.start()])):
            text = f"{text[:m.start()]} {text[m.end():]}"
    return text


def _stage_of_heading(code: str, heading: str) -> str | None:
    """The stage a section heading names ("chuyển tiếp", "mới", "nghiệm thu", "đề xuất") that the row's
    indicator excludes (indicators.toml), as a word of the heading of its own; or None. A heading naming
    two stages ("NHIỆM VỤ MỚI VÀ CHUYỂN TIẾP": new and carried over, every task managed) rules nothing
    out (review21b: its levels 3 and 30 were dropped). A merged province's "(mới)" is no stage."""
    heading = _without_a_new_provinces_note(heading)
    said = labels.heading_rules_out(code, heading)
    if said is None or fold(said) not in _HEADING_STAGE:
        return None
    words = re.sub(r"[^a-z0-9]+", " ", re.sub(r"[,;+&/]", " va ", f" {_HEADING_STAGE_EXCEPT.sub(' ', fold(heading))} "))
    at = sorted((m.start(), m.end()) for w in _HEADING_STAGE for m in re.finditer(f" {re.escape(w)} ", words))
    if any(" va " in words[a[1] - 1:b[0] + 1] for a, b in zip(at, at[1:])):
        return None   # stages listed ("mới và chuyển tiếp"), not one stage ("đề xuất đặt hàng")
    return said if f" {fold(said)} " in words else None


_HEADING_LEVEL = {fold(w) for w in registry.header_words("heading_level_words")}


def _level_of_the_heading_stage(label: str, heading: str) -> str | None:
    """The heading's declared part at the one level a row names alone, or None: "1. Đề tài, dự án cấp
    tỉnh" under "II. Nhiệm vụ KH&CN được nghiệm thu" is tasks_accepted_provincial. Only when the row says
    nothing but tasks and one level (not "… được quản lý", not "Đề tài cấp tỉnh", one type's share),
    the heading names one indicator by itself in no period of its own ("chuyển tiếp từ năm 2024" /
    "sang năm 2025": left set aside), and the registry declares that indicator's part at the level
    (grassroots tasks accepted: none — the row stays set aside)."""
    if not tasks_at_a_level_alone(label):
        return None
    heading_code, heading_period = indicator_for_label(heading, None)
    if heading_code is None or heading_period is not None or periods.from_text(heading) is not None:
        return None
    part, _ = indicator_for_label(f"- {clean_label(label)}", heading_code)
    return part if part is not None and registry.indicator(part).parent == heading_code else None


def _level_of_heading(code: str, heading: str) -> str | None:
    """The level a section heading names ("cấp tỉnh" in "II. Nhiệm vụ KH&CN cấp tỉnh") that the row's
    indicator excludes (metrics/header_words.toml heading_level_words); None when it names none, or
    every level of the registry (quốc gia, tỉnh, cơ sở: the whole)."""
    said = labels.heading_rules_out(code, heading)
    if said is None or fold(said) not in _HEADING_LEVEL:
        return None
    every = ("cap quoc gia|cap nha nuoc|trung uong", "cap tinh", "cap co so")
    return None if all(re.search(rf"\b(?:{w})\b", fold(heading)) for w in every) else said


def _caption_stage(code: str, caption: str) -> str | None:
    """The stage a table's caption names alone ([heading_stage_words], as _stage_of_heading reads it)
    that rules out the row's indicator: one its `exclude` names ("mới" for the tasks managed), or a stage
    its `require` names other than the caption's ("nghiệm thu" for the tasks accepted, under "Nhiệm vụ
    chuyển tiếp …": the carried-over tasks accepted, a part); or None. Stages listed ("Nhiệm vụ mới và
    chuyển tiếp năm 2025") rule nothing out. A merged province's "(mới)" is no stage."""
    caption = _without_a_new_provinces_note(caption)
    said = _stage_of_heading(code, caption)
    if said is not None:
        return said
    words = re.sub(r"[^a-z0-9]+", " ", re.sub(r"[,;+&/]", " va ", f" {_HEADING_STAGE_EXCEPT.sub(' ', fold(caption))} "))
    at = sorted((m.start(), m.end(), w) for w in _HEADING_STAGE for m in re.finditer(f" {re.escape(w)} ", words))
    # one stage, said once or more ("chuyển tiếp" in "mở mới" / "mới" overlapping counts as one)
    named = {w for _, _, w in at if not any(w != o and f" {w} " in f" {o} " for _, _, o in at)}
    if len(named) != 1 or any(" va " in words[a[1] - 1:b[0] + 1] for a, b in zip(at, at[1:]) if a[2] != b[2]):
        return None
    stage, = named
    required = {fold(alt).strip() for r in registry.read_indicator_table()[code].get("require", ())
                for alt in str(r).split("|")}
    other = sorted(w for w in required & set(_HEADING_STAGE) if w != stage)
    return next((w for w in registry.declared_header_words("heading_stage_words") if fold(w) == stage), stage) \
        if other else None


# a row's label that opens with a total's word ("Tổng số nhiệm vụ KH&CN được quản lý"): the end of the
# section above it, not one of its rows (folded; metrics/header_words.toml total_words)
_TOTAL_LEAD = re.compile(r"^\W*(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("total_words"), key=len, reverse=True))) + r")( |$)")
# the words of a heading that says its rows are results, not a plan (abbreviations.toml
# plan_title_result_words: "KẾT QUẢ THỰC HIỆN NĂM 2024 VÀ KẾ HOẠCH NĂM 2025")
_RESULT_HEADING = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in labels.declared_words("plan_title_result_words")}, key=len, reverse=True))) + r")( |$)")


def _under_section(s: Sheet, label: str, row: list, plan: _SheetPlan, stt_col: int | None) -> bool:
    """Whether a row lies under the sheet's last heading (`plan.section`, a row with no figures): a
    numbered heading of a higher level than the row's; an unnumbered one over a row that carries a number
    or a mark ("1", "-"), until the next heading. A total ("Tổng số …") ends the section.

    NOTE: review21b: "Nhiệm vụ chuyển tiếp từ năm 2024" with no number over "1 | Nhiệm vụ KH&CN cấp
    tỉnh | 14" ranked below its row and governed nothing: the carried-over tasks were stored as every
    provincial task managed; "Tổng số nhiệm vụ KH&CN được quản lý | 22" after sections I and II was
    dropped as one of section II's new tasks."""
    if not plan.section or plan.section == label or _TOTAL_LEAD.match(fold(label)):
        return False
    own = _item_rank(label, row, stt_col)
    heading = _item_rank(plan.section, s.rows[plan.section_row], stt_col)
    if heading == 6:
        stt = row[stt_col] if stt_col is not None and stt_col < len(row) else None
        marked = bool(_SUB_MARK.match(label)) or cell_text(stt).strip()[:1] in ("-", "+", "*", "•", "–")
        return own < 6 or marked
    return own > heading


def _plan_heading(heading: str) -> str | None:
    """The plan's word a section heading says ("B. KẾ HOẠCH NĂM 2025"), or the plan caption's word it
    opens with ("III. Phương hướng, nhiệm vụ năm 2025", metrics/abbreviations.toml plan_captions), when
    it says no results; or None.

    NOTE: probe35: "1 | Nhiệm vụ KH&CN được nghiệm thu | 25" under "II. Phương hướng, nhiệm vụ năm 2025"
    in a report on 2024 was stored as 2024's tasks accepted (only [plan_words] were read here)."""
    said = labels.plan_word(heading)
    if said is None:
        head = _plain_heading(heading)
        said = next((w for w in (*labels.declared_words("plan_words"), *labels.declared_words("plan_captions"))
                     if head == fold(w) or head.startswith(fold(w) + " ")), None)
    if said is None or _RESULT_HEADING.search(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(heading)).split())):
        return None
    return said


def _plain_heading(heading: str) -> str:
    """A heading's folded words without its item number, punctuation dropped ("II. Phương hướng, nhiệm
    vụ năm 2025" → "phuong huong nhiem vu nam 2025")."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(_HEADING_NUMBER.sub("", nfc(heading).strip(), count=1))).split())


def _estimate_heading(heading: str) -> bool:
    """Whether a section heading opens with an estimate's word ("II. Ước thực hiện cả năm 2024", "Ước
    tính năm 2025"): the rows under it are estimates, whatever their column says.

    NOTE: probe35: "1 | Nhiệm vụ KH&CN được nghiệm thu | 25" under it in a report on nine months, the
    column "Số lượng", was stored as the nine months' actual figure."""
    return _ESTIMATE.match(_plain_heading(heading)) is not None


def _ends_section(label: str, stt: str, level: str, own=()) -> bool:
    """Whether a heading row ends a section of another province's rows: a heading of the section's
    own level ("III. …" after "II. Tỉnh Kiên Giang (cũ)"), or the whole of the report's own province
    `own` ("Toàn tỉnh", "C. Tổng hợp toàn tỉnh An Giang")."""
    return (bool(level) and _heading_level(label, stt) == level) or _names_whole_province(label, own)


# words before the whole province in a heading ("Tổng hợp toàn tỉnh An Giang"): metrics/header_words.toml
_WHOLE_HEADING_LEAD = re.compile(r"^(%s) " % "|".join(map(re.escape, sorted(registry.header_words("whole_province_heading_lead_words"), key=len, reverse=True))))


# a note that a figure or a name is from before the merger, on a folded text ("… trước sắp xếp")
_BEFORE_MERGER_NOTE = re.compile(r"\btruoc (khi )?(sap xep|sap nhap|hop nhat)\b")
# the converse, on a period before the merger: "Sản phẩm OCOP được công nhận toàn tỉnh (sau sáp nhập)"
_AFTER_MERGER_NOTE = re.compile(r"\bsau (khi )?(sap xep|sap nhap|hop nhat)\b")
# a former province's note unbracketed, on a folded text: "Toàn tỉnh An Giang cũ", "… trước sắp xếp"
_FORMER_WORDS = re.compile(r"( cu$|\btruoc (khi )?(sap xep|sap nhap|hop nhat)\b)")


def _names_whole_province(label: str, own=()) -> bool:
    """Whether a heading names the whole province ("III. Toàn tỉnh"), or, by its name, the whole of
    the report's own province `own` ("C. Tổng hợp toàn tỉnh An Giang").

    NOTE: "C. Tổng hợp toàn tỉnh An Giang" after "I. An Giang (cũ)", "II. Kiên Giang (cũ)": a heading
    of another level naming the whole merged province did not end the former province's section —
    its rows were read as Kiên Giang's. Only the report's own province by name: "Toàn tỉnh Kiên Giang
    (cũ)" is the former province's own heading (_province_heading)."""
    text = _HEADING_NUMBER.sub("", nfc(label).strip(), count=1).strip(" :.")
    if FORMER_NOTE.search(text) or _FORMER_WORDS.search(fold(text)):
        # NOTE: "C. Tổng hợp toàn tỉnh An Giang (cũ)" after "I. Kiên Giang (cũ)" in the new An Giang's
        # 2025 report: the old An Giang's heading, not the merged province's whole — its 10 was
        # stored as the new An Giang's 2025 (review 20a)
        return False
    f = _WHOLE_HEADING_LEAD.sub("", fold(text), count=1)
    if _WHOLE_PROVINCE.match(f):
        return True
    if not own or not (name := _whole_named(text)):
        return False
    named = provinces_named(name)
    return bool(named) and {p.key for p in named} <= {p.key for p in own}


def _whole_named(text: str) -> str:
    """The province's name after the words of a whole ("Tổng hợp toàn tỉnh An Giang" → "An Giang"), or ''."""
    f = _WHOLE_HEADING_LEAD.sub("", fold(text), count=1)
    if not (m := _WHOLE_PROVINCE_NAMED.match(f)):
        return ""
    return " ".join(text.split()[len(text.split()) - len(f[m.end(1):].split()):])


def _total_across(s: Sheet, r: int, c: int, text_of) -> str:
    """A total's or the whole province's name merged across a row from a column left of c (the
    places' column): "Tổng cộng" over "STT | Địa bàn" under the former provinces' rows, or ''.

    NOTE: the new An Giang's "Địa bàn An Giang (cũ) | Địa bàn Kiên Giang (cũ)" rows closed by
    "Tổng cộng" merged over the STT and place columns (batch 31): the places' cell was empty, the
    row named no province and the province's own figures were lost."""
    for r0, c0, r1, c1 in s.merges:
        if r0 == r and r1 == r and c0 < c <= c1:
            t = text_of(s.value(r0, c0))
            f = fold(t)
            return t if f in TOTAL_WORDS or _WHOLE_PROVINCE.match(f) else ""
    return ""


def _first_row_of_its_place(s: Sheet, r: int, pcol: int, ptext: str, memo) -> int:
    """The first of the rows just above r (and r) whose places' cell says `ptext`, as typed or merged down."""
    while r > 0 and (memo.text(s.value(r - 1, pcol)) or memo.text(_merged_value(s, r - 1, pcol))) == ptext:
        r -= 1
    return r


def _after_the_whole(s: Sheet, r: int, pcol: int, memo) -> bool:
    """Whether row r (after a blank row) comes after its table's whole: the last filled row above names, in the
    places' column, the province as a whole or the total ("Toàn tỉnh", "Tổng cộng") — a line of its own below."""
    for rr in range(r - 1, -1, -1):
        if is_blank(s.rows[rr]):
            continue
        f = fold(memo.text(s.value(rr, pcol)))
        return bool(_WHOLE_PROVINCE.match(f) or f in TOTAL_WORDS)
    return False


_LOCALITY_HEADERS = frozenset(("dia phuong", "ten dia phuong"))


def _localities_are_units(s: Sheet, end: int, pcol: int, col: Column, provs) -> bool:
    """Whether a column headed "Địa phương" (the provinces in a region's handout, batch 51) holds the title's
    province's own units: a row names a district, town or commune ("Huyện Kỳ Anh", "TP. Hà Tĩnh") and none
    names a province other than the title's.

    NOTE: review28a: Hà Tĩnh's "Địa phương" over "Hà Tĩnh | Huyện Kỳ Anh | Huyện Hương Sơn" (the city of Hà
    Tĩnh unprefixed) stored the city's 12 products as the province's; with "Kỳ Anh" unprefixed and "Toàn
    tỉnh" below, the honest file was refused (before batch 51 these were read as the province's units)."""
    if fold(_PAREN_NOTE.sub(" ", col.text)).strip() not in _LOCALITY_HEADERS or not provs:
        return False
    own = {p.code for p in provs}
    unit = whole = unnamed = False
    for r in range(end + 1, len(s.rows)):
        text = cell_text(s.value(r, pcol)).strip()
        if not text:
            continue
        f = fold(text)
        found = _province_cached(text)
        if any(p.code not in own for p in found):
            return False
        unit = unit or bool(_DISTRICT.match(f) or _CITY_WORDS.match(f) or _WHOLE_PROVINCE.match(f)
                            or labels.place_below_province(text))
        total = is_aggregate_place(" ".join(re.sub(r"[^a-z0-9]+", " ", f).split()))
        whole = whole or total or bool(found)
        if not found and not total and _names_a_region(f):
            # NOTE: review29a: "Đồng bằng sông Hồng | 1.200", "Bắc Trung Bộ và DHMT | 800", "Tổng cộng | 2.000"
            # (a comparison by region) beside a total were read as the title's province's districts: the
            # 2.000 stored as Hà Tĩnh's OCOP products
            return False
        unnamed = unnamed or (not found and not total and any(
            _is_number_like(v) for i, v in enumerate(s.rows[r]) if i != pcol))
    # NOTE: mend28b: "Thạch Hà | 5", "Cẩm Xuyên | 7", "Tổng cộng | 12" under "Địa phương" in Hà Tĩnh's report —
    # the districts without "huyện" — refused the honest file ("không nhận ra tỉnh “Thạch Hà”"): rows with
    # figures naming no province beside the whole (a total, the title's own name) and no other province are
    # the title's province's units, as "Huyện Thạch Hà" would be; the total is the province's, the districts
    # set aside. Rows of no province and no total still refuse (no whole to read)
    return unit or (whole and unnamed)


@lru_cache(maxsize=1)
def _region_names() -> tuple[str, ...]:
    """The country's regions (metrics/provinces.csv region, each also by its parts either side of "và":
    "Bắc Trung Bộ", "duyên hải miền Trung"), folded."""
    regions = {fold(p.region) for p in registry.provinces().values() if p.region}
    return tuple(sorted(p for p in {part.strip() for r in regions for part in r.split(" va ")} | regions if p))


def _names_a_region(folded: str) -> bool:
    """Whether a place's name (folded) holds a region's ("Đồng bằng sông Hồng", "Bắc Trung Bộ và DHMT"): a
    table of such rows is no one province's districts."""
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())
    return any(re.search(rf"(^| ){re.escape(r)}( |$)", words) for r in _region_names())


def _other_provinces_listed(plan: _SheetPlan, memo: _SheetMemo) -> bool:
    """Whether rows above named a province other than the title's (or its former provinces): then a
    "Tổng cộng" below a city listed under one of them ("- Trong đó: TP. Sơn La" under "Sơn La", beside
    "Điện Biên", "Lai Châu" in Sơn La's handout for the region's meeting, batch 51) is the region's
    sum — read as the title's province's figure it gave Sơn La a second value (the honest file refused)
    or, when Sơn La was not listed, a wrong one."""
    own = {p.code for p in plan.provinces or ()}
    return bool(memo.listed_codes - own - memo.former_codes)


def _other_whole_province(text: str, plan: _SheetPlan) -> bool:
    """Whether a row of a column of wards or districts names a whole province other than the title's by
    its kind ("Tỉnh Gia Lai"; never "Phường Kon Tum", "Thành phố Kon Tum", units of a province)."""
    if not fold(text).startswith("tinh "):
        return False
    own = {p.code for p in plan.provinces or ()}
    return any(p.code not in own for p in _province_cached(text))


_NO_LONGER_VALID = re.compile(r"\b(khong con|het|mat) (hieu luc|thoi han|han)\b|\bhet han\b")
_TOTAL_THEN_WORDS = re.compile(r"^(tong cong|tong so|tong|cong)\s+(\S.*)$")


def _every_former_listed(plan: _SheetPlan, memo: _SheetMemo) -> bool:
    """Whether the rows above named every former province of the title's merged province ("Địa bàn An
    Giang (cũ)", "Địa bàn Kiên Giang (cũ)"): then a bare "Tổng cộng" below them is that province's
    figure — the sum of some of them is not (see _whole_province_beside_formers, its columns), nor is
    their sum with another province listed beside them ("Cần Thơ": the region's sum, batch 31's review)."""
    new = [p for p in plan.provinces or () if p.frame == "34"]
    if not memo.formers or len(new) != 1:
        return False
    return _only_every_former(new[0], memo.former_codes, memo.listed_codes)


def _only_every_former(new, formers_seen, listed) -> bool:
    """Whether the places listed beside a sum (rows, sections or columns) are every former province of
    the merged province `new` and nothing else: then the sum is that province's figure. The sum of
    some of them is not (the new Lâm Đồng's "Bình Thuận (cũ) | Đắk Nông (cũ) | Tổng cộng"), nor is
    their sum with another province listed beside them ("Cần Thơ": the region's sum, batch 31's and
    review 20a's) — one condition for rows, sections and columns."""
    before = {q.code for q in registry.predecessors(new)}
    return bool(before) and before <= set(formers_seen) and set(listed) <= before


def _sum_of_every_former(label: str, plan: _SheetPlan) -> bool:
    """Whether a bare sum's heading ("Tổng cộng", "Cộng") closes sections of every former province of
    the report's merged province ("I An Giang (cũ)", "II Kiên Giang (cũ)", then "Tổng cộng"): the merged
    province as a whole, as "Toàn tỉnh" there is (its rows set aside before the merger).

    NOTE: the new An Giang's first half of 2025 with "Tổng cộng" below its former provinces' sections:
    the sum was read as a block of several provinces, and its text cells ("22 nhiệm vụ") as the
    report's own, the old An Giang's second value (refused). The sum of only some of them, or of
    them with another province, is no province's (a block of several, as before)."""
    if not plan.former_section or not _BARE_SUM_COLUMN.match(fold(_HEADING_NUMBER.sub("", nfc(label).strip(), count=1).strip(" :."))):
        return False
    new = [p for p in plan.section_of[1] or () if p.frame == "34"]
    # NOTE: "I. TP Cần Thơ", "II. An Giang (cũ)", "III. Kiên Giang (cũ)", "Tổng cộng" in the new An
    # Giang's 2025 report: every former province was seen, but so was another province — the sum of
    # the three was stored as the new An Giang's (review 20a)
    return len(new) == 1 and _only_every_former(new[0], plan.former_sections_seen, plan.sections_listed)


def _subunit_of_rows(s: Sheet, plan: _SheetPlan, memo: _SheetMemo) -> dict[int, str]:
    """The district each tidy row with an empty Huyện cell belongs to ({row: district}): the cell merged
    down over it, or the district typed in the rows above it, until the Tỉnh cell names another
    province or a row says "Toàn tỉnh" / "Tổng cộng".

    NOTE: "Hà Tĩnh | Huyện Kỳ Anh | 2024 | Nhiệm vụ … | 5", then "Hà Tĩnh | (trống) | 2024 | Sáng kiến …
    | 20": a district's name typed once (or merged down) over its rows — the empty cells below it were
    read as the province's, Kỳ Anh's 20 initiatives stored as Hà Tĩnh's (review22a). One pass over
    the sheet: a row's district is never looked for upwards row by row (a tidy sheet's 100,000 rows)."""
    if memo.subunits is not None:
        return memo.subunits
    c, pcol, text = plan.subunit_col, plan.province_col, memo.text
    memo.subunits = found = {}
    merged = {(k, col): s.value(r0, c0) for r0, c0, r1, c1 in s.merges for col in (c, pcol)
              if col is not None and c0 <= col <= c1 for k in range(r0 + 1, r1 + 1)}
    def key(row: list) -> tuple:
        """What a row gives: its indicator's label and its period."""
        return tuple(fold(text(row[k])) if k is not None and k < len(row) else "" for k in (plan.label_col, plan.period_col))

    current, province, given = "", "", set()
    for r in range(plan.header_end + 1, len(s.rows)):
        row = s.rows[r]
        if pcol is not None:
            here = fold(text(row[pcol] if pcol < len(row) else None) or text(merged.get((r, pcol))))
            if here and here != province:
                current, province = "", here
        if c >= len(row) or text(row[c]) or not any(v is not None for v in row):
            part = text(row[c]) if c < len(row) else ""
            if part:
                fpart = fold(part)
                current = "" if _WHOLE_PROVINCE.match(fpart) or fpart in TOTAL_WORDS else part
                given = {key(row)}
            continue
        if any((t := fold(text(v))) and (t in TOTAL_WORDS or _WHOLE_PROVINCE.match(t)) for v in row if v is not None):
            current = ""
            continue
        if part := text(merged.get((r, c))):
            found[r] = part
        elif current and key(row) in given:
            # NOTE: "Huyện Hương Sơn | 2024 | Nhiệm vụ … | 4", then "(trống) | 2024 | Nhiệm vụ … | 30": a
            # second figure of the same indicator and year is not the district's — the province's
            # row after its districts', as a blank cell there always was
            current = ""
        elif current:
            found[r] = current
            given.add(key(row))
    return found


_WIDE_MERGES: list = [None, {}]   # the last sheet's merges and {(row, first column): last column}


def _merged_across(s: Sheet, r: int, col: Column, cols: list[Column], header_end: int = -1) -> str:
    """The header of another column of figures (another header's: a period's, an indicator's, a
    province's) among the table's `cols` that a merged cell starting at row r in `col` also covers, or
    "" (a layout merging each figure over two columns of one header stays).

    NOTE: probe38: "Sản phẩm OCOP được công nhận | 70" merged across "Năm 2023 | Năm 2024" (one
    figure typed for the two years, or the same for both): its 70 was stored as 2023's products —
    the merge's first cell — beside no figure for 2024; "Hà Tĩnh | 35" merged across "Sản phẩm OCOP
    được công nhận | Nhiệm vụ KH&CN được nghiệm thu" as Hà Tĩnh's 35 products."""
    if not s.merges:
        return ""
    if _WIDE_MERGES[0] is not s.merges:
        _WIDE_MERGES[:] = [s.merges, {(r0, c0): c1 for r0, c0, r1, c1 in s.merges if c1 > c0}]
    last = _WIDE_MERGES[1].get((r, col.index))
    if last is None:
        return ""
    # NOTE: recall33: "Năm 2024 | So sánh (%)" with each figure merged across both, the comparison typed on
    # no row: the merge is plainly the year's figure (set aside before, every figure lost). A ratio column
    # holding a figure on any row of the table keeps the merge unclear.
    return next((o.text for o in cols if col.index < o.index <= last and o.text != col.text
                 and o.role in _FIGURE_ROLES
                 and not (o.role == "ratio" and col.role != "ratio" and _empty_below(s, o.index, header_end))), "")


def _empty_below(s: Sheet, c: int, header_end: int) -> bool:
    """Whether column `c` holds nothing on any row below the header (its cells under a merge are empty)."""
    return all(c >= len(row) or row[c] is None or not cell_text(row[c]).strip()
               for row in s.rows[header_end + 1:])


# the roles of the columns that hold figures (etl/headers.py header_role)
_FIGURE_ROLES = frozenset({"value", "indicator", "province_value", "ratio"})


def _merged_value(s: Sheet, r: int, c: int):
    """The value of the merged range that covers cell (r, c) below its first row, or None."""
    for r0, c0, r1, c1 in s.merges:
        if r0 < r <= r1 and c0 <= c <= c1:
            return s.value(r0, c0)
    return None


def _money_in_row(row: list, plan: _SheetPlan, text_of) -> str:
    """A sum of money's unit written in a column of the row whose header the reader does not know
    ("ĐV tính", "Đ.V.T", no header at all): "triệu đồng", or ''.

    NOTE: a unit column whose header was not read left "71.280 | triệu đồng" stored in the
    indicator's own unit, tỷ đồng — a thousand times the figure. Only money: its scale is what
    a unit changes; a count's unit is a word."""
    from etl.validate import is_money_text

    for c in plan.cols:
        if c.role == "other" and c.index != plan.label_col and c.index < len(row) and isinstance(row[c.index], str):
            t = text_of(row[c.index])
            if t and len(t) <= 20 and is_money_text(t):
                return t
    return ""


# a unit below the province, as a row's place: its figures are not the province's
_DISTRICT = re.compile(r"^(huyen|thi xa|quan|thanh pho|tp|thi tran|xa|phuong|dac khu|h|tx)( |$)")
# the rest of a province's units after some named ones ("Các đơn vị còn lại", "Các xã, phường còn lại (122
# đơn vị)", "Các huyện khác"), folded: a part of the province like the named ones, never a province
_UNIT_KINDS = r"don vi|dia phuong|dia ban|huyen|thi xa|quan|thanh pho|thi tran|xa|phuong|dac khu|hanh chinh|cap xa|cap huyen"
_REST_OF_UNITS = re.compile(rf"^(cac |nhung )?({_UNIT_KINDS})( (va )?({_UNIT_KINDS}))* (con lai|khac)( |$)")
# the words of a province as a whole ("Toàn tỉnh", "Cả thành phố"), one list for rows and columns; a
# "thành phố" is a province only when centrally run (see _city_wide_of_a_town)
_WHOLE_WORDS = WHOLE_WORDS
# the province as a whole, as the bottom row of its districts
_WHOLE_PROVINCE = re.compile(rf"^(tong cong |tong |cong )?({_WHOLE_WORDS}|tinh)$")
# a heading naming the province's own part after its districts' ("III. Kết quả chung của tỉnh"),
# folded (metrics/header_words.toml province_own_heading_words)
_PROVINCE_OWN_HEADING = re.compile(r"(^| )(?:%s)( |$)" % "|".join(map(re.escape, sorted(
    (fold(w) for w in registry.header_words("province_own_heading_words")), key=len, reverse=True))))
# the whole province with its name: "Toàn tỉnh Vĩnh Long", "Tổng cộng toàn thành phố Cần Thơ"
_WHOLE_PROVINCE_NAMED = re.compile(rf"^((?:tong cong |tong |cong )?(?:{_WHOLE_WORDS})) \S")
# the merged province as a whole, as a column beside its former provinces' (see _whole_province_beside_formers)
# NOTE: blind88: a pivot's grand total "Tổng Cuối" / "Grand Total" right of the former areas ("Nhãn Hàng | Hải Dương
# (cũ) | Hải Phòng (cũ) | Tổng Cuối", the new Hải Phòng's nine months of 2025) is their sum as "Tổng cộng" is: set
# aside as a total over places, the city's 4 figures were lost
_WHOLE_PROVINCE_COLUMN = re.compile(rf"^((tong cong|tong so|tong|cong) )?({_WHOLE_WORDS})$"
                                    r"|^(tong cong|tong so|tong|cong|tong cuoi|grand total)$")
# a city's name or its whole: "Thành phố Bến Tre", "TP. Cà Mau", "Toàn thành phố Cà Mau"
_CITY_WORDS = re.compile(r"^((tong cong |tong |cong )?(toan |ca ))?(thanh pho|tp)( |\.|$)")
_CENTRAL_CITY = "thành phố"   # registry kind of a centrally-run city (Cần Thơ, Hà Nội, Huế from 2025)


def _city_wide_of_a_town(fp: str, provinces) -> bool:
    """Whether a place written as a city ("Thành phố Bến Tre", "Toàn thành phố", folded) cannot be the
    province(s) it would name: a city of a province (a district-level unit) is only a part of it.

    NOTE: "TP. Bến Tre 6 | H. Châu Thành 9 | … | Tổng cộng 26": 6 was stored as Bến Tre's; "Phường 1 |
    Phường 5 | Toàn thành phố Cà Mau | Huyện Thới Bình | Toàn tỉnh": the city's 3 as Cà Mau's (refused)."""
    return bool(_CITY_WORDS.match(fp)) and bool(provinces) and not any(p.kind == _CENTRAL_CITY for p in provinces)


# a label's last note in brackets ("Doanh nghiệp được hỗ trợ (lượt)")
_TRAILING_NOTE = re.compile(r"[(\[]([^()\[\]]+)[)\]]\s*$")
# a row's label marked as an estimate at its start or in its last note (metrics/header_words.toml
# label_estimate_words), folded: "ước số nhiệm vụ …", "… (ước tính)", "… - ước th", "…: uth"
_ESTIMATE_WORD = r"(?:" + "|".join(map(re.escape, sorted({bare(w) for w in registry.declared_header_words(
    "label_estimate_words")}, key=len, reverse=True))) + r")"
# NOTE: blind82: … after a sub-item's mark ("- Ước nghiệm thu cả năm 2026"), or before the year it estimates,
# closing the label ("… (ước cả năm 2026)", "… ước năm 2026", "… - ước thực hiện cả năm 2026";
# label_whole_year_words): the year's estimate, stored as reported before
_WHOLE_YEAR_WORD = r"(?:" + "|".join(map(re.escape, sorted({bare(w) for w in registry.declared_header_words(
    "label_whole_year_words")}, key=len, reverse=True))) + r")"
# (review44: and after "Trong đó:" — "Trong đó: ước cả năm cấp tỉnh" was the eleven months' REPORTED figure)
_ESTIMATED_ROW = re.compile(r"^\s*(?:[-+*•–]\s*)?(?:(?:trong do|chia ra|bao gom|gom)\s*[:,\-–]?\s*)?" + _ESTIMATE_WORD + r"(?![\w.])|[(\[\-–:]\s*" + _ESTIMATE_WORD + r"\s*[)\]]?\s*$"
                            r"|[\s(\[\-–:]" + _ESTIMATE_WORD + r"\s+(?:" + _WHOLE_YEAR_WORD + r"\s+|nam\s+)?(?:19|20)\d{2}"
                            r"\s*[)\]]?\s*$"
                            # wrong55: … or the whole year with no year written ("- Nghiệm thu cấp tỉnh ước cả năm")
                            r"|\s" + _ESTIMATE_WORD + r"\s+" + _WHOLE_YEAR_WORD + r"\s*[)\]]?\s*$")


def _estimated_row(label: str) -> bool:
    """Whether a row's label says its figures are estimates ("Nhiệm vụ KH&CN được nghiệm thu (ước)")."""
    return bool(label) and _ESTIMATED_ROW.search(re.sub(r"\s+", " ", bare(nfc(label))).strip()) is not None


# a bare sum ("Tổng cộng", "Cộng") beside former provinces: the whole province only when every one is there
_BARE_SUM_COLUMN = re.compile(r"^(tong cong|tong so|tong|cong|tong cuoi|grand total)$")


def _read_values(s: Sheet, r: int, row: list, label: str, code: str, row_period: Period | None,
                 row_provs: list, row_ptext: str, plan: _SheetPlan, hints: Hints, text_of, out: Reading,
                 quiet: bool = False, caption_period: Period | None = None, whole_label: str = "") -> None:
    """Every value cell of a matched row -> a Candidate (or a problem, or the row noted as empty;
    `quiet`: the caller notes it). `caption_period`: a caption row's above the row (_caption_row),
    the period of the columns naming none of their own. `whole_label`: the label of the row above
    that this row is a part of ("Sản phẩm được công nhận đạt OCOP (mới)" over "- Đạt 3 sao")."""
    unit_col, width, letters, plain = plan.unit_col, len(row), plan.letters, plan.plain
    code = _flow_beside_a_sum_since_a_year(row, label, code, plan)
    # NOTE: wrong32: a "Ghi chú" cell on the row saying "Số ước thực hiện" (the words a label's estimate
    # opens with): the row's figures are estimates, stored as reported before
    estimated_row = _estimated_row(label) or any(_estimated_row(n) for n in _row_notes(row, plan, text_of))
    unit_text = text_of(row[unit_col] if unit_col < width else None) if unit_col is not None else ""
    # NOTE: "Doanh nghiệp được hỗ trợ (lượt) | 120": a unit noted after the label says what is
    # counted as a unit column does (probe32)
    unit_column_text = unit_text or ((m[1].strip() if (m := _TRAILING_NOTE.search(label)) else "")
                                     if registry.indicator(code).excluded_units else "")
    if " - " in unit_text:
        # NOTE: a bilingual yearbook's unit "Tỷ đồng - Bill. dongs": its Vietnamese half
        unit_text = vietnamese_half(unit_text, min_words=1)
    if not unit_text:
        # NOTE: "Kinh phí KH&CN (triệu đồng)": the unit written in the label, when it is one of
        # the indicator's units, converts as a unit column would
        unit_text = _label_unit(label, code)
    if not unit_text:
        unit_text = _money_in_row(row, plan, text_of)
    elif _is_per_mille(_label_unit(label, code)) and not _is_per_mille(unit_text):
        # NOTE: "Tỷ lệ … (‰) | % | 85": the label says per mille, the unit column %: no one unit,
        # the cell set aside (rule unit) — 85 ‰ was stored as 85 % (review21a)
        unit_text = f"{unit_text} / ‰"
    elif (label_unit := _label_unit(label, code)) and None is not _scale_of(code, label_unit) != _scale_of(code, unit_text) \
            is not None:
        # NOTE: probe37: "Chi NSNN cho KH&CN (tỷ đồng) | triệu đồng | 45": the label's scale and the unit
        # column's disagree — 45 was stored as 0,045 tỷ đồng (the unit column's), a thousandth of the
        # 45 tỷ đồng the label says; no one unit, the cell set aside (rule unit), as for ‰ and %
        unit_text = f"{unit_text} / {label_unit}"
    own_unit = unit_text
    unit_text = unit_text or plan.table_unit or (plan.foot_unit[0] if registry.indicator(code).kind == "money" and (
        plan.foot_unit[2] is None or r in plan.foot_unit[2]) else "")
    row_measure = _row_measure(s, r, plan.marker_cols) if plan.neutral and plan.marker_cols else None
    # NOTE: a tidy row's period may say what its figure is: "Kế hoạch năm 2025" is a plan for
    # 2025, never what 2025 achieved; "Ước thực hiện năm 2025" an estimate. So may a year's row under
    # indicators as columns ("Năm | Số nhiệm vụ …" over "2024 (ước)": stored as 2024's reported
    # figure, review22a)
    period_measure = _period_measure(row[plan.period_col] if plan.period_col < width else None) \
        if (plan.tidy or plan.indicator_cols) and plan.period_col is not None else None
    produced = failed = False
    # NOTE: "Thực hiện năm 2024 | Lũy kế đến hết năm 2024": when the row gives its total to date
    # too, the year's own figure of a cumulative indicator (IP protected to date) is only the
    # year's increase, not the total; a total to date of a yearly figure (OCOP products
    # recognized) is its cumulative indicator's, or nothing
    value_cells = plan.value_cells
    if any(c.form_ytd for c in value_cells) and registry.indicator(code).is_stock:
        # NOTE: the form's bare "Lũy kế" read as the year to date is so for flows only: a stock's
        # row ("Số nhãn hiệu tập thể được cấp văn bằng bảo hộ | 2 | 17" on Quý II) gives its total
        # to date there and the quarter's increase under "Kỳ báo cáo" (both read as the stock at
        # 30/6, the honest file was refused as two values)
        value_cells = [replace(c, cumulative=True, within_year=None, form_ytd=False) if c.form_ytd else c
                       for c in value_cells]
    undated: list[Column] = []
    if not plan.tidy and any(
            _UP_TO_A_DATE.search(fold(c.text)) and _is_number_like(row[c.index] if c.index < width else None)
            for c in value_cells):
        # NOTE: "Nhãn hiệu tập thể được bảo hộ | Năm 2025 | Tính đến 31/12/2025" (5 and 35): "Tính đến"
        # heads the row's total to date as "Lũy kế đến" does — read as the plain year, the year's
        # increase and the total were two values of the stock at 31/12/2025 (the honest file refused),
        # and beside "Tính đến 31/12/2024" the year's 5 new marks were stored as the marks held at the
        # end of 2025 (mend20). On a flow's row too: "Sáng kiến | Tính đến 31/12/2025 | 80" was stored
        # as 2025's initiatives — a flow's total to a date is its declared total's, or set aside
        # (review21a). Its header's day dates it: "Năm 2025 (tính đến 30/11/2025)" was the stock at
        # 31/12/2025 (review21a); a day that cannot be its period's end sets the cell aside.
        # A flow's column of what was reached by a year ("Tính đến năm 2025" in a five-year review) keeps
        # its own reading (a total over the years or a target, set aside: by_year_words).
        stock = registry.indicator(code).is_stock

        def to_a_date(c: Column) -> bool:
            return bool(_UP_TO_A_DATE.search(fold(c.text))) and (
                stock or not (c.by_year or c.by_year_end or c.by_year_target))

        dated = [(c, _dated_by_its_day(c) if to_a_date(c) else c) for c in value_cells]
        undated = [c for c, d in dated if d is None]
        value_cells = [replace(d, cumulative=True) if to_a_date(c) else c for c, d in dated if d is not None]
    for c in undated:
        if _is_number_like(row[c.index] if c.index < width else None):
            _set_cell_aside(out, s, r, label, f"{letters[c.index]}{r + 1}", cell_text(row[c.index]),
                            f"Cột “{c.text}”: ngày tính đến không khớp kỳ của cột; không lấy",
                            f"Column “{c.text}”: the day it counts to is not its period's end; not taken")
    cumulative_row = any(c.cumulative and _is_number_like(row[c.index] if c.index < width else None)
                         for c in value_cells) and "luy ke" not in fold(label)
    # NOTE: wrong28: "Nhãn hiệu tập thể được bảo hộ (lũy kế) | 1 | 30" under "Tháng 10 | Lũy kế": the label's
    # "lũy kế" says the row is counted to date, yet the month's column beside the column to date is
    # still the month's increase — its 1 was stored as the marks held at 31/10 (or refused beside the
    # 30 there). A column of another period's end keeps the label's reading (mend20: "(lũy kế) | Năm
    # 2024 | Năm 2025 | Tính đến 31/12/2025", each year's end its stock)
    def _end(c: Column):
        p = _value_period(c, row_period, plan.base_period, hints, whole_year_closing(label) is not None)[0]
        return p.end if p is not None else None

    total_ends = {_end(c) for c in value_cells
                  if c.cumulative and _is_number_like(row[c.index] if c.index < width else None)} - {None} \
        if not cumulative_row and "luy ke" in fold(label) else set()
    # NOTE: with a figure in a column to date, the label's "lũy kế" dates that column (see
    # _flow_beside_a_sum_since_a_year): the row's other columns are then the period's
    running_total = _flow_to_date(label, code) and not any(
        (c.cumulative or c.form_ytd) and _is_number_like(row[c.index] if c.index < width else None)
        for c in value_cells)
    # NOTE: "Sản phẩm OCOP được công nhận (lũy kế từ 2019) | KH | 6 tháng | Lũy kế": with a figure in a
    # column to date, the label's note dates that column only (batch 31r)
    to_date_column = any((c.cumulative or c.form_ytd) and _is_number_like(row[c.index] if c.index < width else None)
                         for c in value_cells)
    years_in_span = _years_within_the_label_span(row_period, value_cells, plan, code, row)
    for c in value_cells:
        ci = c.index
        cell_unit = ""
        cell_code = code
        col_unit = _column_unit(code, own_unit, c.text)
        if running_total:
            ind = registry.indicator(code)
            failed |= _number_set_aside(
                out, s, r, label, row, ci, letters,
                f"Nhãn dòng ghi số lũy kế (tổng qua các năm), không phải số trong kỳ của “{ind.name_vi}”; "
                f"danh mục không có chỉ tiêu lũy kế tương ứng; không lấy",
                f"The row's label gives a running total (over the years), not the period's “{ind.name_en}”; "
                f"the registry has no matching total to date; not taken")
            continue
        if c.stage and not _stage_agrees(label, code, c.stage):
            ind = registry.indicator(code)
            _number_set_aside(
                out, s, r, label, row, ci, letters,
                f"Cột “{c.text}”: số “{c.stage.lower()}” không phải chỉ tiêu “{ind.name_vi}” mà nhãn dòng gọi tên; "
                f"không lấy",
                f"Column “{c.text}”: a count “{c.stage}”, not “{ind.name_en}” which the row's label names; not taken")
            continue
        if c.level_text:
            cell_code = _level_part(code, c.level_text)
            if cell_code is None:
                if _is_number_like(row[ci] if ci < width else None):
                    cell = f"{letters[ci]}{r + 1}"
                    ind = registry.indicator(code)
                    _set_cell_aside(
                        out, s, r, label, cell, cell_text(row[ci]),
                        f"Cột “{c.level_text}”: danh mục không có chỉ tiêu “{ind.name_vi}” theo cấp này; không lấy",
                        f"Column “{c.level_text}”: the registry has no part of “{ind.name_en}” at this level; not taken")
                continue
        increase_beside = bool(total_ends) and not c.cumulative and _end(c) in total_ends
        if c.cumulative or cumulative_row or increase_beside:
            # NOTE: the cell's own indicator, a star column's part included: "Tổng số (sản phẩm) | 3 sao |
            # 4 sao | 5 sao | Lũy kế (sản phẩm)" read each star's figure as the row's whole beside the
            # total to date (two values of one fact: the honest file was refused, honest26)
            own_code = cell_code
            cell_code, why = _cumulative_reading(own_code, c, cumulative_row or increase_beside)
            if cell_code is not None and cell_code != own_code and _summed_since_a_year(row, label, plan, text_of):
                # NOTE: "Sản phẩm OCOP được công nhận | … | Lũy kế đến nay 612 | Lũy kế từ năm 2019" (batch
                # 31): the products recognized since 2019, summed over the years — the indicator to
                # date counts products still valid at a date, never summed over years (612 was
                # stored as the new Đồng Tháp's valid products at 30/6/2026)
                cell_code, why = None, (
                    "Cột lũy kế: tổng cộng dồn qua các năm kể từ năm dòng này ghi, không phải số còn hiệu lực "
                    "tại một thời điểm; không lấy",
                    "Cumulative column: a sum over the years since the year the row states, not a count still "
                    "valid at a date; not taken")
            elif cell_code is not None and cell_code != code and _NEW_OR_IN_PERIOD.search(
                    " ".join(re.sub(r"[()\[\]:;,\-–]+", " ", fold(f"{whole_label} {label}")).split())):
                # NOTE: batch 47: "Sản phẩm được công nhận đạt OCOP (mới) | … | Lũy kế đến 30/6/2026 611"
                # beside its own row "Sản phẩm OCOP còn hiệu lực | 487": the new recognitions summed to
                # date, never the products still valid (read as the stock it refused the honest file
                # as a duplicate), nor its parts' ("- Đạt 3 sao", under it: `whole_label`) the valid
                # products by star — words of metrics/header_words.toml new_or_in_period_words
                cell_code, why = None, (
                    "Cột lũy kế của số công nhận mới: tổng cộng dồn qua các kỳ, không phải số còn hiệu lực tại "
                    "một thời điểm; không lấy",
                    "Cumulative column of new recognitions: a sum over the periods, not a count still valid at "
                    "a date; not taken")
            if cell_code is None:
                if (row[ci] if ci < width else None) is not None:
                    cell = f"{letters[ci]}{r + 1}"
                    _set_cell_aside(out, s, r, label, cell, cell_text(row[ci]), *why)
                    failed = True
                continue
        v = row[ci] if ci < width else None
        if v is None and plain:
            continue  # an empty cell: no data (parse_cell(None) is None)
        cell = f"{letters[ci]}{r + 1}"
        if s.merges and _is_number_like(v) and (across := _merged_across(s, r, c, plan.cols, plan.header_end)):
            _set_cell_aside(out, s, r, label, cell, cell_text(v),
                            f"Ô {cell} gộp qua các cột “{c.text}” và “{across}”: không rõ là số liệu của cột nào "
                            f"(hay của các cột cộng lại); không lấy",
                            f"Cell {cell} is merged across the columns “{c.text}” and “{across}”: whose figure it is "
                            f"(or the columns' together) cannot be told; not taken")
            failed = True
            continue
        if (r, ci) in s.blank_errors and _not_reported_yet(s, r, ci, plan):
            # NOTE: "T1 … T12" filled to September, the share "=M11/M10" in October's empty column:
            # Excel saved #DIV/0! over two blank cells. The month is not reported yet — no figure,
            # not a broken formula (the same error where the row gives no other figure, or where
            # its column holds figures, still refuses the file: rule formula_error)
            _set_cell_aside(out, s, r, label, cell, s.errors[(r, ci)],
                            f"Ô {cell}: công thức chia cho ô trống ở cột chưa có số liệu; không lấy",
                            f"Cell {cell}: a formula over blank cells in a column with no figures yet; not taken")
            failed = True
            continue
        if c.sums_parts and not _sum_of_parts(s, r, row, c, cell_code, v):
            ind = registry.indicator(cell_code)
            # the parts are stars (a pivot's "3 sao | 4 sao | 5 sao | Grand Total") or periods
            vi, en = ("hạng sao", "stars") if c.blank_part_is_none else ("kỳ", "periods")
            _set_cell_aside(
                out, s, r, label, cell, cell_text(v),
                f"Ô {cell}: cột “{c.text}” cộng các {vi} bên trái; chỉ lấy khi “{ind.name_vi}” cộng được theo {vi} "
                f"và ô bằng tổng các {vi} đó; không lấy",
                f"Cell {cell}: the column “{c.text}” adds up the {en} left of it; taken only where “{ind.name_en}” "
                f"adds up over {en} and the cell is their sum; not taken")
            failed = True
            continue
        if c.done_of_plan and isinstance(v, str) and (done := DONE_OF_PLAN_CELL.match(v)):
            v = done[1]   # "15/20" under "Năm 2024 (TH/KH)": 15 done (20 planned)
        if isinstance(v, str) and (rate := _rate_of_count_of_total(cell_code, v)) is not None:
            v = rate
        if plain and (type(v) is float and v == v or type(v) is int):
            # the common case, a typed number (not NaN): parse_cell would give Number(float(v))
            value, qualifier, percent = float(v), "", False
        else:
            ranked = _rank_in_field(cell_code, v)
            if ranked is not None:
                cell_code, num = ranked
            else:
                num = _parse_value_cell(s, r, ci, v, cell, out, label)
            if num is None:
                continue
            if num is _FAILED:
                failed = True
                continue
            value, qualifier, percent = num.value, num.qualifier, num.percent
            if num.unit:
                if not _unit_of(cell_code, num.unit):
                    ind = registry.indicator(cell_code)
                    _set_cell_aside(
                        out, s, r, label, cell, cell_text(v),
                        f"Ô {cell}: đơn vị “{num.unit}” không phải đơn vị của chỉ tiêu “{ind.name_vi}” ({ind.unit_vi}); không lấy",
                        f"Cell {cell}: the unit “{num.unit}” is not the unit of “{ind.name_en}” ({ind.unit_en}); not taken")
                    failed = True
                    continue
                cell_unit = num.unit
        if not (cell_unit or col_unit or unit_text) and registry.indicator(cell_code).kind == "money":
            # NOTE: "Chi ngân sách nhà nước cho KH&CN | 85000" with no unit in the row, its label, its
            # column or above the table: offices write money in triệu đồng as often as in tỷ đồng,
            # and read in the indicator's own unit it was stored as 85.000 tỷ đồng (probe31). A count
            # has one unit; a sum of money's scale must be stated.
            ind = registry.indicator(cell_code)
            _set_cell_aside(
                out, s, r, label, cell, cell_text(v),
                f"Ô {cell}: số tiền không ghi đơn vị (triệu đồng hay {ind.unit_vi}?); ghi đơn vị ở cột ĐVT, "
                f"trong nhãn dòng hoặc trên bảng; không lấy",
                f"Cell {cell}: a sum of money with no unit stated (million or {ind.unit_en}?); state it in the "
                f"unit column, the row's label or above the table; not taken")
            failed = True
            continue
        if c.role == "province_value":
            prov_candidates, ptext = c.province, c.province_text or c.text
        elif c.merged:
            # NOTE: "Tổng (tỉnh mới)", "Năm 2024 (số liệu gộp)": the merged province only (frame 34),
            # never the old province of the same name; before the merger the validation sets it
            # aside (the territory's combined figure belongs to no province of that year)
            prov_candidates = [p for p in row_provs if p.frame == "34"] or \
                [x for x in (registry.successor(p) for p in row_provs) if x is not None][:1]
            ptext = c.text
            if not prov_candidates:
                continue
        else:
            prov_candidates, ptext = row_provs, row_ptext
        measure, status = c.measure, c.status
        # what the row's marker cell ("Loại số liệu": "Kế hoạch", "Cùng kỳ năm trước") or, in a tidy row, its period cell
        # ("Dự báo năm 2026") says the figure is; the period's words decide over the marker's
        said = period_measure or (row_measure if ci in plan.neutral else None)
        if said and said[0] == "aside" and not period_measure and _last_years_span_named(s, r, plan, row_period):
            said = None
        if said and said[0] == "percent":
            said = said[1] if registry.indicator(cell_code).kind == "rate" else ("aside", "%")
        if said and said[0] == "aside":
            word = (row[plan.period_col] if period_measure else _marker_text(s, r, plan.marker_cols)) \
                if said[1] == "%" else said[1]
            _set_cell_aside(out, s, r, label, cell, cell_text(v),
                            f"Ô {cell}: dòng ghi “{nfc(str(word)).strip()}” — không phải số liệu thực hiện của kỳ (tỷ lệ, "
                            f"so sánh, kỳ khác, chênh lệch hoặc dự báo); không lấy (không đoán)",
                            f"Cell {cell}: the row says “{nfc(str(word)).strip()}” — not the period's actual (a ratio, a "
                            f"comparison, another period, a difference or a forecast); not taken "
                            f"(not guessed)")
            failed = True
            continue
        if said:
            measure, status = said
        if measure == "actual" and (qualifier == "ước" or estimated_row):
            # NOTE: wrong31: "12 (ước)" (numbers._ESTIMATE_MARK keeps the mark as its qualifier) or a row
            # "… (ước)": the cell's or the row's estimate, as an "Ước thực hiện" column's — stored as reported
            status = "estimated"
        why, period, from_hint = _why_set_aside(c, cell, label, cell_code, measure, status, row_period,
                                                row_period if ci not in years_in_span else None,
                                                caption_period, unit_column_text, to_date_column, plan, hints)
        if why is not None:
            _set_cell_aside(out, s, r, label, cell, None, *why)
            failed = True
            continue
        if plan.footnote is not None and period is not None and plan.footnote[2] == "year":
            if labels.speaks_of(cell_code, plan.footnote[3]) and period.end.year not in plan.footnote[1]:
                _set_cell_aside(out, s, r, label, cell, None,
                                f"Ô {cell}: ghi chú dưới bảng “{plan.footnote[0]}” nói số liệu này là của năm "
                                f"{min(plan.footnote[1])}, không phải của kỳ {periods.label(period)} của cột; không lấy",
                                f"Cell {cell}: the note under the table “{plan.footnote[0]}” says this figure is "
                                f"{min(plan.footnote[1])}'s, not the column's {periods.label(period, 'en')}; not taken")
                failed = True
                continue
        elif plan.footnote is not None and period is not None and (
                not plan.footnote[3] or labels.speaks_of(cell_code, plan.footnote[3])) and (
                not plan.footnote[1] or period.end.year in plan.footnote[1]) and (
                plan.footnote[2] is None or plan.footnote[2] == "part" and period.kind == "year"
                or plan.footnote[2] != "part" and _cut_short(period, plan.footnote[2])):
            _set_cell_aside(out, s, r, label, cell, None,
                            f"Ô {cell}: ghi chú dưới bảng “{plan.footnote[0]}” nói số liệu "
                            f"{'kỳ ' + periods.label(period) + ' ' if plan.footnote[1] else ''}không phải số thực "
                            f"hiện của cả tỉnh trong kỳ của cột; không lấy",
                            f"Cell {cell}: the note under the table “{plan.footnote[0]}” says the figures"
                            f"{' of ' + periods.label(period, 'en') if plan.footnote[1] else ''} are not the whole "
                            f"province's actual for the column's period; not taken")
            failed = True
            continue
        if prov_candidates is plan.provinces and (not plan.tidy or plan.caption_label) and period is not None \
                and (_merged_territory_before(prov_candidates, plan.base_period, period)
                     and not _written_before_merger(plan)
                     or plan.formers_summed and registry.frame_for(period.end) == "63"):
            # NOTE: the new Tuyên Quang's "6 tháng đầu năm 2026 | Cùng kỳ năm 2025": the report's
            # province is the merged one (its own period after 1/7/2025), and its figure for a half
            # before the merger is the merged territory's (here the two former provinces' sum), not
            # the old Tuyên Quang's: the province after the merger only, which _place sets aside
            prov_candidates = [p for p in prov_candidates if p.frame == "34"]
        share = (c.text if c.role == "province_value" and c.index in plan.former_shares else
                 plan.province_text if (plan.former_section or plan.former_sheet)
                 and prov_candidates is plan.provinces else
                 # NOTE: "Vĩnh Long (cũ) | 14 | 17 | 31" under "6 tháng đầu năm 2025 | 6 tháng cuối năm
                 # 2025 | Cả năm 2025" in the new Vĩnh Long's table by area: a former province of the
                 # title's down the rows is its own figure before the merger, its territory's share of
                 # the new province's after it — as its column would be (both refused the honest file)
                 row_ptext if plan.caption_label and prov_candidates is row_provs
                 and row_provs is not plan.provinces and _former_of_title(row_ptext, row_provs, plan) else None)
        if share is not None and period is not None and registry.frame_for(period.end) == "34":
            failed = True   # the row's figures are set aside, not missing ("Không có số liệu" misled)
            if c.index not in plan.former_shares:
                # NOTE: the whole row is the section's former province's: its text cell ("12 nhiệm
                # vụ") is not read again as a sentence of the report's own province (it was stored
                # as the new An Giang's 2025, review 19a)
                out.rows_set_aside.add((s.name, r + 1))
            _set_cell_aside(out, s, r, label, cell, None,
                            *_former_share_reason(f"Ô {cell}: “{share}”", provinces_in(FORMER_NOTE.sub(" ", share)), period))
            continue
        out.candidates.append(Candidate(
            s.name, cell, label, cell_code, prov_candidates, ptext if prov_candidates else "", period,
            measure, status, value, qualifier, percent, cell_unit or col_unit or unit_text,
            "hint-period" if from_hint else ""))
        produced = True
    if not produced and not failed and not quiet:
        out.ignored.append(Ignored(s.name, r + 1, label, "Không có số liệu (ô trống, “-” hoặc “chưa có số liệu”)",
                                   "No data (blank, “-” or “no data yet”)"))


def _why_set_aside(c: Column, cell: str, label: str, cell_code: str, measure: str, status: str,
                   row_period: Period | None, value_row_period: Period | None, caption_period: Period | None,
                   unit_column_text: str, to_date_column: bool, plan: _SheetPlan, hints: Hints
                   ) -> tuple[tuple[str, str] | None, Period | None, bool]:
    """Why a value cell of a matched row, its indicator, province and measure known, is set aside
    (Vietnamese, English; None when it is read), the period it is read for and whether that came from
    the uploader's hint. The checks run in this order: the first that holds is the reason."""
    if unit_column_text and (counted := registry.excluded_unit(cell_code, unit_column_text)) is not None:
        # NOTE: "Hướng dẫn đăng ký bảo hộ SHTT | đơn | 30", "Số lượt tư vấn … | lượt | 150": the unit
        # column says what is counted — applications, visits — not the organizations and people
        # the indicator counts (stored as 30 applicants; review20a). indicators.toml excluded_units
        ind = registry.indicator(cell_code)
        return (
            f"Ô {cell}: cột đơn vị tính ghi “{unit_column_text}” — số “{counted}”, không phải số "
            f"{ind.unit_vi} của chỉ tiêu “{ind.name_vi}”; không lưu.",
            f"Cell {cell}: the unit column says “{unit_column_text}” — a count of “{counted}”, not the "
            f"{ind.unit_en} of “{ind.name_en}”; not stored."), None, False
    if not_the_published_index(cell_code, status, c.text, label):
        # see metrics/header_words.toml unpublished_index_words: "PII 2025 (ước tính)", "Năm 2025 (dự kiến)" beside
        # "Năm 2024" in a PII table — the department's estimate or expectation of the Ministry's index (wrong47)
        return unpublished_index_reason(cell, registry.indicator(cell_code)), None, False
    if c.whole_province and registry.indicator(cell_code).department_own:
        # NOTE: "Toàn tỉnh" beside its parts counts every office's procedures and dossiers, never the
        # S&T department's own (batch 47's Home Affairs table: the province-wide column left unread)
        ind = registry.indicator(cell_code)
        return (
            f"Ô {cell}: cột “{c.text}” là số liệu của mọi cơ quan trong tỉnh, không phải “{ind.name_vi}” "
            "của Sở KH&CN; không lưu.",
            f"Cell {cell}: the column “{c.text}” counts every office of the province, not the department's "
            f"“{ind.name_en}”; not stored."), None, False
    if not registry.indicator(cell_code).department_own and plan.province_col is not None and any(
            col.index == plan.province_col and col.departments for col in plan.cols):
        # NOTE: review29a: the Ministry office's table "Sở KH&CN tỉnh | Chi ngân sách nhà nước cho KH&CN |
        # Sản phẩm OCOP được công nhận" over "Tuyên Quang | 45 | 12" (blind53's departments as rows): each
        # row is a department's own, its share of a province's budget or products stored as the province's
        ind = registry.indicator(cell_code)
        return (
            f"Ô {cell}: mỗi dòng là số liệu riêng của Sở KH&CN một tỉnh, một phần của “{ind.name_vi}” toàn "
            "tỉnh; không lưu.",
            f"Cell {cell}: each row is one province's S&T department's own figure, a share of the province's "
            f"“{ind.name_en}”; not stored."), None, False
    if c.own_department and not registry.indicator(cell_code).department_own:
        # NOTE: review27a: "Chi ngân sách nhà nước cho KH&CN | Toàn tỉnh 120 | Sở KH&CN 45" (a Finance
        # table), "Nhiệm vụ KH&CN được quản lý | 80 | 35": the department's column holds its own share of a
        # province's figure — stored as the province's S&T budget and tasks (blind47's column rule). Only
        # the department's own indicators (its procedures, its dossiers) are read there.
        ind = registry.indicator(cell_code)
        return (
            f"Ô {cell}: cột “{c.text}” là số liệu riêng của Sở, một phần của “{ind.name_vi}” toàn tỉnh; "
            "không lưu.",
            f"Cell {cell}: the column “{c.text}” holds the department's own share of the province's "
            f"“{ind.name_en}”; not stored."), None, False
    if (ind := registry.indicator(cell_code)).is_stock and ind.kind == "count" and _SINCE_A_YEAR.search(fold(label)):
        # NOTE: mend27a: "Số sản phẩm OCOP (lũy kế từ 2019) | 312", "Sản phẩm OCOP được công nhận, cộng dồn từ
        # năm 2019 đến nay" under "Năm 2024" were stored as the OCOP products still valid at 31/12/2024 (or
        # set aside as "up to 2019"). A count summed since a year adds every recognition since then,
        # those expired after their 36 months too; a stock counts what holds at a date, never summed
        # over years (indicators.toml ocop_products_total) — batch 31's rule for a cumulative column
        return (
            f"Ô {cell}: nhãn ghi số cộng dồn kể từ một năm (gồm cả số đã hết hiệu lực), không phải số "
            f"“{ind.name_vi}” tại một thời điểm; không lưu.",
            f"Cell {cell}: the label gives a sum since a year (expired ones included), not the "
            f"“{ind.name_en}” at a date; not stored."), None, False
    if not plan.tidy and _is_flow(cell_code) and note_to_date(label) and not to_date_column:
        # NOTE: "Sản phẩm OCOP được công nhận (đến năm 2023) | Kết quả | 150" in a report on 2024: the
        # products recognized up to 2023, summed over the years — never one year's flow (it was
        # stored as 2023's, before that as 2024's; review20a). A stock's note dates it (below).
        return (
            f"Ô {cell}: nhãn ghi số liệu tính đến (hoặc kể từ) một kỳ — số cộng dồn qua các kỳ, không phải "
            f"số trong một kỳ của “{registry.indicator(cell_code).name_vi}”; không lưu.",
            f"Cell {cell}: the label gives a figure up to (or since) a period — a sum over periods, not one "
            f"period's “{registry.indicator(cell_code).name_en}”; not stored."), None, False
    if c.carried_from is not None and not _CARRIED_OVER_NAME.search(fold(registry.indicator(cell_code).name_vi)):
        # NOTE: blind61: "Mới | Chuyển tiếp từ năm 2022" over "Nhiệm vụ KH&CN cấp tỉnh | 12 | 29": the column
        # counts the carried-over share of the row's tasks, never the row's indicator (stored as the 29
        # provincial tasks managed of 2022)
        ind = registry.indicator(cell_code)
        return (
            f"Ô {cell}: cột “{c.text}” đếm phần chuyển tiếp, không phải “{ind.name_vi}”; không lưu.",
            f"Cell {cell}: the column “{c.text}” counts the carried-over share, not “{ind.name_en}”; not stored."), \
            None, False
    # a column naming its own year inside the label's span keeps that year (value_row_period None)
    period, from_hint = _value_period(c, value_row_period, plan.base_period, hints,
                                      whole_year_closing(label) is not None)
    if period is None and c.same_part_end is not None and value_row_period is None:
        y, m = c.same_part_end
        return (
            f"Ô {cell}: cột “{c.text}” là cùng kỳ đến tháng {m}/{y}, không khớp với kỳ của báo cáo: không rõ số liệu "
            "của kỳ nào, không lưu.",
            f"Cell {cell}: the column “{c.text}” is the same span to {m}/{y}, which does not match the report's "
            "period: unclear which period's figure, not stored."), None, False
    if period is None and c.carried_from is not None and value_row_period is None:
        # "Chuyển tiếp từ năm 2021" in the report on 2023, or on 2021–2024: which year's count cannot be told
        return (
            f"Ô {cell}: cột “{c.text}” ghi năm các nhiệm vụ chuyển tiếp từ đó, không khớp với kỳ của báo cáo: "
            "không rõ số liệu của năm nào, không lưu.",
            f"Cell {cell}: the column “{c.text}” names the year the tasks were carried over from, which does not "
            "precede the report's period: unclear which year's figure, not stored."), None, False
    if value_row_period is not None and c.period is None and not plan.tidy and (c.relative_year or c.previous_period) \
            and any(o.period is not None and (o.period.end < value_row_period.start or value_row_period.end < o.period.start)
                    for o in plan.value_cells):
        # NOTE: wrong33: "Nhiệm vụ KH&CN được nghiệm thu năm 2023 | 12 | 10" under "Năm 2024 | Cùng kỳ năm trước": the
        # label's year is the row's (precA, wrong26: a table repeating last year), so "năm trước" is 2022 by the
        # label or 2023 by the column — its 10 was read as 2023's beside the 12 and the file refused whole: untold
        return (
            f"Ô {cell}: nhãn ghi kỳ {periods.label(value_row_period)}, cột “{c.text}” so với kỳ khác của bảng: "
            "không rõ số liệu của kỳ nào, không lưu.",
            f"Cell {cell}: the label says {periods.label(value_row_period, 'en')}, the column “{c.text}” is relative "
            "to another period of the table: unclear which period's figure, not stored."), None, False
    if period is not None and period.kind != "date" and not to_date_column and not c.cumulative \
            and not _title_dates_a_stock(plan, c, value_row_period) and _grants_of_the_period(label, cell_code):
        # NOTE: mend27a: "Nhãn hiệu tập thể được cấp văn bằng | 5" under "Năm 2024" was stored as every
        # collective mark of the province at 31/12/2024: the act of granting under a span counts that
        # span's grants, which no indicator declares (the marks are stocks only)
        ind = registry.indicator(cell_code)
        return (
            f"Ô {cell}: nhãn ghi số được cấp trong kỳ {periods.label(period)}, không phải tổng số "
            f"“{ind.name_vi}” tính đến cuối kỳ; không lưu.",
            f"Cell {cell}: the label gives the grants of {periods.label(period, 'en')}, not the total "
            f"“{ind.name_en}” at its end; not stored."), period, from_hint
    if c.measure == "plan" and registry.indicator(cell_code).is_stock and _PRESENT_STOCK.search(
            " ".join(re.sub(r"[()\[\]:;,\-–]+", " ", fold(label)).split())) \
            and not any(o.measure == "actual" for o in plan.value_cells):
        # NOTE: wrong43: "Sản phẩm OCOP hiện có | 45" under "KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025" was stored as
        # the plan's stock at 31/12/2025: what a plan says there is is the stock when it was written, on a day no
        # header states — neither the plan's target nor its end. Beside a column of results ("Thực hiện năm 2024 |
        # Kế hoạch năm 2025") the row is the stock each column counts, the plan's its target
        ind = registry.indicator(cell_code)
        return (
            f"Ô {cell}: nhãn ghi số “{ind.name_vi}” hiện có lúc lập kế hoạch, không phải chỉ tiêu kế hoạch; "
            "không rõ tính đến ngày nào, không lưu.",
            f"Cell {cell}: the label gives “{ind.name_en}” existing when the plan was written, not the plan's "
            "target; unclear at which date, not stored."), None, False
    if period is None and c.previous_period and value_row_period is None and c.period is None \
            and (plan.base_period or hints.period) is not None:
        # NOTE: "Kỳ trước" in a report on "9 tháng năm 2024": no period just before it a person
        # would name (see _previous_period) — not read, never the file refused for it (review22a)
        return (
            f"Ô {cell}: cột “{c.text}” — kỳ trước của kỳ báo cáo này không rõ là kỳ nào; không lưu.",
            f"Cell {cell}: the column “{c.text}” — which period comes before this report's is unclear; "
            "not stored."), None, False
    if caption_period is not None and row_period is None and not plan.tidy:
        if c.period is None and not (c.within_year or c.relative_year or c.previous_period
                                     or c.same_part_of is not None or c.by_year):
            period, from_hint = caption_period, False
        elif period != caption_period:
            # NOTE: review20a: "Số liệu năm 2023 để so sánh:" over rows under "Thực hiện năm
            # 2024 | Kế hoạch năm 2025" (or "Năm 2023 | Năm 2024"): the caption's year was given
            # to every column — 2024's figure and 2025's plan stored as 2023's. Which period the
            # figure is cannot be told: set aside, neither stored
            return (
                f"Ô {cell}: tiêu đề bảng ghi kỳ {periods.label(caption_period)} nhưng cột ghi kỳ "
                f"{periods.label(period) if period is not None else c.text}: không rõ số liệu của kỳ nào, không lưu.",
                f"Cell {cell}: the table's caption says {periods.label(caption_period, 'en')} but the column "
                f"{periods.label(period, 'en') if period is not None else c.text}: unclear which period's "
                "figure, not stored."), period, from_hint
    if not plan.tidy and not to_date_column and _up_to_another_date(label, period):
        # NOTE: a stock's "Số tổ chức KH&CN (tính đến 31/12/2023)" in a report on 2024: a count at a
        # date the walk does not read from a note — never stored at the report's date (review20a)
        return (
            f"Ô {cell}: nhãn ghi số liệu tính đến năm {'/'.join(map(str, sorted(note_years(label))))} nhưng cột "
            f"ghi kỳ {periods.label(period)}: không rõ số liệu của thời điểm nào, không lưu.",
            f"Cell {cell}: the label gives a figure up to {'/'.join(map(str, sorted(note_years(label))))} but the "
            f"column {periods.label(period, 'en')}: unclear which date's figure, not stored."), period, from_hint
    if row_period is None and period is not None and (noted := note_period(label)) is not None \
            and noted != period and not plan.tidy:
        if c.period is None and measure == "actual" and c.status != "estimated" \
                and not (c.within_year or c.relative_year or c.previous_period or c.same_part_of is not None):
            # NOTE: "Số nhiệm vụ nghiệm thu (năm 2022)" under "Kết quả" in a report on 2024: the
            # note's year is the figure's (it was stored as 2024's); the column names none. So when the
            # note says the row is the year's estimate ("… (ước cả năm 2026)" in a report on eleven months,
            # blind82): the row's own estimate is of the note's year — only an estimate's COLUMN is the
            # report's period's (below)
            period, from_hint = noted, False
        else:
            # NOTE: under a column of its own other year ("Năm 2023"): which year the figure is
            # cannot be told — set aside, neither year stored (an earlier rule gave every such
            # column the note's year: 4 wrong facts in the corpus). So under an estimate's or a
            # plan's column ("Ước thực hiện" in a report on 2024, the label's "(năm 2023)"): the
            # column's estimate is of the report's year, the note names another (review20a)
            return (
                f"Ô {cell}: nhãn ghi kỳ {periods.label(noted)} nhưng cột ghi kỳ {periods.label(period)}: "
                "không rõ số liệu của kỳ nào, không lưu.",
                f"Cell {cell}: the label says {periods.label(noted, 'en')} but the column "
                f"{periods.label(period, 'en')}: unclear which period's figure, not stored."), period, from_hint
    if row_period is None and period is not None and not plan.tidy and (said := trailing_year(label)) is not None \
            and not period.start.year <= said <= period.end.year:
        # NOTE: wrong26: "Số nhiệm vụ được tổ chức đánh giá, nghiệm thu năm 2023 | 9" under "Năm 2024": the
        # label was matched whole, its year not read as the row's period, and 2023's 9 tasks were stored as
        # 2024's. Which year the figure is cannot be told: set aside, as a note's other year is above
        return (
            f"Ô {cell}: nhãn ghi năm {said} nhưng cột ghi kỳ {periods.label(period)}: "
            "không rõ số liệu của kỳ nào, không lưu.",
            f"Cell {cell}: the label says {said} but the column {periods.label(period, 'en')}: unclear which "
            "period's figure, not stored."), period, from_hint
    if row_period is None and period is not None and not plan.tidy \
            and (up_to := trailing_year_up_to(label)) is not None and not (
                period.start.year <= up_to <= period.end.year if not _is_flow(cell_code)
                else period.end.year == up_to and period.start.year < up_to):
        # NOTE: review27a: "Sản phẩm OCOP được công nhận đến năm 2025 | 300" (a target, or a total to 2025),
        # "… từ năm 2019 đến năm 2024", "… trước năm 2024" under "Năm 2024" were stored as 2024's flow: a
        # flow's figure up to a year is a sum over the years (kept only under a span of years ending in
        # it); a stock's, of a year's end the column does not cover, is another date's
        return (
            f"Ô {cell}: nhãn ghi số liệu tính đến năm {up_to}, cột ghi kỳ {periods.label(period)}: số cộng dồn "
            "qua các năm hoặc chỉ tiêu phải đạt, không phải số của kỳ; không lưu.",
            f"Cell {cell}: the label gives a figure up to {up_to}, the column {periods.label(period, 'en')}: a sum "
            "over the years or a target, not the period's figure; not stored."), period, from_hint
    if period is not None and registry.frame_for(period.end) == "34" and _BEFORE_MERGER_NOTE.search(fold(label)):
        # NOTE: "Nhiệm vụ KH&CN được nghiệm thu (6 tháng đầu năm 2025 trước sắp xếp)" in the new An
        # Giang's 2025 report, "(trước sắp xếp)" in the new Đà Nẵng's: the label says its figure is
        # from before the merger — it was stored as the merged province's 2025 (review 20a)
        return (
            f"Ô {cell}: nhãn ghi số liệu trước sắp xếp, không phải của tỉnh sau sắp xếp kỳ "
            f"{periods.label(period)}; không lưu.",
            f"Cell {cell}: the label gives a figure from before the merger, not the merged province's "
            f"for {periods.label(period, 'en')}; not stored."), period, from_hint
    if period is not None and registry.frame_for(period.end) == "63" and _AFTER_MERGER_NOTE.search(fold(label)) \
            and any(p.frame == "34" and len(registry.predecessors(p)) > 1 for p in plan.provinces or ()):
        # NOTE: "Sản phẩm OCOP được công nhận toàn tỉnh (sau sáp nhập) | 40" in the new An Giang's report
        # on the first half of 2025: the merged territory's figure, stored as the former An Giang's (the
        # province of that name then; probe34). Whose it is in the 63 provinces no one can tell
        return (
            f"Ô {cell}: nhãn ghi số liệu của tỉnh sau sắp xếp cho kỳ {periods.label(period)} (trước 01/7/2025), "
            f"không phải của một tỉnh cũ; không lưu.",
            f"Cell {cell}: the label gives the merged province's figure for {periods.label(period, 'en')} (before "
            f"1 July 2025), not a former province's; not stored."), period, from_hint
    if c.by_year and (measure == "actual" or c.by_year_target) and row_period is None and _is_flow(cell_code):
        # NOTE: a five-year review's "Đến năm 2025" (or "Kết quả đến năm 2025") beside "Năm 2021 …
        # Năm 2024": a flow's figure there is summed over the years to 2025 (or is the target set
        # for it), never 2025's own — 200 products recognized over five years were stored as
        # 2025's (probe31). A stock's or a rate's figure there is its value in that year, and a
        # label naming its span ("… giai đoạn 2021 - 2025") gives the flow its period.
        ind = registry.indicator(cell_code)
        return (
            f"Ô {cell}: cột “{c.text}” ghi số đạt được đến năm đó (cộng dồn qua các năm hoặc mục tiêu), "
            f"không phải số trong năm của “{ind.name_vi}”; không lấy",
            f"Cell {cell}: the column “{c.text}” gives what was reached by that year (summed over the years "
            f"or a target), not the year's own “{ind.name_en}”; not taken"), period, from_hint
    if plan.week_title and period is not None and period.kind != "date" and row_period is None:
        # NOTE: wrong28: a weekly report's "Năm 2024" (or a title's year, read before the week was) held the
        # week's figures or the year's to the week's end — which, no one can tell; stored as the whole
        # year's they were wrong numbers. A count at a stated date ("Tính đến 20/10/2024") stays read
        # mend28a: so a report of a round ("BÁO CÁO KẾT QUẢ ĐỢT 2 NĂM 2024"): the round's or the year's to it
        if periods.names_a_week(plan.title):
            return (
                f"Ô {cell}: báo cáo tuần; cột kỳ {periods.label(period)} không rõ là số của tuần hay cộng dồn đến "
                f"tuần báo cáo; không lấy",
                f"Cell {cell}: a weekly report; the column {periods.label(period, 'en')} may be the week's or the "
                f"total to the week; not taken"), period, from_hint
        return (
            f"Ô {cell}: báo cáo theo đợt; cột kỳ {periods.label(period)} không rõ là số của đợt hay cộng dồn đến "
            f"đợt báo cáo; không lấy",
            f"Cell {cell}: a report of one round; the column {periods.label(period, 'en')} may be the round's or "
            f"the total to the round; not taken"), period, from_hint
    if measure == "actual" and period is not None \
            and plan.base_period is not None and period.end > plan.base_period.end \
            and period.start >= plan.base_period.start \
            and (status != "estimated" or period.start > plan.base_period.end):
        # NOTE: "BÁO CÁO KẾT QUẢ … NĂM 2024" over "Năm 2023 | Năm 2025", "6 tháng đầu năm 2025"
        # over "6 tháng cuối năm 2025", "Đến năm 2025" beside "Quý I/2024": a report cannot state
        # what a period after its own achieved — that column is its target or forecast (the
        # figures were stored as the later period's actuals, probe31). Nor a period that ends
        # after its own: "Năm 2026" in a report on Quý I/2026, "Năm 2025" in one on 9 tháng đầu
        # năm 2025 (review 20b); an estimate of it ("Ước thực hiện cả năm") stays an estimate, but one
        # of a period wholly after the report's ("Ước tháng 6" in the report on May) is a forecast
        # (wrong24: it was stored as June's estimated actual). A
        # span that starts before the report's ("… giai đoạn 2020-2023" in a report on the first
        # half of 2023) is the span's figure the report states, not a later period's
        return (
            f"Ô {cell}: kỳ {periods.label(period)} sau kỳ của báo cáo ({periods.label(plan.base_period)}): "
            f"là mục tiêu hoặc dự báo, không phải số thực hiện; không lấy",
            f"Cell {cell}: the period {periods.label(period, 'en')} is after the report's own "
            f"({periods.label(plan.base_period, 'en')}): a target or a forecast, not an actual; not taken"), period, from_hint
    if measure == "actual" and status != "estimated" and period is not None and plan.written_on is not None \
            and (period.end - plan.written_on).days > 31 and not _an_edition(cell_code):
        # NOTE: wrong32: "Báo cáo kết quả hoạt động KH&CN năm 2024, ngày 15/10/2024" over "Năm 2024": 2024's
        # tasks accepted and the OCOP products valid at 31/12/2024 were stored, the report written in
        # October — the year was not over, its figure no year's (an estimate, or the count to the day).
        # An estimate stays one; a period ended by then ("9 tháng đầu năm 2024", "Năm 2023") stays read
        written = plan.written_on.strftime("%d/%m/%Y")
        return (
            f"Ô {cell}: báo cáo lập ngày {written}, trước khi kỳ {periods.label(period)} kết thúc: số liệu chưa "
            f"phải của cả kỳ (có thể là ước tính hoặc số đến ngày lập báo cáo); không lấy",
            f"Cell {cell}: the report was written on {written}, before the period {periods.label(period, 'en')} "
            f"ended: not the whole period's figure (an estimate or the count to that day); not taken"), period, from_hint
    if measure == "actual" and status != "estimated" and c.relative_year == 0 and c.period is None \
            and not c.within_year and re.search(r"(^| )nam (nay|bao cao)( |$)", fold(c.text)) \
            and row_period is None and period is not None \
            and period.kind not in ("year", "date") and plan.base_period is not None and period == plan.base_period:
        # NOTE: mend28a: "Năm nay" the one column of "BÁO CÁO … THÁNG 10 NĂM 2024" was stored as October's: this
        # year's figure in a month's report is the year to date (or the year's), never the month's ("Kỳ báo cáo",
        # "Kỳ này" are the report's own period)
        return (
            f"Ô {cell}: cột “{c.text}” trong báo cáo {periods.label(plan.base_period)}: không rõ là số cộng dồn từ "
            f"đầu năm hay của cả năm; không lấy",
            f"Cell {cell}: the column “{c.text}” in a report on {periods.label(plan.base_period, 'en')}: the year "
            f"to date or the whole year; not taken"), period, from_hint
    if measure == "actual" and status != "estimated" and period is not None and period.kind not in ("range", "date") \
            and plan.base_period is not None and plan.base_period.kind != "date" \
            and period.start < plan.base_period.start and period.end > plan.base_period.end \
            and not _an_edition(cell_code):
        # NOTE: mend28a: a lone "Năm 2024" in the report on October 2024 ("BÁO CÁO … THÁNG 10 NĂM 2024", or
        # on Quý III/2024) was stored as the whole year 2024: a report cannot state what the year it is part
        # of achieved — that column is the year to the report's month (or its plan, its forecast); which, no
        # one can tell. An estimate of the year ("Ước thực hiện năm 2024") stays an estimate; a span ("giai
        # đoạn 2021-2025") is the next rule's. An index's edition ("PII 2025" in a report of November 2025,
        # recall39) is published whole, as under the report's date (_an_edition, blind67)
        return (
            f"Ô {cell}: báo cáo {periods.label(plan.base_period)}; cột kỳ {periods.label(period)} chưa kết thúc ở "
            f"kỳ báo cáo: không rõ là số cộng dồn đến kỳ báo cáo hay kế hoạch, dự báo; không lấy",
            f"Cell {cell}: a report on {periods.label(plan.base_period, 'en')}; the column "
            f"{periods.label(period, 'en')} is not over by then: the total to date or a plan, a forecast; "
            f"not taken"), period, from_hint
    if measure == "actual" and status != "estimated" and period is not None and period.kind == "range" \
            and plan.base_period is not None and period.start < plan.base_period.start \
            and period.end > plan.base_period.end and _is_flow(cell_code):
        # NOTE: "Sản phẩm OCOP được công nhận giai đoạn 2021-2025 | 210" in a report on 2024 (probe34):
        # a count or a sum over a span the report's own period ends before is what was reached so far
        # or the span's target, never the span's total (stored as 2021-2025's). A rate or an index
        # over such a span is the figure the report states (review20b's TFP "giai đoạn 2020-2023")
        return (
            f"Ô {cell}: nhãn ghi giai đoạn {periods.label(period)} chưa kết thúc ở kỳ của báo cáo "
            f"({periods.label(plan.base_period)}): số đạt được đến nay hoặc mục tiêu, không phải tổng của "
            f"giai đoạn; không lấy",
            f"Cell {cell}: the label names the span {periods.label(period, 'en')}, not over by the report's "
            f"period ({periods.label(plan.base_period, 'en')}): what was reached so far or the span's target, "
            f"not its total; not taken"), period, from_hint
    # NOTE: the new Gia Lai's 2025 over "Gia Lai (cũ) | Bình Định (cũ) | Tổng (tỉnh mới)": a former
    # province's column beside the merged province's total is that territory's share of the new
    # province's figure, which no province of the period holds — set aside, not an error (a former
    # province's own row or report after the merger is still refused); so is a row under "II. Tỉnh
    # Kiên Giang (cũ)" in the new An Giang's 2025 report
    if c.index in plan.unsure_heirs and period is not None and registry.frame_for(period.end) == "34":
        return (
            f"Ô {cell}: cột “{c.text}” đặt cạnh các cột tỉnh cũ: không rõ là tỉnh trước hay sau sắp xếp "
            f"(kỳ {periods.label(period)}); không lưu.",
            f"Cell {cell}: the column “{c.text}” beside former provinces' columns may be the province before "
            f"or after the merger ({periods.label(period, 'en')}); not stored."), period, from_hint
    return None, period, from_hint


def _cut_off_reason(s: Sheet, r: int, row: list, code: str, plan: _SheetPlan) -> tuple[str, str]:
    """Why a flow beside a bare date in a cut-off column is not taken (Vietnamese, English)."""
    cut, shown = cell_name(r, plan.period_col), cell_text(row[plan.period_col])
    return (f"Ô {cut}: “{registry.indicator(code).name_vi}” là số liệu trong một kỳ, còn cột thời điểm chỉ "
            f"ghi một ngày ({shown}): không rõ là số của kỳ nào hay số cộng dồn đến ngày đó; không lấy. "
            f"Hãy ghi kỳ, ví dụ “6 tháng đầu năm 2026”.",
            f"Cell {cut}: “{registry.indicator(code).name_en}” is counted over a period, but the cut-off "
            f"column gives only a date ({shown}): which period's figure, or a total to that date, is "
            f"unclear; not taken. Write the period, e.g. “6 tháng đầu năm 2026”.")


_DATE_TEXT = re.compile(r"^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$")


def _flow_at_a_cut_off(row: list, code: str, row_period: Period, plan: _SheetPlan) -> bool:
    """Whether a row dated by a cut-off column ("Thời điểm") gives a figure counted over a period:
    "Sản phẩm OCOP được công nhận | 31/12/2025 | 28" is 2025's count or the total recognized to that
    date — a person cannot tell (a 31/12 date read as its year stored it as 2025's). A stock is dated
    by it; a period written in the cell ("6 tháng đầu năm 2026") is that period. "Đến ngày" is such
    a column alone, or where the row leaves its "Từ ngày" blank (with both ends, the row's period)."""
    pc, fc = plan.period_col, plan.period_from_col
    if pc is None or registry.indicator(code).is_stock \
            or not any(c.cut_off for c in plan.cols if c.index == pc and c.role == "period") \
            or (fc is not None and fc < len(row) and row[fc] is not None and cell_text(row[fc]).strip()):
        return False
    v = row[pc] if pc < len(row) else None
    return row_period.kind == "date" or isinstance(v, (date, datetime)) or _serial_in_cut_off(v) \
        or (isinstance(v, str) and _DATE_TEXT.match(v) is not None)


def _is_flow(code: str) -> bool:
    """A count or a sum of money over a period (tasks accepted in a year, funds spent), not a count
    at a date nor a rate."""
    ind = registry.indicator(code)
    return not ind.is_stock and ind.kind in ("count", "money")


def _sum_of_parts(s: Sheet, r: int, row: list, c: Column, code: str, v) -> bool:
    """Whether a grand total's cell over the parts of a year is the span's figure: the indicator is a
    flow that adds up over periods (a count or a sum of money — never a rate, a score, a rank or a
    stock, whose pivot total is no figure of anything), and the cell is the sum of the row's parts,
    each a typed figure."""
    ind = registry.indicator(code)
    if ind.is_stock or not ind.additive or ind.kind not in ("count", "money"):
        return False
    figures = []
    for i in (c.index, *c.sums_parts):
        x = row[i] if i < len(row) else None
        if i != c.index and c.blank_part_is_none and (r, i) not in s.no_cache and (x is None or x == ""):
            continue
        if (r, i) in s.no_cache or isinstance(x, bool) or not isinstance(x, (int, float)) or x != x:
            return False
        figures.append(float(x))
    total, parts = figures[0], figures[1:]
    return abs(total - sum(parts)) <= 1e-9 * max(1.0, abs(total))


def _former_shares(value_cells: list[Column], provs: list | None = None) -> frozenset:
    """The columns of former provinces ("Gia Lai (cũ)") beside the merged province's own column:
    a total "Tổng (tỉnh mới)", the new province named ("Đồng Nai (mới) | Đồng Nai (cũ) | Bình
    Phước (cũ)" under "Thực hiện năm 2025"), or a column of the sheet's own province (its title's)
    that the former provinces all merged into — then each former column is its territory's share of
    the new province's figure (set aside after the merger by _read_values)."""
    # NOTE: recall31: "Năm 2025 (Hà Giang cũ)" names its former province with "cũ" inside the note (probe37,
    # etl/headers.py _former_named_in): as much a former province's column as "Hà Giang (cũ)"
    formers = [c for c in value_cells if c.role == "province_value"
               and (FORMER_NOTE.search(nfc(c.text)) or c.province and _former_named_in(c.text))]
    if not formers:
        return frozenset()
    if any(c.merged for c in value_cells):
        return frozenset(c.index for c in formers)
    # NOTE: "Quảng Ngãi (cũ) | Kon Tum (cũ) | Tỉnh Quảng Ngãi": the new province's column names a
    # province of both frames (the old Quảng Ngãi kept its name); its frame-34 one is the new
    # province (counted only when every name was frame 34, the former columns refused the file)
    new = {p.code for c in value_cells if c.role == "province_value" and c.province
           and not FORMER_NOTE.search(nfc(c.text)) for p in c.province if p.frame == "34"}
    # NOTE: "An Giang (cũ) | Kiên Giang (cũ) | Cần Thơ | Tổng cộng" in the new An Giang's 2025 report
    # (a regional table, no column of the merged province): the former provinces merged into the
    # title's province all the same — after the merger each is its territory's share, set aside;
    # before it, each its own figure (the honest file was refused: former provinces after the
    # merger). Cần Thơ's column stays Cần Thơ's; "Tổng cộng" beside another province is the region's.
    # NOTE: the new TP. Hồ Chí Minh's "Năm 2025 (toàn Thành phố) | Chia theo địa bàn trước sắp
    # xếp: TP.HCM (cũ) | Bình Dương (cũ) | Bà Rịa - Vũng Tàu (cũ)": the sheet's own column (no
    # province named: the title's) beside former provinces that all merged into the title's
    # province — their 2025 is a breakdown of the city's (read as provinces, the columns refused
    # the file: "TP.HCM (cũ)" a second value of the city, the others gone provinces)
    # NOTE: recall31: so are they with no column of the whole beside them — the new Gia Lai's "Gia Lai
    # (cũ) | Bình Định (cũ)" on 2025, the new Tuyên Quang's "Năm 2024 | Năm 2025 | Năm 2025 (Hà Giang
    # cũ)": each a share of the title's province after the merger, set aside; before it each former
    # province's own figure. Until recall31 every such file was refused whole ("… phải báo cáo theo tỉnh
    # Gia Lai (mới)", batches 16 and 23 pinned it), though the report is the merged province's own and
    # names the territories as they were. A former province under its own heading ("UBND TỈNH HÀ NAM"
    # on 2025), or merged into another province than the title's, is still refused (province_frame)
    beside_whole = any(c.role == "value" for c in value_cells) or any(
        c.role == "province_value" and c.province and not FORMER_NOTE.search(nfc(c.text)) for c in value_cells)
    new |= {p.code for p in provs or () if p.frame == "34"}
    return frozenset(c.index for c in formers
                     if c.province and all((n := registry.successor(p)) is not None and n.code in new
                                           for p in c.province)
                     # (alone, "Nghệ An (cũ)" in Nghệ An's 2025 report is the province itself: it kept its
                     # borders, no territory to tell apart — wrong28, etl/validate.py)
                     and (beside_whole or not all(registry.territory_unchanged(p.code) for p in c.province)))


def _unsure_heirs(value_cells: list[Column]) -> frozenset:
    """The columns naming, bare, a province that absorbed others on 1/7/2025 ("Cần Thơ", "Gia Lai",
    "Quảng Ngãi") beside former provinces' columns ("Hậu Giang (cũ)", "Kon Tum (cũ)"): after the
    merger such a column may be the old province's share as well as the merged province — it is set
    aside for a period ending after the merger (_read_values), and read as the old province's own
    figure before it. Not when it says it is the new one ("Cần Thơ (mới)", "(sau sắp xếp)"), nor
    when the old province has its own "(cũ)" column beside it ("Quảng Ngãi (cũ) | Kon Tum (cũ) |
    Tỉnh Quảng Ngãi": the bare one is then the new province).

    NOTE: "Quảng Ngãi | Kon Tum (cũ) | Tổng cộng" (10 | 12 | 22) in the new Quảng Ngãi's 2025 report
    stored the old Quảng Ngãi's 10 as the new province's; "Kiên Giang (cũ) | Cần Thơ | Hậu Giang (cũ)"
    stored Cần Thơ's as the new Cần Thơ's (review 20a)."""
    cells = [c for c in value_cells if c.role == "province_value" and c.province]
    formers = [c for c in cells if FORMER_NOTE.search(nfc(c.text))]
    if not formers:
        return frozenset()
    former_codes = {p.code for c in formers for p in c.province}
    out = set()
    for c in cells:
        if FORMER_NOTE.search(nfc(c.text)) or _NEW_NOTE.search(nfc(c.text)):
            continue
        heirs = [p for p in c.province if p.frame == "34" and p.code not in former_codes
                 and len(registry.predecessors(p)) > 1]
        if heirs:
            out.add(c.index)
    return frozenset(out)


def _bare_formers_beside_the_whole(cols: list[Column], provs: list | None) -> None:
    """Columns naming, bare, every former province of the sheet's own merged province beside its whole
    ("Quảng Ngãi | Kon Tum | Toàn tỉnh" in the new Quảng Ngãi's report): each is its former province,
    read as if "(cũ)" were written after it (its header's text says so in every message), so that
    _former_shares and _whole_province_beside_formers read them as they read "Kon Tum (cũ)".

    NOTE: mend21: in a report on 2026 the bare "Kon Tum" column was read as the gone province's own
    figure — the honest file refused ("Kon Tum đã sáp nhập vào Quảng Ngãi …"). Only when every former
    province is listed and a column names the whole province: "Quảng Ngãi | Kon Tum" alone, or beside
    another province, is left as written."""
    new = [p for p in provs or () if p.frame == "34"]
    if len(new) != 1 or len(formers := registry.predecessors(new[0])) < 2:
        return
    bare = [c for c in cols if c.role == "province_value" and c.province and c.province_text
            and not FORMER_NOTE.search(nfc(c.text)) and not _NEW_NOTE.search(nfc(c.text))]
    olds = {}
    for c in bare:
        of = [p for p in c.province if p.frame == "63"]
        if len(of) != 1 or registry.successor(of[0]) is None or registry.successor(of[0]).code != new[0].code:
            return
        olds[c.index] = of
    if len(olds) < 2 or {p[0].code for p in olds.values()} != {p.code for p in formers} \
            or any(c.role == "province_value" and c.index not in olds for c in cols) \
            or not any(c.role in ("other", "total") and not c.province and _whole_at_the_end(c.text) for c in cols):
        return
    for c in bare:
        c.province, c.province_text, c.text = olds[c.index], f"{c.province_text} (cũ)", f"{c.text} (cũ)"


def _former_initials_beside_the_whole(cols: list[Column], provs: list | None) -> None:
    """Columns naming the sheet's merged province's former provinces by their initials beside its whole
    ("Toàn tỉnh | Địa bàn KH cũ | Địa bàn NT cũ" in the new Khánh Hòa's report): each is its former
    province's share, read as "Khánh Hòa (cũ)" is (etl/headers.py former_initials).

    NOTE: recall33: unread, and so was "Toàn tỉnh" beside them — the new province's 2025 lost; written
    "KH cũ" the column was read as a plan ("KH", kế hoạch) and the former Khánh Hòa's share stored as the
    new province's plan. Only when the initials name exactly the merged province's predecessors, each
    once, and a column names the whole: "KH cũ | KH điều chỉnh" (an old and a revised plan) stays a plan."""
    new = [p for p in provs or () if p.frame == "34"]
    if len(new) != 1 or len(by_initials := _formers_by_initials(new[0])) < 2:
        return
    named = {c.index: former_initials(c.text) for c in cols if not c.province and (
        c.role == "other" or c.role == "value" and c.measure == "plan" and c.period is None)}
    named = {i: k for i, k in named.items() if k}
    if sorted(named.values()) != sorted(by_initials) or any(len(v) != 1 for v in by_initials.values()) \
            or any(c.role == "province_value" for c in cols):
        return
    if not any(c.role in ("other", "total") and not c.province and c.index not in named
               and _whole_at_the_end(c.text) for c in cols):
        # NOTE: review33b: "Thực hiện 2025 | KH cũ | NT cũ" (no "Toàn tỉnh") still stored the former Khánh Hòa's
        # 40 as the new province's 2025 plan ("KH", kế hoạch): the initials name the former provinces all the
        # same — no plan; whose share they are, unsaid without a column of the whole: unread
        for c in cols:
            if c.index in named:
                c.role, c.measure, c.period = "other", None, None
        return
    for c in cols:
        if c.index in named:
            old = by_initials[named[c.index]][0]
            c.role, c.measure, c.status, c.province = "province_value", "actual", "reported", [old]
            c.province_text = c.text = f"{c.text} ({old.name_vi} (cũ))"


def _initials_of(p) -> str:
    """A province's initials, bare: Bến Tre "bt", Đắk Nông "dn"."""
    return "".join(w[0] for w in bare(p.name_vi).split())


def _formers_by_initials(new) -> dict[str, list]:
    """The former provinces merged into the province `new` (after the merger) by their initials, bare: the new
    Vĩnh Long's {"vl": [Vĩnh Long], "bt": [Bến Tre], "tv": [Trà Vinh]}; {} for a province no merger formed."""
    formers = registry.predecessors(new)
    by_initials: dict[str, list] = {}
    for p in formers if len(formers) > 1 else ():
        by_initials.setdefault(_initials_of(p), []).append(p)
    return by_initials


def _whole_at_the_end(text: str) -> bool:
    """Whether a header ends in the whole province's words ("Toàn tỉnh", "6 tháng đầu năm 2026 Tổng cộng")."""
    return any(len(tail.split()) <= 3 for _, tail in _whole_province_tails(text))


def _an_edition(code: str | None) -> bool:
    """Whether the indicator is an index's score or rank, named by its edition ("PII 2024"): published once,
    final when published — no period still running when a report dated in that year copies it (blind67: Bà Rịa
    - Vũng Tàu's PII 2024 score and rank, in a report of 22/11/2024, were set aside as the year not yet over)."""
    return code is not None and registry.indicator(code).kind in ("index", "rank")


def _whole_province_tails(text: str):
    """Each split of a two-row header's combined text into its group and the whole province's words
    at its end ("Năm 2025 Toàn tỉnh" -> ("Năm 2025", "Toàn tỉnh")), the shortest end first; the group
    is "" when the whole text is those words. The one place that splits a header so (review22a: two
    copies of it, mend21's and blind40's)."""
    words = text.split()
    for k in range(len(words) - 1, -1, -1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if _WHOLE_PROVINCE_COLUMN.match(fold(tail)):
            yield head, tail


def _whole_province_beside_formers(cols: list[Column], provs: list | None) -> None:
    """The merged province's own column named as the whole province ("Toàn tỉnh", "Tổng cộng",
    "Cộng") under the group header of its former provinces' columns ("Thực hiện 9 tháng năm 2025"
    over "Lâm Đồng (cũ) | Bình Thuận (cũ) | Đắk Nông (cũ) | Toàn tỉnh"), when every former
    province merged into the sheet's own province: that province's figure, as "Tổng (tỉnh mới)" is.

    NOTE: in a compilation of provinces "Tổng cộng" is their sum, no province's figure, and stays a
    total; here every other column is a part of one province that the title names."""
    formers = [c for c in cols if c.role == "province_value" and c.province and c.province_text
               and FORMER_NOTE.search(nfc(c.province_text))]
    if not formers or not provs:
        return
    new = {p.code for p in provs if p.frame == "34"}
    heirs = {n.code if (n := registry.successor(p)) is not None else None for c in formers for p in c.province}
    if len(heirs) != 1 or not heirs <= new:
        return
    heir = registry.province(next(iter(heirs)), "34")
    # NOTE: "Bình Thuận (cũ) | Đắk Nông (cũ) | Tổng cộng" (22 | 13 | 35) in the new Lâm Đồng's
    # report: the sum of two of its three former provinces, not the province's figure (stored as
    # Lâm Đồng's, 35 was a wrong number); "Toàn tỉnh" says the whole province whoever is listed
    # NOTE: "An Giang (cũ) | Kiên Giang (cũ) | Cần Thơ | Tổng cộng": another province's column beside
    # the former ones makes the sum the region's, never the merged province's (batch 31's review)
    every_former = _only_every_former(heir, {p.code for c in formers for p in c.province},
                                      {p.code for c in cols if c.role == "province_value" for p in c.province or ()})
    groups = set()
    for c in formers:
        if not c.text.endswith(c.province_text):
            return
        groups.add(c.text[:len(c.text) - len(c.province_text)].strip())
    for i, c in enumerate(cols):
        if c.role not in ("other", "total") or c.province:
            continue
        group = next((g for g in groups if not g or c.text.startswith(g + " ")), None)
        if group is None and _periodless_groups(groups) and _WHOLE_PROVINCE_COLUMN.match(fold(c.text)):
            # NOTE: "Chia theo địa bàn" over "Phú Thọ (cũ) | Vĩnh Phúc (cũ) | Hòa Bình (cũ)" and "Toàn
            # tỉnh" BESIDE the group (its header over both rows), under a title on 2025 (batch 29): a
            # group naming no period says only "by territory", so the whole column is the title's
            # period as the former ones are (the former cells were refused for the 34-province frame,
            # the honest file with them). A group naming a period (another than the whole column's)
            # keeps the whole column unread.
            group = ""
        if group is None:
            group = _own_period_group(c.text)
        if (group is None or not _WHOLE_PROVINCE_COLUMN.match(fold(c.text[len(group):]))) and every_former \
                and (year := _sum_of_its_own_year(c.text)) is not None and _parts_cover_the_year(cols[:i], formers, year.period):
            # NOTE: blind63: "Cà Mau (cũ) 6 tháng đầu năm | Bạc Liêu (cũ) 6 tháng đầu năm | Cà Mau (mới) 6 tháng
            # cuối năm | Tổng cộng năm 2025": the sum written before its own year, every former province
            # beside it — the merged province's whole year (its territory over both halves), set aside as
            # a total over places (5 facts lost)
            year.index, year.text, year.merged = c.index, c.text, True
            cols[i] = year
            continue
        if group is None or not _WHOLE_PROVINCE_COLUMN.match(fold(c.text[len(group):])):
            continue
        if not every_former and _BARE_SUM_COLUMN.match(fold(c.text[len(group):])):
            continue
        # NOTE: one header row "Lâm Đồng (cũ) | Bình Thuận (cũ) | Đắk Nông (cũ) | Tổng cộng" under a
        # title on "6 tháng cuối năm 2025": no group header, the title's period (read as a total of
        # provinces, the former columns were gone provinces' figures and the honest file refused)
        own = header_role(group) if group else Column(c.index, c.text, "value")
        if own.role != "value":
            continue
        # NOTE: review40: the places' own periods only — a comparison or a plan left of them ("Năm 2024 | Ninh
        # Thuận (cũ) | Khánh Hòa (cũ) | Toàn tỉnh", "Kế hoạch năm 2025 | …") is no part the whole sums: read as
        # one, the new Khánh Hòa's 2025 (12) was lost
        named = {x.period.notation: x.period for x in cols[:i] if x.role == "province_value" and x.period is not None}
        if not group and named:
            # NOTE: wrong42: "Ninh Thuận (cũ) 6 tháng đầu năm 2025 | Khánh Hòa (cũ) 6 tháng đầu năm 2025 | Cộng" under
            # "… GIAI ĐOẠN 2021-2025" stored the sum as the new Khánh Hòa's 2021/2025: the places' columns name their
            # own period, the title's span is none of theirs. The whole is their one period; places of different
            # periods ("… 6 tháng đầu năm 2025 | Khánh Hòa 6 tháng cuối năm 2025 | Cộng") leave it unread — a sum of
            # parts of different periods is no fact
            if len(named) != 1 or any(x.role == "province_value" and x.period is None for x in cols[:i]):
                continue
            own.period = next(iter(named.values()))
        if not group and (parts := {f.within_year for f in formers}) != {None}:
            # NOTE: review38a: "Cà Mau (cũ) 9 tháng | Bạc Liêu (cũ) 9 tháng | Cộng" under "… NĂM 2025" (blind63's former
            # columns naming their part of the title's year): the whole is their part too — it was stored as the
            # new Cà Mau's whole 2025; formers naming different parts leave it unread
            if len(parts) != 1:
                continue
            own.within_year = next(iter(parts))
        own.index, own.text, own.merged = c.index, c.text, True
        cols[i] = own


# an "of which" column: a part of the column left of it ("Trong đó: TP Hà Tĩnh (cũ)", "Trong đó: Sở KH&CN")
_OF_WHICH_COLUMN = re.compile(r"^trong do\b")


def _whole_beside_its_parts(cols: list[Column], label_col: int) -> None:
    """The whole province's column ("Toàn tỉnh") followed only by its parts ("Trong đó: TP Hà Tĩnh (cũ)"),
    naming no period nor group: the province's figure of the report's period, as a lone "Số lượng" is —
    the parts stay unread.

    NOTE: mend27b: "Toàn tỉnh | Trong đó: TP Hà Tĩnh (cũ)" (the province, then a former city within it)
    stored nothing, both columns "naming nothing". Only when every other column is a label, a unit, a
    number or a note: beside a period's column or another place's, "Toàn tỉnh" is left as it was."""
    rest = [c for c in cols if c.index != label_col and c.role not in ("stt", "unit", "note", "label")]
    whole = [c for c in rest if c.role in ("other", "total") and not c.province and not c.period
             and _WHOLE_PROVINCE_COLUMN.match(fold(c.text)) and not _BARE_SUM_COLUMN.match(fold(c.text))]
    if len(whole) != 1:
        return
    parts = [c for c in rest if c is not whole[0]]
    # NOTE: a province among the parts ("Trong đó: Kon Tum (cũ)") makes "Toàn tỉnh" the merged territory,
    # no province's before the merger: left to _whole_province_beside_formers
    if not parts or not all(c.index > whole[0].index and c.role in ("other", "total") and not c.province
                            and _OF_WHICH_COLUMN.match(fold(c.text)) for c in parts):
        return
    whole[0].role, whole[0].whole_province = "value", True
    for c in parts:
        c.role = "other"


_SUM_THEN_PERIOD = re.compile(r"^(?:tổng cộng|tổng số|tổng|cộng)\s+(?P<period>.+)$", re.I)


def _parts_cover_the_year(left: list[Column], formers: list[Column], year: Period) -> bool:
    """Whether the value columns left of a "Tổng cộng năm 2025" beside the former provinces add up to that year: every
    former province the same part from January (its half before the merger, or the whole year), the merged
    province's own reported columns the rest of the year, one after another.

    NOTE: review38a: "Cà Mau (cũ) 6 tháng đầu năm | Bạc Liêu (cũ) 6 tháng đầu năm | Tổng cộng năm 2025" (no second
    half), "… 9 tháng | … 9 tháng | Tổng cộng năm 2025", "… quý I | … quý I | Cà Mau (mới) quý III | …", or the
    second half an estimate ("Cà Mau (mới) ước 6 tháng cuối năm"): the sum was stored as the new Cà Mau's reported
    whole 2025 — what the columns hold is a part of it, or an estimate."""
    y = year.start.year

    def span_of(c: Column) -> Period:
        return c.period if c.period is not None else within(c.within_year, y) if c.within_year else year
    own = {f.index for f in formers}
    firsts = {span_of(f) for f in formers}
    if len(firsts) != 1 or (first := next(iter(firsts))).start != year.start:
        return False
    rest = [c for c in left if c.index not in own and c.role in ("value", "province_value")]
    if any(c.measure != "actual" or c.status != "reported" or c.cumulative for c in rest):
        return False
    spans = sorted((span_of(c) for c in rest), key=lambda p: p.start)
    end = first.end
    for p in spans:
        if (p.start - end).days != 1:
            return False
        end = p.end
    return end == year.end


def _sum_of_its_own_year(text: str) -> Column | None:
    """The column of a bare sum written before a whole year after the merger began ("Tổng cộng năm 2025",
    "Cộng cả năm 2025"), read as that year's actual column; None for any other (a part of the year, a plan,
    a year before the merger, a total to date)."""
    m = _SUM_THEN_PERIOD.match(nfc(text).strip())
    if m is None or _caption_to_date(m["period"]):
        return None
    own = header_role(m["period"])
    if own.role != "value" or own.measure != "actual" or own.period is None or own.period.kind != "year" \
            or own.relative_year is not None or own.cumulative or registry.frame_for(own.period.end) != "34":
        return None
    return own


def _own_period_group(text: str) -> str | None:
    """The group header of the whole province's column when it is its own and names an actual
    period after the merger ("Năm 2025" over "Toàn tỉnh" beside "6 tháng đầu năm 2025 (trước sắp xếp)"
    over the former provinces' columns): that header, or None.

    NOTE: batch 40, the new Đồng Nai's 2025 report: its own year was left unread. A period before
    the merger (the territory's "Năm 2024", three former provinces summed), a plan ("Kế hoạch năm
    2025") or no period keep the column unread."""
    for head, tail in _whole_province_tails(text):
        if not head or _BARE_SUM_COLUMN.match(fold(tail)):
            continue
        # NOTE: "Lũy kế đến hết năm 2025" over "Toàn tỉnh": a total to that date (OCOP products since
        # the programme began), never the year's flow (83 was stored as the new Đồng Nai's 2025;
        # review22a). Not read: a plain table reads it as a stock at the year's end.
        if _caption_to_date(head):
            return None
        own = header_role(head)
        if own.role == "value" and own.measure == "actual" and own.period is not None \
                and own.relative_year is None and registry.frame_for(own.period.end) == "34" \
                and not own.cumulative:
            return head
        return None
    return None


def _periodless_groups(groups: set) -> bool:
    """Whether every group header over the former provinces' columns is a heading naming no period
    nor any measure ("Chia theo địa bàn", "Theo địa bàn trước sắp xếp"): a breakdown by territory."""
    return bool(groups) and all(g and (h := header_role(g)).role == "other" and h.period is None
                                and h.within_year is None and h.relative_year is None for g in groups)


def _every_value_after_merger(plan: _SheetPlan) -> bool:
    """Whether every value column of a sheet holds a period after the merger (its own, or the
    title's). NOTE: "PII 2024 | PII 2025" beside rows "Quảng Bình (cũ)", "Quảng Trị (cũ)": the 2024
    columns are those provinces' own figures (set aside as shares, 4 facts of batch 15 were lost)."""
    base = plan.base_period
    if plan.indicator_cols:
        spans = [p or base for _, p in plan.indicator_cols.values()]
    else:
        if any(c.period is None and (c.relative_year or c.previous_period or c.same_part_of is not None)
               for c in plan.value_cells):
            return False
        spans = [c.period or base for c in plan.value_cells]
    return bool(spans) and all(p is not None and registry.frame_for(p.end) == "34" for p in spans)


# the words before a name that make it a unit below a province ("huyện Châu Thành", "xã Long An")
_BELOW_PROVINCE_WORDS = (["huyen"], ["quan"], ["xa"], ["phuong"], ["thi", "xa"], ["thi", "tran"], ["dac", "khu"])


def _other_province_in_label(label: str, plan: _SheetPlan) -> str | None:
    """The name of a province a row's label names that is none of the sheet's, in a classic form
    (its figures the title's province's): "Sản phẩm OCOP được công nhận (Đồng Tháp)" in An Giang's
    2024 report, "… - Kiên Giang (cũ)" in the new An Giang's 2025 report (the former province's
    share, not the merged province's whole). Both were stored as the report's own province's; the
    report states the figure for another province, so it is not read as the sheet's (README "The
    warehouse"). The sheet's own name ("(An Giang)"), "toàn tỉnh", a district's or commune's name
    and a venue ("tại tỉnh …") are not another province."""
    own = plan.provinces or []
    if not own or not label:
        return None
    named = []
    for n in registry.province_names_in(label):
        if len(n.key) < 4:
            continue
        prev = list(n.before)
        if any(prev[-len(w):] == w for w in _BELOW_PROVINCE_WORDS) or prev[-1:] == ["tai"]:
            continue
        city = prev[-1:] == ["tp"] or prev[-2:] == ["thanh", "pho"]
        former = n.after[:1] == ("cu",)
        found = [p for p in n.provinces if (not city or p.kind == _CENTRAL_CITY) and (not former or p.frame == "63")
                 and registry.written_as_name(label, p.name_vi)]
        if found:
            named.append((n.key, found, former))
    # the longest names only ('ba ria vung tau' over a stray 'vung tau')
    named = [x for x in named if not any(x[0] != o and f" {x[0]} " in f" {o} " for o, _, _ in named)]
    own_names = {p.name_vi for p in own}
    after_merger = plan.base_period is not None and registry.frame_for(plan.base_period.end) == "34"
    for _, found, former in named:
        # NOTE: "An Giang (cũ)" in the new An Giang's 2025 report is the former province's share
        if any(p.name_vi in own_names for p in found) and not (former and after_merger):
            continue
        return found[0].name_vi
    return None


# a note opening with "Số liệu (của) …", and the words that make it a breakdown of the report's own
# whole instead (folded; metrics/header_words.toml other_province_note_words, whole_note_words)
_OTHER_PROVINCE_NOTE = re.compile(r"^\W*(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("other_province_note_words"), key=len, reverse=True))) + r")( |$)")
_WHOLE_NOTE = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("whole_note_words"), key=len, reverse=True))) + r")( |$)")


def _former_of(found: list, own: list) -> bool:
    """Whether provinces are all former provinces (of the 63 frame) merged into the province after the
    merger among `own` (the report's): "Kiên Giang", "Kiên Giang (cũ)", "An Giang (cũ)" of the new An Giang."""
    new = {p.code for p in own or () if p.frame == "34"}
    return bool(new) and bool(found) and all(
        p.frame == "63" and (n := registry.successor(p)) is not None and n.code in new for p in found)


def _heirs_old_sheet(s: Sheet, start: int, own: list, sheet_names: tuple) -> list:
    """The old province of a sheet in the workbook of the province it kept its name in: a sheet
    whose title line says so ("SỐ LIỆU TỈNH NINH BÌNH (CŨ)"), or one named bare by that province
    ("Ninh Bình") beside sheets of the provinces merged into it ("Hà Nam", "Nam Định") — after the
    merger such a sheet may be the old province's share as well as the merged province, as a column
    is (_unsure_heirs): read as a former province's sheet (its figures after the merger set aside,
    those before it the old province's). Not when the old province has its own "(cũ)" sheet beside
    it (the bare one is then the new province), nor a sheet saying "(mới)"; [] otherwise.

    NOTE: review 21a: the new Ninh Bình's workbook "Hà Nam | Nam Định | Ninh Bình", each under the
    compiler's heading: the old Ninh Bình's share of 2025 (68) was stored as the new province's."""
    new = [p for p in own or () if p.frame == "34" and len(registry.predecessors(p)) > 1]
    if len(new) != 1 or _NEW_NOTE.search(nfc(s.name)):
        return []
    heir = new[0]
    old = [p for p in registry.predecessors(heir) if p.code == heir.code]
    if len(old) != 1:
        return []
    for r in range(start):
        line = " ".join(cell_text(v) for v in s.rows[r] if v is not None)
        if FORMER_NOTE.search(nfc(line)) and {p.code for p in provinces_named(line)} == {heir.code}:
            return old
    if FORMER_NOTE.search(nfc(s.name)) or {p.code for p in provinces_named(s.name)} != {heir.code}:
        return []
    others = [(n, provinces_named(n)) for n in sheet_names if n != s.name]
    if any(FORMER_NOTE.search(nfc(n)) and {p.code for p in found} == {heir.code} for n, found in others):
        return []
    return old if any(found and found[0].code != heir.code and _former_of(found, [heir]) for n, found in others) else []


# "Trong quý", "Trong tháng": the report's own quarter or month, named by its kind only (folded; metrics/header_words.toml)
_OWN_PART_HEADERS = {**dict.fromkeys(registry.header_words("own_quarter_headers"), "quarter"),
                     **dict.fromkeys(registry.header_words("own_month_headers"), "month")}


def _from_a_day_to_the_report(cols: list[Column], base: Period | None) -> None:
    """A column counting from a day to the report's ("Lũy kế từ 01/7/2025", "Lũy kế kể từ ngày hợp nhất",
    metrics/periods.py open_start) holds the span from that day to the end of the report's period; unread when
    the report names no period, the day is no month's first or falls after the report's end.

    NOTE: blind77: the new Khánh Hòa's August 2025 report "Tháng 8/2025 | Lũy kế từ 01/7/2025 (tỉnh mới) | Lũy
    kế 8 tháng năm 2025": the column was read as the day 1 July 2025 — its 14 OCOP products recognised in July
    and August stored as the products still recognised on 1 July, its tasks, initiatives and online share
    set aside as totals to date. It is July–August 2025."""
    for c in cols:
        # (a header that is the span alone, "Từ 01/7/2025 đến nay", "Tháng 7/2025 - nay", says what it holds as
        # "Lũy kế từ 01/7/2025" does; another header with such a span in it, "Ghi chú (từ 01/7/2025)", is no value)
        if c.period is not None or not (c.role == "value" or c.role == "other" and _SPAN_ALONE.match(fold(c.text))):
            continue
        start = periods.open_start(c.text, base.end.year if base is not None else None)
        if start is None:
            continue
        c.cumulative = c.form_cumulative = c.form_ytd = False
        c.within_year = None
        if base is not None and base.kind != "date" and start.day == 1 and start <= base.end \
                and not c.relative_year and c.same_part_of is None:
            c.role, c.period = "value", periods.span(start, base.end)
        else:
            c.role = "other"


_SPAN_ALONE = re.compile(r"^\s*(?:(?:ke\s+)?tu\s|thang\s)")


def _own_part_columns(cols: list[Column], base: Period) -> None:
    """A column "Trong quý" (or "Trong tháng") beside "Lũy kế từ đầu năm" in a report on a quarter (a
    month) holds that quarter's (month's) figures; under a report on another span it names no period
    and stays unread ("Trong quý | Lũy kế 9 tháng": which quarter is not said).

    NOTE: blind58: Sơn La's 2024 workbook, a sheet per quarter ('Q2-2024' titled "QUÝ II") with "Trong
    quý | Lũy kế từ đầu năm": every quarter's own figures were lost (the column "does not say what it holds")."""
    for c in cols:
        if c.role == "other" and _OWN_PART_HEADERS.get(fold(c.text)) == base.kind:
            c.role, c.period = "value", base


def _former_area_sheet(s: Sheet, start: int, own: list, sheet_names: tuple = ()) -> list:
    """The former provinces a sheet of a merged province's workbook is kept for, named followed by "cũ"
    in its name or a title line ("Kon Tum cũ", "SỐ LIỆU NĂM 2025 - ĐỊA BÀN NINH THUẬN (CŨ)") when every one
    was merged into the workbook's province; [] otherwise.

    NOTE: blind58: the new Khánh Hòa's 2025 workbook "Tổng hợp | KH cũ | NT cũ", each sheet under the
    department's own heading "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA": the former areas' shares (19 and
    11 tasks accepted) were both read as the new province's 2025, two values, and the honest file refused;
    the new Quảng Ngãi's "Kon Tum cũ" beside "Q3-2025" the same. Only "(cũ)" in brackets on the sheet's
    name was read so (provinces_named)."""
    if not any(p.frame == "34" for p in own or ()):
        return []
    texts = [s.name] + [" ".join(cell_text(v) for v in s.rows[r] if v is not None) for r in range(start)]
    for text in texts:
        if more_than_a_former(text):
            continue   # "(Số liệu bao gồm địa bàn tỉnh Ninh Thuận cũ)": the whole, the former area inside it
        names = registry.province_names_in(text)
        olds = [n for n in names if n.after[:1] == ("cu",)]
        if len({n.key for n in olds}) > 1 or any(n.after[:1] != ("cu",) and not _inside_a_name(n, olds) for n in names):
            # NOTE: review31a: "(Tỉnh Quảng Ngãi hợp nhất từ tỉnh Quảng Ngãi và tỉnh Kon Tum cũ)", "Số liệu toàn
            # tỉnh (Quảng Ngãi cũ và Kon Tum cũ)" under the new Quảng Ngãi's report on 2024 and 2025 stored the
            # merged territory's 2024 as the former Kon Tum's (or Quảng Ngãi's) and lost the province's 2025: a
            # line naming another province, or two former ones, speaks of the whole, no one area's sheet
            continue
        found = [p for n in olds for p in n.provinces if p.frame == "63"]
        if found and _former_of(found, own):
            return found
    return _former_of_the_initials(s.name, own, sheet_names)


def _sheet_initials(name: str) -> str | None:
    """The initials (bare) a sheet's name names a former province by: "BT cũ", "TV (cũ)", "KT_cu" -> "bt", "tv",
    "kt" (etl/headers.py former_initials, the joins of a name typed as a file's read as spaces)."""
    return former_initials(re.sub(r"_+", " ", name or "").strip())


# initials of a sheet's name that are a word of the reports too ("KH": kế hoạch), folded
_INITIALS_ALSO_WORDS = registry.header_words("sheet_initials_also_words")


def _former_of_the_initials(name: str, own: list, sheet_names: tuple = ()) -> list:
    """The former province a sheet's name names by its initials ("BT cũ") when the workbook's province is one
    province after the merger, exactly one of the provinces merged into it has those initials, and another sheet
    names another of them (by its initials or its name): the merged province's workbook of its former provinces.
    [] otherwise — "KH cũ" alone may be an old plan (kế hoạch), as recall33's columns found.

    NOTE: refused80: the new Vĩnh Long's workbook "VL cũ | BT cũ | TV cũ", each sheet under the compiler's heading:
    every sheet was read as Vĩnh Long's, one fact with three values, the honest file refused. "BT" alone is Bình
    Thuận as much as Bến Tre (and "KT" Kon Tum or another): only the heading's merged province says which"""
    initials = _sheet_initials(name)
    new = [p for p in own or () if p.frame == "34"]
    if initials is None or len({p.code for p in new}) != 1 or initials in _INITIALS_ALSO_WORDS:
        return []
    by_initials = _formers_by_initials(new[0])
    found = by_initials.get(initials, [])
    if len(found) != 1:
        return []
    formers = {p.code for ps in by_initials.values() for p in ps}
    # (the same former named twice — "BT cũ" beside "Bến Tre cũ" — is that workbook too: two values, refused)
    siblings = any(n != name and (_sheet_initials(n) in by_initials or any(
        p.frame == "63" and p.code in formers for p in sheet_provinces(n))) for n in sheet_names)
    return found if siblings else []


def _inside_a_name(n, names: list) -> bool:
    """Whether a province's name found in a text lies inside one of `names` found in it ("Bà Rịa" in
    "Bà Rịa - Vũng Tàu cũ"): the words of the longer name, no province of its own."""
    at, end = len(n.before), len(n.before) + len(n.key.split())
    return any(len(o.before) <= at and end <= len(o.before) + len(o.key.split()) for o in names if o is not n)


# a row's mark as a part of the row above ("- Khánh Hòa", "+ Ninh Thuận (cũ)", "• …")
_GROUP_PART_MARK = re.compile(r"^\s*[-+•*–]\s*")


# "Lũy kế", "Luỹ kế" as typed: a header's words of summing
_SUMMED_OVER = re.compile(r"l(?:ũy|uỹ|uy)\s+k(?:ế|e)", re.I)


def _flow_of_a_span_summed(code: str, c: Column) -> str | None:
    """The flow an indicator column holds when its header sums a span within the period it names ("Lũy kế
    9 tháng năm 2025" over "SP OCOP công nhận": the products recognized from January to September) and the
    matcher took "lũy kế" for a total to date (ocop_products_total); else None.

    NOTE: refused79: batch 79's nine months of 2025 by new province stored 34, 56 and 28 products as valid at
    30/9/2025 — "Lũy kế 9 tháng", "Lũy kế năm 2024" are no totals to date (etl/headers.py is_to_date)."""
    text = fold(c.text)
    if not code.endswith("_total") or "luy ke" not in text or is_to_date(text) or c.period is None \
            or c.period.kind == "date" or _VALIDITY_HEADING.search(re.sub(r"[^a-z0-9 ]+", " ", text)):
        return None
    flow = code[:-len("_total")]
    again, _ = indicator_for_label(" ".join(_SUMMED_OVER.sub(" ", nfc(c.text)).split()), None)
    return flow if again == flow else None


def _merged_group_parts(s: Sheet, r: int, pcol: int, ptext: str, found: list, memo: _SheetMemo) -> list:
    """The rows right under a new province's row ("Khánh Hòa") naming every one of its former provinces, one at
    least marked "(cũ)" ("- Khánh Hòa (cũ)", "- Ninh Thuận (cũ)"): [(row, text, marked)], [] when it heads none.
    A former province's row is one part; a row naming the new province's own name bare ("- Khánh Hòa") too,
    unmarked (the former province's share or the whole: _row_place sets it aside)."""
    heads = [p for p in found if p.frame == "34" and len(registry.predecessors(p)) > 1]
    if len(heads) != 1 or r in memo.group_parts or FORMER_NOTE.search(nfc(ptext)) or former_area_named(ptext):
        return []
    head = heads[0]
    parts, named = [], set()
    for rr in range(r + 1, len(s.rows)):
        row = s.rows[rr]
        text = memo.text(row[pcol] if pcol < len(row) else None)
        olds = [p for p in _province_cached(text) if p.frame == "63"] if text else []
        if not olds or not _former_of(olds, [head]) or any(
                p.frame == "34" and p.code != head.code for p in _province_cached(text)):
            break
        marked = bool(FORMER_NOTE.search(nfc(text)) or former_area_named(text))
        if not marked and not _GROUP_PART_MARK.match(text):
            break   # the same province again (a tidy sheet's next row), no part of it
        parts.append((rr, text, marked))
        named.update(p.code for p in olds)
    # NOTE: every former province listed (a partition of the new one): "Khánh Hòa | Ninh Thuận (cũ)" in the first
    # half of 2025 (wrong24) is the old Khánh Hòa beside a former neighbour, no group
    every = named == {p.code for p in registry.predecessors(head)}
    return parts if every and any(marked for _, _, marked in parts) else []


def _check_group_sum(s: Sheet, r: int, plan: _SheetPlan, ptext: str, parts: list, out: Reading) -> None:
    """A new province's figure beside the sum of its former provinces' rows under it, in each column of an
    indicator that adds up (metrics/indicators.toml additive): differing by more than their rounding, the
    report contradicts itself — a `part_whole` problem naming the cells, as parts above their whole are."""
    for c, (code, _) in sorted((plan.indicator_cols or {}).items()):
        ind = registry.indicators().get(code)
        whole = s.rows[r][c] if c < len(s.rows[r]) else None
        vals = [s.rows[rr][c] if c < len(s.rows[rr]) else None for rr, _, _ in parts]
        if ind is None or not ind.additive or type(whole) not in (int, float) \
                or any(type(v) not in (int, float) for v in vals):
            continue
        total = sum(vals)
        # (a count's parts are whole numbers; an amount's each rounded to its decimals, half a unit apart at most)
        if abs(total - whole) <= (len(vals) * 0.5 * 10 ** -ind.decimals if ind.decimals else 0) + 1e-9:
            continue
        cell = cell_name(r, c)
        cells = ", ".join(cell_name(rr, c) for rr, _, _ in parts)
        sums = " + ".join(f"{v:g}" for v in vals)
        out.problems.append(Problem(
            s.name, cell, whole, "part_whole",
            f"Ô {cell}: “{ind.name_vi}” của “{ptext.strip()}” là {whole:g} nhưng các tỉnh cũ hợp thành ở các dòng "
            f"dưới (ô {cells}) cộng lại {sums} = {total:g}, khác tổng.",
            f"Cell {cell}: “{ind.name_en}” of “{ptext.strip()}” is {whole:g} but its former provinces' rows "
            f"under it (cells {cells}) add up to {total:g}, not the whole."))


def _former_share_reason(what: str, named: list, period: Period | None) -> tuple[str, str]:
    """Why a former province's row or column after the merger is not stored (Vietnamese, English): its
    territory's share of the merged province's figure — or, when the place named "(cũ)" kept its territory
    on 1 July 2025 ("Lai Châu (cũ)", "Điện Biên (cũ)"), that it did not change, so "(cũ)" tells no part of
    the province apart (mend28b: it was said to be a former province's share of a merged one)."""
    label_vi, label_en = periods.label(period), periods.label(period, "en")
    kept = [p for p in named if registry.territory_unchanged(p.code)]
    if kept and len(kept) == len(named):
        names_vi = ", ".join(dict.fromkeys(p.name_vi for p in kept))
        names_en = ", ".join(dict.fromkeys(p.name_en for p in kept))
        return (f"{what}: {names_vi} không thay đổi địa giới ngày 01/7/2025 (không sáp nhập), “(cũ)” không tách "
                f"được phần nào của tỉnh; số liệu kỳ {label_vi} của tỉnh lấy theo dòng, cột toàn tỉnh: không lưu riêng.",
                f"{what}: {names_en} did not change on 1 Jul 2025 (not merged), so “(cũ)” tells no part of the "
                f"province apart; its figure for {label_en} is read from the whole province's row or column: not stored.")
    # NOTE: recall31: a former province's column alone ("Gia Lai (cũ)" in the new Gia Lai's report on 2025)
    # is set aside as a share, no longer refused with "Gia Lai (cũ) đã cùng Bình Định hợp nhất thành tỉnh Gia
    # Lai (mới)": the reason still says whom it merged with (mend28b), a department head reads why
    former = list({p.code: p for p in named if p.frame == "63" and registry.successor(p) is not None}.values())
    how_vi = how_en = ""
    if len(former) == 1:
        how_vi = f"; {registry.former_name(former[0])} {registry.merger_of(former[0])} từ 01/7/2025"
        how_en = f"; {registry.former_name(former[0], 'en')} {registry.merger_of(former[0], 'en')} on 1 Jul 2025"
    return (f"{what} là phần của địa bàn tỉnh cũ trong số liệu của tỉnh sau sắp xếp (kỳ {label_vi}{how_vi}); "
            f"không thuộc tỉnh nào của kỳ đó: không lưu.",
            f"{what} is a former province's share of the merged province's figure ({label_en}{how_en}); it belongs "
            f"to no province of that period: not stored.")


def _former_of_title(ptext: str, found: list, plan: _SheetPlan) -> bool:
    """Whether a row of places names a former province ("Ninh Thuận (cũ)") of the title's merged
    province. Under a report period after the merger ("… NĂM 2025" of the new Khánh Hòa, the
    indicators as columns, "Toàn tỉnh" below) such a row is the new province's share, set aside as
    its former provinces' columns are (see _former_shares); only without a period column (_row_place).
    A row of a year before the merger is that province's own figure."""
    # ("Khu vực phía Đông (địa bàn Bình Định cũ)": the former province's area, its note inside — recall41)
    # (blind80: "Lâm Đồng cũ", "Tỉnh Bình Thuận cũ" down the rows — the note unbracketed — as "(cũ)")
    return bool(FORMER_NOTE.search(nfc(ptext)) or former_area_named(ptext) or ends_with_a_former_note(ptext)) \
        and _former_of(found, plan.provinces)


def _lines_place_and_period(s: Sheet, first: int, stated: Stated) -> tuple[list, str, Period | None]:
    """The provinces (and their text) and the period of lines read from row `first` of `s` on: the title's above
    them, else the workbook's stated ones (a period from the sheet's name, title or statement)."""
    here = title_context(s, first)
    provs, prov_text = (here.provinces, here.province_text) if here.provinces else (stated.provinces, stated.province_text)
    base = _base_period(sheet_period(s), here.period, stated.period, s.name)
    if not here.provinces:
        provs = _inherited_provinces(provs, stated, base)
    return provs, prov_text, base


def _inherited_provinces(provs: list, stated: Stated, base: Period | None) -> list:
    """The provinces of a sheet with no title of its own, the workbook's: after the merger (the
    workbook's period), a province that absorbed others is the merged one even on a sheet of an
    earlier period.

    NOTE: the merged Hải Phòng's report on 2025 with a sheet "Năm 2024" under no title of its own:
    its 2024 is the merged territory's (set aside by the validation, as a column "Năm 2024" beside
    "Năm 2025" in the same report is) — 30 products were stored as the former Hải Phòng's (probe32)."""
    if base is not None and stated.period is not None and _merged_territory_before(provs, stated.period, base) \
            and not (stated.written is not None and registry.frame_for(stated.written) == "63"):
        # (a workbook written before the merger is its province of that day: _written_before_merger)
        return [p for p in provs if p.frame == "34"]
    return provs


# a province's name after its kind in a note ("tỉnh An Giang và tỉnh Kiên Giang"): capitalized words
_NAMED_PROVINCE = re.compile(r"(?:tỉnh|thành phố|TP\.?)\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.()]*\s*)+)")


# the words of a sum in such a note ("tổng hợp của", "số liệu cộng của", "gộp"), folded
_SUMMED_WORDS = re.compile(r"(^| )(tong hop|cong|gop|tong cong|cong gop)( |$)")


def _words_pattern(folded: frozenset | set) -> re.Pattern:
    """Any of these folded words, as whole words."""
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in sorted(folded, key=len, reverse=True)) + r")(?![\w])")


def _footnote_pattern(name: str) -> re.Pattern:
    return _words_pattern(registry.header_words(name))


_FOOTNOTE_LEADS = tuple(registry.header_words("footnote_lead_words"))


def _footnote_lead(text: str) -> bool:
    """Whether a line opens as a note does: its words folded ("Ghi chú", "LƯU Ý"), its marks as typed
    ("(*)", "*": folding drops them)."""
    text = text.lstrip()
    return any(fold(text).startswith(f) if (f := fold(w)) else text.startswith(w) for w in _FOOTNOTE_LEADS)


# … or a plan: "là" and a plan's name, the one list a row's note cell is read by ("Số kế hoạch" in a "Ghi
# chú" column, _ROW_NOTE_PLAN): "(*) Số liệu năm 2024 là số kế hoạch", "… là số KH", "… là mục tiêu"
_FOOTNOTE_QUALIFIER = _words_pattern(registry.header_words("footnote_qualifier_words")
                                     | {fold(f"là {w}") for w in registry.declared_header_words("row_note_plan_words")})
# "năm 2024 là số liệu 9 tháng", "năm 2024: số liệu 6 tháng" (folded, the colon gone): a part of the year
# said of the year
_FOOTNOTE_PART = re.compile(r"nam (?:19|20)\d\d\s+(?:la\s+)?(?:so lieu\s+|so\s+)?(?:\d+\s+)?(?:" + "|".join(
    re.escape(fold(w)) for w in registry.header_words("footnote_part_words")) + r")(?![\w])")
_FOOTNOTE_CUTOFF = _footnote_pattern("footnote_cutoff_words")
# … the year whole said as its parts ("năm 2024 là số liệu 12 tháng"): no part of it
_FOOTNOTE_WHOLE_YEAR = _footnote_pattern("footnote_whole_year_words")
_YEAR_IN_NOTE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# … a year named as one ("năm 2024", folded), not a date's ("15/12/2023"), and a note's clauses as typed ("…; …", "…. …")
_YEAR_NAMED = re.compile(r"(?<=nam )(?:19|20)\d\d(?!\d)")
_CLAUSES = re.compile(r";|\.\s")


def _footnote_qualifier(s: Sheet, end: int) -> tuple[str, frozenset, str | None] | None:
    """A note line under the table (one text cell alone after its last figure, led by "Ghi chú",
    "Lưu ý", "(*)" …: metrics/header_words.toml footnote_lead_words) saying its figures are no actual
    figure of the whole province for their period (footnote_qualifier_words; or footnote_cutoff_words, the
    day counted to: the words from there on, see _cut_short; or footnote_part_words, a part of the period:
    "part", for a year's column only — under "6 tháng đầu năm 2024" the note restates the column's own
    part): (the note, the years it names — none: every figure of the table —, the cut-off, "part" or None),
    or None."""
    last = _last_figure_row(s, end)
    for r in range(last + 1, min(len(s.rows), last + 9)):
        cells = [v for v in s.rows[r] if v is not None and cell_text(v).strip()]
        if len(cells) != 1 or not isinstance(cells[0], str):
            continue
        text = fold(cells[0])
        if not _footnote_lead(cells[0]) or "so lieu" not in text:
            continue
        years = frozenset(int(y) for y in _YEAR_IN_NOTE.findall(text))
        if (q := _FOOTNOTE_QUALIFIER.search(text)) is not None:
            return cells[0].strip(), years, None, _footnote_subject(text, q.start())
        if (cut := _FOOTNOTE_CUTOFF.search(text)) is not None:
            # the words from the cut-off on, as typed: found again in the bare note, where a position is the
            # typed note's (fold does not keep it)
            # NOTE: blind66: "Nguồn: Sở KH&CN tỉnh Kon Tum (cũ). Số liệu … tính đến cuối kỳ" was cut at the folded
            # note's position ("KH&CN" is "khoa hoc va cong nghe" there): nothing left, and the reader crashed;
            # "Số liệu nhiệm vụ KH&CN năm 2024 tính đến ngày 30/11/2024" cut to "30/11/2024" kept the eleven
            # months as the year 2024's. Not found so (a word split by a sign), the whole note: no period, aside
            typed = nfc(cells[0].strip())
            at = _FOOTNOTE_CUTOFF.search(bare(typed))
            cutoff = typed[at.start():] if at is not None else typed
            # NOTE: review31a: "Số liệu năm 2024 được tính từ ngày 15/12/2023 đến ngày 14/12/2024" (the
            # statistical year) set aside the 2023 column — read to 14/12/2024 it was no longer 2023 — and
            # "* Số liệu năm 2023 đã được điều chỉnh …; số liệu năm 2024 tính đến hết năm 2024" likewise: a day
            # counted to speaks of the years its own clause names as years, never of a date's year ("Số liệu
            # năm 2023 và năm 2024 tính đến ngày 30/11/2024" still cuts both); a clause naming none, of the
            # note's years
            clause = next((fold(c) for c in _CLAUSES.split(cells[0]) if _FOOTNOTE_CUTOFF.search(fold(c))), "")
            said = frozenset(int(y) for y in _YEAR_NAMED.findall(clause))
            return cells[0].strip(), said or years, cutoff, _footnote_subject(text, cut.start())
        if (part := _FOOTNOTE_PART.search(text)) is not None and not _FOOTNOTE_WHOLE_YEAR.search(part[0]):
            # NOTE: review31a: "Số liệu năm 2024 là số liệu 12 tháng" set aside the year's column: the
            # twelve months are the year
            return cells[0].strip(), years, "part", _footnote_subject(text, part.start())
        if (said := _FOOTNOTE_YEAR_OF.search(text)) is not None \
                and (subject := _footnote_subject(text, said.start())):
            # NOTE: wrong39: "Ghi chú: Số liệu sản phẩm OCOP năm 2023" under a table headed "Năm 2024" stored the 40
            # products as 2024's: the note gives one indicator's figure (recall33's subject) another year —
            # "year": every column of another year sets that figure aside (the column's own year keeps it)
            return cells[0].strip(), frozenset({int(said[1])}), "year", subject
    return None


# "số liệu sản phẩm OCOP năm 2023", "… là của năm 2023" (folded): the note ends naming the year of its subject's figures
_FOOTNOTE_YEAR_OF = re.compile(r"\s+(?:la\s+)?(?:cua\s+)?nam\s+((?:19|20)\d\d)\s*[.;]?\s*$")


def _footnote_subject(folded: str, at: int) -> tuple[str, ...]:
    """What a footnote says its words of ("Số liệu kinh phí không bao gồm kinh phí sự nghiệp": "kinh phí"), as
    the matcher's words, between "số liệu" and the qualifier at `at` (a year, "các năm", "của bảng" dropped);
    () when it names nothing of the registry's (the note is then every figure's of the table).

    NOTE: recall33: the note on the money alone set aside the whole table, the year's tasks and OCOP products
    with it (probe38's rule read every such note as every figure's)."""
    start = folded.rfind("so lieu", 0, at)   # the clause's own ("… ; số liệu còn hiệu lực tính đến …")
    if start < 0 or start + len("so lieu") >= at:
        return ()
    words = labels.label_tokens(folded[start + len("so lieu"):at])
    # NOTE: review33b: any words some indicator speaks of were the subject — "Số liệu thực hiện năm 2024 là số
    # kế hoạch" set aside the tasks run alone and stored the year's OCOP products, tasks accepted and budget,
    # plans all, as actuals; "Số liệu nhiệm vụ và kinh phí …" the task budget's row alone. Only a subject of
    # the declared list, alone, names the rows (metrics/header_words.toml footnote_subject_words)
    return words if words in _footnote_subjects() and any(
        labels.speaks_of(i.code, words) for i in registry.indicators().values()) else ()


@lru_cache(maxsize=1)
def _footnote_subjects() -> frozenset:
    return frozenset(labels.label_tokens(fold(w)) for w in registry.declared_header_words("footnote_subject_words"))


def _stock_twin_part(label: str, code: str, whole: str) -> str | None:
    """The part of a stock column's indicator `whole` in the place of `code` among its own whole's parts: the valid
    3-star products (ocop_products_3star_total) for "Sản phẩm OCOP 3 sao" (ocop_products_3star, a part of the
    products recognised) under a column of the products still valid. None unless `whole` is a stock, `code`'s
    whole a flow, both wholes declare their disjoint parts in parallel (as many, in order), and the label read as a
    sub-item of the stock names that very part (the levels of the tasks are no stars of the products, however many).

    NOTE: blind91: Ninh Thuận's OCOP sheet "Hạng sản phẩm | Công nhận trong năm 2024 | Còn hiệu lực đến 31/12/2024"
    named its rows in full ("Sản phẩm OCOP 3 sao"): the label's own indicator is the year's stars, a part of no
    valid stock, and the 118 valid 3-star products were set aside (bare "3 sao" rows were read)."""
    stock, part = registry.indicator(whole), registry.indicator(code)
    flow = registry.indicator(part.parent) if part.parent else None
    if flow is None or stock.temporal != "stock" or flow.temporal == "stock":
        return None
    for mine, theirs in zip(flow.disjoint_parts, stock.disjoint_parts):
        if len(mine) == len(theirs) and code in mine and _sub_item(label, whole)[0] == theirs[mine.index(code)]:
            return theirs[mine.index(code)]
    return None


def _cut_short(period: Period, cutoff: str) -> bool:
    """Whether a column's period counted to the day of a note's `cutoff` ("tính đến ngày 30/11/2024") is
    no longer that period, as "Năm 2024 (tính đến ngày 30/11/2024)" reads (the Government's 15/12 keeps
    the year)."""
    if period.kind == "range" and period.start.month == 1 and period.start.day == 1 \
            and period.start.year < period.end.year:
        # NOTE: blind91: Kon Tum's "Lũy kế 2021 - 6/2025" under "Ghi chú: Số liệu 6 tháng đầu năm 2025 tính đến
        # ngày 15/6/2025" was set aside (the span and the day read together name no period) while the note's own
        # "6 tháng đầu năm 2025" column kept its half: a running total from a January is counted to the day as
        # the part of its last year it ends with ("6 tháng đầu năm 2025"), no more and no less
        last = periods.span(date(period.end.year, 1, 1), period.end)
        return _cut_short(last, cutoff)
    said = periods.from_text(f"{periods.label(period)} ({cutoff.rstrip('.;')})")
    return said is None or said.notation != period.notation


def _formers_summed(s: Sheet, provs: list | None) -> bool:
    """Whether a note line of the sheet (one text cell alone, above or below its table) says its figures
    are two or more former provinces' together, before the merger, that all merged into the sheet's own
    province: "(Số liệu tổng hợp của tỉnh An Giang và tỉnh Kiên Giang trước sắp xếp)".

    NOTE: wrong26: under "UBND TỈNH AN GIANG" a report on 2024 (or on the first half of 2025) with that
    note was stored as the former An Giang's, the two provinces' sum; a period before the merger is the
    merged territory's, which no province of then holds (set aside, as _merged_territory_before does)."""
    new = [p for p in provs or () if p.frame == "34"]
    if len(new) != 1 or len(registry.predecessors(new[0])) < 2:
        return False
    for row in s.rows:
        cells = [v for v in row if v is not None and cell_text(v).strip()]
        if len(cells) != 1 or not isinstance(cells[0], str) or not _BEFORE_MERGER_NOTE.search(fold(cells[0])) \
                or not _SUMMED_WORDS.search(fold(cells[0])):
            # NOTE: a note naming each former province's own figures ("Số liệu 6 tháng đầu năm 2025 là số
            # liệu của tỉnh Lào Cai (cũ) và tỉnh Yên Bái (cũ)", sections below, batch 40) sums nothing
            continue
        named = {p.code for m in _NAMED_PROVINCE.finditer(nfc(cells[0]))
                 for p in registry.match_province(m[1].strip()) if p.frame == "63"
                 and (heir := registry.successor(p)) is not None and heir.code == new[0].code}
        if len(named) >= 2:
            return True
    return False


def _written_before_merger(plan: _SheetPlan) -> bool:
    """Whether the report says it was written before the merger (its place-and-date line, 1/7/2025):
    its province is then the one of that day, whatever span its title runs to.

    NOTE: blind62: the former Phú Thọ's "BÁO CÁO SƠ KẾT 4 NĂM … GIAI ĐOẠN 2021 - 2025" dated 20/02/2025 —
    its title's span ends after 1/7/2025, so "UBND TỈNH PHÚ THỌ" was read as the merged province and every
    figure of 2021–2024 set aside as the merged territory's (36 facts lost); Thái Nguyên, Tuyên Quang, Lào
    Cai … the same, every province whose name the merged one kept."""
    return plan.written_on is not None and registry.frame_for(plan.written_on) == "63"


def _merged_territory_before(provs: list, base: Period | None, period: Period) -> bool:
    """Whether a report on a period after the merger (its title's) names, for a value of a period
    before it, a province that absorbed others on 1/7/2025: that value is the merged territory's."""
    if base is None or registry.frame_for(base.end) != "34" or registry.frame_for(period.end) != "63":
        return False
    new = [p for p in provs if p.frame == "34"]
    return len(new) == 1 and any(p.frame == "63" for p in provs) and \
        any(q.code != new[0].code for q in registry.predecessors(new[0]))


def _not_reported_yet(s: Sheet, r: int, ci: int, plan: _SheetPlan) -> bool:
    """Whether a value cell's column holds no figure at all below the header while its row gives
    figures in other value columns: a period of the table not reported yet."""
    if not any(_is_number_like(s.value(r, o.index)) for o in plan.value_cells if o.index != ci):
        return False
    return not any(_is_number_like(s.value(rr, ci)) for rr in range(plan.header_end + 1, len(s.rows)))


# "lũy kế từ năm 2019", "cộng dồn từ 2019": a total summed since a year (folded); the words before
# the year are data (metrics/header_words.toml since_a_year_words), the year grammar
_SINCE_A_YEAR = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("since_a_year_words"), key=len, reverse=True))) + r") (19|20)\d\d( |$)")


def _flow_beside_a_sum_since_a_year(row: list, label: str, code: str, plan: _SheetPlan) -> str:
    """The flow a row's label names when its "lũy kế" only dates the row's total to date ("Sản phẩm
    OCOP được công nhận (lũy kế từ 2019) | KH 90 | 6 tháng 41 | Lũy kế đến nay 612"): matched as the
    stock to date ("lũy kế"), the half's 41 was a second stock beside 612 and the honest file was
    refused. With a figure in a column to date, the row's other columns are the flow's (the sum
    since the year is then set aside, see _summed_since_a_year); otherwise the code as matched."""
    if not code.endswith("_total") or not _SINCE_A_YEAR.search(fold(label)):
        return code
    flow = registry.indicators().get(code[:-len("_total")])
    if flow is None or flow.is_stock or not registry.indicator(code).is_stock:
        return code
    width = len(row)
    if any((c.cumulative or c.form_ytd) and _is_number_like(row[c.index] if c.index < width else None)
           for c in plan.value_cells):
        return flow.code
    return code


# "lũy kế", "cộng dồn" in a row's label, and the words after it that keep the total within the
# period (folded; metrics/header_words.toml running_total_words, running_total_within_words)
_RUNNING_TOTAL = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.header_words("running_total_words")}, key=len, reverse=True))) + r")( (.*))?$")
_RUNNING_TOTAL_WITHIN = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.header_words("running_total_within_words")}, key=len, reverse=True))) + r")( |$)")


# the act of granting and the words of a stock held or summed to a date, in a row's label (folded;
# metrics/header_words.toml grant_act_words, stock_label_words)
_GRANT_ACT = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.header_words("grant_act_words")}, key=len, reverse=True))) + r")( |$)")
_STOCK_LABEL = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.header_words("stock_label_words")}, key=len, reverse=True))) + r")( |$)")


def _title_dates_a_stock(plan: _SheetPlan, c: Column, row_period: Period | None) -> bool:
    """Whether the value's period is the title's and the title states it by an end date alone ("TÀI SẢN
    TRÍ TUỆ VÀ SẢN PHẨM OCOP TÍNH ĐẾN 31/12/2025"): what was granted is then counted to that date, not
    within a span. NOTE: blind55: the new Vĩnh Long's "Nhãn hiệu tập thể đã được cấp văn bằng bảo hộ |
    102" under that title was set aside as the grants of 2025. A title naming its span ("… năm 2025",
    "năm 2024 (số liệu tính đến 15/12/2024)"), a title that itself names the granting ("KẾT QUẢ CẤP VĂN BẰNG
    BẢO HỘ TÍNH ĐẾN 30/9/2024": grants since some start) or a column's own span keeps the grants rule."""
    if row_period is not None or c.period is not None or not plan.title:
        return False
    # the title's lines that name a period, but the place-and-date line of the form ("Vĩnh Long, ngày 12
    # tháng 01 năm 2026": the day it was signed; "đến ngày 30/6/2024" is a cut-off, not that line)
    dated = [line for line in plan.title.split(" · ") if periods.from_text(line) is not None
             and (not _DATE_LINE.search(fold(line)) or _CUTOFF.search(fold(line)))]
    return bool(dated) and all(periods.cutoff_alone(line) and not _GRANT_ACT.search(words := " ".join(
        re.sub(r"[()\[\]:;,\-–]+", " ", fold(line)).split())) and not _ACTIVITY_TITLE.search(words) for line in dated)


# the words of a row's label saying what there is now (folded; metrics/header_words.toml present_stock_words)
_PRESENT_STOCK = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.header_words("present_stock_words")}, key=len, reverse=True))) + r")( |$)")
_ACTIVITY_TITLE = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.header_words("activity_title_words")}, key=len, reverse=True))) + r")( |$)")


def _grants_of_the_period(label: str, code: str) -> bool:
    """Whether a row's label names the act of granting ("… được cấp văn bằng") a stock that has no flow
    of its own, without saying it holds or sums to date: under a span's column, that span's grants."""
    ind = registry.indicator(code)
    if not ind.is_stock or ind.kind != "count" or code.endswith("_total"):
        return False
    text = " ".join(re.sub(r"[()\[\]:;,\-–]+", " ", fold(label)).split())
    return bool(_GRANT_ACT.search(text)) and not _STOCK_LABEL.search(text)


def _flow_to_date(label: str, code: str) -> bool:
    """Whether a row's label says its figure is a running total over the years ("Nhiệm vụ KH&CN được
    nghiệm thu (lũy kế)", "… lũy kế đến nay", "… (lũy kế đến năm 2024)") of a flow that has no
    declared total to date: stored as the report year's tasks accepted, a sum over years was read
    as one year's count. A stock, or a flow with its "_total" (ocop_products_total), keeps its
    reading; "lũy kế từ đầu năm", "lũy kế 6 tháng", "lũy kế năm 2024" stay within the period."""
    ind = registry.indicators().get(code)
    if ind is None or ind.is_stock or f"{code}_total" in registry.indicators():
        return False
    m = _RUNNING_TOTAL.search(re.sub(r"[()\[\]:;,\-–]+", " ", fold(label)).strip())
    if m is None:
        return False
    after = re.sub(r"\s+", " ", m.group(3) or "").strip()
    return not _RUNNING_TOTAL_WITHIN.search(after)


# "năm trước", "cùng kỳ" in a row's label, and what makes them no period of the figure (folded;
# metrics/header_words.toml previous_period_label_words, previous_period_label_except_words)
_PREVIOUS_PERIOD = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("previous_period_label_words"), key=len, reverse=True))) + r")( |$)")
_PREVIOUS_PERIOD_EXCEPT = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("previous_period_label_except_words"), key=len, reverse=True))) + r")( |$)")


# an indicator of tasks carried over (its folded name): what a "Chuyển tiếp từ năm 2022" column may hold
_CARRIED_OVER_NAME = re.compile(r"(^| )chuyen tiep( |$)")


# "… chuyển (tiếp) sang năm 2025", "… chuyển qua 2025" on a folded label: the year a figure is carried into
_CARRIED_INTO_YEAR = re.compile(r"\b(?:sang|qua) (?:nam |ky )?((?:19|20)\d\d)\b")


def _carried_into_a_later_year(label: str, label_period: Period | None, plan: _SheetPlan) -> int | None:
    """The year a row's label says its figure is carried into ("Nhiệm vụ chuyển tiếp sang năm 2025")
    when it is after any period the row's values are of (the label's, else the value columns' or
    the sheet's; when none is known, any such year); else None."""
    m = _CARRIED_INTO_YEAR.search(fold(label))
    if m is None:
        return None
    year = int(m[1])
    spans = [label_period] if label_period is not None else [c.period or plan.base_period for c in plan.value_cells]
    ends = [p.end.year for p in spans if p is not None]
    # NOTE: after ANY of them: "Quý I/2025 | Năm 2024" beside "Nhiệm vụ chuyển tiếp sang năm 2025 | 18 |
    # 18" stored 2024's 18 (the tasks carried OUT of 2024) as 2024's carried over, the Q1/2025 column
    # being no earlier than 2025 (review26a); the row is set aside whole, a figure missed
    return year if not ends or year > min(ends) else None


# what a row's label says of a span other than its column's (folded; metrics/header_words.toml
# label_years_back_words, label_round_words, label_term_words, label_month_words, label_quarter_words)
def _alternation(section: str) -> str:
    return "|".join(map(re.escape, sorted(registry.header_words(section), key=len, reverse=True)))


def _count_word() -> str:
    """A count written in figures or spelled (metrics/abbreviations.toml spelled_number_words, declared once;
    mend28b: its own list here had drifted from it): a run of number words, the first no word that folds
    like a common one ("tư" like "từ", "lăm" like "làm", "lẻ" like "le", "linh"), which stand only inside
    a number ("mười lăm năm qua")."""
    words = sorted({fold(w) for w in labels.declared_words("spelled_number_words")}, key=len, reverse=True)
    first = [w for w in words if w not in ("tu", "lam", "le", "linh")]
    return rf"(?:\d+|(?:{'|'.join(first)})(?: (?:{'|'.join(words)}))*)"


_COUNT_WORD = _count_word()
# one year, beside a column of one whole year, is that year ("trong 1 năm", "một năm qua")
_ONE = re.compile(r"(?:trong )?(?:0?1|mot) nam\b")
# … nor a year of another calendar ("trong 1 năm học", "1 năm tài chính": September to May, a budget's
# year; metrics/header_words.toml non_calendar_year_words, declared once). NOTE: review29a: "Sáng kiến
# được công nhận trong 1 năm học | 30" under "Năm 2024" was stored as 2024's 30 initiatives
_ONE_OTHER_YEAR = re.compile(r"(?:trong )?(?:0?1|mot) (?:" + _alternation("non_calendar_year_words") + r")( |$)")
# … unless the words right before it make it a length ("có thời gian thực hiện trong 1 năm": the tasks
# lasting a year, a part of those managed; metrics/header_words.toml label_duration_words)
_DURATION_BEFORE = re.compile(r"(?:^| )(?:" + _alternation("label_duration_words") + r")(?: \S+){0,2} ?$")
_YEARS_BACK = re.compile(r"(^| )(?:" + _COUNT_WORD + r" (?:" + _alternation("label_years_back_words") + r")|trong "
                         + _COUNT_WORD + r" nam)( |$)")
_ROUND = re.compile(r"(^| )(?:" + _alternation("label_round_words") + r") (?:\d+|i|ii|iii|iv|v|mot|hai|ba)( |$)"
                    # "… đợt tháng 6/2024", "(đợt tháng 6)": a round named by its month (wrong31; metrics/periods.py)
                    r"|(^| )(?:" + _alternation("month_round_words") + r")(?: (?!nam )\S+){0,8}? (?:thang|t) ?\d{1,2}(?!\d)")
_TERM = re.compile(r"(^| )(?:" + _alternation("label_term_words") + r")( |$)")
_IN_A_MONTH = re.compile(r"(^| )(?:" + _alternation("label_month_words") + r")( |$)")
# a month or a quarter a (folded, spaced) label closes with, its year unwritten ("… nghiệm thu tháng 11", "… quý IV")
_CLOSING_PART_OF_YEAR = re.compile(r"(?:^| )(thang \d{1,2}|quy (?:iv|i{1,3}|[1-4]))$")
_IN_A_QUARTER = re.compile(r"(^| )(?:" + _alternation("label_quarter_words") + r")( |$)")
# "từ năm 2019", "từ 2019" with no end named (a span with its end, "… đến năm 2024", "… đến nay", is
# read by the rules on spans up to a year; a note "(từ năm 2021)" by those on notes, which say why)
# NOTE: review45: "từ năm 2021 đến nay" (to now) with a flow ("Kinh phí NSNN cho nhiệm vụ KH&CN từ năm 2021 đến nay",
# "Nhiệm vụ được nghiệm thu từ năm 2021 đến nay") under "Năm 2024" was stored as 2024's: no rule on spans read a
# flow's, and the words "đến nay" kept this one from it. Its end now is the report's day: the span since 2021
_FROM_A_YEAR = re.compile(r"(^| )tu (?:nam )?((?:19|20)\d\d)(?! (?:den|toi|dn)(?: |$)(?!(?:%s)(?: |$)))( |$)" % "|".join(
    sorted(map(re.escape, registry.header_words("until_now_words")), key=len, reverse=True)))


def _another_span_in_label(label: str, code: str, plan: _SheetPlan) -> str:
    """What a row's label, naming no period the reader takes, says of a span other than the value
    columns' ("trong 5 năm", "3 năm qua", "từ đầu nhiệm kỳ", "đợt 1", "lần 2", "trong tháng" under a
    year's column, a flow "từ năm 2019" under "Năm 2024"): the words, or "" when none.

    NOTE: probe36 — each was stored as the column's period's own figure."""
    def spaced(text: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"[()\[\]:;,\-–]+", " ", text)).strip()

    shown = spaced(nfc(label))
    # folded a letter at a time, so that a match's place is the label's own words' (for the reason)
    f = "".join(c if len(c := fold(ch)) == 1 else ch.lower() for ch in shown)

    def said(m: re.Match) -> str:
        return shown[m.start():m.end()].strip()

    base = plan.base_period
    cols = [c.period or (within(c.within_year, base.end.year) if c.within_year and c.within_year != ("ytd",)
                         and base is not None and base.kind != "date" and base.start.year == base.end.year
                         else base) for c in plan.value_cells]
    kinds = {p.kind for p in cols if p is not None}
    for rx in (_YEARS_BACK, _TERM, _ROUND):
        if (m := rx.search(f)) is not None:
            if rx is _YEARS_BACK and kinds == {"year"} and _ONE.match(m[0].strip()) is not None \
                    and not _DURATION_BEFORE.search(f[:m.start()]) \
                    and not _ONE_OTHER_YEAR.match(f[m.start():].strip()):
                # NOTE: mend28b: "Sản phẩm OCOP được công nhận trong 1 năm | 30" under "Năm 2024" — one year
                # beside a year's column is that year — was set aside as another span; under a quarter,
                # a month or "6 tháng" it still is one, and "2 năm qua", "5 năm gần đây" are too
                continue
            return said(m)
    if kinds and (m := _IN_A_MONTH.search(f)) is not None and "month" not in kinds:
        return said(m)
    if kinds and (m := _IN_A_QUARTER.search(f)) is not None and "quarter" not in kinds:
        return said(m)
    part = within_year(f)
    if part is None and (m := _CLOSING_PART_OF_YEAR.search(f)) is not None:
        # NOTE: wrong55: "Nhiệm vụ KH&CN được nghiệm thu tháng 11 | 50", "- Cấp tỉnh tháng 11" in a report on eleven
        # months were stored as January–November's: a month (or a quarter) the label closes with, its year unwritten,
        # is the figure's part of the column's year — set aside where the column's period is another
        part = within_year(m[1])
    if part is not None and part != ("year",):
        # NOTE: probe36: "Sản phẩm OCOP được công nhận (tính đến tháng 9) | 14", "… 9T", "… đến hết quý
        # III" under "Năm 2024" were stored as 2024's; "… lũy kế 9 tháng", "… từ đầu năm đến nay" as the
        # valid products at 31/12/2024 (a year's part to date is a flow, never the stock)
        if part == ("ytd",):
            if registry.indicator(code).is_stock:
                return shown
        elif any(p.kind != "date" and p.start.year == p.end.year and within(part, p.end.year) != p
                 for p in cols if p is not None):
            return shown
    for m, named in periods.dated_parts(f):
        # NOTE: wrong32: "Sản phẩm OCOP được công nhận tháng 6/2024 | 12" (or "… T6/2024", "… quý II/2024",
        # "… còn hiệu lực đến tháng 6/2024") under "Năm 2024": June's 12 stored as 2024's, the stock at 30/6
        # as at 31/12. A month or a quarter the label names is the figure's period: beside a column of
        # another it is set aside. "đến tháng 12/2024" under the year ends with it; "so với tháng 6/2024"
        # compares (_compares says so)
        said_before = f[:m.start()].split()[-1:]
        if said_before in (["voi"], ["ky"]):
            continue
        if said_before in (["den"], ["toi"], ["het"]):
            differs = any(p.end != named.end for p in cols if p is not None)
        elif said_before == ["tu"]:
            differs = any(p.start != named.start for p in cols if p is not None)
        else:
            differs = any((p.start, p.end) != (named.start, named.end) for p in cols if p is not None)
        if differs:
            return said(m)
    # "Nhiệm vụ chuyển tiếp từ năm 2023": where the tasks came from, not a span summed since then
    if (m := _FROM_A_YEAR.search(f)) is not None and not registry.indicator(code).is_stock \
            and _FROM_A_YEAR.search(fold(re.sub(r"\([^()]*\)", " ", label))) is not None \
            and not _PREVIOUS_PERIOD_EXCEPT.search(f):
        starts = [p.start.year for p in cols if p is not None]
        if starts and int(m[2]) < min(starts):
            return said(m)
    return ""


def _row_notes(row: list, plan: _SheetPlan, text_of) -> list[str]:
    """The texts of a row's cells in the table's note columns ("Ghi chú"), those not empty."""
    return [t for c in plan.cols if c.role == "note" and c.index < len(row) and (t := text_of(row[c.index]))]


# a row's note that is a plan's name alone ("Số kế hoạch", "KH", "Chỉ tiêu kế hoạch năm 2024"), folded, its
# years and marks gone (metrics/header_words.toml row_note_plan_words): never a plan's document cited
# ("Theo Kế hoạch số 12/KH-UBND")
_ROW_NOTE_PLAN = frozenset(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(w)).split())
                           for w in registry.declared_header_words("row_note_plan_words"))


def _note_not_the_columns(row: list, code: str, plan: _SheetPlan, text_of) -> str:
    """What a row's note cell says that makes its figures no result of the value columns' period (a part
    of the year, another span, the plan), as typed; "" when none says so."""
    for note in _row_notes(row, plan, text_of):
        bare_note = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(note)).split())
        bare_note = re.sub(r"^la |(?:^| )(?:nam )?(?:19|20)\d\d$", "", bare_note).strip()
        if bare_note in _ROW_NOTE_PLAN:
            return note.strip()
        # only a note on the figures themselves ("Số liệu 9 tháng", "9 tháng"): a longer remark ("Đã nghiệm
        # thu 2 nhiệm vụ trong tháng 12") tells of a part of what the figure counts
        # … nor a total since a year ("Lũy kế từ năm 2019"), which dates the row's column to date only
        # (_summed_since_a_year; batch 31)
        if (bare_note.startswith("so ") or len(bare_note.split()) <= 4) and not _SINCE_A_YEAR.search(fold(note)) \
                and _another_span_in_label(note, code, plan):
            return note.strip()
        if _note_of_another_year(note, plan) is not None:
            return note.strip()
    return ""


# a note naming the figure's year and nothing else ("Số liệu năm 2023", "Năm 2023", folded, bare): its year
_NOTE_YEAR = re.compile(r"(?:^| )(?:nam )?((?:19|20)\d\d)$")
# "Số liệu năm trước" (folded, bare): the year before the table's — no group, see _note_of_another_year
_NOTE_YEAR_BEFORE = re.compile(r"(?:^| )nam (?:%s)$" % "|".join(sorted(
    {fold(w) for w in labels.declared_words("year_before_words")}, key=len, reverse=True)))
_ROW_NOTE_FIGURE = frozenset(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(w)).split())
                             for w in registry.declared_header_words("row_note_figure_words"))


def _note_of_another_year(note: str, plan: _SheetPlan) -> int | None:
    """The year a row's note says its figures are of ("Số liệu năm 2023") when no value column's period spans it;
    else None. NOTE: blind61's probes: "Sản phẩm OCOP được công nhận | 15 | Số liệu năm 2023" under "Năm 2024 |
    Ghi chú" (last year's figure typed where this year's was not yet known) was stored as 2024's 15. A bare year
    ("2019": when a mark was granted?) and a comparison ("Tăng so với năm 2023") say no such thing."""
    plain = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(note)).split())
    m = _NOTE_YEAR.search(plain)
    before = None if m is not None else _NOTE_YEAR_BEFORE.search(plain)
    if m is None and before is None:
        return None
    said = re.sub(r"^la ", "", plain[:(m or before).start()]).strip()
    if not (said in _ROW_NOTE_FIGURE or not said and m is not None and m[0].strip().startswith("nam ")):
        return None
    base = plan.base_period
    spans = [c.period or base for c in plan.value_cells]
    years = {y for p in spans if p is not None for y in range(p.start.year, p.end.year + 1)}
    # NOTE: review33a: "Số liệu năm trước" beside "Năm 2024" (last year's figure typed in this year's column) was
    # stored as 2024's: the year before the table's earliest is outside every column's by construction
    year = int(m[1]) if m is not None else min(years, default=0) - 1
    return year if years and year not in years else None


def _previous_period_label(label: str) -> bool:
    """Whether a row's label says its figure is the previous period's ("Sản phẩm OCOP được công nhận
    năm trước | 38" under the report's "Năm 2024": stored as 2024's 38). Tasks carried over from
    it ("… chuyển tiếp từ năm trước") and a comparison with it ("… so với năm trước") are not."""
    f = re.sub(r"[()\[\]:;,\-–]+", " ", fold(label))
    f = re.sub(r"\s+", " ", f).strip()
    return bool(_PREVIOUS_PERIOD.search(f)) and not _PREVIOUS_PERIOD_EXCEPT.search(f)


def _summed_since_a_year(row: list, label: str, plan: _SheetPlan, text_of) -> bool:
    """Whether the row's label or note says its total to date is summed since a year ("Lũy kế từ
    năm 2019"): a count over the years, never a count valid at a date (see _read_values)."""
    notes = [text_of(row[c.index]) for c in plan.cols if c.role == "note" and c.index < len(row)]
    return any(_SINCE_A_YEAR.search(fold(t)) for t in (label, *notes) if t)


def _cumulative_reading(code: str, c: Column, cumulative_row: bool) -> tuple[str | None, tuple[str, str]]:
    """Which indicator a cell reads as when totals to date are about (see _read_values), or None
    and why not."""
    ind = registry.indicator(code)
    multi_year = c.period is not None and c.period.start.year != c.period.end.year
    if c.cumulative and not multi_year:
        if ind.is_stock:
            return code, ("", "")
        if c.start_unsaid:
            return None, ("Cột “Lũy kế” trong báo cáo tháng (quý) không nói cộng dồn từ đầu năm hay từ khi bắt đầu (không "
                          "có cột kế hoạch năm, cùng kỳ hay % kế hoạch bên cạnh); không lấy",
                          "A “Lũy kế” column in a monthly (quarterly) report that does not say whether it runs from the year's "
                          "start or since the beginning (no year's plan, same period or % of plan beside it); not taken")
        total = registry.indicators().get(f"{code}_total")
        if total is not None and total.is_stock and not c.form_cumulative:
            return total.code, ("", "")
        return None, ("Cột lũy kế: tổng đến nay, không phải số liệu trong kỳ của chỉ tiêu này; không lấy",
                      "Cumulative column: a total to date, not this indicator's figure for the period; not taken")
    if c.cumulative:
        return (code, ("", "")) if not ind.is_stock else (None, (
            "Cột lũy kế nhiều năm của một chỉ tiêu tính đến một ngày; không lấy",
            "A multi-year cumulative column of an indicator counted to a date; not taken"))
    if cumulative_row and ind.is_stock and ind.kind == "count":
        return None, ("Số tăng thêm trong kỳ; dòng này ghi riêng số lũy kế, được lấy ở cột lũy kế",
                      "The period's increase; this row gives its total to date in the cumulative column, taken there")
    return code, ("", "")


class _TextMemo(dict):
    """_text of a cell value, each distinct text normalized once (a per-sheet memo)."""

    def __call__(self, v) -> str:
        if type(v) is not str:
            return cell_text(v)
        t = self.get(v)
        if t is None:
            t = self[v] = cell_text(v)
        return t


NOT_ONE_NUMBER = "not_one_number"   # the rule of a value cell set aside because it is not one number
_FAILED = object()   # a value cell that could not be read (its problem is already recorded)


# a pivot table's group subtotal: the group's name, then the total word Excel writes after it ("Nhiệm vụ KH&CN Tổng",
# "OCOP Total"; metrics/header_words.toml total_words)
_TRAILING_TOTAL = re.compile(r"^(.*\S)\s+(?:%s)$" % "|".join(map(re.escape, sorted(
    {fold(w) for w in registry.header_words("total_words")} | {"total"}, key=len, reverse=True))))


def _group_subtotal_of_others(s: Sheet, r: int, label: str, code: str, out: Reading) -> str | None:
    """The group's name when the row is a pivot table's subtotal ("Nhiệm vụ KH&CN Tổng") of rows read as another
    indicator than the subtotal's label names — the group's rows from the one that names it (in any cell left of
    the figures) to the row above; None otherwise (no such label or group, or every row of the group is `code`'s:
    "Nhiệm vụ KH&CN mới triển khai Tổng" under its quarters is the span's figure)."""
    m = _TRAILING_TOTAL.match(fold(label).strip())
    if m is None:
        return None
    name = m[1]
    first = next((q for q in range(r - 1, max(-1, r - 40), -1)
                  if any(isinstance(v, str) and fold(v).strip() == name for v in s.rows[q][:3])), None)
    if first is None:
        return None
    codes = {c.indicator for c in out.candidates if c.sheet == s.name and c.cell
             and first + 1 <= int(re.sub(r"^[A-Z]+", "", c.cell)) <= r}
    return label[:len(label) - len(label.rstrip().split()[-1])].strip() or name if codes - {code} else None


_PIVOT_MARKS = re.compile(r"^(?:grand total|tong cuoi|(?:%s) .+|%s)$" % (
    "|".join(map(re.escape, sorted(registry.header_words("pivot_value_captions"), key=len, reverse=True))),
    "|".join(map(re.escape, sorted(registry.header_words("pivot_label_headers") | registry.header_words(
        "pivot_column_captions"), key=len, reverse=True)))))


def _shows_a_pivot(s: Sheet) -> bool:
    """Whether a sheet holds a pivot table's own words: its grand total ("Grand Total", "Tổng Cuối"), its value field's
    caption ("Tổng của Giá trị", "Sum of …"), its row or column labels' header ("Row Labels", "Nhãn cột")."""
    return any(isinstance(v, str) and _PIVOT_MARKS.match(fold(v).strip()) for row in s.rows[:200] for v in row)


def _pivot_group(s: Sheet, r: int, label_col: int, plan: _SheetPlan) -> str:
    """The name of the pivot's group row r is one of the rows or the subtotal of ("Lệ Thủy" of "Lệ Thủy | Sản phẩm OCOP
    3 sao" and of "Lệ Thủy Tổng"), or ''. Only on a sheet showing a pivot's own words (_shows_a_pivot): a group's name
    in another table is a heading, read as headings are."""
    if not _shows_a_pivot(s) or plan.sublabel_col is None:
        return ""   # (the group's column is the labels', its items in the column beside: a row's own label is no group)
    group = ""
    for q in range(r, max(plan.header_end, r - 200), -1):
        v = s.rows[q][label_col] if label_col < len(s.rows[q]) else None
        if isinstance(v, str) and v.strip():
            text = nfc(v).strip()
            m = _TRAILING_TOTAL.match(fold(text))
            if m is not None and q != r:
                return ""   # the subtotal of the group above: row r opens no group of its own
            group = text[:len(m[1])] if m is not None else text
            break
    if not group or fold(group) in TOTAL_WORDS or _PIVOT_MARKS.match(fold(group)):
        return ""
    return group


# A pivot's group of OCOP products registered, expected or potential (metrics/abbreviations.toml
# pivot_group_other_products_words), those words its whole qualifier ("OCOP đăng ký",
# "Sản phẩm OCOP dự kiến", "Tiềm năng"). NOTE: review48 (fix56): any of the title's other-products words ("OCOP hỗ
# trợ", "OCOP HTX", "OCOP Tiềm năng du lịch") set recognised stars aside: lost, never needed
_PIVOT_GROUP_OTHER_PRODUCTS = re.compile(r"^(?:san pham )?(?:ocop )?(?:%s)$" % "|".join(
    sorted(map(re.escape, {fold(w) for w in labels.declared_words("pivot_group_other_products_words")}), key=len,
           reverse=True)))


def _pivot_group_place(group: str, plan: _SheetPlan) -> str:
    """The district, town or commune a pivot's group names (_pivot_group): by its kind ("Huyện Lệ Thủy") or, without
    it, as a district of the title's province or of another (metrics/districts.toml, _sheet_district) — or ''."""
    place = labels.place_below_province(group.title() if group.isupper() else group)
    if place or not plan.provinces or several_named(list(plan.provinces)):
        return place
    # the group's name itself, or its last words after the programme's ("OCOP Lệ Thủy") — a district of the title's
    # province only. NOTE: review48 (fix56): another province's district's name ("Tân Phú", "Châu Thành", "An Nhơn")
    # in Quảng Bình's pivot set its group aside: a name alone of another province's place is no district of this one
    words = fold(group).split()
    own = {fold(n): n for p in plan.provinces for n in registry.districts_of(p)}
    return next((own[" ".join(words[-k:])] for k in range(len(words), 0, -1) if " ".join(words[-k:]) in own), "")


def _pivot_subtotal_of_stars(s: Sheet, r: int, label: str, plan: _SheetPlan, out: Reading) -> str | None:
    """The whole a pivot's group subtotal ("OCOP Tổng") is when every row of its group was read as one star part of that
    whole ("Sản phẩm 3 sao", "Sản phẩm 4 sao": ocop_products_3star, _4star of ocop_products), each star once, and in
    every value column the subtotal is the sum of the group's figures there — a pivot lists every item of its group
    its data holds, so the group's stars are all the products it counts; None otherwise.

    NOTE: recall48: the former Quảng Bình's pivot (batch 85) "OCOP | Sản phẩm 3 sao | 5 | 11 | 8 | 24", "| Sản phẩm 4
    sao | 1 | 2 | 3 | 6", "OCOP Tổng | 6 | 13 | 11 | 30": the products recognised of each quarter and the nine months
    lost ("Gần nhất là “Sản phẩm OCOP được công nhận” nhưng nhãn thiếu “sản phẩm”"). A subtotal of rows of different
    indicators stays set aside (_group_subtotal_of_others); a table that is no pivot never gives its whole so (the
    registry declares the stars disjoint parts, not a complete sum)."""
    m = _TRAILING_TOTAL.match(fold(label).strip())
    if m is None or not _shows_a_pivot(s) or _other_products_words().search(m[1]) \
            or _title_other_products(s, header_block(s, h)[0] if (h := find_header(s)) is not None else plan.header_end):
        # (review46: a group "OCOP đăng ký" — the registered — or a district's pivot: no whole of the recognised)
        return None
    first = next((q for q in range(r - 1, max(-1, r - 40), -1)
                  if any(isinstance(v, str) and fold(v).strip() == m[1] for v in s.rows[q][:3])), None)
    if first is None:
        return None
    group = [c for c in out.candidates if c.sheet == s.name and c.cell
             and first + 1 <= int(re.sub(r"^[A-Z]+", "", c.cell)) <= r]
    parents = {registry.indicator(c.indicator).parent for c in group}
    if len(parents) != 1 or None in parents:
        return None
    whole = parents.pop()
    stars = {c.indicator for c in group}
    if len(stars) < 2 or not stars <= {_level_part(whole, f"{n} sao") for n in (3, 4, 5)}:
        return None
    rows_read = {int(re.sub(r"^[A-Z]+", "", c.cell)) for c in group}
    if rows_read != set(range(first + 1, r + 1)) or len(rows_read) != len(stars):
        return None   # a row of the group unread, or a star twice: the subtotal is no sum of the stars alone
    for col in plan.value_cells:
        figure = s.value(r, col.index)
        if not _is_number_like(figure):
            continue
        figures = [s.value(q, col.index) for q in range(first, r)]
        try:
            if abs(float(figure) - sum(float(v) for v in figures if v is not None)) > 1e-9:
                return None
        except (TypeError, ValueError):
            return None
    return whole


def _set_row_aside(out: Reading, s: Sheet, r: int, label: str, vi: str, en: str) -> None:
    """A whole row set aside with why (Vietnamese, English), named by its label (the first 120
    characters): the rest of the sheet is read."""
    out.ignored.append(Ignored(s.name, r + 1, label[:120], vi, en))


def _set_aside_under(out: Reading, s: Sheet, r: int, label: str, heading: str, vi: str, en: str,
                     caption: bool = False) -> None:
    """A whole row set aside for what the section heading it stands under (or, with `caption`, the
    table's caption) says: the reason names the heading (its first 80 characters), then why."""
    where_vi, where_en = ("Dòng dưới tiêu đề bảng", "A row under the table's caption") if caption \
        else ("Dòng thuộc mục", "A row under the heading")
    _set_row_aside(out, s, r, label, f"{where_vi} “{heading[:80]}”: {vi}; không lấy",
                   f"{where_en} “{heading[:80]}”: {en}; not taken")


def _set_aside_not_named(out: Reading, s: Sheet, r: int, label: str, heading: str, code: str, vi: str, en: str,
                         caption: bool = False) -> None:
    """_set_aside_under for a heading (or caption) saying its rows are not the indicator `code` their
    own label names: `vi`, `en` say why, up to that indicator's name, which follows."""
    ind = registry.indicator(code)
    _set_aside_under(out, s, r, label, heading, f"{vi} chỉ tiêu “{ind.name_vi}” mà nhãn dòng gọi tên",
                     f"{en} “{ind.name_en}”, which the row's own label names", caption)


def _number_set_aside(out: Reading, s: Sheet, r: int, label: str, row: list, ci: int, letters, vi: str, en: str) -> bool:
    """Set the row's cell in column `ci` aside with why, when it holds a number; whether it did."""
    if not _is_number_like(row[ci] if ci < len(row) else None):
        return False
    _set_cell_aside(out, s, r, label, f"{letters[ci]}{r + 1}", cell_text(row[ci]), vi, en)
    return True


def _set_cell_aside(out: Reading, s: Sheet, r: int, label: str, cell: str, shown: str | None, vi: str, en: str) -> None:
    """One value cell set aside with why (Vietnamese, English), named by its row's label, the cell and,
    unless None, the cell as a person sees it ("Số nhiệm vụ (D7: 12 (ước))"): the rest of the row and
    of the file is read."""
    out.ignored.append(Ignored(s.name, r + 1, f"{label} ({cell})" if shown is None else f"{label} ({cell}: {shown})",
                               vi, en))


# "87/118 TTHC, đạt 73,7%", "2.315/2.489 hồ sơ, đạt 93,0%" (folded): a count of a total, then the rate it is
_COUNT_OF_TOTAL_RATE = re.compile(r"^(\d[\d.]*)\s*/\s*(\d[\d.]*)(?:\s+[^\W\d_][^\d,;]*)?\s*[,;]?\s*"
                                  r"(?:dat|bang|la)\s+(\d+(?:,\d+)?)\s*%$")


def _rate_of_count_of_total(code: str, text: str) -> str | None:
    """The rate a cell states after its count of a total ("87/118 TTHC, đạt 73,7%": "73,7%") for a rate
    indicator, when the count over the total gives that rate (to its rounding); None otherwise.

    NOTE: blind53/fix53: the new Cần Thơ typed its results as text, the count and its total before the
    rate; the cell was set aside as many numbers in one (the department's own 93,0 % and 73,7 % lost, the
    city's 61,2 % stored in their place). The rate is the indicator's figure; a count that does not give
    it (a typo) leaves the cell as many numbers."""
    if registry.indicator(code).kind != "rate":
        return None
    m = _COUNT_OF_TOTAL_RATE.match(bare(nfc(text)).strip())
    if m is None:
        return None
    done, whole = (float(x.replace(".", "")) for x in (m[1], m[2]))
    rate = float(m[3].replace(",", "."))
    if not whole or done > whole or abs(done / whole * 100 - rate) > 0.1:
        return None
    return f"{m[3]}%"


# a value cell's figure typed with the sentence's full stop (or a semicolon) after it, once: "34.", "96,5 %.", "7;" —
# never an item's number ("2.1.": its parts numbered) nor a stop typed twice ("34..")
_FIGURE_THEN_STOP = re.compile(r"^\s*(\d[\d.,]*\s*%?)\s*[.;]\s*$")
_ITEM_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+$")


def _parse_with_its_full_stop(v, number_format: str | None, english: bool):
    """A value cell's figure (numbers.parse_cell), or the figure of a cell typed with its sentence's full stop after
    it ("34." → 34, "96,5 %." → 96,5 %) — in a value column of a row the walk has matched only: a caption numbered
    "2." elsewhere stays a caption (the number reader itself keeps "2." no figure).

    NOTE: wrong55: blind81 read "34." in etl/numbers.py for every text — the Ministry's comparison of four provinces
    (bo_khcn_so_sanh_4_tinh) then read its caption "2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)" as the figure 2
    with a unit, the budget's table under the OCOP caption, and was refused (reverted). A value cell is no caption:
    its one closing stop ends the sentence, as in "34 nhiệm vụ." (read already); "2.1." (an item's number), "34.."
    stay words around a number."""
    try:
        return parse_cell(v, number_format, english)
    except AmbiguousNumber:
        raise
    except NotOneNumber as exc:
        m = _FIGURE_THEN_STOP.match(nfc(v)) if isinstance(v, str) else None
        if m is None or _ITEM_NUMBER.match(m[1].strip()) or m[1].rstrip(" %")[-1:] in ".,":
            raise exc
        return parse_cell(m[1], number_format, english)


def _parse_value_cell(s: Sheet, r: int, c: int, v, cell: str, out: Reading, label: str = ""):
    """A value cell -> Number, None (no data), or _FAILED after recording the problem (or, for a
    formula saved without a value that could not be computed, after setting that cell aside)."""
    if (r, c) in s.no_cache:
        # NOTE: the software that wrote the file saved the formula alone and etl.recalc could not
        # compute it (another file, NOW(), an empty input…): this cell alone is not taken — never
        # read as 0 or empty — and the rest of the file loads.
        vi, en = s.no_cache[(r, c)]
        _set_cell_aside(out, s, r, label, cell, None,
                        f"Ô {cell}: {vi}; hãy mở tệp trong Excel, tính lại và lưu, rồi tải lên lại.",
                        f"Cell {cell}: {en}; open, recalculate and save it in Excel, then upload it again.")
        return _FAILED
    if (r, c) in s.errors:
        err = s.errors[(r, c)]
        out.problems.append(Problem(s.name, cell, err, "formula_error",
            f"Ô {cell}: công thức cho lỗi {err}; hãy sửa công thức hoặc ghi “-” nếu chưa có số liệu.",
            f"Cell {cell}: the formula gives the error {err}; fix it, or write “-” when there is no figure."))
        return _FAILED
    try:
        num = _parse_with_its_full_stop(v, s.formats.get((r, c)), out.english_figures)
        if num is not None and (approx := approximate_qualifier(cell_text(v), num)) and approx != "ước":
            # NOTE: wrong42: "~45", "khoảng 45", "gần 45", "≈45" in a figure cell were stored as 45: an
            # approximation is no actual figure, in a cell as in a line of text or a sentence (a bound,
            # "trên 45", was set aside already: numbers.LOWER_BOUNDS); "45 (ước)", the period's estimate
            # as an "Ước thực hiện" column's, stays read (its qualifier "ước")
            raise NotOneNumber(cell_text(v), f"một số ước chừng (“{approx}”), không phải số liệu chính xác",
                               f"an approximate figure (“{approx}”), not an exact one")
        return num
    except AmbiguousNumber as exc:
        out.problems.append(Problem(s.name, cell, cell_text(v), "ambiguous_number",
            f"Ô {cell}: “{cell_text(v)}” có thể là {exc.readings[0]} hoặc {exc.readings[1]}; hãy ghi rõ "
            f"(nghìn ngăn cách bằng dấu chấm, thập phân bằng dấu phẩy, hoặc nhập dạng số).",
            f"Cell {cell}: “{cell_text(v)}” may be {exc.readings[0]} or {exc.readings[1]}; write it unambiguously "
            f"(or enter it as a number)."))
        return _FAILED
    except NotANumber as exc:
        # NOTE: "36/40 nhiệm vụ", "10-12", "dưới 5", "Đạt", a date, TRUE: the cell states no one
        # figure. One such cell never costs the file: it alone is set aside, saying where and why
        # (issue 8)
        text = getattr(exc, "shown", "") or cell_text(v)
        why_vi = getattr(exc, "reason_vi", "không phải số liệu")
        why_en = getattr(exc, "reason_en", "not a figure")
        out.ignored.append(Ignored(
            s.name, r + 1, f"{label} ({cell}: {text})" if label else f"{cell}: {text}",
            f"Tệp {out.file_name}, trang “{s.name}”, ô {cell}: “{text}” là {why_vi}; không lấy ô này "
            f"(quy tắc {NOT_ONE_NUMBER}: mỗi ô ghi đúng một số). Các ô khác của tệp vẫn được đọc; muốn lưu số liệu "
            f"này, hãy sửa ô thành đúng một số rồi tải lên lại.",
            f"File {out.file_name}, sheet “{s.name}”, cell {cell}: “{text}” is {why_en}; this cell is not "
            f"taken (rule {NOT_ONE_NUMBER}: one number per cell). The rest of the file is read; to store this figure, "
            f"make the cell one number and upload again.", cell, NOT_ONE_NUMBER))
        return _FAILED


_NOT_READ_ROLES = ("label", "stt", "unit", "note", "ratio", "province", "period", "period_from", "preliminary", "superseded",
                   "forecast")


def _group_names_caption(text: str, cap: str, title: str) -> bool:
    """Whether a total column's group header ("Số sản phẩm được công nhận (sản phẩm) Tổng số") names
    the caption's indicator, or names nothing but a period ("Năm 2021 Tổng số")."""
    words = text.split()
    for k in (3, 2, 1):
        if len(words) >= k and fold(" ".join(words[-k:])) in TOTAL_WORDS:
            words = words[:-k]
            break
    group = " ".join(words)
    if not fold(group):
        return True
    if periods.from_text(group) is not None and not _PERIOD_WORDS_ONLY.sub(" ", fold(group)).strip():
        return True
    if cap in (indicator_for_label(group, None)[0], indicator_for_label(f"- {group}", cap)[0]):
        return True
    m = labels.match_in_context(group, title)   # "Số sản phẩm được công nhận" under an OCOP title
    return m is not None and m.taken and m.indicator == cap


# what a group header naming only a period is made of ("Năm 2021", "Quý III/2023")
_PERIOD_WORDS_ONLY = re.compile(r"\b(nam|quy|thang|ky|giai doan|den|tu|i|ii|iii|iv)\b|[\d/\-–.()]")


# a column header's words that say when, not what ("DN Q3 2026", "Số DN 9 tháng năm 2026", "Quý III/2026")
_PERIOD_TOKEN = re.compile(r"^(?:quy|thang|nam|ky|dau|i{1,3}|iv|q[1-4]|\d{1,2}t|t\d{1,2}|\d+)$")


def _counts_only_the_caption(c: Column, cap: str, plan: _SheetPlan) -> bool:
    """Whether a value column of its own period over a table's categories ("Chương trình", "Lĩnh vực": metrics/
    header_words.toml category_headers) says nothing but that period and what the caption counts: "DN Q3 2026",
    "Quý III/2026" under "… doanh nghiệp được hỗ trợ theo chương trình …" — an actual, never a plan ("KH 2026"), an
    estimate or another thing counted ("Kinh phí Q3 2026", "Số lượt 9 tháng")."""
    if plan.label_col is None or fold(plan.cols[plan.label_col].text) not in CATEGORY_HEADERS \
            or c.measure != "actual" or c.status != "reported" or c.cumulative or c.within_year:
        return False
    said = {t for t in labels.label_tokens(c.text) if not _PERIOD_TOKEN.match(t)}
    caption = set().union(*(labels.label_tokens(subject_after_masthead(t)) for t in plan.title.split(" · ")))
    return said <= caption and indicator_for_label(c.text, None)[0] in (None, cap)


def _actual_of_its_period(c: Column, cap: str) -> bool:
    """Whether a value column says only that it holds the actual figure of its period ("Quyết toán năm 2023", "Năm
    2023"): never a plan ("Dự toán năm 2023"), an estimate, a running total or another indicator's name."""
    return c.measure == "actual" and c.status == "reported" and not c.cumulative and not c.within_year \
        and not c.by_year and not c.by_year_end and not c.province and not c.level_text \
        and indicator_for_label(c.text, None)[0] in (None, cap)


def _sum_of_the_caption_parts(s: Sheet, r: int, row: list, c: Column, cap: str, plan: _SheetPlan) -> bool:
    """Whether the rows above a "Tổng cộng" row are each a part the caption's indicator declares it is not (read with
    the caption, the matcher rules each out of it by a part's words: "Chi sự nghiệp KH&CN", "Chi đầu tư phát triển
    cho KH&CN" under "QUYẾT TOÁN CHI NGÂN SÁCH NHÀ NƯỚC CHO KH&CN": metrics/abbreviations.toml budget_part_words) —
    two or more, nothing else among them — and the total's cell in column `c` is their sum: then the total is the
    caption's whole.

    NOTE: blind90: the former Bà Rịa–Vũng Tàu's final accounts from the treasury software (in đồng) were refused whole
    ("không tìm thấy chỉ tiêu nào"): the two lines of spending named no indicator, the total row none alone."""
    if plan.label_col is None:
        return False
    caption = next((subject_after_masthead(t) for t in reversed(plan.title.split(" · "))
                    if indicator_for_label(subject_after_masthead(t), None)[0] == cap), None)
    if caption is None:
        return False
    parts = []
    for rr in range(plan.header_end + 1, r):
        prow = s.rows[rr] if rr < len(s.rows) else []
        text = cell_text(prow[plan.label_col]) if plan.label_col < len(prow) else ""
        if not text.strip():
            if any(_is_number_like(v) for v in prow):
                return False
            continue
        m = labels.match_label(f"{text} — {caption}")
        if m.taken or m.closest != cap or m.reason not in ("excluded", "part"):
            return False
        # NOTE: review46: any line the caption's indicator rules out was taken for one of its parts — "Chi từ nguồn
        # ngoài ngân sách", "Chi của doanh nghiệp", "Chi cho chuyển đổi số" beside "Chi sự nghiệp KH&CN": the state
        # and other money's total stored as the state S&T budget. A part names its declared part's words
        # (part_ruled_out_by) and nothing else that rules it out (ruled_out_by)
        if not labels.part_ruled_out_by(cap, text) or labels.ruled_out_by(cap, text):
            return False
        x = prow[c.index] if c.index < len(prow) else None
        if isinstance(x, bool) or not isinstance(x, (int, float)) or (rr, c.index) in s.no_cache:
            return False
        parts.append(float(x))
    total = row[c.index] if c.index < len(row) else None
    if len(parts) < 2 or isinstance(total, bool) or not isinstance(total, (int, float)):
        return False
    return abs(float(total) - sum(parts)) <= 1e-9 * max(1.0, abs(float(total)))


def _read_whole_row(s: Sheet, r: int, row: list, label: str, plan: _SheetPlan, hints: Hints, text_of,
                    out: Reading) -> bool:
    """The "Tổng cộng" row under rows of categories that name no indicator ("Thực phẩm", "Đồ
    uống", "Thảo dược"), in a table whose caption names one ("Sản phẩm OCOP được công nhận 6
    tháng đầu năm 2024 theo nhóm") and whose columns name its parts ("3 sao | 4 sao | Tổng"): the
    province's figures, each column's indicator read as a sub-item under the caption's. True when
    any cell was read.

    NOTE: Phú Yên's OCOP by product group said 21 products where its summary said 18; the table
    was not read, so the file loaded with one of its two values."""
    cap, cap_period, sure = None, None, False
    for line in reversed([t for t in plan.title.split(" · ") if t.strip()]):
        # (a software export's title line opens with its issuer: "Sở KH&CN tỉnh Quảng Ngãi — doanh nghiệp được hỗ trợ …")
        line = subject_after_masthead(line)
        cap, cap_period = indicator_for_label(line, None)
        if cap:
            sure = True
            break
        m, m_period, _ = meaning(line)
        if m.suggested and m.indicator:
            # "Kết quả đánh giá, phân hạng sản phẩm OCOP năm 2024 theo nhóm sản phẩm": only suggested
            # alone; taken below only when two or more columns are its parts ("3 sao | 4 sao")
            cap, cap_period = m.indicator, m_period
            break
    if cap is None:
        return False
    read = []
    for c in plan.cols:
        if c.index == plan.label_col or c.role in _NOT_READ_ROLES or not c.text.strip():
            continue
        if fold(c.text) in TOTAL_WORDS or c.role == "total" and _group_names_caption(c.text, cap, plan.title):
            # (also "Tổng số" under a group header naming the indicator: "Số sản phẩm được công nhận";
            # never under one naming something else: "Số chủ thể" over "HTX | Doanh nghiệp | Tổng số"
            # is the producers' total, 22 was stored as the products recognized)
            code = cap
        elif c.role == "total":
            continue
        elif sure and c.role == "value" and c.period is not None and (_counts_only_the_caption(c, cap, plan) or (
                _actual_of_its_period(c, cap) and _sum_of_the_caption_parts(s, r, row, c, cap, plan))):
            # NOTE: recall47: the new Quảng Ngãi's Excel table "ChuongTrinh | DN_Q3_2026 | DN_9T_2026" over its
            # programmes and "Tổng cộng", under "… doanh nghiệp được hỗ trợ theo chương trình, quý III/2026": each
            # column is the caption's count in its own period (the file was refused, naming no indicator)
            code = cap
        else:
            code = indicator_for_label(f"- {c.text}", cap)[0]
            if code is None or registry.indicator(code).parent != cap:
                continue
        read.append((c, code))
    if not read or not any(_is_number_like(row[c.index] if c.index < len(row) else None) for c, _ in read):
        return False
    if not sure and sum(code != cap for _, code in read) < 2:
        return False
    from dataclasses import replace

    for c, code in read:
        one = replace(_one_column(plan, c), letters={c.index: cell_name(0, c.index)[:-1]})
        _read_values(s, r, row, label, code, cap_period, plan.provinces, plan.province_text,
                     one, hints, text_of, out, quiet=True)
    out.matched_rows += 1
    return True


# "Tình hình thực hiện nhiệm vụ KH&CN cấp tỉnh năm 2024": the one level of tasks a table is about
_TITLE_LEVEL = re.compile(r"nhiem vu[^·]{0,40}? cap (quoc gia|nha nuoc|tinh|co so)\b")
# every level a title names, of tasks or not: a title naming two ("cấp tỉnh và cấp cơ sở",
# "cấp tỉnh, cấp cơ sở") is about both and narrows nothing
_ANY_LEVEL = re.compile(r"\bcap (quoc gia|nha nuoc|trung uong|bo|tinh|thanh pho|huyen|co so|xa)\b")


def _title_level(title: str) -> str:
    """The level of management a table's title names for its tasks ("Cấp tỉnh"), or '' (none, or
    several: "nhiệm vụ cấp quốc gia và cấp tỉnh")."""
    f = fold(title)
    found = {m[1] for m in _TITLE_LEVEL.finditer(f)}
    every = {m[1] for m in _ANY_LEVEL.finditer(f)}
    return _LEVEL_NAMES[found.pop()] if len(found) == 1 and len(every) == 1 else ""


_ALL_LEVELS = re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, sorted(registry.header_words("all_levels_words"), key=len,
                                                                      reverse=True))) + r")(?: |$|[^\w])")


def _at_the_title_level(s: Sheet, r: int, label: str, code: str, level_text: str, out: Reading) -> str | None:
    """A task row that names no level under a title that names one: that level's part of the
    row's indicator ("Tổng số nhiệm vụ thực hiện trong năm" under "… nhiệm vụ KH&CN cấp tỉnh …" is
    the provincial tasks managed), or None (set aside) when the registry has no such part — never
    the whole of every level.

    NOTE: Đắk Nông's table of provincial tasks by field of science stored its provincial tasks as
    all tasks managed, carried over, new and accepted (four wrong numbers)."""
    ind = registry.indicator(code)
    if not code.startswith("tasks_") or ind.kind != "count" or _LEVEL_IN_NAME.search(fold(ind.name_vi)) \
            or _ALL_LEVELS.search(fold(label)):
        # NOTE: review31b: "Tổng số nhiệm vụ (các cấp) được nghiệm thu" under "Nhiệm vụ KH&CN cấp tỉnh …" says
        # it counts every level: the whole, never the caption's level
        return code
    part = _level_part(code, level_text)
    if part is not None:
        return part
    out.ignored.append(Ignored(
        s.name, r + 1, label,
        f"Bảng về nhiệm vụ {level_text.lower()} (theo tiêu đề); danh mục không có chỉ tiêu “{ind.name_vi}” theo cấp này; không lấy",
        f"The table is about {level_text.lower()} tasks (its title); the registry has no “{ind.name_en}” at that level; not taken"))
    return None


def _at_the_title_stage(s: Sheet, r: int, text: str, code: str, plan: _SheetPlan, out: Reading,
                        shown: str = "") -> str | None:
    """A task row or column saying only "tasks" ("Số nhiệm vụ KH&CN", `text`) under a sheet's title naming
    one stage alone ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024", under the letterhead, no caption over the
    table): the stage's indicator, read with the title's stage ("… nghiệm thu": tasks_accepted, its level
    then read by _at_the_title_level); None (set aside, `shown` the label the uploader reads) when the
    matcher names none the title's stage allows. A caption right above the header is read per row already
    (_caption_stage).

    NOTE: wrong34: "Số nhiệm vụ KH&CN | 10" under that title was stored as the tasks managed; under "…
    CẤP TỈNH ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022-2024" with the years down the rows as the provincial tasks
    managed — the accepted ones, a part, stored as the whole."""
    if plan.stage_caption or not plan.title_lines or not code.startswith("tasks_") or not tasks_alone(text):
        return code
    # the level is the title's to say to _at_the_title_level: here only the stage (a level word of the
    # title is excluded by the whole's indicator and would hide the stage)
    title = _ANY_LEVEL.sub(" ", fold(" ".join(plan.title_lines)))
    said = _caption_stage(code, title)
    if said is None:
        return code
    m = labels.match_label(f"{clean_label(text)} {said}")
    # NOTE: wrong38: "NHIỆM VỤ ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU" names two stages at once (approved, accepted):
    # its "Số nhiệm vụ KH&CN" each year was stored as the tasks accepted — no one stage is the title's
    if m.taken and m.indicator and m.indicator.startswith("tasks_") and _caption_stage(m.indicator, title) is None \
            and labels.in_order_ruled_out_by(m.indicator, " ".join(plan.title_lines)) is None:
        return m.indicator
    out.ignored.append(Ignored(
        s.name, r + 1, shown or text,
        f"Tiêu đề bảng nói về nhiệm vụ “{said}”; không rõ dòng này là chỉ tiêu nào; không lấy",
        f"The table's title speaks of tasks “{said}”; which indicator this row is of is unclear; not taken"))
    return None


_THE_SPAN = re.compile(r"(^| )(binh quan |trung binh )?(ca )?giai doan( |$)")
_SPAN_IN_TEXT = re.compile(r"(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)\d{2}")


def _span_of_the_title(label: str, plan: _SheetPlan) -> Period | None:
    """The several years a label means by "giai đoạn" without naming them ("Tỷ trọng đóng góp của
    TFP vào tăng trưởng GRDP bình quân giai đoạn") when the title names one span ("… Nghị quyết …
    giai đoạn 2021 - 2025") and the row's value columns name at most one period inside it.

    NOTE: a five-year review's "Kết quả đến năm 2025" column put the period's average at 2025 —
    a figure of five years stored as one year's."""
    f = fold(label)
    if not _THE_SPAN.search(f) or re.search(r"(19|20)\d{2}", label):
        return None
    spans = {m[0] for m in _SPAN_IN_TEXT.finditer(plan.title)}
    if len(spans) != 1:
        return None
    span = periods.from_text(spans.pop())
    if span is None or span.kind != "range":
        return None
    named = {c.period.notation for c in plan.value_cells if c.period is not None}
    if len(named) > 1 or any(not (span.start <= c.period.start and c.period.end <= span.end)
                             for c in plan.value_cells if c.period is not None):
        return None
    return span


# a column of a total up to a date, on a folded header: "Tính đến 31/12/2024", "Tính đến hết năm 2024"
# a header naming a day ("31/12/2024", a date cell "2024-12-31"): a moment, never a year's flow
_A_DAY = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\b|\b(?:19|20)\d\d-\d{1,2}-\d{1,2}\b")
# (metrics/header_words.toml up_to_a_date_headers)
_UP_TO_A_DATE = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("up_to_a_date_headers"), key=len, reverse=True))) + r")( |$)")
# the day a header names ("Năm 2025 (tính đến 30/11/2025)")
_DAY_IN_HEADER = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")


def _dated_by_its_day(c: Column) -> Column | None:
    """A column to a date dated by the day its header names, when its period ends elsewhere ("Năm
    2025 (tính đến 30/11/2025)": the stock at 30/11/2025, never at 31/12/2025); the column itself
    when it names no other day; None when the day cannot be read as its period's end (set aside)."""
    m = _DAY_IN_HEADER.search(nfc(c.text))
    if m is None or c.period is None:
        return c
    try:
        day = date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    if day == c.period.end:
        return c
    said = periods.from_text(f"Tính đến {day.day}/{day.month}/{day.year}")
    return replace(c, period=said) if said is not None and said.end == day else None


def _years_within_the_label_span(row_period: Period | None, value_cells: list, plan: _SheetPlan, code: str,
                                 row: list) -> frozenset:
    """The columns of a row whose label names its span ("Sản phẩm OCOP được công nhận giai đoạn
    2021-2025") that each name one year or a part of one inside that span ("Năm 2024 | Năm 2025"),
    when at least two such columns of different periods stand side by side: the label says which
    programme's span the figures belong to, the columns which year each is (every year was given
    the span: two values for one fact, the honest file refused; mend20). A column naming the span
    itself or none keeps the label's span; one lone year's column beside it stays the span's (a
    person cannot tell the year's count from the span's sum). A count or a sum of money only, with a
    figure in two of those columns: "Đóng góp của TFP … bình quân giai đoạn 2021-2024 | Thực hiện năm
    2023: - | Thực hiện năm 2024: 31,5" is the span's average, written in its last year's column."""
    if row_period is None or plan.tidy or row_period.start.year == row_period.end.year:
        return frozenset()
    ind = registry.indicator(code)
    if ind.is_stock or not ind.additive or ind.kind not in ("count", "money"):
        return frozenset()
    # NOTE: only a plain actual figure of a year (or a part of one) counts: "Đến năm 2024 | Đến năm
    # 2025" are totals to date, "Mục tiêu đến năm 2025" the span's target, "Kế hoạch năm 2025" a plan,
    # "31/12/2024" a date — read as yearly flows, 120 and 150 were stored as 2024's and 2025's new
    # products and the five-year target as 2025's plan (review 21a)
    inside = {c.index: c.period for c in value_cells
              if c.period is not None and c.period.kind != "date" and not _A_DAY.search(c.text) and c.measure == "actual"
              and not (c.by_year or c.by_year_end or c.by_year_target or c.cumulative or c.form_cumulative
                       or c.form_ytd)
              and c.period != row_period and c.period.start.year == c.period.end.year
              and row_period.start <= c.period.start and c.period.end <= row_period.end
              and _is_number_like(row[c.index] if c.index < len(row) else None)}
    return frozenset(inside) if len(set(inside.values())) >= 2 else frozenset()


def _value_period(c: Column, row_period: Period | None, base_period: Period | None,
                  hints: Hints, whole_year: bool = False) -> tuple[Period | None, bool]:
    """A value's period (_the_value_period); None for a "Cùng kỳ" column naming the month its span ends
    ("Cùng kỳ năm 2025 (tháng 9)") when the span read does not end there (Column.same_part_end)."""
    period, from_hint = _the_value_period(c, row_period, base_period, hints, whole_year)
    if c.same_part_end is not None and row_period is None and (
            period is None or period.kind in ("year", "date") or (period.end.year, period.end.month) != c.same_part_end):
        return None, from_hint
    return period, from_hint


def _the_value_period(c: Column, row_period: Period | None, base_period: Period | None,
                      hints: Hints, whole_year: bool = False) -> tuple[Period | None, bool]:
    """A value's period: the row's (label or period column), its column's, the title's or sheet's,
    then the uploader's; "năm trước" / "cùng kỳ năm trước" shifts whichever base applies. `whole_year`: the
    row's label says its year is whole ("… cả năm 2026", row_labels.whole_year_closing) — never a part of it."""
    if row_period is not None and row_period.kind == "year" and c.period is None and c.within_year and not whole_year \
            and c.within_year != ("ytd",) and not c.relative_year and c.same_part_of is None \
            and base_period is not None and base_period.kind != "date" \
            and base_period.start.year == base_period.end.year == row_period.start.year:
        # NOTE: blind56: "Nhiệm vụ mở mới năm 2026" under "TH 9 tháng" in the report on nine months of 2026
        # (the new Gia Lai's): the label's year is the report's own, naming which tasks — those opened in
        # 2026 — and the column says how much of that year: January to September. Read as the whole year
        # it was set aside as a period after the report's. A label naming another year keeps its year
        # (and the rules on a label's year against its column)
        return within(c.within_year, row_period.start.year), False
    if row_period is not None:
        return row_period, False
    if c.period is not None:
        return c.period, False
    from_hint = False
    base = base_period
    if base is None and hints.period is not None:
        base, from_hint = hints.period, True
    if c.carried_from is not None:
        # "Chuyển tiếp từ năm 2022": the tasks carried into 2022's next year, read in a report on that year
        # or a part of it only; under any other period which year's count it is cannot be told
        if base is None or base.kind == "date" or base.start.year != base.end.year \
                or c.carried_from not in (0, base.end.year - 1):
            return None, from_hint
        return base, from_hint
    if c.within_year == ("ytd",) and base is not None and base.kind != "date":
        if c.relative_year:
            base = _shift_years(base, c.relative_year)
        elif c.same_part_of is not None:
            # "Lũy kế cùng kỳ năm 2023" in the report on Quý II/2024: January to June 2023
            base = _shift_years(base, c.same_part_of - base.end.year)
        return periods.span(date(base.end.year, 1, 1), base.end), from_hint
    if c.previous_period:
        return (_previous_period(base) if base is not None else None), from_hint
    if c.same_part_of is not None:
        if c.within_year is not None and c.within_year != ("ytd",):
            # "Năm 2023" over "Từ đầu năm" beside "Tháng 10" (review28a): January–October of the year it names
            return within(c.within_year, c.same_part_of), from_hint
        if c.within_year == ("ytd",):
            return None, from_hint     # "Năm 2023 | Từ đầu năm" with no report's period: to which month is unknown
        if base is None or base.start.year != base.end.year:
            return periods.span(date(c.same_part_of, 1, 1), date(c.same_part_of, 12, 31)), False
        return _shift_years(base, c.same_part_of - base.end.year), from_hint
    if base is not None and c.within_year and base.start.year == base.end.year:
        # the part of the year a "năm trước" / "cùng kỳ năm trước (10 tháng)" header names: that part of the
        # year before the report's
        return within(c.within_year, base.end.year + (c.relative_year or 0)), from_hint
    if base is not None and c.relative_year:
        # NOTE: "Cùng kỳ năm trước" in a report on "6 tháng đầu năm 2024" is 2024-S1 a year
        # earlier (2023-S1), not the report's own period; likewise under the uploader's period.
        base = _shift_years(base, c.relative_year)
    return base, from_hint


def _same_period_and_parts(cols: list[Column], base: Period) -> tuple[list[Column], list[Period | None]] | None:
    """A table's "Cùng kỳ" columns and the periods its other actual columns report (None for one that names
    none of its own: the title's); None when there is no such column, or when another column makes "Cùng
    kỳ" some other span (a year before, a running total, the year to date: read elsewhere)."""
    same = [c for c in cols if c.role == "value" and c.period is None and c.within_year is None
            and (c.relative_year == -1 and "cung ky" in fold(c.text) or c.same_part_of is not None)]
    if not same:
        return None
    parts = []
    for c in cols:
        if c.role != "value" or c in same or c.measure != "actual":
            continue
        if c.relative_year or c.same_part_of is not None or c.previous_period or c.cumulative \
                or c.within_year == ("ytd",):
            return None
        parts.append(c.period or (within(c.within_year, base.end.year) if c.within_year else None))
    return same, parts


def _same_part_of_the_one_part(cols: list[Column], base: Period) -> None:
    """Give a "Cùng kỳ" column beside the one part of the year a table reports under a yearly title
    ("Thực hiện tháng 10 | Cùng kỳ năm trước", "Quý III/2024 | Cùng kỳ năm 2023" under "… NĂM 2024") that
    part a year earlier (or of the year it names).

    NOTE: review28a: stored as the whole year 2023 (the title's year a year before) — October's or the
    quarter's 4 products as 2023's. Only where every other actual column reports that one part: beside
    the year to date (read above), a plan of the year or a second part nothing is changed."""
    got = _same_period_and_parts(cols, base)
    if got is None:
        return
    same, parts = got
    own = {p or base for p in parts}
    if len(own) != 1:
        return
    (part,) = own
    if part.kind in ("year", "date") or part.start.year != base.end.year or part.end.year != base.end.year:
        return
    for c in same:
        year = c.same_part_of if c.same_part_of is not None else base.end.year - 1
        c.period, c.same_part_of = _shift_years(part, year - part.end.year), None


def _same_period_beside_two_parts(cols: list[Column], base: Period) -> None:
    """Set aside a "Cùng kỳ" column beside two parts of the year a table reports under a yearly title
    ("Quý III | 9 tháng | Cùng kỳ năm trước", "Tháng 10 | 10 tháng | Cùng kỳ năm 2023" under "… NĂM 2024").

    NOTE: mend28a: stored as the whole year 2023 (the title's year a year before): which part it repeats, the
    quarter or the nine months, no one can tell. Beside the year to date (or a running total) it is that span a
    year earlier (read elsewhere, unchanged); beside one part, that part (_same_part_of_the_one_part)."""
    got = _same_period_and_parts(cols, base)
    if got is None:
        return
    same, parts = got
    if any(p is None or p.kind in ("year", "date") or p.start.year != base.end.year for p in parts):
        return
    parts = set(parts)
    if len(parts) >= 2:
        for c in same:
            c.role = "unsure_same"


_RUNNING_TOTAL_WORDS = re.compile(r"(?:^| )(?:luy ke|cong don)(?= |$)")


def _same_period_in_a_months_report(cols: list[Column], base: Period) -> None:
    """A "Cùng kỳ" column naming no part of its own in a report on one month: beside a running total from January
    ("Lũy kế 8 tháng năm 2025", "Cộng dồn") that span a year earlier, as beside "Lũy kế từ đầu năm"; beside the month
    and another span with no running total's word ("Tháng 8/2025 | 8 tháng năm 2025 | Cùng kỳ 2024") not read —
    which one it repeats no one can tell (as _same_period_beside_two_parts under a yearly title); beside the month
    alone, the month (as before).

    NOTE: wrong52: Khánh Hòa's "Tháng 8/2025 | Lũy kế 8 tháng năm 2025 | Cùng kỳ 2024 (2 tỉnh cũ)" in its report on
    August 2025 was read as August 2024 (the merged territory's set aside by another rule; a province not merged had
    January–August 2024 stored as August's), and "Lũy kế 8 tháng năm 2025 | Cùng kỳ 2024" alone too."""
    got = _same_period_and_parts(cols, base)
    if got is None:
        return
    same, parts = got
    # a "Cùng kỳ" whose header says where its span ends ("Cùng kỳ năm 2024 (tháng 8)": wrong38) is read so
    same = [c for c in same if c.same_part_end is None]
    ytd = periods.span(date(base.end.year, 1, 1), base.end)
    running = [c for c in cols if c.role == "value" and c not in same and c.measure == "actual"
               and (c.period or (within(c.within_year, base.end.year) if c.within_year else None)) == ytd
               and _RUNNING_TOTAL_WORDS.search(fold(c.text))]
    if running:
        for c in same:
            year = c.same_part_of if c.same_part_of is not None else base.end.year - 1
            c.period, c.same_part_of = _shift_years(ytd, year - ytd.end.year), None
    elif len({p or base for p in parts}) >= 2:
        for c in same:
            c.role = "unsure_same"


def _previous_period(p: Period) -> Period | None:
    """The period of the same length just before p: 2023 for 2024, 2024-S2 for 2025-S1; None when p
    is no month, quarter, half, whole year or span of whole years.

    NOTE: in a report on "9 tháng năm 2024" (a year to date), "Kỳ trước" was stored as April to
    December 2023, a period no office reports: a person reads the same nine months of 2023 or the
    previous report — which one cannot be told, so the column is not read (review22a)."""
    if p.kind == "date":
        return _shift_years(p, -1)
    months = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    if not (months == 1 or (months == 3 and p.start.month in (1, 4, 7, 10))
            or (months == 6 and p.start.month in (1, 7)) or (p.start.month == 1 and p.end.month == 12)):
        return None
    k0 = p.start.year * 12 + p.start.month - 1 - months
    y0, m0 = divmod(k0, 12)
    y1, m1 = divmod(k0 + months - 1, 12)
    return periods.span(date(y0, m0 + 1, 1), date(y1, m1 + 1, calendar.monthrange(y1, m1 + 1)[1]))


def _shift_years(p: Period, n: int) -> Period:
    if p.kind == "date":
        y = p.start.year + n
        return periods.at(date(y, p.start.month, min(p.start.day, calendar.monthrange(y, p.start.month)[1])))
    y0, y1 = p.start.year + n, p.end.year + n
    return periods.span(date(y0, p.start.month, 1), date(y1, p.end.month, calendar.monthrange(y1, p.end.month)[1]))


_ROW_MEASURES = {**dict.fromkeys(registry.header_words("plan_rows"), ("plan", "reported")),
                 **dict.fromkeys(registry.header_words("actual_rows"), ("actual", "reported")),
                 **dict.fromkeys(registry.header_words("estimate_rows"), ("actual", "estimated"))}


_ESTIMATE = re.compile(r"(^| )(uoc|uth)( |$)")


def _whole_words(section: str) -> re.Pattern:
    return re.compile(r"(?:^| )(?:%s)(?= |$)" % "|".join(
        re.escape(w) for w in sorted({fold(w) for w in registry.header_words(section)}, key=len, reverse=True)))


_NOT_ACTUAL = _whole_words("not_actual_rows")
_OTHER_PERIOD_ROW = _whole_words("other_period_rows")


@lru_cache(maxsize=1024)
def _period_measure(v) -> tuple[str, str] | None:
    """What a period cell in words says its figure is: a plan ("Kế hoạch năm 2025", "Mục tiêu
    2025"), an estimate ("Ước thực hiện năm 2025"), or nothing (an achievement)."""
    if not isinstance(v, str):
        return None
    f = fold(v)
    if _not_an_actual(v):
        # NOTE: wrong48: "6 tháng đầu năm 2026 so với cùng kỳ (%)", "Tăng/giảm so với 2025", "Dự báo năm 2026" in a tidy
        # row's period: a ratio, a difference, a forecast — each stored as the period's actual
        return ("aside", nfc(v).strip())
    if PLAN.search(f):
        return ("plan", "reported")
    if _ESTIMATE.search(f):
        m = ("actual", "estimated")
    else:
        m = None
    if f.endswith(" phan tram"):
        # NOTE: wrong48: "Ước đạt năm 2026 (%)": a percent — a rate's figure; of a count, a share of something unsaid
        return ("percent", m or ("actual", "reported"))
    return m


# a difference's sign, typed as it is (folded, "+/-" is nothing): metrics/header_words.toml difference_signs
_DIFFERENCE_SIGNS = tuple(re.sub(r"\s+", "", w) for w in registry.declared_header_words("difference_signs"))
# one year compared with another by a bare "so" (the ratio grammar's word, etl/headers.py _RATIO_TO_A_BASE, which
# wants a base "năm" before a year): "2026 so 2025", "Năm 2026 so 2025"
_YEARS_COMPARED = re.compile(r"(?:^| )(?:nam )?(?:19|20)\d{2} so (?:voi )?(?:nam )?(?:19|20)\d{2}(?: |$)")


def _not_an_actual(text: str) -> bool:
    """Whether a row's word or period says its figure is a ratio (headers.header_role's grammar: "So sánh (%)", "Ước
    đạt so với KH (%)"), a difference or a forecast (metrics/header_words.toml not_actual_rows), a difference by its
    sign ("+/- 2026 so 2025", "(+/-)": difference_signs) or one year against another ("2026 so 2025").

    NOTE: wrong50: "+/- 2026 so 2025 | 6 | 7" under the years of a years-as-rows table (or in a tidy row's period)
    refused the whole honest file ("không đọc được kỳ"): folded, the sign is nothing and "2026 so 2025" no period."""
    f = fold(text)
    return role_of(text) == "ratio" or _NOT_ACTUAL.search(f.replace("/", " ")) is not None \
        or _YEARS_COMPARED.search(f) is not None or any(w in re.sub(r"\s+", "", nfc(text)) for w in _DIFFERENCE_SIGNS)


def _last_years_span_named(s: Sheet, r: int, plan: _SheetPlan, row_period: Period | None) -> bool:
    """Whether a tidy row marked "Cùng kỳ năm trước" names in its own period cell the span a year before the span
    another row of the table names ("9 tháng/2024" beside rows of "9 tháng/2025"): the marker then says only
    whose span it is — the figure is that period's own. A row naming the report's span itself stays set aside
    (a year before it, or its comparison: no one can tell).

    NOTE: blind77: Sơn La's September 2025 export, a row per item and kind ("Thuc hien thang" 09/2025, "Luy ke
    tu dau nam" 9 thang/2025, "Cung ky nam truoc" 9 thang/2024): the nine months of 2024 were set aside as
    "another period's figure" — three figures lost, the period cell written plainly."""
    if row_period is None or row_period.kind == "date" or not plan.tidy or plan.period_col is None \
            or not periods.same_span_text(_marker_text(s, r, plan.marker_cols)):
        return False
    if plan.period_spans is None:
        plan.period_spans = frozenset(
            p for rr in range(plan.header_end + 1, len(s.rows))
            if isinstance(v := s.value(rr, plan.period_col), str) and (p := periods.from_text(v)) is not None)
    return _shift_years(row_period, 1) in plan.period_spans


def _row_measure(s: Sheet, r: int, marker_cols: list[int]) -> tuple[str, str] | None:
    """A row that says what its figures are: "Chỉ tiêu | ĐVT | Nội dung: Kế hoạch / Thực hiện | Giá trị" — a
    (measure, status), ("aside", the word) for a word saying the figure is none of the period's (the cell is set
    aside), ("percent", (measure, status)) for a percent ("Thực hiện (%)": a figure only of a rate), or None.

    NOTE: reports list plan and actual as two lines under one label merged over both; the
    line's own word decides, never the neutral "Giá trị" column (which reads as an actual)."""
    for c in marker_cols:
        v = s.value(r, c)
        if isinstance(v, str):
            m = _marker_measure(v)
            if m is not None:
                return m
    return None


def _marker_text(s: Sheet, r: int, marker_cols: list[int]) -> str:
    """The word of a row's marker cell that said what its figure is (for a message)."""
    return next((nfc(v).strip() for c in marker_cols if isinstance(v := s.value(r, c), str)
                 and _marker_measure(v) is not None), "")


@lru_cache(maxsize=1024)
def _marker_measure(v: str) -> tuple | None:
    f = fold(_camel_words(v))
    m = _ROW_MEASURES.get(f)
    if m:
        return m
    if len(f.split()) <= 8 and (_not_an_actual(_camel_words(v)) or _OTHER_PERIOD_ROW.search(f.replace("/", " "))):
        # NOTE: wrong48: "Ước đạt so với KH (%)", "So sánh", "Cùng kỳ năm trước", "Chênh lệch", "Dự báo" in an export's
        # "Loại số liệu": a ratio, another period's figure, a difference, a forecast — each was stored as the row's
        # period's actual (59 % as 59 enterprises; last year's half as this year's)
        return ("aside", nfc(v).strip())
    if f.endswith(" phan tram") and (inner := _marker_measure(nfc(v).replace("%", " ").strip(" ()"))) is not None \
            and inner[0] in ("actual", "plan"):
        # NOTE: wrong48: "Ước đạt (%)", "Thực hiện (%)": a percent — the figure of a rate, but of a count (enterprises
        # supported) the share of something unsaid (of plan?): 47 % was stored as 47 enterprises
        return ("percent", inner)
    # NOTE: wrong46: "Ước tính", "UocTinh", "UocThucHien" in an export's "Loại số liệu" column were no listed word:
    # the row's figure was stored as reported (the neutral "Giá trị" reads as an actual) — an estimate's word
    # says an estimate however it goes on
    if len(f.split()) <= 6 and _ESTIMATE.search(f):
        return ("actual", "estimated")
    # NOTE: "Dự toán giao đầu năm" beside "Thực chi" under one budget label: the budget
    # allotted, a plan (stored as the year's spending it was a wrong number)
    if len(fold(v).split()) <= 6 and PLAN.search(fold(v)):
        return ("plan", "reported")
    return None


_ENGLISH_LABEL_HEADERS = registry.header_words("english_label_headers")


def _translation_header(first: str, other: str) -> bool:
    """Whether a second label column is the first one's English twin ("Chỉ tiêu | Indicator"),
    not its sub-item: an English header beside a Vietnamese one.

    NOTE: the Vietnamese header may be typed without diacritics ("Chi tieu | Indicator"): asking
    for them made "Indicator" the sub-item column, and every row was read by its English label
    alone (a Vietnamese label the registry knew, "Ty le TTHC … toan trinh", was lost)."""
    first_f, other_f = fold(first), fold(other)
    return (first_f not in _ENGLISH_LABEL_HEADERS
            and other_f in _ENGLISH_LABEL_HEADERS and nfc(other).lower().strip() == other_f)


# the header of a column of groups left of the labels ("Nhóm | Chỉ tiêu"; metrics/header_words.toml group_label_headers)
_GROUP_HEADERS = {fold(w) for w in registry.header_words("group_label_headers")}


def _sublabel_column(s: Sheet, cols: list[Column], label_col: int, header_end: int) -> int | None:
    """The column that names the sub-items of a label: "Chỉ tiêu" merged over two columns, or a
    label merged down its rows beside a column of words ("Phân loại", "Chi tiết", or no header).

    NOTE: "Nhiệm vụ KH&CN đang quản lý" merged down B10:B13 beside "Tổng số | Cấp quốc gia | Cấp
    tỉnh | Cấp cơ sở" in C (Alt+Enter in the label, levels in their own column): each row is the
    label's total or one of its parts; read as the label alone, every row gave the whole four
    values (refused as a duplicate)."""
    nxt = label_col + 1
    # NOTE: an empty column between the labels and the next one (a narrow spacer, or a column
    # whose contents were cleared): the column after it is the one beside the labels
    while nxt < len(cols) and not cols[nxt].text and _empty_column(s, nxt, header_end):
        nxt += 1
    if nxt >= len(cols):
        return None
    c = cols[nxt]
    if c.role == "label":
        return None if _translation_header(cols[label_col].text, c.text) else nxt
    if c.role != "other" or c.period is not None:
        return None
    for r0, c0, r1, c1 in s.merges:
        if c0 == label_col and c1 == label_col and r1 > r0 and r0 > header_end:
            # words, not figures ("3 sao" is a word here: a star rating under "Sản phẩm OCOP")
            words = [v for v in (s.value(r, nxt) for r in range(r0, r1 + 1))
                     if isinstance(v, str) and re.search(r"[^\W\d_]", v)]
            if len(words) >= 2:
                return nxt
    return None


def _empty_column(s: Sheet, c: int, header_end: int) -> bool:
    """No cell of column c holds anything below the header (merged ranges across it aside)."""
    return all(s.value(r, c) is None for r in range(header_end + 1, min(len(s.rows), header_end + 2001)))


def _merged_labels(s: Sheet, label_col: int, header_end: int) -> dict[int, str]:
    """Rows below the first of a label cell merged downwards: they carry the same label."""
    out = {}
    for r0, c0, r1, c1 in s.merges:
        if c0 == label_col and r1 > r0 and r0 > header_end:
            text = cell_text(s.value(r0, c0))
            if text:
                for r in range(r0 + 1, r1 + 1):
                    out[r] = text
    return out


def _list_unread_columns(s: Sheet, cols: list[Column], label_col: int | None, first: int, out: Reading) -> None:
    """Columns holding figures that are not read (totals, ratios, unclear headers) are listed, so
    every figure in the table is accounted for — a sex's column checked against its row's whole."""
    complement_parts.check_sex_columns(s, cols, out)
    reasons = {
        "total": ("Cột tổng cộng, không phải số liệu của một tỉnh", "Total column, not a province's figure"),
        "ratio": ("Cột so sánh/tỷ lệ giữa các số liệu, không lưu", "Comparison/ratio column, not stored"),
        "preliminary": ("Cột số liệu sơ bộ; bảng đã có số liệu chính thức (điều chỉnh) của cùng kỳ ở cột khác, "
                        "lấy số đó; không lấy số sơ bộ",
                        "Preliminary figures' column; the table gives the same period's final (revised) figures "
                        "in another column, taken instead; preliminary not taken"),
        "superseded": ("Cột số liệu điều chỉnh trước số liệu chính thức; bảng đã có số liệu chính thức của cùng kỳ "
                       "ở cột bên phải, lấy số đó; không lấy số điều chỉnh trước đó",
                       "Adjusted figures' column before the final; the table gives the same period's final figures "
                       "in a column to its right, taken instead; the earlier adjustment not taken"),
        "forecast": ("Cột số ước thực hiện của kỳ sau kỳ báo cáo, đặt cạnh kế hoạch của cùng kỳ: là dự báo, không phải "
                     "kế hoạch hay số thực hiện; lấy số kế hoạch, không lấy số ước",
                     "Estimate of a period after the report's beside that period's plan: a forecast, neither the plan "
                     "nor an actual; the plan taken, the estimate not"),
        "other": ("Tiêu đề cột không cho biết đây là số liệu gì (không đoán)", "Column header does not say what it holds (not guessed)"),
        "stars_of_another_kind": ("Hạng sao dưới tiêu đề nói cả cơ sở lưu trú (khách sạn…) lẫn OCOP, bảng không nói đây là "
                                  "sản phẩm OCOP: có thể là hạng sao của cơ sở lưu trú; không lưu (không đoán)",
                                  "Star ratings under a title naming tourist accommodation beside OCOP, the table not saying "
                                  "they are OCOP products: they may be the hotels' stars; not stored (not guessed)"),
        "self_assessed": ("Cột số liệu tỉnh tự đánh giá, không phải số liệu công bố chính thức (như chỉ số PII do Bộ "
                          "KH&CN công bố); không lưu",
                          "The province's self-assessment column, not the officially published figure (as the PII the "
                          "Ministry publishes); not stored"),
        "sex": ("Cột số liệu của nam hoặc nữ: một phần của số tổng, danh mục không có chỉ tiêu này; không lưu",
                "Men's or women's column: a part of the total the registry does not declare; not stored"),
        "unsure_same": ("Cột cùng kỳ đặt cạnh hai kỳ trong năm: không rõ là cùng kỳ của kỳ nào; không lưu",
                        "A same-period column beside two parts of the year: which part it repeats is unclear; not stored"),
        "label": ("Tiêu đề cột không cho biết đây là số liệu gì (không đoán)", "Column header does not say what it holds (not guessed)"),
        "ruled_by_title": ("Tiêu đề bảng cho biết số liệu của cột chỉ là một phần hoặc là kế hoạch (như “sự nghiệp”, "
                           "“phân bổ”), không phải chỉ tiêu mà tiêu đề cột gọi tên; không lưu",
                           "The table's title says the column holds only a part or a plan (\"sự nghiệp\", \"phân bổ\"), "
                           "not the indicator its header names; not stored"),
    }
    last = min(len(s.rows), first + 2000)
    for c in cols:
        if c.role not in reasons or c.index == label_col:
            continue
        if any(isinstance(s.value(r, c.index), (int, float)) and not isinstance(s.value(r, c.index), bool)
               for r in range(first, last)):
            vi, en = reasons[c.role]
            if c.role == "ratio" and is_average_header(c.text) and not any(w in fold(c.text) for w in _RATIO_WORDS):
                vi, en = ("Cột số bình quân mỗi năm của một giai đoạn, không phải tổng số của giai đoạn; không lưu",
                          "Column of a yearly average over a span, no total of the span; not stored")
            letters = cell_name(0, c.index)[:-1]
            out.ignored.append(Ignored(s.name, None, f"Cột {letters}: {c.text or '(không có tiêu đề)'}"[:120], vi, en))


def _guess_label_column(s: Sheet, first: int, cols: list[Column]) -> int | None:
    best, best_n = None, 0
    for c in range(s.width):
        # NOTE: a notes column ("Ghi chú": “CDĐL Ngọc Linh cho sâm”) may name an indicator in
        # passing; it never holds the rows' labels
        if cols[c].role in ("value", "ratio", "unit", "province", "period", "province_value", "note", "preliminary", "superseded",
                              "forecast", "self_assessed"):
            continue
        if NAMES_HEADER.match(fold(cols[c].text)) and indicator_columns_in([x.text for x in cols]):
            # NOTE: "Tên chỉ dẫn địa lý" beside "Số GCN quyền sử dụng CDĐL …": the items' names, the
            # figures' meaning in the columns' headers (a GI named "Đắk Lắk" read as a province)
            continue
        n = sum(1 for r in range(first, min(len(s.rows), first + 200))
                if isinstance(s.value(r, c), str) and indicator_for_label(s.value(r, c), None)[0])
        if n > best_n:
            best, best_n = c, n
    if best is None:
        # NOTE: "STT | Nguồn kinh phí | Cùng kỳ … | Kế hoạch … | Thực hiện …" (a second table whose
        # label header is not one the reader knows) and no label naming an indicator by itself
        # ("Tổng kinh phí …", "- Ngân sách nhà nước"): the column of words right after the item
        # numbers is the labels' — each still matched, never guessed
        stt = next((c.index for c in cols if c.role == "stt"), None)
        nxt = stt + 1 if stt is not None else None
        if nxt is not None and nxt < len(cols) and cols[nxt].role in ("other", "label") and cols[nxt].text \
                and not (NAMES_HEADER.match(fold(cols[nxt].text)) and indicator_columns_in([x.text for x in cols])):
            texts = sum(1 for r in range(first, min(len(s.rows), first + 200))
                        if isinstance(s.value(r, nxt), str) and not _is_number_like(s.value(r, nxt)))
            if texts >= 2:
                return nxt
    if best is None:
        best = _unheaded_label_column(s, first, cols)
    return best


def _unheaded_label_column(s: Sheet, first: int, cols: list[Column]) -> int | None:
    """The column right left of a years' header that has no header cell of its own ("| 2020 | 2021 |
    Sơ bộ 2023", a yearbook's table under its caption) when it holds the rows' words: the labels'.

    NOTE: review22a: a yearbook sheet of one table ("12.5. Số nhiệm vụ … được nghiệm thu phân theo
    cấp quản lý" over "TỔNG SỐ | Cấp nhà nước | …") was refused, no label column found — its rows
    name no indicator by themselves (the caption does). Every row is still matched, never guessed."""
    values = [c for c in cols if c.role == "value"]
    # (blind80: one period alone — "| Năm 2025" over "TOÀN TỈNH | 96" and the communes, under "… phân theo xã,
    # phường" — when the header is a yearbook's under its caption: few_periods_under_a_breakdown_caption)
    if (len(values) < 2 and not (values and few_periods_under_a_breakdown_caption(s, first - 1))) \
            or any(c.period is None or c.measure != "actual" for c in values):
        return None
    nxt = min(c.index for c in values) - 1
    if nxt < 0 or cols[nxt].role != "other" or cols[nxt].text.strip() \
            or any(c.text.strip() for c in cols[:nxt]):
        return None
    texts = [s.value(r, nxt) for r in range(first, min(len(s.rows), first + 200))
             if isinstance(s.value(r, nxt), str) and not _is_number_like(s.value(r, nxt))]
    # NOTE: refused80: a yearbook table with only its "TỔNG SỐ" under the years (no breakdown rows: "Biểu 12.08. Số
    # sản phẩm OCOP được công nhận", "| 2020 | 2021 | 2022", "TỔNG SỐ | 25 | 29 | 34") was refused "no indicator": one
    # row of words found no label column. A total's word alone is the labels' column too — the caption names what
    # it totals (_caption_of_total), nothing is guessed
    return nxt if len(texts) >= 2 or len(texts) == 1 and fold(texts[0]).strip() in (*TOTAL_WORDS, *_WHOLE_PROVINCE_WORDS) \
        else None


def _note_row_period(memo: _SheetMemo, r: int, p: Period) -> None:
    """Remember row r's period (a row read twice — a scratch reading first — is remembered once)."""
    if memo.row_periods and memo.row_periods[-1][0] == r:
        memo.row_periods[-1] = (r, p)
    else:
        memo.row_periods = memo.row_periods[-1:] + [(r, p)]


# "Cùng kỳ", "Cùng kỳ năm trước" alone in a period's cell: the same span of the year before the row above's
# a bare "Cùng kỳ" (folded), naming no year: under a whole year's row it stays aside, as the column "Cùng kỳ" is unread
_SAME_SPAN_LEADS = frozenset(fold(w) for w in registry.declared_header_words("same_span_lead_words"))
_SAME_SPAN_YEAR_BEFORE = re.compile(r"^\s*(?:%s)(?:\s+(?:cua\s+)?nam\s+(?:%s))?\s*$" % (
    "|".join(map(re.escape, {fold(w) for w in registry.declared_header_words("same_span_lead_words")})),
    "|".join(map(re.escape, {fold(w) for w in labels.declared_words("year_before_words")}))))


def _same_span_of_row_above(memo: _SheetMemo, r: int, year: int | None, yearly: bool = False) -> Period | None:
    """The same span in `year` (None: the year before the row above's) as the period of the row above row r,
    when that is a part of the next year ("Cộng 9 tháng năm 2026" above "Cùng kỳ năm 2025": January–September
    2025) — or, in a report on a whole year (`yearly`), that whole year ("Năm 2025" above "Cùng kỳ năm 2024": the
    year 2024); None otherwise.

    NOTE: recall37: "Năm 2025" then "Cùng kỳ năm 2024" (rows) under "BÁO CÁO … NĂM 2025" was set aside while the
    columns "Năm 2025 | Cùng kỳ năm 2024" store 2024: the same year's span, read alike (a whole year above under a
    report on a part of a year names no span a person is sure of: still aside)."""
    above = next((p for row, p in reversed(memo.row_periods) if row < r), None)
    if above is None or above.kind == "year" and not yearly or above.start.year != above.end.year:
        return None
    year = above.start.year - 1 if year is None else year
    return periods.same_span(above, year) if above.start.year == year + 1 else None


def _another_span_than_row_above(memo: _SheetMemo, r: int, p: Period) -> bool:
    """Whether a "Cùng kỳ …" row naming its own span `p` sits under a span of the next year whose same span
    in p's year is not p ("9 tháng năm 2026" above "Cùng kỳ năm 2025 (tháng 9)")."""
    if p.start.year != p.end.year:
        return False
    above = next((q for row, q in reversed(memo.row_periods) if row < r), None)
    if above is None or above.start.year != p.start.year + 1:
        return False
    same = periods.same_span(above, p.start.year)
    return same is not None and same.notation != p.notation


def _period_of_cell(v, epoch: date = date(1899, 12, 30)) -> Period | None:
    """A period column's cell: a year typed as a number or text, a period in words, or a date.

    NOTE: a year typed into a date-formatted "Năm" column is stored as the serial 2023 and
    shown as 15/07/1905 (17/07/1909 in a 1904-system workbook: the serial counts from its `epoch`);
    a real date is a stock's date ("31/12/2023" is the year's end)."""
    if isinstance(v, datetime):
        v = v.date()
    if isinstance(v, date):
        serial = (v - epoch).days
        if v.year < 1910 and 1990 <= serial <= 2100:
            return periods.span(date(serial, 1, 1), date(serial, 12, 31))
        if (v.month, v.day) in ((1, 1), (12, 31)):
            return periods.span(date(v.year, 1, 1), date(v.year, 12, 31))
        return periods.at(v)
    # NOTE: blind90: a BI tool's long table "Ky | Ma_CT | Gia_tri" with the month "202609" among "2026Q1", "2026Q3":
    # the glued year and month in a period column is that month (the honest file was refused, "không đọc được kỳ")
    if (month := periods.month_code(v)) is not None:
        return month
    return _period_cached(cell_text(v))


# the Excel serials of 1 January 2000 and 31 December 2099: a date a report's cut-off can be
_SERIALS_OF_DATES = (36526, 73050)


def _serial_in_cut_off(v) -> bool:
    """A whole number a cut-off column's date-formatted cell lost its format for (46022 = 31/12/2025)."""
    return isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer() \
        and _SERIALS_OF_DATES[0] <= v <= _SERIALS_OF_DATES[1]


def _period_of_ends(first, last) -> Period | None:
    """A row's period from "Từ ngày | Đến ngày": both ends (01/04/2026, 30/06/2026 is 2026-Q2), or the
    last alone ("Đến ngày 31/03/2026": a cut-off, a stock's date)."""
    def text(v):
        if isinstance(v, datetime):
            v = v.date()
        return f"{v.day}/{v.month}/{v.year}" if isinstance(v, date) else cell_text(v)
    a, b = text(first), text(last)
    return periods.from_text(f"từ {a} đến {b}" if a else f"đến {b}")


# NOTE: a unit in square brackets, "Chi NSNN cho KH&CN [triệu đồng]", as in parentheses: read without
# it, 41.200 triệu đồng were stored as 41.200 tỷ đồng (the matcher drops both kinds of brackets)
_LAST_PARENS = re.compile(r"[(\[]([^()\[\]]*)[)\]][\s.:;*]*$")
# a percentage's note inside a header that runs on after it ("Tỷ lệ (%) Năm 2023": a group's unit over its periods)
_RATE_GROUP = re.compile(r"^\s*(?:tỷ lệ|tỉ lệ|ty le|ti le)\s+(.+)$", re.IGNORECASE)   # (review44: typed bare, "Ty le", a field name's "TyLe")
_PERCENT_GROUP = re.compile(r"[(\[]\s*((?:tỷ lệ\s*)?%)\s*[)\]]", re.IGNORECASE)
_ANY_PARENS = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def _estimate_of_the_row_above(s: Sheet, r: int, label: str, above: int, above_label: str,
                               plan: _SheetPlan) -> Period | None:
    """The report's year a row estimates when its label says only that — an estimate's word, the year, and
    none but the row above's own words ("Ước cả năm 2026", "- Ước nghiệm thu cả năm 2026" under "Nhiệm vụ đã
    nghiệm thu"; "Ước cả năm" alone: the report's year) — with the unit of the row above or none; else None."""
    if not _estimated_row(label) or _IN_WHICH.match(nfc(label).lstrip(" -+*•–")):
        return None   # (a part, "Trong đó: …", is no estimate of the whole)
    period, rest = None, clean_label(label)
    for text, p in label_variants(label):
        if p is not None and p.kind == "year":
            period, rest = p, text
            break
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", bare(nfc(rest))).split())
    whole_year = re.search(r"(^| )" + _WHOLE_YEAR_WORD + r"( |$)", words) is not None
    words = re.sub(r"(^| )" + _WHOLE_YEAR_WORD + r"(?= |$)", " ",
                   re.sub(r"^(?:" + _ESTIMATE_WORD + r")(?= |$)", "", words)).strip()
    # only the report's own year ("Ước cả năm" with no year: that year), the report on a part of it: an
    # estimate of another year under this year's figure says what no column does
    base = plan.base_period
    if base is None or base.kind == "date" or base.start.year != base.end.year:
        return None
    if period is None:
        period = periods.from_text(str(base.start.year)) if whole_year else None
    if period is None or period.start.year != base.start.year:
        return None
    if not set(words.split()) <= set(re.sub(r"[^a-z0-9]+", " ", bare(nfc(above_label))).split()):
        return None
    if plan.unit_col is not None:
        unit, above_unit = (fold(cell_text(s.value(row, plan.unit_col)) or "") for row in (r, above))
        if unit and unit != above_unit:
            return None
    return period


def _without_unit(label: str, code: str) -> str:
    """The label without the unit it ends with in parentheses ("Tổng cộng (nhiệm vụ)" ->
    "Tổng cộng"), when that is one of the indicator's units or a sum of money (`_label_unit`).

    NOTE: a report that writes each row's unit into its label instead of a unit column gives the
    total under a heading naming its indicator as "Tổng cộng (nhiệm vụ)": read as no total, the
    heading's figure was lost."""
    m = _LAST_PARENS.search(label)
    return label[:m.start()].rstrip() if m and _label_unit(label, code) == m[1].strip() else label


@lru_cache(maxsize=4096)
def _label_unit(label: str, code: str) -> str:
    """The unit a label ends with in parentheses, when it is one of the indicator's or a sum of
    money: '' otherwise.

    NOTE: "Chi NSNN cho KH&CN (nghìn đồng)" with no unit column: money in a scale the indicator
    does not declare is kept as the row's unit, so that its cells are set aside (rule `unit`),
    never stored as if they were in tỷ đồng."""
    from etl.validate import is_money_text, is_times_or_scaled_text

    # NOTE: an indicator column under a group header: "Kinh phí (triệu đồng)" over "Chi NSNN cho
    # KH&CN" reads "Kinh phí (triệu đồng) Chi NSNN cho KH&CN", its unit inside; read only from the
    # last parenthesis, 96.400 triệu đồng were stored as 96.400 tỷ đồng. Two different sums of
    # money stated are no one unit: kept together, so that the cells are set aside.
    inner = [_UNIT_WORD.sub("", u).strip() for u in _ANY_PARENS.findall(label)]
    money = sorted({u for u in inner if is_money_text(u)})
    if len(money) > 1:
        return " / ".join(money)
    m = _LAST_PARENS.search(label)
    if m:
        unit = _UNIT_WORD.sub("", m[1]).strip()
        if _unit_of(code, unit) or is_money_text(unit) or _is_per_mille(unit) or is_times_or_scaled_text(unit):
            # NOTE: "(nghìn người)", "(lượt)": kept so that the cells are set aside (probe33)
            return unit
    if money:
        return money[0]
    own = sorted({u for u in inner if _unit_of(code, u)})
    if len(own) == 1:
        return own[0]
    if not inner and (m := _TAIL_UNIT.search(label)):
        unit = m[1].strip()
        if is_money_text(unit) and not _another_word_than_dong(unit) or _unit_of(code, unit):
            return unit
    return ""


def _another_word_than_dong(text: str) -> bool:
    """Whether a word of the text folds to "dong" but is written as another word than "đồng" (money) — "động",
    "đông", "dòng": "Trụ cột đầu ra: Tác động" (the PII impact pillar) ends in no sum of money.

    NOTE: recall33: its "Tác động" after the colon was read as the row's unit, a sum of money, and the pillar's
    scores and ranks set aside (rule unit); "trieu dong" typed without diacritics stays money."""
    return any(fold(w) == "dong" and w.lower() not in ("đồng", "dong") for w in re.findall(r"\w+", nfc(text)))


# NOTE: "Kinh phí NSNN cho nhiệm vụ KH&CN (ĐVT: triệu đồng)": the unit after its "ĐVT:" (read with it,
# "ĐVT: triệu đồng" was no scale the indicator declares and the cell was set aside)
_UNIT_WORD = re.compile(r"^\s*(?:đvt|dvt|đ\.v\.t|đơn vị tính|don vi tinh|đơn vị|don vi)\s*[:：]\s*", re.I)
# NOTE: a unit after the label's last comma or dash, "Chi NSNN cho KH&CN, triệu đồng", "Chi NSNN cho
# KH&CN - triệu đồng" (as a column's header writes it): read without it, 41.200 triệu đồng were stored
# as 41.200 tỷ đồng
_TAIL_UNIT = re.compile(r"(?:,|\s[-–]|:)\s*([^,\-–:()\[\]]{1,24}?)[\s.;]*$")


@lru_cache(maxsize=4096)
def _header_money(text: str) -> str:
    """The sum of money's unit a column's header states, or ''; two different ones joined (no
    one unit: the cells are set aside)."""
    from metrics.names import match_key

    found = sorted({_MONEY_SPELLED.get(m[1], m[1]) for m in _MONEY_IN_HEADER.finditer(match_key(text or ""))})
    return " / ".join(found)


@lru_cache(maxsize=4096)
def _is_per_mille(unit: str) -> bool:
    """Whether a label's unit in parentheses is per mille ("Tỷ lệ … (‰)"): kept as the row's unit,
    so that its cells are set aside (rule `unit`), never read as the indicator's %."""
    from etl.validate import _unit_class

    return _unit_class(match_key(unit)) == "per_mille"


_PERCENT_NOTE_WORDS = frozenset(w for p in registry.header_words("percent_note_words") for w in p.split())


def _percent_of_a_plan_note(noted: str) -> bool:
    """Whether a header's bracket is a percent with the words of a share reached and nothing else ("ước đạt %",
    "đạt %", "% so KH": metrics/header_words.toml percent_note_words) — a figure of a rate only."""
    words = fold(noted).split()
    return "%" in noted and all(w in _PERCENT_NOTE_WORDS for w in words if w not in ("phan", "tram"))


def _column_unit(code: str, own_unit: str, header: str) -> str:
    """The unit of a value cell from its column's header, when that header states a sum of money:
    the row's unit when the row states none (unit column, label); when the row states another
    one, both (no one unit: the cells are set aside, rule `unit`); '' when the header states none.

    NOTE: "Năm 2022 (triệu đồng) | Năm 2023 (triệu đồng)" over "Chi NSNN cho KH&CN", or "Kinh phí
    (triệu đồng)" merged over the years: read without the header's unit, 52.400 triệu đồng were
    stored as 52.400 tỷ đồng."""
    from etl.validate import _unit_factor, is_per_mille_text, is_times_or_scaled_text

    money = _header_money(header)
    if not money and is_per_mille_text(header or ""):
        # NOTE: "Năm 2024 (‰)" over a rate: read without the header's unit, 85 ‰ was stored as 85 %
        # (review21a); with it the cells are set aside (rule unit), on any row
        return f"{own_unit} / ‰" if own_unit else "‰"
    noted = m[1].strip() if not money and (m := _LAST_PARENS.search(header or "")) else ""
    if not money and not noted and (bare_rate := _RATE_GROUP.match(nfc(header or ""))) \
            and periods.from_text(bare_rate[1]) is not None:
        # … and a group headed "Tỷ lệ" alone over the periods ("Tỷ lệ Năm 2023"): rates, as "Tỷ lệ (%)"
        noted = "%"
    if not money and not noted and (group := _PERCENT_GROUP.search(header or "")):
        # NOTE: wrong53: "Tỷ lệ (%)" merged over "Năm 2023 | Năm 2024" (the column read "Tỷ lệ (%) Năm 2023"): a
        # group's unit before the period — 45 % and 60 % were stored as 45 and 60 OCOP products recognised. Read as
        # "Năm 2023 (%)" is: the cells of a row that is no rate are set aside (rule unit)
        noted = group[1].strip()
    if noted and is_times_or_scaled_text(noted):
        # NOTE: "Năm 2024 (nghìn người)", "Năm 2024 (lượt)": 1,2 was stored as 1,2 researchers, 120
        # times as 120 enterprises (probe33); with the header's unit the cells are set aside
        return noted
    if (noted in ("%", "tỷ lệ %", "tỷ lệ (%)") or _percent_of_a_plan_note(noted)) \
            and registry.indicator(code).kind != "rate":
        # (wrong49: "Năm 2026 (ước đạt %)" — the share of the plan reached, 94 % stored as 94 enterprises)
        # NOTE: wrong48: "Kế hoạch 2025 | Ước đạt (%)", "TH năm 2025 (%)", "Năm 2025 (%)" over counts: the share of the
        # plan (or of something unsaid) — 96 % was stored as 96 enterprises supported; with the header's unit the
        # cells are set aside (rule unit), as a count's "(lượt)" is
        return f"{own_unit} / %" if own_unit else "%"
    if not money:
        return ""
    if not own_unit:
        return money
    ind = registry.indicator(code)
    mine, theirs = _unit_factor(ind, own_unit), _unit_factor(ind, money)
    if mine[0] is not None and mine == theirs:
        return own_unit
    return f"{own_unit} / {money}"


_RANK_OF_FIELD = re.compile(r"^\s*(?:hạng\s*(?:thứ\s*)?)?(\d{1,2})\s*/\s*(\d{2})\s*(?:tỉnh(?:,? thành(?: phố)?)?)?\s*$",
                            re.IGNORECASE)


def _rank_in_field(code: str, v) -> tuple[str, Number] | None:
    """A rank written with the size of its field, "12/63" or "hạng 17/34", on a rank's row: the
    rank, in the indicator whose unit names that field (hạng/63 or hạng/34; the PII rank of 63
    provinces and of 34 are two indicators). Any other "a/b" stays two numbers, set aside."""
    if not isinstance(v, str):
        return None
    ind = registry.indicator(code)
    if ind.kind != "rank":
        return None
    m = _RANK_OF_FIELD.match(nfc(v))
    if m is None:
        return None
    rank, field_size = int(m[1]), m[2]
    base = code[:-3] if code.endswith("_34") else code
    for candidate in (code, base, f"{base}_34"):
        other = registry.indicators().get(candidate)
        if other is not None and other.kind == "rank" and other.unit_vi.endswith(f"/{field_size}"):
            if 1 <= rank <= int(field_size):
                return candidate, Number(float(rank))
    return None


@lru_cache(maxsize=1024)
def _scale_of(code: str, unit: str) -> float | None:
    """The factor an indicator's declared unit converts by ("triệu đồng" → 0.001 for tỷ đồng); None for
    a unit it does not declare."""
    from metrics.names import match_key

    ind = registry.indicator(code)
    scales = {match_key(a): f for a, f in ind.unit_aliases.items()} if isinstance(ind.unit_aliases, dict) else {}
    return scales.get(match_key(unit)) if ind.kind == "money" else None


def _unit_of(code: str, unit: str) -> bool:
    """Whether a unit written in a value cell ("41 nhiệm vụ") is the indicator's own, in Vietnamese
    or English, or one of its declared other units (converted later, as a unit column is)."""
    from metrics.names import match_key

    ind = registry.indicator(code)
    key = match_key(unit)
    known = {match_key(ind.unit_vi), match_key(ind.unit_en), *(match_key(a) for a in ind.unit_aliases)}
    if not key or key in known:
        return bool(key)
    # NOTE: "8 SP", "5 NH": the unit abbreviated as offices type it (metrics/abbreviations.toml)
    # is the indicator's own unit written short ("SP" in the unit column already read so)
    if labels.expand_abbreviations(unit) in {labels.expand_abbreviations(u) for u in
                                             (ind.unit_vi, ind.unit_en, *ind.unit_aliases)}:
        return True
    if labels.ruled_out_by(code, unit):
        # NOTE: blind68: "Nhiệm vụ KH&CN | 8 nhiệm vụ chuyển tiếp" was stored as 8 tasks managed: an alias's
        # noun ("nhiệm vụ chuyển tiếp và mở mới") held the unit's words, but a stage, level or star written
        # after the noun ("chuyển tiếp", "cấp tỉnh", "4 sao") is what the indicator's own `exclude` rules out
        return False
    # NOTE: a count may be written in the noun its own name uses: "9 đề tài" for tasks whose
    # aliases say "đề tài, dự án"; "12 hội thảo" names no noun of "doanh nghiệp được hỗ trợ"
    return ind.kind == "count" and any(f" {key} " in f" {match_key(n)} " for n in (ind.name_vi, *ind.aliases))


_TERRITORY_PREFIXES = sorted(registry.header_words("territory_prefixes"), key=len, reverse=True)


def _territory_prefix(f: str) -> str | None:
    """The territory word a (folded) row name starts with ("dia ban"), the longest declared, or None."""
    return next((w for w in _TERRITORY_PREFIXES if f.startswith(w + " ")), None)


# NOTE: a tidy sheet repeats the same few province names, periods and labels on every row
# (100,000 rows, a few hundred distinct texts): interpret each distinct text once.
@lru_cache(maxsize=4096)
def _province_cached(text: str) -> tuple:
    if text.isdigit() and len(text) <= 2:
        # a statistics code ("58", "8"): the province of that code, in whichever frame it existed
        code = text.zfill(2)
        return tuple(p for p in registry.provinces().values() if p.code == code)
    found = tuple(provinces_named(text))
    if not found and (m := _WHOLE_PROVINCE_NAMED.match(fold(text))):
        # NOTE: the whole province named with its name under its former provinces' rows ("Vĩnh Long
        # (cũ) | Bến Tre (cũ) | Trà Vinh (cũ) | Toàn tỉnh Vĩnh Long", batch 25): the province named
        # (the file was refused: "Toàn tỉnh Vĩnh Long" an unknown province)
        found = tuple(provinces_named(" ".join(text.split()[len(m[1].split()):])))
    if not found and (prefix := _territory_prefix(fold(text))):
        # NOTE: "Địa bàn An Giang (cũ)" is the former An Giang's territory: the province named after the
        # word (metrics/header_words.toml territory_prefixes) — then, as "An Giang (cũ)" is, a
        # former province's own figure before the merger or its share after it
        found = tuple(provinces_named(" ".join(text.split()[len(prefix.split()):])))
    if not found:
        # blind69: "Khu vực Phú Thọ (cũ)" down the new Phú Thọ's rows: the former province's area, as
        # "Địa bàn" above (etl/headers.py former_area_named; only with "(cũ)")
        found = tuple(former_area_named(text))
    if found and _CITY_WORDS.match(fold(text)):
        # "Thành phố Bến Tre", "Toàn thành phố Cà Mau": the provincial city, no province (a name
        # shared by a centrally-run city keeps that city: "TP. Hồ Chí Minh", "Thành phố Huế" of 2025)
        # (a province that became such a city keeps it too: the period decides, etl.validate)
        found = tuple(p for p in found if p.kind == _CENTRAL_CITY
                      or (p.renamed is not None and p.renamed.kind == _CENTRAL_CITY))
    if not found and _AGENCY.match(fold(text)):
        # NOTE: a reporting system's export names the reporting body, not the province: "Sở Khoa học
        # và Công nghệ tỉnh Quảng Ninh" is Quảng Ninh's department (one province, at most one unit
        # of each frame; a body naming two provinces names none)
        named = provinces_in(text)
        if named and len({p.frame for p in named}) == len(named):
            found = tuple(named)
    return found


# the name of a province's reporting body: its department or its People's Committee (etl/headers.py AGENCY)
_AGENCY = AGENCY


@lru_cache(maxsize=4096)
def _period_cached(text: str) -> Period | None:
    return periods.from_text(text)
