"""Merged header cells a sheet shows without saying so: the merges a report's author made, lost
when the file was re-saved or exported — undone (the text left in the first cell, the others
blank) or undone and filled (the text repeated in every cell it covered, as reporting systems and
"Unmerge & Fill" write it). A person reads "Năm 2024" over "Kế hoạch | Thực hiện" the same way
either way; etl.headers reads a header's span from the sheet's merges, so the spans a person sees
are added to them here. Pure: a Sheet in, a Sheet out.

Only header rows are looked at — rows of words (and years) of a table's top, never rows with
figures — so a data row's cells are never joined.

NOTE: measured with the corpus (`python bench/workbook_variants.py "merged cells undone" …`,
4 December 2026): with its merges undone, 285 of 1,433 facts were lost and 5 stored wrong ("Giai
đoạn 2020-2024" left over the first year only made that column the span 2020–2024); undone and
filled, 512 lost and 22 honest files refused."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from etl.sheets import Sheet
from metrics.periods import from_text as period_of

# how deep into a sheet a table's header is looked for (etl.headers.find_header looks at 40
# non-blank rows), and how far below a blank row a second table's header may start
_TOP_ROWS = 60
_AFTER_BLANK = 4
# merged labels and headings are a report form's; a sheet's rows past this are a long table's
# (tidy rows by the ten thousand, whose header is its first row): not looked at, so a 100,000-row
# upload pays nothing for this
_FORM_ROWS = 2000
_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(19|20)\d\d(?![\d.,])")
# a header that starts with a number: a year, a date ("31/12/2024", "06/2025"), a part of a year
# ("6 tháng đầu năm", "9 tháng"), a star rating ("3 sao")
_NUMBERED_HEADER = re.compile(r"(19|20)\d\d(?![\d.,])|(\d{1,2}/)?\d{1,2}/(19|20)\d\d|\d{1,2}\s*th[aá]ng|\d\s*sao\b", re.I)
_FIGURE = re.compile(r"[~≈<>≥≤+-]?\s*\d")


def _header_cell(v) -> bool:
    """A cell a header row may hold: words, a year, a date — no figure, typed or as text ("1.250",
    "96,3": the rows of a report whose numbers are text are no header)."""
    if isinstance(v, str):
        t = v.strip()
        if _FIGURE.match(t) and not _NUMBERED_HEADER.match(t):
            return False   # "126 nhiệm vụ", "118,5 tỷ đồng", "~45": a figure typed with its unit
        return bool(_LETTER.search(t) or _YEAR.fullmatch(t))
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return float(v).is_integer() and 1990 <= v <= 2100
    return isinstance(v, date)


def _is_header_row(row: list) -> bool:
    """Two or more different cells, every one words, a year or a date: no figure (one text
    repeated across is a title or a section heading filled)."""
    filled = [v for v in row if v is not None]
    return len(set(map(str, filled))) >= 2 and all(_header_cell(v) for v in filled)


def _blocks(rows: list[list], header: set[int]) -> dict[int, int]:
    """Each header row's block's last row. A row continues the block above it only when it holds
    something right of the block's first two columns: "I | NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ" under a
    header is the first section's heading, not a header row."""
    last_of = {}
    for first in sorted(header):
        if first in last_of:
            continue
        keys = [c for c, v in enumerate(rows[first]) if v is not None][:2]
        last = first
        while last + 1 in header and any(v is not None for v in rows[last + 1][keys[-1] + 1:]):
            last += 1
        for k in range(first, last + 1):
            last_of[k] = last
    return last_of


def _rows_to_look_at(rows: list[list]) -> list[int]:
    look = set(range(min(len(rows), _TOP_ROWS)))
    for r, row in enumerate(rows[:_FORM_ROWS]):
        if r >= _TOP_ROWS and row.count(None) == len(row):
            look.update(range(r + 1, min(len(rows), r + 1 + _AFTER_BLANK)))
    return sorted(look)


def implied_merges(sheet: Sheet) -> list[tuple[int, int, int, int]]:
    """The header spans (r0, c0, r1, c1) the sheet shows but does not declare as merges."""
    rows = sheet.rows
    covered = set()
    for r0, c0, r1, c1 in sheet.merges:
        covered.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))
    header = {r for r in _rows_to_look_at(rows) if _is_header_row(rows[r])}
    last_of = _blocks(rows, header)
    found: list[tuple[int, int, int, int]] = []

    def free(r, c0, c1):
        return not any((r, c) in covered for c in range(c0, c1 + 1))

    def add(span):
        found.append(span)
        covered.update((r, c) for r in range(span[0], span[2] + 1) for c in range(span[1], span[3] + 1))

    for r in sorted(header):
        row, below = rows[r], (rows[r + 1] if last_of[r] > r else None)
        c = 0
        while c < len(row):
            v = row[c]
            if not (isinstance(v, str) and _LETTER.search(v)):
                c += 1
                continue
            end = c
            # filled: the same words repeated across, over different headers below ("Năm 2024 |
            # Năm 2024" over "Kế hoạch | Thực hiện")
            while end + 1 < len(row) and row[end + 1] == v:
                end += 1
            if end > c and not (below is not None and len({below[k] for k in range(c, end + 1) if k < len(below)}) > 1):
                end = c   # the same words side by side over nothing that differs: not one header
            if end == c and below is not None:
                # undone: the words, then blanks, over headers below each of them ("Giai đoạn
                # 2020-2024" over "2020 | 2021 | … | 2024")
                # (in a deeper header, the header under a blank may be further down: "NHIỆM VỤ
                # KH&CN" over "Đang triển khai" over "Tổng số | Chia ra" over the levels, each undone)
                while end + 1 < len(row) and row[end + 1] is None \
                        and _header_below(rows, r, end + 1, last_of[r]) and _header_below(rows, r, c, last_of[r]) \
                        and not _continues_above(rows, header, r, c, end + 1):
                    end += 1
            if end > c and free(r, c, end):
                add((r, c, r, end))
            c = end + 1
    # downwards, in a block of header rows: the same words on consecutive rows ("STT" over "STT",
    # filled), or words over blanks to the block's last row ("TT" beside "Kết quả thực hiện" over
    # "2020 | 2021 | …", undone)
    for first in sorted(header):
        if first - 1 in header and last_of[first - 1] >= first:
            continue
        last = last_of[first]
        for r in range(first, last):
            for c, v in enumerate(rows[r]):
                if not (isinstance(v, str) and _LETTER.search(v)) or (r, c) in covered:
                    continue
                end = r
                while end + 1 <= last and c < len(rows[end + 1]) and rows[end + 1][c] == v and (end + 1, c) not in covered:
                    end += 1
                if end == r and all((c >= len(rows[k]) or rows[k][c] is None) and (k, c) not in covered
                                    for k in range(r + 1, last + 1)):
                    end = last
                if end > r:
                    add((r, c, end, c))
    found.extend(_labels_over_their_parts(rows, covered, header))
    found.extend(_one_text_across(rows, covered))
    return found


def _header_below(rows: list[list], r: int, k: int, last: int) -> bool:
    """Whether column k holds a header under row r, down to the block's last row."""
    return any(k < len(rows[x]) and rows[x][k] is not None for x in range(r + 1, last + 1))


def _continues_above(rows: list[list], header: set[int], r: int, c: int, k: int) -> bool:
    """Whether the blank (r, k) is the lower part of the words above it, merged down: the header
    row above holds words at k, other than those above the span's first cell c.

    NOTE: Thái Nguyên's "Được nghiệm thu" over "Tổng số" (merged down two rows) | "Chia ra" over
    "Cấp quốc gia | Cấp tỉnh", then a row of units: undone, "Cấp cơ sở" of the column before was
    spread over the blank under "Tổng số" and the total read as the grassroots level."""
    if r - 1 not in header or k >= len(rows[r - 1]):
        return False
    above = rows[r - 1][k]
    return isinstance(above, str) and bool(_LETTER.search(above)) and (c >= len(rows[r - 1]) or rows[r - 1][c] != above)


def _one_text_across(rows: list[list], covered: set) -> list[tuple[int, int, int, int]]:
    """A title, a caption or a section heading merged across the table and filled: one text
    repeated in adjacent cells, nothing else on its row ("Biểu 02. KINH PHÍ …" eight times) —
    as one cell, the caption a person reads (the next table's start)."""
    found = []
    for r, row in enumerate(rows[:_FORM_ROWS]):
        c = 0
        while c < len(row) and row[c] is None:
            c += 1
        if c + 1 >= len(row) or not isinstance(row[c], str) or row[c + 1] != row[c] or (r, c) in covered:
            continue
        end = c + 1
        while end + 1 < len(row) and row[end + 1] == row[c]:
            end += 1
        if _LETTER.search(row[c]) and all(v is None for v in row[end + 1:]):
            found.append((r, c, r, end))
    return found


def _words(v) -> bool:
    return isinstance(v, str) and _header_cell(v) and bool(_LETTER.search(v))


def _headed_label_and_parts(rows: list[list], header: set[int], r: int, c: int) -> bool:
    """Whether the table's header above row r names column c its label ("Chỉ tiêu", "Nội dung")
    and the next column nothing else a header knows ("Phân loại", "Chi tiết", blank).

    NOTE: a long table repeats its keys on every row ("24 | Bắc Giang | Người làm nghiên cứu … |
    2019 …"): the province beside different indicators looks like a label filled down beside its
    parts, and blanking its copies left 15 figures without a province (an honest file refused)."""
    from etl.headers import header_role, role_of

    above = sorted((k for k in header if k < r), reverse=True)[:3]
    label = next((rows[k][c] for k in above if c < len(rows[k]) and rows[k][c] is not None), None)
    part = next((rows[k][c + 1] for k in above if c + 1 < len(rows[k]) and rows[k][c + 1] is not None), None)
    if not isinstance(label, str) or role_of(label) != "label":
        return False
    return part is None or (isinstance(part, str) and role_of(part) == "other"
                            and header_role(part).period is None)


def _labels_over_their_parts(rows: list[list], covered: set, header: set[int]) -> list[tuple[int, int, int, int]]:
    """A row's label over the rows below it that leave the label (and everything left of it)
    blank, or repeat it, and name, in the next column, what part of it they give: "Nhiệm vụ KH&CN đang quản lý |
    Tổng số" over " | Cấp quốc gia", " | Cấp tỉnh" — the label merged down beside its parts, the
    merge undone (or filled). Only when the parts differ from one another (a unit repeated down its column
    is no part) and every row gives a figure."""
    found, asked, heads = [], {}, sorted(header)
    r = 0
    stop = min(len(rows), _FORM_ROWS)
    while r < stop:
        row = rows[r]
        c = next((k for k, v in enumerate(row) if _words(v)), None)
        if c is None or (r, c) in covered or c + 1 >= len(row) or not _words(row[c + 1]) \
                or not any(_figure(v) for v in row[c + 2:]) or _table_keys(row[c], row[c + 1]):
            r += 1
            continue
        end, parts, headed = r, {row[c + 1].strip()}, None
        while end + 1 < stop:
            nxt = rows[end + 1]
            # undone: the label and what is left of it blank; filled: the same repeated (under a
            # header that says the column is the label, asked once per run)
            blank_or_same = all(v is None for v in nxt[:c + 1])
            if not blank_or_same and nxt[:c + 1] == row[:c + 1]:
                if headed is None:
                    key = (bisect_left(heads, r), c)   # the same header above, the same column
                    if key not in asked:
                        asked[key] = _headed_label_and_parts(rows, header, r, c)
                    headed = asked[key]
                blank_or_same = headed
            if len(nxt) <= c + 1 or not blank_or_same or not _words(nxt[c + 1]) \
                    or not any(_figure(v) for v in nxt[c + 2:]) or (end + 1, c) in covered:
                break
            end += 1
            parts.add(nxt[c + 1].strip())
        if end > r and len(parts) == end - r + 1:
            # with the label, what is left of it ("1" in its STT column, filled down too)
            found.extend((r, k, end, k) for k in range(c + 1) if row[k] is not None)
        r = end + 1
    return found


# the roles of a table header's key columns (etl/headers.py header_role): the order number, the label, the place,
# the unit, the period
_KEY_ROLES = frozenset(("stt", "label", "province", "unit", "period"))


def _table_keys(first, second) -> bool:
    """Whether two cells side by side are a table header's keys ("STT | Địa phương", "TT | Chỉ tiêu", "Nội dung |
    ĐVT"): the header itself, never a label over its parts.

    NOTE: recall42: "STT | Địa phương | 3 sao | 4 sao | Cộng" over " | Toàn tỉnh | 27 | 5 | 32" (Kon Tum's OCOP by
    district, the total first, its STT blank) — "3 sao", "6 tháng đầu năm 2024", "31/12/2024" or a year typed
    as a number read as figures — merged "STT" down over the total: the first row joined the header and was
    lost (the province's 32 products; "Tổng số nhiệm vụ" under "STT | Chỉ tiêu | 2023 | 2024")."""
    from etl.headers import role_of

    return isinstance(first, str) and isinstance(second, str) \
        and role_of(first) in _KEY_ROLES and role_of(second) in _KEY_ROLES


def _figure(v) -> bool:
    """A figure, typed or as text, or the dash a report writes for none."""
    if isinstance(v, bool):
        return False
    return isinstance(v, (int, float)) or isinstance(v, str) and bool(_FIGURE.match(v.strip()) or v.strip() in _NONE)


_NONE = {"-", "–", "—", "x", "X"}


def _shifted_headings(rows: list[list], covered: set) -> list[tuple[int, int, int]]:
    """Group headings a converter set one or more columns right of the groups they head (r, column,
    shift): a header row whose headings naming periods ("Năm 2023", "Năm 2024") stand at equal steps k ≥ 2,
    with d blank columns (0 < d < k) left of the first one between it and the key headers ("ĐVT"), each over
    a header below — and the headers below, read from d columns left of each heading, repeat the same k
    headers ("6 tháng | Cả năm") while read from the headings they do not. Undone merges keep their text in
    their first cell: so the PDF's merged "Năm 2023" over "6 tháng | Cả năm" landed over "Cả năm".

    NOTE: batch 75's probes: "| Năm 2023 | | Năm 2024" over "6 tháng | Cả năm | 6 tháng | Cả năm", each year
    one column right: the first half of 2023 was stored as 2024's (the title's year) and 2024's as 2023's."""
    found = []
    header = {r for r in _rows_to_look_at(rows) if _is_header_row(rows[r])}
    for r in sorted(header):
        if r + 1 >= len(rows) or r + 1 not in header:
            continue
        row, below = rows[r], rows[r + 1]
        heads = [c for c, v in enumerate(row) if _words(v) and (r, c) not in covered and _YEAR.search(v)
                 and period_of(v) is not None]
        if len(heads) < 2 or (k := heads[1] - heads[0]) < 2 or any(b - a != k for a, b in zip(heads, heads[1:])):
            continue
        d = 0
        while heads[0] - d - 1 >= 0 and row[heads[0] - d - 1] is None and heads[0] - d - 1 < len(below) \
                and below[heads[0] - d - 1] is not None:
            d += 1
        first = heads[0] - d
        if not 0 < d < k or first == 0 or row[first - 1] is None or (r, first - 1) in covered:
            continue
        end = heads[-1] - d + k - 1
        if end >= len(below) or any(row[c] is not None for c in range(first, end + 1) if c not in heads):
            continue
        shifted = {tuple(below[h - d:h - d + k]) for h in heads}
        as_set = {tuple(below[h:h + k]) for h in heads}
        if len(shifted) == 1 and None not in next(iter(shifted)) and len(set(next(iter(shifted)))) == k \
                and len(as_set) > 1:
            found.extend((r, h, d) for h in heads)
    return found


def with_implied_merges(sheet: Sheet) -> Sheet:
    """The sheet as if its author's merges were kept: the spans it shows added to its merges, and
    every cell of a span but the first blank, as a merged cell reads (a filled copy is no second
    header or label). The same sheet if none."""
    covered = {(r, c) for r0, c0, r1, c1 in sheet.merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    if shifted := _shifted_headings(sheet.rows, covered):
        rows = list(sheet.rows)
        for r, c, d in shifted:
            rows[r] = list(rows[r]) if rows[r] is sheet.rows[r] else rows[r]
            rows[r][c - d], rows[r][c] = rows[r][c], None
        sheet = replace(sheet, rows=rows)
    found = implied_merges(sheet)
    if not found:
        return sheet
    rows = list(sheet.rows)
    for r0, c0, r1, c1 in found:
        for r in range(r0, r1 + 1):
            row = rows[r] = list(rows[r]) if rows[r] is sheet.rows[r] else rows[r]
            for c in range(c0, min(c1 + 1, len(row))):
                if (r, c) != (r0, c0):
                    row[c] = None
    return replace(sheet, rows=rows, merges=[*sheet.merges, *found])
