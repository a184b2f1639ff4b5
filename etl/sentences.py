"""Figures stated in sentences typed into a sheet's cells -> candidates (pure).

NOTE: offices that write narrative first and tabulate second type a result as a sentence: "Đã
nghiệm thu 18 nhiệm vụ (02 cấp quốc gia, 16 cấp Thành phố)" in a "Kết quả thực hiện" column, "Có
45 sản phẩm được công nhận OCOP, nâng tổng số … lên 312 sản phẩm", or paste the Word report's
paragraphs into merged cells ("Trong 9 tháng đầu năm 2024, Sở đã tổ chức quản lý 57 nhiệm vụ …").
Each such cell that the table reading took nothing from is read with the narrative reader
(`etl.prose`: its clauses, breakdowns, traps and the one label matcher), and a figure is taken
only when nothing is left to guess:
- an actual figure (no plan, target or forecast), without a qualifier ("trên 300", "gần 50%",
  "khoảng 120" are no exact figures here);
- of the sheet's one province (a sentence naming another province, or a former one's share
  "trên địa bàn tỉnh Thái Bình (cũ)", gives nothing);
- of the sheet's period: a sentence stating none is on the sheet's period; one stating its own
  is taken only when that is the sheet's period, or a stock's date at its end ("Lũy kế đến
  30/9/2024" in a report on nine months of 2024), or a PII edition's year ("PII 2024 … xếp thứ
  14/63"); a count since a year ("từ năm 2021 đến nay", "lũy kế từ năm 2019") gives nothing;
- not in a column of notes, plans, comparisons or evaluations ("Ghi chú", "Kế hoạch", "So với năm
  2020", "Đánh giá"), nor under a heading on what is to come ("Nhiệm vụ trọng tâm …").
A figure the table also states with another value is kept, so the file is refused as one fact with
two values (`duplicate`), as any report stating a fact twice is.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from etl.context import Stated, provinces_in, several_named, sheet_period, title_context
from etl.diacritics import is_bare, restored_sentences
from etl.headers import FORMER_NOTE, find_header, is_code_header, is_item_name_header, is_order_number_header
from etl.labels import declared_abbreviations, declared_words, place_below_province
from etl.limits import cell_rows
from etl.reading import Candidate, Hints, Ignored, Reading
from etl.row_labels import CITY_LEVEL
from etl.workbook import Sheet, cell_column, cell_columns, cell_name
from metrics import periods, registry
from metrics.names import bare, fold, nfc
from metrics.periods import Period

MAX_CELLS = 400    # sentence cells read per sheet
# a sentence, not a label: letters around a figure, at least four words
_FIGURE = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the columns whose cells are no result: notes, plans and targets, comparisons, evaluations
_OTHER_COLUMN = re.compile(r"(ghi chu|ke hoach|chi tieu|muc tieu|so sanh|so voi|cung ky|danh gia|du kien|"
                           r"phuong huong|ty le hoan thanh|\bkh\b|\btt\b|\bstt\b|don vi tinh|\bdvt\b)")
# a heading after which the lines speak of what is to come, not what was done
_AHEAD = re.compile(r"(phuong huong|nhiem vu trong tam|ke hoach|muc tieu|du kien|de xuat|kien nghi|giai phap)")
_TOP_HEADING = re.compile(r"^\s*[IVXLCivxlc]{1,5}\s*[.)]\s")     # on the text as typed ("II. NHIỆM VỤ …")
_ROMAN = re.compile(r"\s*[IVXLCivxlc]{1,5}\s*\.?\s*")
_AHEAD_LINE = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:phuong huong|nhiem vu trong tam|ke hoach|muc tieu|du kien|de xuat|"
                         r"kien nghi|giai phap)")
# an example or a note, not the report speaking ("Ví dụ cách ghi — Số nhiệm vụ …: 15")
# (on the folded text: "Hướng dẫn 23 tổ chức" is a result, "Hướng dẫn: …" or "Lưu ý — …" a note)
# a footnote ("(*) Số liệu năm 2024 đã điều chỉnh: …") and a source line are no statement of the report
_EXAMPLE = re.compile(r"^\s*(?:\(?\*|nguon\s*:)|"
                      r"^\s*[-+*•–]?\s*(?:(?:luu y|ghi chu|chu y|huong dan|mau)\s*[:—–-]|vi du\b)|\bvi du\b")
# a count since a year: no one period's figure ("chuyển tiếp từ năm 2022" says where the tasks
# carried over come from: 51 tasks carried over into 2023 were dropped as a count since 2022)
_SINCE = re.compile(r"(?<!chuyen tiep )(?<!chuyen )\btu (?:nam )?((?:19|20)\d\d)\b")
# a count to date
# a clause opening with last year (folded): "Cùng kỳ năm trước nghiệm thu 31 nhiệm vụ", "Năm ngoái, …" (see _period)
_LAST_YEAR_FIRST = re.compile(r"^\W*(?:(?:trong|vao|tai)\s+)?(?:cung ky(?:\s+nam\s+(?:truoc|ngoai))?|nam\s+(?:truoc|ngoai))\b")
_TO_DATE = re.compile(r"\b(den nay|toi nay|hien nay|luy ke|tu truoc|cong don)\b")
# a share of the procedures that qualify, not of all the department's procedures
_OF_QUALIFYING = re.compile(r"du dieu kien")


def read_sentences(s: Sheet, stated: Stated, hints: Hints, out: Reading, file_name: str,
                   columns: list[set] | None = None) -> None:
    """Append the figures the sentences in `s`'s cells state (see the module's docstring). `columns`: the
    sheet's column_texts when told already (read_workbook tells them once: no reading changes a sheet's cells)."""
    from etl import prose
    from etl.textdoc import TextDocument

    if "huong dan" in fold(s.name):
        return
    if columns is None:
        columns = column_texts(s.rows)
    cells = _sentence_cells(s, out, columns)
    notes = _note_lines(s, columns)
    if not cells and not notes:
        return   # (a note line restating a table's figure is read for that alone: _notes_restating)
    other_cols = _other_columns(s, find_header(s))
    # NOTE: a report's sentences are a few dozen cells; a sheet of thousands of unread text cells is
    # a list, not a report's narrative (and reading each costs milliseconds): only its first are read
    cells = cells[:MAX_CELLS]
    header = find_header(s)
    # NOTE: without a table header the title is what stands above the first sentence (a
    # paragraph's own dates are no title's)
    here = title_context(s, header if header is not None else min(cells[0][0] if cells else 12, 12))
    ahead_title = None
    if _ahead_only_title(here.period_text):
        ahead_title, here.period = here.period, None
    if _ahead_only_title(stated.period_text):
        ahead_title, stated = ahead_title or stated.period, _without_period(stated)
    provs = here.provinces or stated.provinces
    prov_text = here.province_text if here.provinces else stated.province_text
    first = next((r for r, _, text, *_ in cells if states_a_figure(text)), None)
    if first is not None and several_named((wide := title_context(s, min(first, 12))).provinces):
        # NOTE: wrong45: "SỐ LIỆU KH&CN TỈNH VĨNH LONG VÀ TỈNH BẾN TRE NĂM 2023" (read as a sentence cell) over
        # "Năm 2023, nghiệm thu 30 nhiệm vụ KH&CN.": the sentences are the two provinces' together — the
        # issuer's Vĩnh Long was given their 30. Several provinces: no one's figure (not guessed, below)
        provs, prov_text = wide.provinces, wide.province_text
    if not provs and hints.province:
        provs = [p for p in registry.provinces().values() if p.code == hints.province] \
            if isinstance(registry.provinces(), dict) else []
        prov_text = ""
    base = _base(sheet_period(s), here.period, stated.period)
    if base is None and ahead_title is not None:
        base = _opening_span(cells, ahead_title)
    note = ""
    if base is None and hints.period is not None:
        base, note = hints.period, "hint-period"
    if base is None:
        return
    # NOTE: "Năm 2023 | Năm 2024" over cells "12 nhiệm vụ (3 cấp tỉnh)": a column whose header names
    # another period than the sheet's holds no figure of the sheet's period (not guessed)
    header = find_header(s)
    running = _column_bases(s, header, base) if header is not None else {}
    if header is not None:
        named = _column_periods(s, header)
        cells = [x for x in cells if x[0] <= header or (running[x[1]] is not None if x[1] in running
                                                        else named.get(x[1]) in (None, base.notation))]
    # the province its name means for the sheet's period ("Bắc Ninh" in 2022 is 27, in 2026 the new 24)
    frame = registry.frame_for(base.end)
    codes = {p.code for p in provs if p.frame == frame}
    if len(codes) != 1:
        return   # no province, or several: not guessed
    code = next(iter(codes))
    city = _is_city(provs, code, frame, base)
    _earlier_years(s, header, base, provs, prov_text, out, code=code, file_name=file_name,
                   after=base.end if frame == "34" else None)
    # NOTE: a sheet on a period after the merger was written after it: its sentences' provinces are
    # the new ones ("Năm 2025" alone was read in the frame of 63, so the new Quảng Trị's "Hồ tiêu
    # Quảng Trị" was the former Quảng Trị's and its figures given nothing)
    after = base.end if frame == "34" else None
    cells = [(r, c, item, top, heading) for r, c, text, top, heading in cells for item in _bullet_items(text)]
    sheet_base = base
    for r, c, text, top, heading in cells:
        # blind89: the column's own span when it is the running total beside the report's period (or the part of it
        # ending with it), else the sheet's
        base = running.get(c) or sheet_base
        if top and (later := periods.from_text(top)) is not None and later.start > base.end:
            # NOTE: "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025" in a report on the first half: the lines under
            # a section on a period after the sheet's are what is to come ("- Nghiệm thu: 20 nhiệm vụ"
            # was stored as the half's tasks accepted)
            continue
        text = _readable(text)
        if text is None:
            continue   # typed without diacritics and not every word known again: not read (etl/diacritics.py)
        note_label, text = note_of_a_row(text, stated.note_rows)
        # NOTE: blind58: a contents sheet's "1 | Nhiệm vụ KH&CN | 1. Nhiệm vụ" (the sheet's name beside its
        # subject) was read "Nhiệm vụ KH&CN: 1." and stored as 1 task managed: a cell opening with an item
        # number before a word numbers the item, it states no figure ("1.250 nhiệm vụ" is a figure: no word)
        text = _ITEM_OPENING.sub("", text)
        if (parent := _dash_line_above(s, r, c, text)) is not None and (parent := _readable(parent)) is not None:
            # NOTE: "- Tổng số nhiệm vụ đang quản lý: 112 nhiệm vụ" then "+ Cấp quốc gia: 09 nhiệm vụ": the
            # "+" line breaks the "-" line down and is read as its "trong đó" (alone it named nothing)
            text = parent + "; trong đó " + _PLUS.sub("", text)
        text = list_total_said(s, r, c, text) or text
        text = former_brackets_written_out(text, _row_label(s, r, c, other_cols), base)
        text = _levels_of(text, city)
        text = respectively_written_out(former_respectively_written_out(text), code, base)
        text = predicate_respectively_written_out(text, code, base)
        text = rate_items_written_out(text)
        # NOTE: "- Chỉ dẫn địa lý được bảo hộ: 05 (Đà Lạt; Thanh long Bình Thuận; …)": the brackets right
        # after a figure name the things counted — the names, not places of the report ("Bình Thuận"
        # made the figure another province's); a level or a star there is a part and stays
        text = _NAMES_AFTER_FIGURE.sub(lambda m: "" if prose.names_in_brackets(m[1]) else m[0], text)
        # NOTE: "- Sản phẩm được đánh giá, công nhận lại: 23 sản phẩm": a label's words joined by a comma
        # before its colon are one label ("…, công nhận lại" was read alone, so the line gave nothing)
        text = _LABEL_COMMA.sub(r"\1 và \2", text)
        # NOTE: "đạt 92,5% (năm 2023: 88,1%)": the brackets give an earlier year's figure of the same
        # indicator; the sentence is read without them (their year dated the sentence's own figure)
        text = _all_of_one_star(text)
        text, earlier = _earlier_in_brackets(text)
        text, framed = _framed_in_brackets(text)
        if parent is None and _parts_only(text) and (whole := _line_above(s, r, c)) is not None \
                and (whole := _readable(whole)) is not None:
            # NOTE: "Nhiệm vụ KH&CN đang triển khai: 47 nhiệm vụ" then "- Cấp quốc gia: 02; cấp tỉnh: 35;
            # cấp cơ sở: 10": a line of levels (or stars) alone is the breakdown of the line above it
            parts = _parts_typed_out(_DASH.sub("", _PLUS.sub("", text))).strip().rstrip(".;").replace(";", ",")
            text = _levels_of(whole, city).rstrip(" .;") + " (" + parts + ")"
        text = _own_span_before_same_span(text, base)
        label = _row_label(s, r, c, other_cols) or note_label
        # (a label all of whose words need no diacritics, "Chi NSNN cho KH&CN", is read as typed)
        label = (_readable(label) or written_out(as_read(label))) if label else None
        text = ocop_named_again(text, label)
        as_typed, text = text, year_items_written_out(text, None)
        first_reading = prose.extract(TextDocument(file_name, text), province=code, published=after)
        found = _actual(first_reading, code, provs)
        _former_own(first_reading, code, frame, base, found, s, r, c, note, out)
        # NOTE: a result typed after its row's label ("Nhiệm vụ nghiệm thu | 29 nhiệm vụ (03 cấp quốc
        # gia; 26 cấp thành phố)") or under a heading that names what its lines count ("2. Chương trình
        # mỗi xã một sản phẩm (OCOP)" over "- Sản phẩm được công nhận: 42 sản phẩm (3 sao: 35; 4 sao:
        # 07)") says its subject there; and parts typed "3 sao: 35", "cấp quốc gia 07" or between ";"
        # in brackets are the same parts. The cell is read again so, and what that reading adds (an
        # indicator the cell as typed gave none of) is taken with the same rules.
        head = _readable(heading) if heading and not label else None
        # "Tỷ lệ hồ sơ … | Đạt 92,7%": the row's label is what was achieved ("… : Đạt 92,7%" read nothing)
        joined = ((label + (" " if _ACHIEVED_FIRST.match(text) else ": ")) if label else "")
        if label and _YEAR_ITEM.search(as_typed) and opens_with_a_part(as_typed):
            joined = ""   # the part's figure is no figure of the label's whole (review21b: stored as st_budget)
        again = _parts_typed_out(joined + year_items_written_out(as_typed, label))
        if label and (lead := _sheet_span_lead(as_typed, base)) and _ACHIEVED_FIRST.match(as_typed[len(lead):]):
            # "Tỷ lệ hồ sơ … | Đạt 98,7%; cùng kỳ năm 2024: 96,9%": the sheet's span written before the cell
            # (`_own_span_before_same_span`) opens the sentence, the label then says what was achieved, and
            # the later item is the rate's too (batch 45: both lost, as Huế's in batch 41)
            again = rate_items_written_out(_parts_typed_out(
                lead + label + " " + year_items_written_out(as_typed[len(lead):], label)))
        if again != text or head:
            said = {(x.indicator, x.period) for x in found}
            more = _actual(prose.extract(TextDocument(file_name, again, title=head or ""), province=code,
                                         published=after), code, provs)
            # (an indicator the cell gave already is added again only with a span its own clause states that
            # no figure of it has: "…; lũy kế 9 tháng năm 2025: 71 nhiệm vụ" written with the row's label, batch 45)
            found += [x for x in more if (x.indicator, x.period) not in said and
                      (x.indicator not in {y.indicator for y in found} or
                       (x.period and x.period_from == "clause" and
                        x.period not in {y.period for y in found if y.indicator == x.indicator})) and
                      not _counted_as_another(x, found)]
        for year, before, value in earlier:
            _read_earlier(s, r, c, joined + before, value, year, found, base, frame, code, provs, prov_text,
                          file_name, after, out)
        bracketed: set[int] = set()   # the candidates a bracket's own span gave: never dated by `_earlier_year`
        for lead, before, value in framed:
            if (same := _SAME_TIME.fullmatch(fold(lead))) is not None:
                # "89,7% (cùng kỳ năm 2024: 80,2%)": the same span of that year
                when = periods.same_span(base, int(same[1]))
                if when is not None:
                    _read_earlier(s, r, c, joined + before, value, int(same[1]), found, base, frame, code, provs,
                                  prov_text, file_name, after, out, when=when)
                continue
            # "95,2% (6 tháng đầu năm, tỉnh Lâm Đồng (cũ): 83,6%)": the bracket's own span and place
            # come first, the row's label then names the figure; kept only with a span of its own
            subject = (label or re.split(r"[;:(]", before)[-1]).strip().rstrip(":")
            got = _actual(prose.extract(TextDocument(file_name, f"{lead}: {subject} {value}"), province=code,
                                        published=after), code, provs)
            got = [x for x in got if x.period and x.period != base.notation and
                   not any(y.indicator == x.indicator and y.period == x.period for y in found)]
            bracketed.update(id(x) for x in got)
            found += got
        # the indicators the cell states for the sheet's period: an earlier year's figure of the same
        # indicator in the same sentence is that year's ("năm 2024 đạt 94,6%, năm 2023 đạt 87,2% …")
        own_period = {x.indicator for x in found if _period(x, base) is base}
        # NOTE: mend27a: a figure read in a cell and not taken is listed with why (README: the uploader "must
        # get a clear answer about every row") — "Tính đến 30/11/2025, toàn tỉnh có 60 sáng kiến được công
        # nhận" in a report on 2021–2025 vanished from the preview without a word (wrong27 item 7)
        aside: list[tuple[object, tuple[str, str]]] = []
        kept: set[tuple[str, float]] = set()
        for cand in found:
            clause = fold(cand.quote)
            if _OF_QUALIFYING.search(clause):
                aside.append((cand, _WHY_QUALIFYING))
                continue
            since = _SINCE.search(clause)
            if since and not base.start.year <= int(since[1]) <= base.end.year:
                # before the period: not its figure; after it ("9 đề tài thực hiện từ năm 2024" in a news
                # item of 2023): a plan (9 was stored as the tasks managed; review19b)
                aside.append((cand, _why_since(int(since[1]), base)))
                continue
            months = re.search(r"\btrong (\d+) thang\b", clause)
            if months and int(months[1]) != (base.end.year - base.start.year) * 12 \
                    + base.end.month - base.start.month + 1:
                # "Sáng kiến được công nhận trong 6 tháng: 58" in a report on the year: another span's
                aside.append((cand, _why_months(int(months[1]), base)))
                continue
            period = _period(cand, base)
            if not cand.period and period is base:
                period = _yearless_part_period(cand, base)
            if period is None and cand.indicator in own_period and id(cand) not in bracketed:
                period = _earlier_year(cand, base, frame) or _same_span_of(cand, base, frame)
            if period is None:
                period = _official_year(cand, as_typed, base)
            if period is None:
                aside.append((cand, _why_no_period(cand, base)))
                continue
            if registry.frame_for(period.end) == "34" and figure_of_a_former(cand.quote, cand.number_text or cand.value):
                # NOTE: "6 tháng đầu năm 2026, tỉnh Đồng Nai (cũ) công nhận 14 sản phẩm OCOP" in the new Đồng Nai's
                # report (the former province bearing the new one's name, "Thành phố Hồ Chí Minh (cũ)" too): after
                # the merger a former province's figure is the new province's part, no province's — 14 was stored
                # as the new Đồng Nai's half (batch 49's probes)
                aside.append((cand, _WHY_FORMER))
                continue
            if frame == "34" and registry.frame_for(period.end) != frame and not registry.territory_unchanged(code) \
                    and not _names_former_self(cand.quote, cand.number_text, cand.value, provs):
                # NOTE: the new Gia Lai's "Năm 2025, Sở nghiệm thu 48 nhiệm vụ; 6 tháng đầu năm nghiệm thu 20
                # nhiệm vụ": the first half of 2025 is the new territory's before it was one province — no
                # province's figure; it was stored as the former Gia Lai's (the name's in the frame of 63),
                # the new Vĩnh Long's as the former Vĩnh Long's (its code's). A former province's own figure
                # says "(cũ)" and is read by `_former_own` or, in a bracket, here (batch 45's probes)
                aside.append((cand, _WHY_BEFORE_MERGER))
                continue
            out.candidates.append(Candidate(
                s.name, cell_name(r, c), cand.label or cand.quote[:80], cand.indicator, provs,
                prov_text, period, "actual", "estimated" if _estimated(cand.quote) else "reported",
                float(cand.value), "", False, "", note))
            out.matched_rows += 1
            kept.add((cand.indicator, float(cand.value)))
        _list_aside(s, r, c, aside, kept, out)
    _notes_restating(s, header, code, provs, prov_text, sheet_base, after, file_name, city, out, notes)


# a note line under a table ("Ghi chú: 6 tháng đầu năm 2026, thành phố đã nghiệm thu 31 nhiệm vụ KH&CN."), as typed
# NOTE: blind71: or its summary ("Tóm tắt: năm 2024, tỉnh Vĩnh Phúc xếp hạng PII thứ 15/63 …" under a PII table
# giving 13, batch 57's file to refuse — refused only while its "Chỉ số" table went unread)
_NOTE_LINE = re.compile(r"^\s*[-+*•–]?\s*(?:ghi\s+ch[úu]|t[óo]m\s+t[ắa]t)\s*[:—–-]\s*", re.IGNORECASE)


def column_texts(rows: list) -> list[set] | None:
    """Each column's distinct texts, told at C speed (None: a cell that cannot be hashed). NOTE: ingest39: a
    tidy sheet's 100,000 rows repeat a few hundred texts; the note lines, the headings and the notes' marks were
    each looked for cell by cell (~0.2 s of a 1.3 s ingest) where one look at each distinct text says the same."""
    out = []
    for column in cell_columns(rows):
        try:
            out.append({v for v in set(column) if isinstance(v, str)})
        except TypeError:
            return None
    return out


def _note_lines(s: Sheet, columns: list[set] | None) -> set:
    """The sheet's distinct texts written as a note line ("Ghi chú: …")."""
    texts = set().union(*columns) if columns is not None else {v for row in s.rows for v in row if isinstance(v, str)}
    return {v for v in texts if _NOTE_LINE.match(nfc(v))}


def _notes_restating(s: Sheet, header: int | None, code: str, provs: list, prov_text: str, base: Period,
                     after, file_name: str, city: bool, out: Reading, notes: set) -> None:
    """A "Ghi chú:" line under a table (no statement of the report's own, _EXAMPLE: never read for a figure) that
    states a figure the table gives — the same indicator, province and period, read as the sentences are — with
    another value: the two are one fact's two values, and the note's figure is added beside the table's so the file
    is refused naming both cells (etl/validate.py dedupe). A note agreeing with the table, or stating anything the
    table does not give (another scope, level or period), adds nothing.
    NOTE: wrong43: batch 68's new Đà Nẵng: 34 tasks accepted in the first half of 2026 in the table, "Ghi chú: 6
    tháng đầu năm 2026, thành phố đã nghiệm thu 31 nhiệm vụ KH&CN." under it — the 34 was stored."""
    from etl import prose
    from etl.textdoc import TextDocument

    table = {}
    for x in out.candidates:
        if x.sheet == s.name and x.measure == "actual" and x.period is not None \
                and any(p.code == code for p in x.provinces):
            table.setdefault((x.indicator, x.period.notation), set()).add(x.value)
    if not table or not notes:
        return
    for r in range(0 if header is None else header + 1, len(s.rows)):
        for c, v in enumerate(s.rows[r]):
            if not isinstance(v, str) or v not in notes or not _FIGURE.search(v):
                continue
            text = _readable(v)
            if text is None:
                continue
            # NOTE: review41: the note's levels as the sentences' ("31 nhiệm vụ KH&CN cấp thành phố" in Đà Nẵng's note
            # is the city's provincial level, not every task accepted: the honest file was refused as 34 and 31)
            text = _levels_of(_NOTE_LINE.sub("", text, count=1), city)
            said: dict = {}
            for cand in _actual(prose.extract(TextDocument(file_name, text), province=code, published=after),
                                code, provs):
                period = _period(cand, base)
                if period is not None:
                    said.setdefault((cand.indicator, period.notation), []).append((cand, period))
            for key, found in said.items():
                values = table.get(key)
                if not values or len({float(x.value) for x, _ in found}) != 1 or float(found[0][0].value) in values:
                    # NOTE: review41: a note giving one fact two values of its own ("Sở KH&CN trực tiếp nghiệm thu
                    # 31 nhiệm vụ, 3 nhiệm vụ do các quận, huyện nghiệm thu": two scopes the reader did not tell
                    # apart) restates nothing surely — the honest file was refused as 34, 31 and 3
                    continue
                cand, period = found[0]
                out.candidates.append(Candidate(
                    s.name, cell_name(r, c), cand.label or cand.quote[:80], cand.indicator, provs, prov_text, period,
                    "actual", "reported", float(cand.value), "", False, "", ""))


# why a figure read in a text cell is not taken, as the uploader reads it (mend27a; see read_sentences)
_WHY_QUALIFYING = ("Câu ghi tỷ lệ trên số thủ tục đủ điều kiện, không phải trên tất cả thủ tục; không lấy",
                   "The sentence gives a share of the qualifying procedures only, not of all; not taken")
_WHY_FORMER = ("Câu ghi số liệu riêng của một tỉnh cũ (trước sắp xếp), một phần của tỉnh mới; không lấy",
               "The sentence gives a former province's own figure, a part of the new province's; not taken")
_WHY_BEFORE_MERGER = ("Câu ghi số liệu của một kỳ trước sắp xếp, khi địa bàn tỉnh mới chưa là một tỉnh; không lấy",
                      "The sentence gives a figure of a period before the merger, when the new province was not "
                      "one yet; not taken")


def _why_since(year: int, base: Period) -> tuple[str, str]:
    return (f"Câu ghi số liệu kể từ năm {year}, không phải số của kỳ báo cáo “{periods.label(base)}”; không lấy",
            f"The sentence gives a figure since {year}, not the report's {periods.label(base, 'en')}; not taken")


def _why_months(months: int, base: Period) -> tuple[str, str]:
    return (f"Câu ghi số liệu trong {months} tháng, khác kỳ báo cáo “{periods.label(base)}”; không lấy",
            f"The sentence gives a figure over {months} months, not the report's {periods.label(base, 'en')}; "
            "not taken")


def _why_no_period(cand, base: Period) -> tuple[str, str]:
    if periods.cutoff_alone(cand.quote):
        return (f"Câu chỉ ghi số liệu tính đến một ngày, không ghi từ khi nào, trong báo cáo "
                f"“{periods.label(base)}”: không rõ là số của năm hay của cả kỳ báo cáo; không lấy",
                f"The sentence gives a figure up to a date without its start, in a report on "
                f"{periods.label(base, 'en')}: the year's or the whole period's, unclear; not taken")
    return (f"Câu không cho biết số liệu thuộc kỳ nào của báo cáo “{periods.label(base)}” (số cộng dồn, "
            "kỳ khác hoặc kỳ không rõ); không lấy",
            f"The sentence does not say which part of the report's {periods.label(base, 'en')} its figure is "
            "(a total to date, another period, or none clear); not taken")


def _list_aside(s: Sheet, r: int, c: int, aside: list, kept: set, out: Reading) -> None:
    """Each figure a text cell gave that no reading of it took, listed once with why (the first reason)."""
    seen = set(kept)
    for cand, (vi, en) in aside:
        key = (cand.indicator, float(cand.value))
        if key in seen:
            continue
        seen.add(key)
        cell = cell_name(r, c)
        out.ignored.append(Ignored(s.name, r + 1, f"{cand.quote[:120]} ({cell})", f"Ô {cell}: {vi}",
                                   f"Cell {cell}: {en}", cell=cell))


def _names_former_self(quote: str, number_text: str, value: float, provs: list) -> bool:
    """Whether a quote's figure is the sheet's province's former self's own: its own clause names that province
    "(cũ)" before it ("95,2% (6 tháng đầu năm, tỉnh Lâm Đồng (cũ): 83,6%)" in the new Lâm Đồng's report;
    `figure_of_a_former`)."""
    names = [p.name_vi for p in provs if p.frame == "63"]
    return bool(names) and figure_of_a_former(quote, number_text or value, names)


# a number that dates rather than counts: a span's months ("6 tháng đầu năm"), a year or quarter after its word,
# a day ("30/6/2025")
_SPAN_NUMBER_AFTER = re.compile(r"\s*(?:tháng\b|năm\b|/)", re.I)
_SPAN_NUMBER_BEFORE = re.compile(r"(?:\bnăm|\bquý|\bngày|\btháng|giai đoạn|[/-])\s*$", re.I)
_A_NUMBER = re.compile(r"(?<![\w.,/])\d[\d.,]*(?<![.,])")


# en and em dashes typed for the hyphen of a name ("Bà Rịa – Vũng Tàu"): one character for one, so that
# positions in the text stay as they are
_DASHES = str.maketrans({"–": "-", "—": "-"})
_CITY_PREFIX = re.compile(r"^\s*(?:tp\.?|thành phố)\s*")


def former_name_core(name: str) -> str:
    """A province's name as a clause naming it "(cũ)" writes it, lower-case: a centrally-run city's without
    "TP."/"Thành phố" ("TP. Hồ Chí Minh" is typed "Thành phố Hồ Chí Minh (cũ)", "TP.HCM (cũ)"…: the name
    after the prefix is the city's), its dashes as hyphens. NOTE: batch 49: the former Hồ Chí Minh City's
    and Bà Rịa – Vũng Tàu's own first half of 2025 were lost in the new city's report."""
    return _CITY_PREFIX.sub("", nfc(name).lower().translate(_DASHES)).strip()


def figure_of_a_former(text: str, figure: str | float, names: list[str] | None = None) -> bool:
    """Whether the figure `figure` (as written, or its value) in `text` is a former province's own: the words of
    its own clause — from the figure before it, a span's or a day's number aside — name a province "(cũ)" before
    it (one of `names` when given). NOTE: review26b: "…6 tháng đầu năm công nhận 25 sản phẩm OCOP, trong đó
    tỉnh Vĩnh Long (cũ) 10 sản phẩm, …" (the merged territory's 25 stored as the former Vĩnh Long's half), "Công
    nhận 40 sản phẩm OCOP, trong đó An Giang (cũ) 22 sản phẩm, …" (40 as the former An Giang's), "… 20 nhiệm vụ,
    tăng so với tỉnh Gia Lai (cũ) cùng kỳ": a cell naming a former province somewhere makes none of its
    other figures that province's."""
    from etl import prose

    def names_a_former(clause: str) -> bool:
        if names is None:
            return bool(FORMER_NOTE.search(clause))
        return any(re.search(re.escape(former_name_core(n)) + r"\s*\(\s*cũ\s*\)", clause) for n in names)

    low = nfc(text).lower().translate(_DASHES)
    start = 0
    dating = None   # the clause before a span's number written like the figure, if no later number is it
    for m in _A_NUMBER.finditer(low):
        # (the figure as written is the figure even where it looks like a span's number: a rank "14/63")
        said = m[0] == figure if isinstance(figure, str) else \
            (prose.parse_number(m[0]) == figure and bool(re.match(r"/\d{2,3}(?![\d/.-])", low[m.end():]))) or None
        spans = bool(_SPAN_NUMBER_AFTER.match(low, m.end()) or _SPAN_NUMBER_BEFORE.search(low[:m.start()]))
        if spans and said and dating is None and not re.match(r"/\d{2,3}(?![\d/.-])", low[m.end():]):
            # NOTE: "6 tháng đầu năm 2026, Cùng kỳ năm 2025: thành phố Cần Thơ (cũ) nghiệm thu 6 nhiệm vụ" (the
            # sheet's span put before the quote): the first "6" dates; the figure is the later one (batch 45)
            dating = low[start:m.start()]
            continue
        if not said and spans:
            continue
        if said or (said is None and prose.parse_number(m[0]) == figure):
            return names_a_former(low[start:m.start()])
        start = m.end()
    return dating is not None and names_a_former(dating)


# brackets right after a figure, their words (stripped only when they name the things counted alone:
# etl/prose.py `names_in_brackets`, its words in metrics/abbreviations.toml)
_NAMES_AFTER_FIGURE = re.compile(r"(?<=\d)\s*\(([^()]*)\)")
# a "label: figure" line whose label joins two verbs by a comma ("Sản phẩm được đánh giá, công nhận lại: 23")
_LABEL_COMMA = re.compile(r"^(\s*[-+•–]?\s*[^\d,:;()]{6,}?\bđược\s+[^\d,:;()]+?),\s+([^\d,:;()]{3,40}?\s*:\s*(?=\d))")
# "Đạt 92,7%", "Đạt được 100%": what was achieved, typed after the row's label
_ACHIEVED_FIRST = re.compile(r"^\s*(?:đạt được|đạt|dat duoc|dat)\s+(?:tỷ lệ\s+|ty le\s+)?(?=\d)", re.I)
# a figure, then an earlier year's in brackets: "92,5% (năm 2023: 88,1%)", "58 sáng kiến (năm 2023: 69)"; the
# year's figure said with its verb too (blind68: Nghệ An's "đạt 99,3% (năm 2024 đạt 95,8%)" set the sentence
# aside whole, "câu không cho biết số liệu thuộc kỳ nào" — both figures lost)
_EARLIER_BRACKET = re.compile(r"(?<![\d.,])(\d[\d.,]*)(\s*%|\s+[^\W\d]+(?:\s+[^\W\d]+)?)?\s*"
                              r"\(\s*(?:năm|nam)\s+((?:19|20)\d\d)\s*(?::|(?:đạt|dat|là)\s)\s*(\d[\d.,]*)(\s*%|\s+[^\W\d]+"
                              r"(?:\s+[^\W\d]+)?)?\s*\)", re.I)


# "Nghiệm thu 52 nhiệm vụ KH&CN, tăng 6 nhiệm vụ so với năm 2024 (46 nhiệm vụ)": the change names the earlier year
# and the bracket after it gives that year's figure, in the figure's unit (the bracket alone dated nothing and its
# figure was lost on Nghệ An's 2025 summary, batch 68)
_COMPARED_BRACKET = re.compile(r"(?<![\d.,])(\d[\d.,]*)(\s*%|\s+[^\d,;:()]+?)\s*,?\s*(?:tăng|giảm|tang|giam)\s+"
                               r"\d[\d.,]*[^\d;:()]*?\bso v(?:ớ|o)i\s+(?:năm|nam)\s+((?:19|20)\d\d)\s*"
                               r"(\(\s*(\d[\d.,]*)(\s*%|\s+[^\W\d]+(?:\s+[^\W\d]+)?)?\s*\))", re.I)

_COMPARED_YEAR_BRACKET = re.compile(r"(\bso v(?:ớ|o)i\s+(?:cùng kỳ\s+|cung ky\s+)?(?:năm|nam)\s+(?:19|20)\d\d)\s*\([^()]*\)",
                                    re.I)


_OTHER_EARLIER = re.compile(r"\s*\(\s*(?:năm|nam)\s+(?:19|20)\d\d\b[^()\d]*:\s*\d[^()]*\)", re.I)


def _earlier_in_brackets(text: str) -> tuple[str, list[tuple[int, str, str]]]:
    """The text without the brackets that give an earlier year's figure right after a figure, and
    for each (the year, the text up to the figure, the earlier figure typed as the figure is)."""
    earlier, kept, pos = [], [], 0
    for m in _EARLIER_BRACKET.finditer(text):
        unit, own_unit = (m[2] or ""), (m[5] or "")
        if own_unit.strip() and unit.strip() and fold(own_unit.strip()) != fold(unit.strip()):
            continue   # another unit: another thing counted
        earlier.append((int(m[3]), text[:m.start(1)], m[4] + unit))
        kept.append(text[pos:m.start(1)] + m[1] + unit)
        pos = m.end()
    kept.append(text[pos:])
    text, kept, pos = "".join(kept), [], 0
    for m in _COMPARED_BRACKET.finditer(text):
        unit, own_unit = m[2].strip(), (m[6] or "").strip()
        if own_unit and not fold(unit).startswith(fold(own_unit)) or not own_unit and unit != "%":
            continue   # another unit, or a bare number beside a count: another thing, or unclear
        earlier.append((int(m[3]), text[:m.start(1)], m[5] + m[2]))
        kept.append(text[pos:m.start(4)].rstrip())
        pos = m.end(4)
    kept.append(text[pos:])
    # "…, tăng 6 nhiệm vụ so với năm 2024 (46 nhiệm vụ cấp tỉnh)": a bracket after the year compared with, not
    # read above, is that year's, never a part of the sentence's figure (46 was stored as 2025's provincial tasks)
    text = _COMPARED_YEAR_BRACKET.sub(r"\1", "".join(kept))
    # "87,4% (năm 2024 trên địa bàn hai tỉnh cũ: 79,6%)": an earlier year's figure said of something
    # else than the sheet's province: not read, and its year dates nothing else
    return _OTHER_EARLIER.sub("", text), earlier


def _read_earlier(s: Sheet, r: int, c: int, before: str, value: str, year: int, found: list, base: Period,
                  frame: str, code: str, provs: list, prov_text: str, file_name: str, after, out: Reading,
                  when: Period | None = None) -> None:
    """The earlier year's figure in brackets, read as the sentence states its own figure: taken when
    the sentence's figure gave exactly that one indicator for the sheet's period, the year is before
    the sheet's and in the same frame (the new An Giang's "năm 2024" is no province's), and the
    figure reads alone with the same indicator."""
    from etl import prose
    from etl.textdoc import TextDocument

    when = when or periods.parse(str(year))
    # an unchanged province's earlier year (Nghệ An's 2024 in its report of 2025) is its own, as in `_earlier_year`
    if year >= base.start.year or registry.frame_for(when.end) != frame and \
            not (frame == "34" and registry.territory_unchanged(code)):
        return
    # NOTE: "Lũy kế đến nay công nhận 520 sáng kiến (năm 2023: 69 sáng kiến)": after a total to date the
    # bracket's figure may be that year's total to date as well as its own — not guessed (69 was
    # stored as the initiatives recognized in 2023)
    if _TO_DATE.search(fold(re.split(r";|\.(?!\d)", before)[-1])):
        return
    text = before + value
    got = [x for x in _actual(prose.extract(TextDocument(file_name, text), province=code, published=after), code, provs)
           if x.period in (None, base.notation) and fold(x.number_text) == fold(value.split()[0].rstrip("%"))]
    if len(got) != 1:
        return
    cand = got[0]
    if registry.indicator(cand.indicator).is_stock:
        return   # a stock's earlier figure is at a date the brackets do not say
    # the sentence's own figure, typed just before the brackets, gave the same indicator
    if not any(x.indicator == cand.indicator and (x.period in (None, base.notation)) for x in found):
        return
    out.candidates.append(Candidate(
        s.name, cell_name(r, c), cand.label or cand.quote[:80], cand.indicator, provs, prov_text,
        when, "actual", "reported", float(cand.value), "", False, "", ""))
    out.matched_rows += 1


# a figure, then in brackets another span's or place's figure of the same thing: "89,7% (cùng kỳ năm 2024:
# 80,2%)", "95,2% (6 tháng đầu năm, tỉnh Lâm Đồng (cũ): 83,6%)" (the bracket's words name a span)
_FRAMED_BRACKET = re.compile(r"(?<![\d.,])(\d[\d.,]*)(\s*%|\s+[^\W\d]+(?:\s+[^\W\d]+)?)?\s*"
                             r"\(\s*([^():]*(?:\([^():]*\)[^():]*)?)\s*:\s*(\d[\d.,]*)(\s*%)?\s*\)", re.I)
_SAME_TIME = re.compile(r"cung ky (?:nam )?((?:19|20)\d\d)")


def _framed_in_brackets(text: str) -> tuple[str, list[tuple[str, str, str]]]:
    """The text without the brackets that give the same thing's figure for another span (and place)
    right after a figure, and for each (the bracket's words before its colon, the text up to the
    figure, the bracket's figure typed with the figure's unit). NOTE: the bracket's span dated the
    figure before it: the new Lâm Đồng's year's 95,2 % was stored as the former Lâm Đồng's half."""
    found, kept, pos = [], [], 0
    for m in _FRAMED_BRACKET.finditer(text):
        lead = m[3].strip(" ,")
        if _framed_part_words().search(nfc(lead).lower()) or _to_date_span_words().search(nfc(lead).lower()):
            # NOTE: "95,2% (6 tháng đầu năm, huyện Bảo Lâm: 83,6%)", "120 sáng kiến (lũy kế đến năm 2023:
            # 630)": a part's figure or a total to a date — the bracket is taken out (it dates nothing)
            # and its figure not read (83,6 was stored as the former Lâm Đồng's, 630 as 2023's; review19b)
            kept.append(text[pos:m.start(1)] + m[1] + (m[2] or ""))
            pos = m.end()
            continue
        if periods.from_text(lead) is None and not _SAME_TIME.search(fold(lead)) and \
                not re.search(r"\b(?:\d+|sáu|chín) tháng|\bquý\b|\bnăm\b", lead, re.I):
            continue   # no span of its own ("(trong đó địa bàn … (cũ): 214)" is a part, read as it is)
        unit = m[2] or ""
        if m[5] and not unit.strip().startswith("%"):
            continue
        found.append((lead, text[:m.start(1)], m[4] + (m[5] or unit)))
        kept.append(text[pos:m.start(1)] + m[1] + unit)
        pos = m.end()
    kept.append(text[pos:])
    return "".join(kept), found


@lru_cache(maxsize=1)
def _framed_part_words() -> re.Pattern:
    return _word_pattern("framed_bracket_part_words")


@lru_cache(maxsize=1)
def _to_date_span_words() -> re.Pattern:
    return _word_pattern("to_date_span_words")


def _word_pattern(section: str) -> re.Pattern:
    """The words of a section of metrics/abbreviations.toml, as whole words of lower-case NFC text."""
    from etl.labels import declared_words
    words = sorted({nfc(w).lower() for w in declared_words(section)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


# "Năm 2020: 82 nhiệm vụ" beside "Kết quả năm 2021" (the earlier year's own figure, typed as such)
_YEAR_FIGURE = re.compile(r"^\s*\(?\s*(?:năm|nam)\s+((?:19|20)\d\d)\s*:\s*([^:;()]+?)\s*\)?\s*$", re.I)


# a line of a cell that starts an item of its own ("- Cấp tỉnh: …", "2. …", "+ …"), not the rest of
# the line above wrapped
_ITEM_START = re.compile(r"^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ][.)]\s|[IVXLC]{1,5}[.)])")
_LINE_END = re.compile(r"[.;:!?]\s*$")


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern, dict]:
    table = declared_abbreviations()
    keys = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w&/-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w&/-])"), table


def written_out(text: str) -> str:
    """The declared abbreviations typed in a sentence written out, as its reader reads them ("Quản lý
    126 NV KH&CN (08 cấp QG, …)" is "Quản lý 126 nhiệm vụ khoa học và công nghệ (08 cấp quốc gia,
    …)"); case as declared, whole words (metrics/abbreviations.toml: "KH", "CN" stay as typed).
    NOTE: batch 17's sentence reports with their words abbreviated lost 2–8 facts each."""
    rx, table = _abbreviations()
    return rx.sub(lambda m: table[m[1]], text)


def _readable(text: str) -> str | None:
    """The cell's sentence as the narrative reader reads it: as read, its diacritics given back when
    it was typed without them (None when a word is not known again), abbreviations written out."""
    text = as_read(text)
    if is_bare(text):
        text = restored_sentences(text)
        if text is None:
            return None
    return written_out(text)


@lru_cache(maxsize=65536)   # a tidy sheet repeats its provinces, labels and units row after row
def as_read(text: str) -> str:
    """A cell's text as a person reads it: NFC, invisible characters and look-alikes as what they
    stand for (`metrics.names.nfc`), spaces doubled or non-breaking as one, and a line wrapped inside
    a sentence (Alt+Enter) joined to it; a line that starts an item of its own stays a line.
    NOTE: the variants of batch 17's sentence reports (doubled or non-breaking spaces, a zero-width
    space, a soft hyphen inside "nghiệm thu", a wrapped cell, "％") lost 1–15 facts per file."""
    lines = [nfc(x) for x in str(text).splitlines()]
    out: list[str] = []
    for line in lines:
        if not line:
            continue
        if out and not _ITEM_START.match(line) and not _LINE_END.search(out[-1]):
            out[-1] += " " + line
        else:
            out.append(line)
    # NOTE: "Quí I năm 2026 quản lý 171 nhiệm vụ …" (the old spelling of "quý", as older keyboards' habits
    # and the corpus's old-tone variant write it) lost both figures: the sentence patterns name "quý" (the
    # period readers took "quí" already, metrics/periods.py). The same length, so positions hold
    return _OLD_QUARTER.sub(lambda m: {"q": "quý", "Q": "Quý"}.get(m[0][0], "QUÝ"), "\n".join(out))


# the old spelling of "quý" (a quarter), a word of its own
_OLD_QUARTER = re.compile(r"\b[Qq][Uu][íÍ]\b")


_PLUS = re.compile(r"^\s*\+\s*")
_DASH = re.compile(r"^\s*[-–•]\s*")


# a line that introduces the lines under it ("…, trong đó:", "…, gồm", "… như sau:")
_INTRODUCES = re.compile(r"(?::|\b(?:gồm|bao gồm|trong đó|cụ thể|như sau))\s*$", re.I)


def _bullet_items(text: str) -> list[str]:
    """A cell typed as a list, one item a line ("- Quản lý 87 nhiệm vụ KH&CN:\n+ Cấp quốc gia: 5 nhiệm vụ\n+ Cấp tỉnh:
    82 nhiệm vụ\n- Nghiệm thu 31 nhiệm vụ"), as its items: each "-" line with its "+" lines in brackets, its
    breakdown as "(cấp quốc gia: 5 nhiệm vụ; cấp tỉnh: 82 nhiệm vụ)" reads; any other cell as it is.

    NOTE: blind68: the former Quảng Nam's sections typed with Alt+Enter lost the "+" lines' levels, and a line "-
    Dự toán năm 2025: 105 tỷ đồng" made the whole cell's period unclear — "- Chi NSNN cho KH&CN: 97,4 tỷ đồng" set
    aside with it: each line of a list is a statement of its own, as the same lines in cells one under another."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not _DASH.match(lines[0]) or not all(_DASH.match(x) or _PLUS.match(x) for x in lines):
        return [text]
    if any(_INTRODUCES.search(a) and _DASH.match(b) for a, b in zip(lines, lines[1:])):
        return [text]   # "- Nghiệm thu 31 nhiệm vụ, trong đó:" over "- 3 cấp quốc gia": its parts, one statement
    if any(_DASH.match(b) and not states_a_figure(a) for a, b in zip(lines, lines[1:])):
        # NOTE: review40: "- 6 tháng đầu năm 2024\n- Nghiệm thu 12 nhiệm vụ KH&CN" under "… NĂM 2024": a line stating
        # no figure heads the lines under it — read apart, the half's 12 tasks were stored as the whole year's
        return [text]
    items: list[tuple[str, list[str]]] = []
    for line in lines:
        if _PLUS.match(line):
            items[-1][1].append(_PLUS.sub("", line).rstrip(" .;,"))
        else:
            items.append((line, []))
    return [head.rstrip(" .;,:") + (" (" + "; ".join(parts) + ")" if parts else "") if parts else head
            for head, parts in items]


# the numbers a line's period is written with ("2024", "6 tháng", "tháng 6", "quý II", "30/6"): no figure
_PERIOD_NUMBERS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}\s*thang|thang\s*\d{1,2}|quy\s*(?:[ivx]+|\d)"
                             r"|\d{1,2}\s*/\s*\d{1,2}")


def states_a_figure(line: str) -> bool:
    """Whether a line of a list writes a number other than its period's ("- Nghiệm thu 12 nhiệm vụ", not "- 6 tháng
    đầu năm 2024", "- Kết quả đạt được")."""
    return bool(re.search(r"\d", _PERIOD_NUMBERS.sub(" ", fold(line))))


def _dash_line_above(s: Sheet, r: int, c: int, text: str) -> str | None:
    """For a "+" line, the "-" line it is a part of: the nearest line above in its column, over
    other "+" lines only; else None."""
    if not _PLUS.match(text):
        return None
    for rr in range(r - 1, max(-1, r - 12), -1):
        v = s.rows[rr][c] if c < len(s.rows[rr]) else None
        t = as_read(v) if isinstance(v, str) else ""
        if _PLUS.match(t):
            continue
        return _DASH.sub("", t) if _DASH.match(t) else None
    return None


# a numbered heading line ("2. Chương trình OCOP", "3) Sở hữu trí tuệ"): its words are the lines' subject
_SUB_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*")
# an item's number opening a cell before its words ("1. Nhiệm vụ", "3) Sản phẩm OCOP …"): no figure
_ITEM_OPENING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*(?=[^\W\d_])")
# parts typed name first: "3 sao: 35", "4 sao 07", "5 sao (cấp quốc gia): 06", "cấp quốc gia: 02", "cấp tỉnh 52"
# ("tiềm năng 5 sao: 01", "hạng 3 sao: 46 sản phẩm": the star's word before it and the unit after the figure)
_STAR_FIRST = re.compile(r"(?<![\d-])(?:\b(tiềm năng|hạng)\s+)?\b([345]) sao(\s*\([^()]{0,30}\))?\s*:?\s*(\d{1,4})"
                         r"(?!\d|[.,]\d|\s*%|/|\s*sao)(?:\s+sản phẩm\b)?", re.I)
_LEVEL_FIRST = re.compile(r"\b(" + "|".join(re.escape(w) for w in (*declared_words("task_level_words"),
                                                                       *declared_words("district_level_words")))
                          + r")\s*:?\s*(\d{1,4})(?!\d|[.,]\d|\s*%|/)", re.I)


# "lần lượt" lists: the things listed ("cấp quốc gia, cấp tỉnh và cấp cơ sở", "3 sao và 4 sao", "các năm
# 2022, 2023, 2024"), then "lần lượt" and as many figures ("lần lượt là 04, 46 và 15 nhiệm vụ")
_LIST_ITEMS = {
    "level": "|".join(re.escape(w) for w in declared_words("task_level_words")),
    "star": r"[345] sao",
    # "Năm 2024 và 9 tháng năm 2025 lần lượt là 45 và 32 nhiệm vụ" (Hà Nội, batch 45): a year and a span
    "year": r"(?:năm\s+)?(?:19|20)\d\d|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+năm\s+(?:19|20)\d\d"
            r"|quý\s+[IVX]+(?:\s*/\s*|\s+năm\s+)(?:19|20)\d\d",
    # "số nhiệm vụ mới và chuyển tiếp lần lượt là 121 và 317 nhiệm vụ" (batch 41)
    "stage": "|".join(re.escape(w) for w in sorted(declared_words("task_stage_words"), key=len, reverse=True)),
}
# a later item of the list, its counted thing typed again: "mới và nhiệm vụ chuyển tiếp" (recall45)
_LIST_LATER_ITEMS = {**_LIST_ITEMS, "stage": r"(?:(?:%s)\s+)?(?:%s)" % (
    "|".join(re.escape(w) for w in declared_words("task_stage_repeated_nouns")), _LIST_ITEMS["stage"])}
_LIST_FIGURE = r"\d+(?:[.,]\d+)*(?:\s*%)?"
# a figure of the list with the unit typed after it too: "lần lượt là 96,3 tỷ đồng và 118,4 tỷ đồng" (batch 41)
_LIST_FIGURE_UNIT = _LIST_FIGURE + r"(?:\s+[^\W\d][^;:,.()\d]*?)?"
# (the words before a list stop at its sentence's start — a dot after a word of three letters or more, or a figure,
# then a space: "… với 58 sản phẩm. Các năm 2022, 2023 tỉnh lần lượt …"; "TP. Thủ Đức", "TX. Cửa Lò" go on, recall45)
_RESPECTIVELY = {
    kind: re.compile(
        r"(?P<pre>(?:^|(?<=[;:.]\s))(?:[^;:.]|\.(?!\s)|(?<!\w\w\w)(?<!\d)\.)*?)(?P<items>(?:" + item + r")(?:\s*,\s*(?:" + later + r"))*"
        r"(?:\s*,?\s+và\s+(?:" + later + r"))?)(?P<post>[^;:\d]*?)\s+lần lượt\s+(?P<verb>[^\d;:,.]{0,40}?)\s*:?\s*"
        r"(?P<figures>" + _LIST_FIGURE_UNIT + r"(?:\s*,\s*" + _LIST_FIGURE_UNIT + r")*(?:\s*,?\s+và\s+" + _LIST_FIGURE
        + r")?)(?P<unit>\s+[^\W\d][^;:,.()\d]*?)?\s*(?=[;.]|$)", re.I)
    for kind, item in _LIST_ITEMS.items() for later in (_LIST_LATER_ITEMS[kind],)}
def _alternation(section: str) -> str:
    """A metrics/abbreviations.toml word list as one alternation, longest first."""
    return "|".join(re.escape(w.lower()).replace(r"\ ", r"\s+")
                    for w in sorted(declared_words(section), key=len, reverse=True))


# the words before a list that say only what is counted, no verb ("số nhiệm vụ", "số sản phẩm đạt"): the list
# is then the breakdown of the figure the clause before it states ("Sở quản lý 148 nhiệm vụ KH&CN; số nhiệm vụ
# cấp quốc gia, cấp tỉnh và cấp cơ sở lần lượt là 9, 87 và 52 nhiệm vụ"; batch 41; metrics/abbreviations.toml
# counted_list_*_words)
_COUNTED_ONLY = re.compile(r"^\s*(?:(?:%s)\s*,?\s*)?(?:%s)(?:\s+[^\W\d]+){1,2}?(?:\s+(?:%s))?\s*$" % (
    _alternation("counted_list_opening_words"), _alternation("counted_list_count_words"),
    _alternation("counted_list_verb_words")), re.I)


def _units_agree(figures_text: str, unit: str) -> bool:
    """Whether every unit typed after a figure of the list is the list's unit ("96,3 tỷ đồng và 118,4 tỷ
    đồng"), so that no figure of another kind ("12 nhiệm vụ và 3 tỷ đồng") is listed."""
    between = re.split(_LIST_FIGURE, figures_text)[1:-1]
    for piece in between:
        said = re.sub(r"^\s*|\s*(?:,|\bvà\b)?\s*$", "", piece, flags=re.I).strip(" ,")
        said = re.sub(r"\s*\bvà$", "", said, flags=re.I).strip()
        if said and said.lower() != unit.lower():
            return False
    return True


def _breakdown_of_one_whole(before: str, kind: str, items: list[str], unit: str, province: str,
                            base: Period) -> bool:
    """Whether the clause before a "số … lần lượt là" list states one whole the list breaks down: one
    figure of the list's unit in that clause (its spans aside), a whole the registry splits into parts,
    and, for the stages ("mới và chuyển tiếp"), the whole their indicators are parts of.
    NOTE: review22b: "Sở quản lý 148 nhiệm vụ, nghiệm thu 41 nhiệm vụ; số nhiệm vụ cấp quốc gia, cấp tỉnh
    và cấp cơ sở lần lượt là 9, 30 và 109 nhiệm vụ" stored 9 and 30 as the accepted tasks' levels (they
    break down the 148 managed); "Sở đã nghiệm thu 41 nhiệm vụ; số nhiệm vụ mới và chuyển tiếp lần lượt
    là 21 và 20" stored the accepted tasks' stages as the year's new and carried-over tasks; "…42 sản
    phẩm OCOP, nâng tổng số lên 380 sản phẩm; số sản phẩm đạt 3 sao và 4 sao lần lượt là 30 và 12" stored
    the year's 42 as the stock's stars."""
    from etl import prose
    from etl.labels import match_label
    from etl.textdoc import TextDocument

    if province is None or base is None:
        return False
    clause = re.split(r"[;:]|\.\s", before.rstrip(" ;,"))[-1]
    if kind == "stage":
        # "Sở quản lý 68 nhiệm vụ KH&CN, trong đó có 04 … cấp quốc gia, 58 … và 06 … cấp cơ sở; số nhiệm vụ mới và
        # nhiệm vụ chuyển tiếp lần lượt là 21 và 47 nhiệm vụ": the whole's own levels say nothing of its stages —
        # the whole is the figure before them (recall45, batch 35)
        clause = re.split(r",?\s*\btrong đó\b", clause, maxsplit=1, flags=re.I)[0]
    low = nfc(clause).lower()
    for pm in sorted(prose.find_periods(low), key=lambda m: -m.start):
        low = low[:pm.start] + " " * (pm.end - pm.start) + low[pm.end:]
    figures = re.findall(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w]|[.,]\d)", low)
    of_unit = r"(?<![\w.,])\d+(?:[.,]\d+)*\s+" + re.escape(unit.lower()) + r"(?!\w)"
    if len(figures) != 1 or not re.search(of_unit, low):
        return False
    # the clause read alone in the sheet, as the narrative reader reads it (only which indicator it is)
    read = prose.extract(TextDocument("", clause, title=f"Năm {base.end.year}", published=base.end),
                         province=province).candidates
    if len({c.indicator for c in read}) != 1:
        return False
    whole = read[0].indicator
    parts_of_whole = {code for code, ind in registry.indicators().items() if ind.parent == whole}
    if kind == "stage":
        return all((part := match_label(f"{unit} {item}")).taken and part.indicator in parts_of_whole
                   for item in items)
    return bool(parts_of_whole)


def respectively_written_out(text: str, province: str | None = None, base: Period | None = None) -> str:
    """A "lần lượt" list written out item by item, as the narrative reader reads one figure of one
    thing: "Số nhiệm vụ cấp quốc gia, cấp tỉnh và cấp cơ sở được quản lý lần lượt là 04, 46 và 15
    nhiệm vụ" is "Số nhiệm vụ được quản lý là 04 nhiệm vụ cấp quốc gia; … là 46 nhiệm vụ cấp tỉnh; …";
    "Tỷ lệ … các năm 2022, 2023, 2024 lần lượt là 68,5%, 82,1% và 93,7%" is "Tỷ lệ … năm 2022 là 68,5%;
    …". Only when the items and the figures are as many, and a level's or a star's figures have their
    unit; else the list stays as typed (and is not read: etl/prose.py traps a figure after "lần lượt").
    NOTE: batch 35: Lào Cai's levels, stars and three years' rates (8 facts) were lost so."""
    for kind, rx in _RESPECTIVELY.items():
        m = rx.search(text)
        if m is None:
            continue
        items = re.findall(_LIST_ITEMS[kind], m["items"], re.I)
        figures = re.findall(_LIST_FIGURE, m["figures"])
        unit = (m["unit"] or "").strip()
        if len(items) != len(figures) or len(items) < 2 or (kind != "year" and not unit):
            return text
        if not _units_agree(m["figures"], unit):
            return text
        if _names_a_place(m["pre"] + " " + m["post"]):
            # NOTE: review20b: "Số sản phẩm OCOP của huyện Thanh Sơn … các năm 2023, 2024 lần lượt là 8
            # và 12": a district's or another province's list is not the province's (left unread)
            return text
        if figures[-1].endswith("%"):
            # "lần lượt là 68,5 và 82,1%": the last figure's percent is every figure's
            figures = [f if f.endswith("%") else f + "%" for f in figures]
        pre, post, verb = m["pre"], m["post"].strip(), (m["verb"] or "là").strip() or "là"
        before = text[:m.start()]
        if kind != "year" and not post and _COUNTED_ONLY.match(pre) and re.search(r"[;,]\s*$", before) \
                and re.search(r"\d", re.split(r"[.:]\s", before)[-1]):
            if not _breakdown_of_one_whole(before, kind, items, unit, province, base):
                return text   # whose breakdown, a person cannot tell: left unread
            # the breakdown of the figure before it, as "trong đó" gives it: "Sở quản lý 148 nhiệm vụ KH&CN,
            # trong đó 9 nhiệm vụ cấp quốc gia, 87 nhiệm vụ cấp tỉnh, 52 nhiệm vụ cấp cơ sở" (the list said
            # "số nhiệm vụ là 9 …" with no verb and gave nothing)
            parts = ", ".join(f"{fig} {unit} {it}" for it, fig in zip(items, figures))
            return before.rstrip(" ;,") + ", trong đó " + parts + text[m.end():]
        if kind == "year":
            pre = re.sub(r"\b(?:các|những)\s+(?:năm\s+)?$", "", pre, flags=re.I)
            pre = re.sub(r"\bnăm\s+$", "", pre, flags=re.I)
            # a year is written "năm 2024", a span as typed ("9 tháng năm 2025")
            spans = [f"năm {it}" if it[:1].isdigit() and len(it) == 4 else it
                     for it in (re.sub(r"^năm\s+", "", it, flags=re.I) for it in items)]
            if not pre.strip() and post:
                # "Các năm 2022, 2023 tỉnh lần lượt công nhận 61 và 68 sản phẩm OCOP": written out with each year
                # AFTER its figure ("tỉnh công nhận 61 sản phẩm OCOP năm 2022"): a year opening the clause would
                # date the paragraph's next sentences too, as a period opening a sentence does (recall45: Nam
                # Định's "Sở hỗ trợ 23 tổ chức …" of 2024 was read as 2022's)
                said = [f"{post} {verb} {fig}{(' ' + unit) if unit else ''} {span}" for span, fig in zip(spans, figures)]
            else:
                said = [f"{pre}{span} {post} {verb} {fig}{(' ' + unit) if unit else ''}"
                        for span, fig in zip(spans, figures)]
        else:
            said = [f"{pre}{post} {verb} {fig} {unit} {it}" for it, fig in zip(items, figures)]
        said = [re.sub(r"\s{2,}", " ", x).strip() for x in said]
        if m.group(0).lstrip()[:1].isupper():
            # "… với 58 sản phẩm. Các năm 2022, 2023 tỉnh lần lượt …": the list opens its sentence; written out it
            # still does ("Năm 2022 …"), else the reader takes it for the tail of the sentence before (recall45)
            said[0] = said[0][:1].upper() + said[0][1:]
        return text[:m.start()] + "; ".join(said) + text[m.end():]
    return text


# a "lần lượt" list of what one counted thing underwent: "Số nhiệm vụ được nghiệm thu và được bàn giao kết quả lần
# lượt là 34 và 28 nhiệm vụ" (batch 49) — the thing counted, then each "được …" (the passive that names a stage)
_PREDICATE_LIST = re.compile(
    r"(?P<pre>(?:^|(?<=[;.]\s))(?:[^;:.,()]{2,40},\s*)?(?:tổng\s+)?số\s+[^\W\d][^;:,.()\d]*?)\s+(?P<items>được\s+[^;:,.()\d]+?"
    r"(?:\s*,\s*được\s+[^;:,.()\d]+?)*\s*,?\s+và\s+được\s+[^;:,.()\d]+?)\s+lần lượt\s+(?P<verb>là|đạt)?\s*:?\s*"
    r"(?P<figures>" + _LIST_FIGURE + r"(?:\s*,\s*" + _LIST_FIGURE + r")*\s*,?\s+và\s+" + _LIST_FIGURE + r")"
    r"(?P<unit>\s+[^\W\d][^;:,.()\d]*?)?\s*(?=[;.]|$)", re.I)


def predicate_respectively_written_out(text: str, province: str | None, base: Period | None) -> str:
    """A "lần lượt" list of what one counted thing underwent, written out stage by stage: "Số nhiệm vụ được
    nghiệm thu và được bàn giao kết quả lần lượt là 34 và 28 nhiệm vụ" is "Số nhiệm vụ được nghiệm thu là 34
    nhiệm vụ; Số nhiệm vụ được bàn giao kết quả là 28 nhiệm vụ". Only when the stages and the figures are as
    many, the figures have their unit, and each clause, read alone as the narrative reader reads it, states
    one indicator with its figure — a different one for each (else the list stays as typed and is not read).
    NOTE: batch 49 (Thanh Hóa 2023): both figures lost."""
    from etl import prose
    from etl.textdoc import TextDocument

    if province is None or base is None:
        return text
    m = _PREDICATE_LIST.search(text)
    if m is None:
        return text
    items = [x.strip() for x in re.split(r"\s*,\s*(?=được\s)|\s+và\s+(?=được\s)", m["items"], flags=re.I)]
    figures = re.findall(_LIST_FIGURE, m["figures"])
    unit = (m["unit"] or "").strip()
    if len(items) != len(figures) or not unit or not _units_agree(m["figures"], unit) or _names_a_place(m["pre"]):
        return text
    pre, verb = m["pre"].strip(), (m["verb"] or "là").strip()
    said = [f"{pre} {it} {verb} {fig} {unit}" for it, fig in zip(items, figures)]
    seen = set()
    for clause, fig in zip(said, figures):
        read = prose.extract(TextDocument("", clause, title=f"Năm {base.end.year}", published=base.end),
                             province=province).candidates
        if len(read) != 1 or read[0].value != prose.parse_number(fig) or read[0].indicator in seen:
            return text
        seen.add(read[0].indicator)
    return text[:m.start("pre")] + "; ".join(said) + text[m.end():]


# a "lần lượt" list of former provinces: "… của Thành phố Hồ Chí Minh (cũ), tỉnh Bình Dương (cũ) và tỉnh Bà Rịa –
# Vũng Tàu (cũ) lần lượt là 61, 17 và 12 nhiệm vụ" — the words between two of them, and what follows the last
_FORMER_GAP = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:(?:tỉnh|thành phố|tp\.?)\s*)?", re.I)
_FORMER_PREFIX = re.compile(r"(?:(?:tỉnh|thành phố|tp\.?)\s*)?$", re.I)
_FORMER_LIST_TAIL = re.compile(r"\s+lần lượt\s+(?P<verb>là|đạt)?\s*:?\s*(?P<figures>" + _LIST_FIGURE + r"(?:\s*,\s*"
                               + _LIST_FIGURE + r")*\s*,?\s+và\s+" + _LIST_FIGURE + r")(?P<unit>\s+[^\W\d][^;:,.()\d]*?)?"
                               r"\s*(?=[;.]|$)", re.I)


def former_respectively_written_out(text: str) -> str:
    """A "lần lượt" list of former provinces' figures written out province by province, each clause with the
    words before the list: "Cùng kỳ năm 2025, số nhiệm vụ được nghiệm thu của Thành phố Hồ Chí Minh (cũ),
    tỉnh Bình Dương (cũ) và tỉnh Bà Rịa – Vũng Tàu (cũ) lần lượt là 61, 17 và 12 nhiệm vụ" is "Cùng kỳ năm 2025,
    số nhiệm vụ được nghiệm thu của Thành phố Hồ Chí Minh (cũ) là 61 nhiệm vụ; Cùng kỳ năm 2025, … tỉnh Bình
    Dương (cũ) là 17 nhiệm vụ; …", then read as any former province's own figure (`_former_own`: a span
    before the merger that its clause states, a province the sheet's absorbed). Only when every item is a
    province's name followed by "(cũ)", nothing else between them, and the figures as many, with their unit.
    NOTE: batch 49 (the new Hồ Chí Minh City): all three lost."""
    from etl import prose

    low = nfc(text).lower()
    if "(cũ)" not in low or "lần lượt" not in low:
        return text
    names = {}   # the end of each province name -> its start
    for _, at, _ in prose.provinces_in(low):
        m = re.match(r"[^\W\d]+(?:[\s-]+[^\W\d]+)*?(?=\s*\(\s*cũ\s*\))", low[at:].translate(_DASHES))
        if m is not None:
            names.setdefault(at, at + m.end())
    for at in sorted(names):
        items, end = [], at
        while True:
            close = re.match(r"\s*\(\s*cũ\s*\)", low[names[end] if end in names else end:])
            if end not in names or close is None:
                break
            stop = names[end] + close.end()
            items.append((end, stop))
            gap = _FORMER_GAP.match(low, stop)
            if gap is None or gap.end() not in names:
                break
            end = gap.end()
        if len(items) < 2:
            continue
        tail = _FORMER_LIST_TAIL.match(text, items[-1][1])
        if tail is None:
            return text
        figures = re.findall(_LIST_FIGURE, tail["figures"])
        unit = (tail["unit"] or "").strip()
        if len(figures) != len(items) or not unit:
            return text
        start = items[0][0] - len(_FORMER_PREFIX.search(low[:items[0][0]])[0])
        clause = max(low.rfind(";", 0, start), low.rfind(". ", 0, start))
        clause = 0 if clause < 0 else clause + 1
        pre = text[clause:start]
        # each province with the prefix typed before it ("tỉnh Bình Dương (cũ)")
        firsts = [items[0][0] - len(_FORMER_PREFIX.search(low[:items[0][0]])[0])] + \
            [_FORMER_GAP.match(low, items[i - 1][1]).start() for i in range(1, len(items))]
        named = [re.sub(r"^\s*(?:,\s*(?:và\s+)?|và\s+)", "", text[a:b]).strip()
                 for a, (_, b) in zip(firsts, items)]
        verb = (tail["verb"] or "là").strip()
        said = "; ".join(re.sub(r"\s{2,}", " ", f"{pre}{n} {verb} {fig} {unit}").strip() for n, fig in zip(named, figures))
        return text[:clause] + (" " if clause else "") + said + text[tail.end():]
    return text


# a rate's subject and its figure: "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 99,0%"
_RATE_SUBJECT = re.compile(r"(?<!\w)(tỷ lệ\s[^;:,%\d()]{3,80}?)\s+(?:đạt|là)\s+(?:tỷ lệ\s+)?\d[\d.,]*\s*%", re.I)
# the span words a subject may carry, not its own: "quý I", "9 tháng đầu năm 2024", "năm 2024", "trong quý"
_SUBJECT_SPAN = re.compile(r"\s*\b(?:quý\s+[ivx]+(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?"
                           r"(?:\s+năm)?(?:\s+\d{4})?|năm\s+(?:19|20)\d\d|trong\s+(?:quý|năm|kỳ))\b", re.I)
# a later item that says only its span and/or a former province, then "đạt" and a percent
_RATE_ITEM = re.compile(
    r"(?P<sep>[,;]\s*)(?P<span>(?:cùng kỳ(?:\s+năm\s+(?:19|20)\d\d)?|năm\s+(?:19|20)\d\d|quý\s+[IVX]+(?:\s*/\s*\d{4}"
    r"|\s+năm\s+\d{4})?|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+năm(?:\s+\d{4})?)\s*,?\s*)?"
    r"(?P<place>(?:tỉnh|thành phố)\s+[^\W\d][^,;:%\d()]{1,30}?\s*\(cũ\)\s*)?"
    r"(?P<verb>đạt|là|(?<=\S)\s*:)\s*(?P<fig>\d[\d.,]*\s*%)(?!\s*(?:kế hoạch|so với|cùng kỳ|dự toán|chỉ tiêu))", re.I)


def rate_items_written_out(text: str) -> str:
    """A rate's later items that say only their span or a former province written with the rate's
    subject, as the narrative reader reads one figure of one thing: "Tỷ lệ hồ sơ … quý I đạt 99,0%; cùng
    kỳ năm 2025, tỉnh Bạc Liêu (cũ) đạt 93,4%" is "…; cùng kỳ năm 2025, tỉnh Bạc Liêu (cũ) tỷ lệ hồ sơ …
    đạt 93,4%". Only after a "tỷ lệ …" subject with its own figure, and only items with a span or a
    former province of their own and nothing else (the period and the place then rule as in any
    sentence). NOTE: batch 38 (the new Cà Mau's former provinces' first quarter) and batch 35 (Thái
    Nguyên's "cùng kỳ năm 2022 đạt 76,8%"): the figure after ";" or "," had no subject, and was lost."""
    subjects = list(_RATE_SUBJECT.finditer(text))
    if not subjects:
        return text
    out, pos = [], 0
    for x in _RATE_ITEM.finditer(text, subjects[0].end()):
        if not (x["span"] or x["place"]) or any(m.start() < x.end() and x.start() < m.end() for m in subjects):
            continue
        # NOTE: review21b: the item is the nearest subject's ("Tỷ lệ hồ sơ … trực tuyến đạt 99,0%, tỷ lệ
        # hồ sơ giải quyết đúng hạn đạt 98,2%; cùng kỳ năm 2025, tỉnh Bạc Liêu (cũ) đạt 97,4%": the on-time
        # rate's, stored as the online one's), and none when another "tỷ lệ" or a level lies between or
        # in the subject ("Tỷ lệ hồ sơ TTHC cấp xã … đạt 60,2%; năm 2023 đạt 41,4%": the communes', stored
        # as the province's)
        near = [m for m in subjects if m.end() <= x.start()][-1]
        between = nfc(near[1] + " " + text[near.end():x.start()]).lower()
        if re.search(r"(?<!\w)tỷ lệ(?!\w)", between[len(near[1]):]) or _city_or_level_words().search(between):
            continue
        subject = re.sub(r"\s{2,}", " ", _SUBJECT_SPAN.sub(" ", near[1])).strip()
        subject = subject[:1].lower() + subject[1:]
        if len(subject.split()) < 3:
            continue
        # (an item typed "cùng kỳ năm 2024: 96,9%" says with its colon what "đạt" says; batch 45)
        verb = "đạt" if x["verb"].strip() == ":" else x["verb"]
        span = x["span"] or ""
        if span and not span[-1].isspace():
            span += ", "
        out.append(text[pos:x.start()] + f"{x['sep']}{span}{x['place'] or ''}{subject} {verb} {x['fig']}")
        pos = x.end()
    out.append(text[pos:])
    return "".join(out)


# a bracket after a figure giving the former provinces' own figures of a span before the merger: "33 sản phẩm
# (cùng kỳ năm 2025: Gia Lai (cũ) 14 sản phẩm, Bình Định (cũ) 19 sản phẩm)"
_FORMER_BRACKET = re.compile(r"(?P<unit>\s+[^\W\d][^;:,.()\d]*?)\s*\(\s*(?P<span>cùng kỳ\s+năm\s+(?:19|20)\d\d|\d{1,2}\s+tháng"
                             r"\s+đầu\s+năm\s+(?:19|20)\d\d|năm\s+(?:19|20)\d\d)\s*:\s*(?P<items>(?:[^()]|\(\s*cũ\s*\))+)\)", re.I)
_FORMER_ITEM = re.compile(r"\s*(?P<place>[^\W\d][^,;:()\d]{1,40}?\s*\(\s*cũ\s*\))\s*:?\s*(?P<fig>\d[\d.,]*)"
                          r"(?P<unit>\s+[^\W\d][^;:,.()\d]*?)?\s*", re.I)
# an item of a note of former provinces' figures with its verb typed again: "Đà Nẵng (cũ) nghiệm thu 39 nhiệm vụ"
_FORMER_ITEM_SAID = re.compile(r"\s*(?P<place>[^\W\d][^,;:()\d]{1,40}?\s*\(\s*cũ\s*\))\s*(?P<verb>[^\W\d][^,;:()\d]{0,30}?)?"
                               r"\s*:?\s*(?P<fig>\d[\d.,]*)(?P<unit>\s+[^\W\d][^;:,.()\d]*?)?\s*", re.I)
_LABEL_LINE = re.compile(r"^\s*[-+•–]?\s*([^\d,:;()]{6,}?)\s*:\s*(?=\d)")


def former_brackets_written_out(text: str, label: str | None, base: Period | None = None) -> str:
    """A bracket after a figure that gives only former provinces' own figures of a span before the merger,
    each in the figure's unit, written as the sentence a person reads: "- Sản phẩm OCOP được công nhận: 33
    sản phẩm (cùng kỳ năm 2025: Gia Lai (cũ) 14 sản phẩm, Bình Định (cũ) 19 sản phẩm)" is "…: 33 sản phẩm;
    cùng kỳ năm 2025, Gia Lai (cũ): 14 sản phẩm OCOP được công nhận, Bình Định (cũ): 19 sản phẩm OCOP được
    công nhận" — the subject (the line's label, else the row's) written after each figure when it opens
    with the figure's unit, so that each former province's clause names what it counts (then read as any
    former province's own figure: `_former_own`). NOTE: batch 45 (the new Gia Lai): the bracket's two
    "(cũ)" made the whole line another province's, and the half's 33 was lost with them."""
    m = _FORMER_BRACKET.search(text)
    if m is None:
        return _former_sentence_written_out(text, base) if base is not None else text
    line = _LABEL_LINE.match(text)
    subject = (line[1] if line else (label or "")).strip()
    unit = fold(m["unit"]).strip()
    if not unit or not fold(subject).startswith(unit):
        return text
    items = re.split(r"[,;]", m["items"])
    parts = []
    for item in items:
        x = _FORMER_ITEM.fullmatch(item)
        if x is None or (x["unit"] and fold(x["unit"]).strip() != unit):
            return text
        parts.append(f"{x['place'].strip()}: {x['fig']} {subject[:1].lower()}{subject[1:]}")
    return text[:m.start()] + m["unit"] + "; " + m["span"] + ", " + ", ".join(parts) + text[m.end():]


# a sentence after a figure giving only former provinces' own figures of a span before the merger: "Công nhận 36
# sản phẩm OCOP. Cùng kỳ năm 2025: Thái Nguyên (cũ) 21 sản phẩm, Bắc Kạn (cũ) 9 sản phẩm" (batch 49)
_FORMER_SENTENCE = re.compile(r"(?P<verb>(?:^|(?<=[;.:]\s))[^;.:\d]*?)(?P<fig>(?<![\w.,])\d[\d.,]*)(?P<unit>\s+[^\W\d][^;:,.()\d]*?)"
                              r"\s*[.;]\s+(?P<span>cùng kỳ\s+năm\s+(?:19|20)\d\d|\d{1,2}\s+tháng\s+đầu\s+năm\s+(?:19|20)\d\d|"
                              r"năm\s+(?:19|20)\d\d)\s*:\s*(?P<items>(?:[^().]|\(\s*cũ\s*\))+?)\s*\.?\s*$", re.I)


def _former_sentence_written_out(text: str, base: Period) -> str:
    """A sentence of former provinces' own figures after a cell's figure, written as the clauses a person
    reads: "Công nhận 36 sản phẩm OCOP. Cùng kỳ năm 2025: Thái Nguyên (cũ) 21 sản phẩm, Bắc Kạn (cũ) 9 sản
    phẩm" is "Công nhận 36 sản phẩm OCOP; cùng kỳ năm 2025, Thái Nguyên (cũ): công nhận 21 sản phẩm OCOP,
    Bắc Kạn (cũ): công nhận 9 sản phẩm OCOP" — each item in the figure's unit (typed in full or its first
    words, or not at all) and with the figure's own words before it, then read as any former province's own
    figure (`_former_own`: the province one the sheet's absorbed). Only when every item is a former
    province's "(cũ)" figure and the span (of the sheet's `base`, for "cùng kỳ") ends before the merger —
    after it "(cũ)" names the new province's part, no province's figure (it was read as the sheet's own and
    the file refused as stating it twice). NOTE: batch 49 (the new Thái Nguyên): both lost."""
    m = _FORMER_SENTENCE.search(text)
    if m is None:
        return text
    same = re.fullmatch(r"cùng kỳ\s+năm\s+(\d{4})", m["span"].lower())
    when = periods.same_span(base, int(same[1])) if same else periods.from_text(m["span"])
    if when is None or when.end >= registry.MERGER_DATE:
        return text
    verb, unit = m["verb"].strip(), m["unit"].strip()
    if not verb or re.search(r"\(\s*cũ\s*\)", m["verb"]):
        return text
    parts = []
    for item in re.split(r"[,;]", m["items"]):
        x = _FORMER_ITEM.fullmatch(item)
        if x is None or (x["unit"] and not fold(unit).startswith(fold(x["unit"]).strip())):
            return text
        place = re.sub(r"\(\s*cũ\s*\)", " ", x["place"])
        if not provinces_in(place) or place_below_province(place) is not None \
                or _place_below_province_words().search(nfc(place).lower()):
            return text   # a former district's or commune's figure ("huyện Chợ Đồn (cũ) 3 sản phẩm"): nobody's
        parts.append(f"{x['place'].strip()}: {verb[:1].lower()}{verb[1:]} {x['fig']} {unit}")
    return text[:m.start("unit")] + m["unit"] + "; " + m["span"] + ", " + ", ".join(parts) + text[m.end():]


# a later item that says only a year or a span of one before its figure: "; năm 2022: 32,4 tỷ đồng", "; năm
# 2025: 231,7 tỷ đồng", "; lũy kế 9 tháng năm 2025: 71 nhiệm vụ" (batch 45), its lead words declared in
# metrics/abbreviations.toml [item_lead_words]
_YEAR_ITEM = re.compile(r"(?P<sep>;\s*)(?P<year>(?:(?:%s)\s+)?(?:năm\s+(?:19|20)\d\d|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?"
                        r"\s+năm\s+(?:19|20)\d\d|quý\s+[IVX]+(?:\s*/\s*|\s+năm\s+)(?:19|20)\d\d))\s*:\s*"
                        r"(?P<fig>\d[\d.,]*)(?P<unit>\s*%%|\s+[^\W\d][^;:,.()\d]*?)\s*(?=[;.]|$)"
                        % _alternation("item_lead_words"), re.I)
_FIRST_FIGURE = re.compile(r"(?<![\w.,])(\d[\d.,]*)(\s*%|\s+[^\W\d][^;:,.()\d]*?)\s*(?=[;.,(]|$)")
# the words before a cell's first figure that are no part of its subject: a span, a qualifier, a verb, a colon
_SUBJECT_NOISE = re.compile(r"\s*(?:\bgiai đoạn\s+\d{4}\s*[-–]\s*\d{4}|\bnăm\s+(?:19|20)\d\d|\b(?:khoảng|gần|hơn|trên|"
                            r"đạt|là)\s*$|:\s*$)", re.I)


def year_items_written_out(text: str, label: str | None) -> str:
    """An item after ";" that says only a year and a figure in the unit of the cell's first figure, written
    with the cell's subject: "Chi NSNN cho KH&CN: 24,7 tỷ đồng; năm 2023: 21,9 tỷ đồng" is "…; năm 2023, Chi
    NSNN cho KH&CN: 21,9 tỷ đồng" (the year opening its item, as a person reads it). The subject is the cell's words before its first figure (three words or
    more, without their span, qualifier or verb), else the row's label. The year then rules as in any
    sentence (the sheet's year: its figure; an earlier year in the same frame: that year's, etl/sentences.py
    `_earlier_year`). NOTE: Kon Tum's budget (batch 32), Sơn La's and the new Lâm Đồng's (batch 38): the
    figure after ";" had no subject, and was lost."""
    items = list(_YEAR_ITEM.finditer(text))
    first = _FIRST_FIGURE.search(text)
    if not items or first is None or first.start() >= items[0].start():
        return text
    unit = fold(first[2]).strip()
    subject = text[:first.start()]
    if opens_with_a_part(text):
        return text   # a level's, a place's or a part's figure, then its year's: no subject of the whole
    while (shorter := _SUBJECT_NOISE.sub("", subject).strip()) != subject.strip():
        subject = shorter
    # "Trong quý nghiệm thu 27 nhiệm vụ; lũy kế 9 tháng năm 2025: 71 nhiệm vụ": the first item's span is no
    # word of the subject (it made the later item the quarter's too)
    subject = re.sub(r"\s{2,}", " ", _SUBJECT_SPAN.sub(" ", subject)).strip(" -–•:;,")
    if len(subject.split()) < 3 or _FIGURE.search(subject):
        subject = (label or "").strip(" :")
    if len(subject.split()) < 3:
        return text
    out, pos = [], 0
    for m in items:
        if fold(m["unit"]).strip() != unit:
            continue
        out.append(text[pos:m.start()] + f"{m['sep']}{m['year']}, {subject}: {m['fig']}{m['unit']}")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _opening_part_words() -> re.Pattern:
    return _word_pattern("opening_part_words")


def opens_with_a_part(text: str) -> bool:
    """Whether a cell's words before its first figure name a part of its row's whole ("Chi đầu tư phát
    triển: 14,7 tỷ đồng", metrics/abbreviations.toml [opening_part_words]), a level ("Cấp tỉnh: 24,7 tỷ
    đồng") or a place below the province. NOTE: review21b: under "Chi NSNN cho KH&CN" each was read as
    the whole with its later "năm 2023: …" item."""
    first = _FIRST_FIGURE.search(text)
    opening = nfc(text[:first.start()] if first else text).lower()
    return bool(_city_or_level_words().search(opening) or _place_below_province_words().search(opening)
                or _opening_part_words().search(opening))


# "Công nhận 21 sản phẩm OCOP (đều đạt 3 sao)": every product recognized has the one rating — the 21 are the products
# recognized AND the 3-star ones (only the 3-star part was read: Thanh Hóa's CSV, batch 68)
_ALL_ONE_STAR = re.compile(r"(?<![\d.,])(\d[\d.]*)(\s+sản phẩm(?:\s+OCOP)?)\s*(\()?\s*(?:đều|cả|tất cả)\s+"
                           r"(?:(?:đều\s+)?(?:đạt|được công nhận|xếp hạng)\s+)?([345])\s*sao\s*(?(3)\))", re.I)


def _all_of_one_star(text: str) -> str:
    """The products all of one rating written as the whole and its one part: "21 sản phẩm OCOP (21 sản phẩm 3
    sao)", which reads both."""
    return _ALL_ONE_STAR.sub(lambda m: f"{m[1]}{m[2]} ({m[1]} sản phẩm {m[4]} sao)", text)


# products recognized after ";", said bare: "; 6 tháng đầu năm, tỉnh Ninh Thuận (cũ) công nhận 15 sản phẩm"
_BARE_PRODUCTS = re.compile(r"(?P<verb>\b(?:đã\s+)?công nhận\s+)(?P<fig>\d[\d.]*)\s+sản phẩm(?!\s*(?:OCOP|ocop|\(|được|đạt|\d|[345]\s*sao))")


def ocop_named_again(text: str, label: str | None) -> str:
    """In a cell about OCOP products (its row's label or its text before says "OCOP"), the products
    recognized in a later ";" item said bare are OCOP products too: "Công nhận 88 sản phẩm trong năm; 6
    tháng đầu năm, tỉnh Ninh Thuận (cũ) công nhận 15 sản phẩm" under "Sản phẩm OCOP" is "…; … công nhận 15
    sản phẩm OCOP". NOTE: batches 35 and 38: the former provinces' own products recognized were lost (the
    narrative reader takes bare products as OCOP's only after its own verbs of a total)."""
    if ";" not in text:
        return text
    out, pos = [], 0
    for m in _BARE_PRODUCTS.finditer(text):
        before = text[:m.start()]
        if ";" not in before or "ocop" not in (fold(label or "") + " " + fold(before)):
            continue
        if not _former_products_clause(text, m):
            continue
        out.append(text[pos:m.end()] + " OCOP")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _former_products_clause(text: str, m: re.Match) -> bool:
    """Whether the ";" item of bare products recognized (`m`, a _BARE_PRODUCTS match) is the case the
    rewrite is for: its own clause names one former province ("(cũ)"), no place below the province or
    city, no level ("Hội đồng cấp huyện"), and nothing follows "sản phẩm" in it. NOTE: review21b: "…;
    UBND tỉnh công nhận 15 sản phẩm công nghiệp nông thôn tiêu biểu", "…; 6 tháng đầu năm, thành phố Cao
    Lãnh công nhận 12 sản phẩm" and "…; Hội đồng cấp huyện công nhận 15 sản phẩm" became OCOP products
    (the province's, its half-year's, or a second value refusing an honest file)."""
    start = text.rfind(";", 0, m.start()) + 1
    # (from the figure before it in its item: "…; cùng kỳ năm 2025, tỉnh Yên Bái (cũ) công nhận 17 sản phẩm,
    # tỉnh Lào Cai (cũ) công nhận 12 sản phẩm" names one former province for each; batch 41's second was lost)
    figures = [f.end() for f in re.finditer(r"\d[\d.,]*", text[start:m.start()])]
    start += figures[-1] if figures else 0
    after = re.match(r"[^;.,]*", text[m.end():])[0]
    clause = nfc(text[start:m.end()]).lower()
    if after.strip() or len(re.findall(r"\(\s*cũ\s*\)", clause)) != 1:
        return False
    return not (_place_below_province_words().search(clause) or _city_or_level_words().search(clause))


@lru_cache(maxsize=1)
def _city_or_level_words() -> re.Pattern:
    """A city or town below the province by its kind, or a level (metrics/abbreviations.toml
    [city_place_words], [task_level_words], [district_level_words], [level_part_words])."""
    from etl.labels import declared_words
    words = sorted({nfc(w).lower() for sec in ("city_place_words", "task_level_words", "district_level_words",
                                                "level_part_words") for w in declared_words(sec)},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _names_a_place(text: str) -> bool:
    """Whether words name a place below the province (metrics/abbreviations.toml
    [place_below_province_words]: "huyện Thanh Sơn"), a province or city by its name ("tỉnh Vĩnh
    Phúc") or a former province ("(cũ)")."""
    low = nfc(text).lower()
    return bool(_place_below_province_words().search(low)) or place_below_province(text) is not None or "(cũ)" in low \
        or any(x[1].isupper() for x in _PROVINCE_NAMED.finditer(nfc(text)))


@lru_cache(maxsize=1)
def _place_below_province_words() -> re.Pattern:
    return _word_pattern("place_below_province_words")


def _parts_typed_out(text: str) -> str:
    """The parts of a breakdown typed name first ("(3 sao: 35; 4 sao: 07)", "gồm: cấp quốc gia 07,
    cấp tỉnh 52") written as the narrative reader reads parts ("(35 sản phẩm 3 sao, 07 sản phẩm 4
    sao)", "gồm 07 cấp quốc gia, 52 cấp tỉnh"); "; " inside brackets is ", "."""
    text = _STAR_FIRST.sub(lambda m: f"{m[4]} sản phẩm {(m[1] + ' ') if m[1] else ''}{m[2]} sao{m[3] or ''}", text)
    text = _LEVEL_FIRST.sub(lambda m: f"{m[2]} {m[1]}", text)
    text = re.sub(r"\b(gồm|trong đó)\s*:", r"\1", text, flags=re.I)
    out, depth = [], 0
    for ch in text:
        depth += (ch == "(") - (ch == ")" and depth > 0)
        out.append("," if ch == ";" and depth else ch)
    return "".join(out)


_PART = re.compile(r"^\s*(?:\d{1,4}\s+)?(?:cấp (?:quốc gia|nhà nước|bộ|tỉnh|cơ sở|huyện|thành phố)|[345] sao)"
                   r"(?:\s*\([^()]{0,30}\))?\s*:?\s*(?:\d{1,3}(?:\s+\w+(?: \w+)?)?)?\s*$", re.I)


def _parts_only(text: str) -> bool:
    """Whether a line is only parts, each a level or a star with its figure ("- Cấp quốc gia: 02;
    cấp tỉnh: 35; cấp cơ sở: 10", "+ 4 sao: 07 sản phẩm")."""
    body = _DASH.sub("", _PLUS.sub("", text)).strip().rstrip(".;")
    parts = [p for p in re.split(r"[;,]", body) if p.strip()]
    return len(parts) >= 1 and all(_PART.match(p) and _FIGURE.search(p) for p in parts)


def _line_above(s: Sheet, r: int, c: int) -> str | None:
    """The nearest text with a figure above row `r` in column `c` (within three rows), the whole
    a line of parts breaks down."""
    for rr in range(r - 1, max(-1, r - 4), -1):
        v = s.rows[rr][c] if c < len(s.rows[rr]) else None
        if isinstance(v, str) and v.strip():
            t = as_read(v)
            return t if _FIGURE.search(t) and not _parts_only(t) else None
    return None


def _levels_of(text: str, city: bool) -> str:
    """In a centrally-run city's report "cấp Thành phố" is its provincial level (as in its tables:
    see etl.walk); elsewhere a "thành phố" is a district-level unit: its tasks are no level the
    registry counts, and never all of them (Huế's "Ký hợp đồng 18 nhiệm vụ cấp thành phố" was stored
    as all new tasks when Huế was not known as a city)."""
    level = "tỉnh" if city else "huyện"
    text = CITY_LEVEL.sub(lambda m: m[1] + level, text)
    # "cấp thành phố 52": the level typed before its figure
    return _CITY_LEVEL_FIRST.sub(lambda m: m[1] + level, text)


_CITY_LEVEL_FIRST = re.compile(r"\b((?:cấp|cap)\s+)(?:thành\s+phố|thanh\s+pho|tp\.?)(?=\s*:?\s*\d)", re.I)


def _is_city(provs: list, code: str, frame: str, base: Period) -> bool:
    """Whether the sheet's province is a centrally-run city for the sheet's period: its kind on the
    period's first day in the period's frame (registry Province.kind_on: Thừa Thiên Huế is the city of
    Huế from 1/1/2025, frame 63 until 30/6/2025)."""
    return any(p.kind_on(base.start) == "thành phố" for p in provs if p.code == code and p.frame == frame)


def _counted_as_another(cand, found: list) -> bool:
    """Whether the cell as typed already counted `cand`'s figure as another indicator that is neither its
    whole nor its part: the row's label names the work area, the cell's own verb says what the figure is.
    "Quản lý nhiệm vụ KH&CN | Đã nghiệm thu 11 nhiệm vụ cấp tỉnh" gave the tasks accepted at provincial
    level, and read again after the label also the tasks managed at provincial level (batch 57: 11 stored
    as both); a label naming the figure's level or whole ("Nhiệm vụ KH&CN cấp tỉnh | Nghiệm thu 11 nhiệm vụ")
    still adds its reading."""
    def kin(a: str, b: str) -> bool:
        return a == b or a in registry.indicator(b).parts or b in registry.indicator(a).parts
    # NOTE: blind68: "Quản lý khoa học | Chuyển tiếp 8 nhiệm vụ" gave the tasks carried over, and read again after
    # the label ("Quản lý khoa học: Chuyển tiếp 8 …") also the tasks MANAGED, 8: the label's verb made the part's
    # figure its whole's. The cell's own words said the part; the same figure is never its whole too (a reading
    # again that names a finer part, the label's level over the cell's stage, is still added)
    return any(float(y.value) == float(cand.value) and
               (not kin(y.indicator, cand.indicator) or y.indicator in registry.indicator(cand.indicator).parts)
               for y in found)


def _row_label(s: Sheet, r: int, c: int, other_cols: set[int]) -> str | None:
    """The label of a table row whose cell `c` holds a result: the first cell left of it with two
    words or more and no figure but a year ("Nhiệm vụ KH&CN đang triển khai", "Chỉ số PII 2025")."""
    row = s.rows[r]
    for cc in range(0, min(c, len(row))):
        v = row[cc]
        if not isinstance(v, str):
            continue
        t = as_read(v)
        if len(t.split()) >= 2 and not _FIGURE.search(_NAME_NUMBER.sub("", _YEAR.sub("", t))):
            return t
    return None


# a number that is part of a label's name, no figure: "mức độ 4", "4 sao" (NOTE: batch 38: "Tỷ lệ TTHC cung
# cấp DVC trực tuyến mức độ 4 | Đạt tỷ lệ 62,5% (25/40 thủ tục)" had no label, and its result was lost)
_NAME_NUMBER = re.compile(r"\bmức(?: độ)?\s+[1-4]\b|\b[345]\s+sao\b", re.I)


@lru_cache(maxsize=1)
def _spelled_count() -> re.Pattern:
    """A count written as words before what it counts ("Mười hai nhiệm vụ cấp tỉnh mới …"): a spelled
    number word (metrics/abbreviations.toml `spelled_number_words`, whole words) right before a unit of
    the registry's counts."""
    from etl.labels import declared_words
    numbers = sorted({nfc(w).lower() for w in declared_words("spelled_number_words")}, key=len, reverse=True)
    units = sorted({nfc(i.unit_vi).lower() for i in registry.indicators().values() if i.kind == "count"},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, numbers)) + r")\s+(?:" + "|".join(map(re.escape, units))
                      + r")(?!\w)")


def _actual(ex, code: str, provs: list) -> list:
    """The candidates of an extraction that may be a figure of the sheet: actual, no qualifier, its province."""
    # NOTE: the new An Giang (code 91, Kiên Giang's) reporting "6 tháng đầu năm 2025, tỉnh Kiên Giang (cũ)
    # công nhận 40 sản phẩm OCOP": the clause names Kiên Giang (91 of the 63 frame), the same code as
    # the sheet's but another province — by name too, else its 40 was stored as the former An Giang's half
    # (a province not read in the sentence is the sheet's, its frame not yet the period's: not compared)
    names = {p.name_vi for p in provs}
    return [x for x in list(ex.candidates) + list(ex.undated)
            if x.measure == "actual" and not x.qualifier and x.province_code == code
            and (x.province_from != "sentence" or x.province_name in names)]


# a breakdown's words before a former province's name: its figure is a share of the whole before it
_SHARE_BEFORE = re.compile(r"\b(?:trong đó|trong số|bao gồm|gồm|chiếm|địa bàn)\b")


def _former_own(ex, code: str, frame: str, base: Period, found: list, s: Sheet, r: int, c: int, note: str,
                out: Reading) -> None:
    """A former province's own figure before the merger, in the new province's sentence: "riêng 6 tháng
    đầu năm 2025, tỉnh Bình Dương (cũ) nghiệm thu 14 nhiệm vụ", "cùng kỳ năm 2025, tỉnh Bạc Liêu (cũ) đạt
    93,4%" in the new TP.HCM's or Cà Mau's report — that province's fact in the frame of 63, taken only
    when its own clause states the period (ending before 1 July 2025), the clause names the province
    with "(cũ)" (not as a share: "trong đó", "gồm", "chiếm", "địa bàn" before the name), and the
    province is one the sheet's province absorbed. NOTE: batches 35 and 38: every such figure was lost,
    and one sharing its name's code with the new province (the former Cà Mau, code 96) must not become
    the new one's."""
    if frame != "34":
        return
    for x in list(ex.candidates):
        if x.measure != "actual" or x.qualifier or x.province_from != "sentence" or x.frame != "63" \
                or x.period_from != "clause" or not x.period or any(x is y for y in found if _period(y, base)):
            continue
        old = registry.provinces().get((x.province_code, "63"))
        if old is None or old.successor_code != code:
            continue
        try:
            when = periods.parse(x.period)
        except periods.PeriodError:
            continue
        if when.end >= registry.MERGER_DATE:
            continue
        quote = nfc(x.quote).lower()
        quote = quote.translate(_DASHES)
        named = re.search(re.escape(former_name_core(old.name_vi)) + r"\s*\(?\s*cũ\b", quote)
        if named is None or _SHARE_BEFORE.search(quote[:named.start()]):
            continue
        if re.search(r"(?<!\w)(?:%s)\s*$" % _place_below_province_words().pattern, quote[:named.start()]):
            # NOTE: "cùng kỳ năm 2025, thị xã Quảng Trị (cũ) công nhận 3 sản phẩm OCOP": a former town bearing a
            # province's name — its 3 was stored as the former Quảng Trị's half (batch 49's probes)
            continue
        if not _former_clause_is_own(quote, named) or not figure_of_a_former(x.quote, x.number_text or x.value,
                                                                               [old.name_vi]):
            continue   # (the name after the figure: "… 20 nhiệm vụ, tăng so với tỉnh Gia Lai (cũ) cùng kỳ"; review26b)
        if registry.indicator(x.indicator).is_stock and when.kind != "date":
            continue   # a stock needs its date said
        out.candidates.append(Candidate(
            s.name, cell_name(r, c), x.label or x.quote[:80], x.indicator, [old], old.name_vi, when, "actual",
            "reported", float(x.value), "", False, "", note))
        out.matched_rows += 1


# a span from a start to an end in a clause: "từ năm 2021 đến 6 tháng đầu năm 2025", "từ 2021 đến nay"
_FROM_TO = re.compile(r"(?<!\w)(?:kể\s+)?từ\s.{0,40}?\bđến\b")


def _former_clause_is_own(quote: str, named: re.Match) -> bool:
    """Whether the clause naming a former province (`quote` lower-case NFC, `named` its name's match)
    states that province's own figure for its period: no total to a date or from a start ("lũy kế đến
    30/6/2025", "đến nay", "từ năm 2021 đến …": metrics/abbreviations.toml [to_date_span_words],
    [same_span_own_scope_words]) and no other province named ("tỉnh Bình Dương (cũ) và tỉnh Bà Rịa - Vũng
    Tàu (cũ) nghiệm thu 24": their sum). NOTE: review21b: each such figure was stored as the former
    province's half-year."""
    start = quote.rfind(";", 0, named.start()) + 1
    end = quote.find(";", named.end())
    clause = quote[start:end if end >= 0 else len(quote)]
    if _to_date_span_words().search(clause) or _own_scope_words().search(clause) or _FROM_TO.search(clause):
        return False
    # the words from the figure before (or the clause's start) to the province's own figure: one province
    # ("…, tỉnh Bạc Liêu (cũ) đạt 93,4%, tỉnh Cà Mau (cũ) đạt 95,8%" gives each its own)
    before = [m.end() for m in re.finditer(r"\d[\d.,]*", quote[:named.start()]) if m.end() > start]
    figure = re.search(r"\d[\d.,]*", quote[named.end():])
    own = quote[max([start, *before]):named.end() + (figure.end() if figure else len(quote))]
    return len(re.findall(r"\(\s*cũ\s*\)", own)) <= 1 and len({p.name_vi for p in provinces_in(re.sub(r"\(\s*cũ\s*\)", " ", own))}) <= 1


def _earlier_years(s: Sheet, header: int | None, base: Period, provs: list, prov_text: str, out: Reading, *,
                   code: str | None = None, file_name: str = "", after=None) -> None:
    """A cell "Năm 2020: 82 nhiệm vụ" in a table row (often under "So với năm 2020") is the row's
    indicator's figure for that earlier year, when the row's label names the indicator by itself
    (or, under a heading's label, the row's result cell states one whole of it: `_whole_of_the_result`)
    and the figure is one number in its unit."""
    from etl.numbers import NotANumber, parse_text
    from etl.row_labels import indicator_for_label

    if header is None:
        return
    for r in range(header + 1, len(s.rows)):
        row = s.rows[r]
        texts = [(c, v) for c, v in enumerate(row) if isinstance(v, str) and v.strip()]
        for c, v in texts:
            m = _YEAR_FIGURE.match(v)
            if m is None and (f := _FORMER_YEAR_FIGURES.match(nfc(v))) is not None and int(f[1]) < base.start.year:
                _former_earlier_years(s, r, c, texts, f, base, provs, out)
                continue
            if m is None or int(m[1]) >= base.start.year:
                continue
            label = next((t for cc, t in texts if cc != c and len(t.split()) >= 2 and not _YEAR_FIGURE.match(t)), "")
            indicator = indicator_for_label(label, None)[0] if label else None
            try:
                num = parse_text(m[2])
            except NotANumber:
                continue
            year = periods.parse(m[1])
            if indicator is None and num is not None and num.unit and code is not None:
                indicator = _whole_of_the_result(texts, c, label, num.unit, year, base, code, provs, file_name, after)
            if indicator is None:
                continue
            ind = registry.indicator(indicator)
            if num is None or num.qualifier or (num.unit and fold(num.unit) != fold(ind.unit_vi)) \
                    or (num.percent and ind.kind != "rate"):
                continue
            out.candidates.append(Candidate(s.name, cell_name(r, c), label, indicator, provs, prov_text, year,
                                            "actual", "reported", num.value, "", num.percent, num.unit))
            out.matched_rows += 1


def _whole_of_the_result(texts: list, c: int, label: str, unit: str, year: Period, base: Period, code: str,
                         provs: list, file_name: str, after) -> str | None:
    """The indicator of an earlier year's figure "Năm 2020: 38 sản phẩm" in a row whose label is a heading that
    names no indicator ("Chương trình OCOP", "Sáng kiến", "Đánh giá, nghiệm thu"): the one WHOLE the row's result
    cell states for the sheet's period in the same unit ("Công nhận 52 sản phẩm OCOP (43 sản phẩm 3 sao, 09 sản
    phẩm 4 sao)": the products recognized, its stars its parts) — a flow (a stock's earlier figure is at a date the
    cell does not say), the year earlier than the sheet's and in its frame. None when the cell states no such whole
    or several (a flow and a stock, the tasks managed and those accepted: whose figure, a person cannot tell).
    NOTE: recall45: Bắc Giang's OCOP of 2020 (batch 17), Bình Định's initiatives of 2023 (batch 21), Hà Nội's tasks
    accepted in 2023 (batch 32) were lost so."""
    from etl import prose
    from etl.textdoc import TextDocument

    frame = registry.frame_for(base.end)
    if year.start.year >= base.start.year or registry.frame_for(year.end) != frame and \
            not (frame == "34" and registry.territory_unchanged(code)):
        return None
    results = [t for cc, t in texts if cc != c and t != label and len(t.split()) >= 2 and not _YEAR_FIGURE.match(t)
               and states_a_figure(t)]   # (an order number "4" is no result)
    if len(results) != 1:
        return None
    said = [x for x in _actual(prose.extract(TextDocument(file_name, results[0]), province=code, published=after),
                               code, provs) if x.period in (None, base.notation)]
    inds = {x.indicator for x in said}
    wholes = [x for x in said if registry.indicator(x.indicator).parent not in inds]
    if len(wholes) != 1 or fold(registry.indicator(wholes[0].indicator).unit_vi) != fold(unit) \
            or registry.indicator(wholes[0].indicator).is_stock:
        return None
    # its parts only as its own clause's breakdown ("… (43 sản phẩm 3 sao, …)", "…, trong đó cấp quốc gia 3"): "Quản
    # lý 61 nhiệm vụ; nghiệm thu 17 nhiệm vụ" states two things (the accepted are a part of the managed), and the
    # earlier figure is either's
    if any(x.quote != wholes[0].quote for x in said):
        return None
    return wholes[0].indicator


# a note "Năm 2024: Quảng Bình (cũ) 93 nhiệm vụ; Quảng Trị (cũ) 78 nhiệm vụ": an earlier year's figure of each former
# province (batch 49)
_FORMER_YEAR_FIGURES = re.compile(r"^\s*\(?\s*(?:năm|nam)\s+((?:19|20)\d\d)\s*:\s*((?:[^:()]|\(\s*cũ\s*\))+?)\s*\)?\s*$", re.I)


def _former_earlier_years(s: Sheet, r: int, c: int, texts: list, f: re.Match, base: Period, provs: list,
                          out: Reading) -> None:
    """A merged province's note "Năm 2024: Quảng Bình (cũ) 93 nhiệm vụ; Quảng Trị (cũ) 78 nhiệm vụ" in a table
    row: each former province's own figure of that year (before the merger, frame 63) of the row's indicator
    (its label names it by itself), each item one former province the sheet's absorbed and one number in the
    indicator's unit — else nothing of the note. NOTE: batch 49 (the new Quảng Trị): both lost."""
    from etl.numbers import NotANumber, parse_text
    from etl.row_labels import indicator_for_label

    year = periods.parse(f[1])
    if registry.frame_for(base.end) != "34" or year.end >= registry.MERGER_DATE:
        return
    label = next((t for cc, t in texts if cc != c and len(t.split()) >= 2 and not _FORMER_YEAR_FIGURES.match(t)), "")
    code = indicator_for_label(label, None)[0] if label else None
    if code is None:
        return
    ind = registry.indicator(code)
    news = {p.code for p in provs if p.frame == "34"}
    found = []
    for item in re.split(r"[;,]", f[2]):
        x = _FORMER_ITEM_SAID.fullmatch(item)
        if x is None:
            return
        if x["verb"] and not set(fold(x["verb"]).split()) <= set(fold(label).split()):
            # "Năm 2024: Đà Nẵng (cũ) nghiệm thu 39 nhiệm vụ, …" beside "Nhiệm vụ KH&CN được nghiệm thu": the row's
            # own verb typed again (recall45, batch 68); any other word ("Đà Nẵng (cũ) quản lý 39 nhiệm vụ") says
            # another thing than the row counts — nothing of the note
            return
        place = re.sub(r"\(\s*cũ\s*\)", " ", x["place"])
        olds = [p for p in provinces_in(place) if p.frame == "63"]
        if len(olds) != 1 or place_below_province(place) is not None \
                or _place_below_province_words().search(nfc(place).lower()):
            return
        try:
            num = parse_text(x["fig"] + (x["unit"] or ""))
        except NotANumber:
            return
        if num is None or num.qualifier or num.percent or (num.unit and fold(num.unit) != fold(ind.unit_vi)):
            return
        found.append((olds[0], num))
    sheet_codes = {o.successor_code for o, _ in found}
    if len(news) != 1 or sheet_codes != news or len({o.code for o, _ in found}) != len(found):
        return
    for old, num in found:
        out.candidates.append(Candidate(s.name, cell_name(r, c), label, code, [old], old.name_vi, year, "actual",
                                        "reported", num.value, "", False, num.unit))
        out.matched_rows += 1


def _ahead_only_title(text: str | None) -> bool:
    """Whether a title names its period only for the work to come ("Sở … triển khai nhiệm vụ quý II
    năm 2026"): a word of metrics/abbreviations.toml [ahead_title_words] and no word saying results."""
    if not text:
        return False
    low = nfc(text).lower()
    if not (ahead := _ahead_title_words().search(low)):
        return False
    if periods.from_text(nfc(text)[:ahead.start()]) is not None:
        # NOTE: review20b: "SỐ LIỆU KH&CN NĂM 2024 VÀ KẾ HOẠCH NĂM 2025": the plan word governs only the
        # period after it; the title's own period comes first (the honest file was refused)
        return False
    # a result word inside a word of the work to come ("triển khai" of "triển khai nhiệm vụ") says no result
    ahead_words = declared_words_of("ahead_title_words")
    results = [w for w in declared_words_of("plan_title_result_words") if not any(w in a for a in ahead_words)] \
        + declared_words_of("ahead_title_result_words")
    return not any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low) for w in results)


@lru_cache(maxsize=1)
def _ahead_title_words() -> re.Pattern:
    words = sorted({nfc(w).lower() for w in _ahead_words()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _ahead_words() -> tuple[str, ...]:
    """The plan's vocabulary (metrics/abbreviations.toml [plan_words], [plan_captions]) and the words
    of the work to come ([ahead_title_words])."""
    return (*declared_words_of("plan_words"), *declared_words_of("plan_captions"),
            *declared_words_of("ahead_title_words"))


_OPENING_SPAN = re.compile(r"^\s*([^,:;]{3,30}?)\s*[,:]")


# a province or a city named in a line ("tỉnh Bình Định", "thành phố Đà Nẵng"; group 1: the name's first letter)
_PROVINCE_NAMED = re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp\.?)\s+(\w)", re.I)


def _opening_span(cells: list, ahead: Period) -> Period | None:
    """Under a title on the work to come of a period ("… triển khai nhiệm vụ quý II năm 2026"), the
    span the report's first line of results opens with ("Quý I/2026, Sở đang quản lý 97 nhiệm vụ …"),
    when it ends before the title's period; a line that speaks of plans or the work to come is passed
    over. None when no line opens so (nothing is guessed)."""
    plan = [nfc(w).lower() for w in _ahead_words()]
    for _r, _c, text, _top, _heading in cells:
        low = nfc(text).lower()
        if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low) for w in plan):
            continue
        if "(cũ)" in low or any(x[1].isupper() for x in _PROVINCE_NAMED.finditer(nfc(text))):
            # NOTE: review20b: "Năm 2025, tỉnh Bình Định (cũ) nghiệm thu 20 nhiệm vụ …": a line on
            # another or a former province dates none of the report's own results
            continue
        m = _OPENING_SPAN.match(nfc(text))
        if m is None or (own := periods.from_text(m[1])) is None or own.kind == "date":
            continue
        return own if own.end < ahead.start else None
    return None


def declared_words_of(section: str) -> list[str]:
    from etl.labels import declared_words
    return [nfc(w).lower() for w in declared_words(section)]


def _without_period(stated: Stated) -> Stated:
    import copy
    out = copy.copy(stated)
    out.period, out.period_text, out.period_cell = None, "", None
    return out


def _base(by_name: Period | None, own_title: Period | None, stated: Period | None) -> Period | None:
    if by_name is not None and own_title is not None and by_name.start <= own_title.start \
            and own_title.end <= by_name.end:
        return own_title
    return by_name or own_title or stated


# "(4) Năm 2024 (số liệu chính thức): nghiệm thu 35 nhiệm vụ; …": a note opening with an earlier year and saying its
# figures are that year's official ones (Hà Tĩnh's notes sheet of 2025, batch 68: both set aside as "kỳ không rõ")
_OFFICIAL_YEAR = re.compile(r"^\W*(?:\(\s*\d+\s*\)\s*)?năm\s+((?:19|20)\d\d)\s*\(\s*(?:số liệu\s+)?chính thức\s*\)\s*:")


def _official_year(cand, text: str, base: Period) -> Period | None:
    """The year a note opening "Năm 2024 (số liệu chính thức):" gives its figures, when the candidate was read in
    that year (a flow: a stock's date is not said) and the year is before the sheet's period; else None. Whether
    the year's province is the sheet's (a merged province's 2024 is no province's) is checked after, as for any
    period."""
    m = _OFFICIAL_YEAR.match(nfc(text).lower())
    if m is None or cand.period != m[1] or int(m[1]) >= base.start.year:
        return None
    ind = registry.indicator(cand.indicator)
    if ind.is_stock or ind.kind not in ("count", "money", "rate"):
        return None
    return periods.parse(m[1])


_NOTE_MARK = re.compile(r"^\s*\(\s*(\d{1,2})\s*\)\s*$")
_NOTE_OPENING = re.compile(r"^\s*\(\s*(\d{1,2})\s*\)\s*")
# "Trong tổng số 96 nhiệm vụ có 4 nhiệm vụ cấp quốc gia, …", "Trong 57 sản phẩm có 6 sản phẩm 4 sao": the whole first,
# then its parts — written as "96 nhiệm vụ, trong đó 4 …", the reader's words for it
_WHOLE_THEN_PARTS = re.compile(r"^\s*Trong (?:tổng số )?(\d[\d.]*)\s+([^\d,;:()]+?)\s+(?:có|gồm)\s+(?=\d)", re.I)


def _figure_of(value) -> float | None:
    """A cell's or a token's figure, or None (text, several figures, a qualifier)."""
    from etl.numbers import NotANumber, parse_cell

    try:
        n = parse_cell(value)
    except (NotANumber, ValueError):
        return None
    return n.value if n is not None and not n.qualifier else None


def note_rows(sheets, columns: list | None = None) -> dict:
    """The numbered notes' rows of a workbook: a cell holding only "(1)" beside a row's label marks the row the
    note "(1) …" is about (Hà Tĩnh's "Nhiệm vụ KH&CN được quản lý | 96 | (1)" over a sheet "Ghi chu"). A number
    marked on two rows says nothing (not guessed). `columns`: each sheet's column_texts, when told already."""
    found: dict = {}
    for i, sh in enumerate(sheets):
        texts = columns[i] if columns is not None else column_texts(sh.rows)
        if texts is not None and not any(_NOTE_MARK.match(v) for v in set().union(*texts)):
            continue   # no cell is a note's mark: no row is looked at (a tidy sheet's 100,000, ingest39)
        for row in sh.rows:
            marks = [m[1] for v in row if isinstance(v, str) and (m := _NOTE_MARK.match(v))]
            if len(marks) != 1:
                continue
            at = [i for i, v in enumerate(row) if isinstance(v, str) and len(v.split()) >= 2
                  and not _FIGURE.search(_YEAR.sub("", v))]
            # NOTE: review41: the figures right of the label only (the item number "1" left of it is none), and
            # one of them: "Nhiệm vụ KH&CN được quản lý | 90 | 96 | (1)" under "Năm 2024 | Năm 2025" (or "Kế hoạch
            # | Thực hiện") with "(1) Trong tổng số 90 nhiệm vụ có 4 … cấp quốc gia …" read 2024's (the plan's)
            # levels as the notes sheet's 2025 and refused the honest file as two values — which column's period
            # the note is of is not said
            figures = {n for v in row[at[0] + 1:] if at and not isinstance(v, bool) and (n := _figure_of(v)) is not None}
            if len(figures) != 1:
                continue
            labels = [as_read(row[at[0]])]
            found[marks[0]] = None if marks[0] in found else (labels[0], figures)
    return {k: v for k, v in found.items() if v is not None}


def note_of_a_row(text: str, rows: dict) -> tuple[str | None, str]:
    """The label of the row a note "(1) …" is about, and the note's text without its number, when the note's first
    figure is that row's figure (the whole the note breaks down: "(1) Trong tổng số 96 nhiệm vụ có …" beside
    "… được quản lý | 96 | (1)"); else (None, the text as it was). NOTE: recall40: Hà Tĩnh's notes sheet lost its
    levels and stars — alone, "Trong tổng số 96 nhiệm vụ" says nothing of what the 96 tasks are."""
    m = _NOTE_OPENING.match(text)
    if m is None or m[1] not in rows:
        return None, text
    label, figures = rows[m[1]]
    rest = text[m.end():]
    whole = _WHOLE_THEN_PARTS.match(rest)
    if whole is None or _figure_of(whole[1]) not in figures:
        return None, text
    return label, f"{whole[1]} {whole[2]}, trong đó " + rest[whole.end():]


def _period(cand, base: Period) -> Period | None:
    """The candidate's period when nothing is guessed (see the module's docstring), else None."""
    if _LAST_YEAR_FIRST.match(fold(cand.quote)):
        # NOTE: review41: "Cùng kỳ năm trước nghiệm thu 31 nhiệm vụ KH&CN." (or "Năm trước …", "…; cùng kỳ năm trước
        # nghiệm thu 31 nhiệm vụ" after the half's own figure) in a report on the first half of 2026 was stored as
        # the half's tasks accepted (main too): a clause opening with last year says its figure is last year's,
        # which year or span the words leave to the reader — none taken ("so với cùng kỳ năm trước" after a
        # figure, "chuyển tiếp từ năm trước" are no opening)
        return None
    if not cand.period:
        # NOTE: "Đến nay đã nghiệm thu 150 nhiệm vụ": a count to date is no figure of the period
        # (a stock to date is: the sheet's period ends at its date)
        if not registry.indicator(cand.indicator).is_stock and _TO_DATE.search(fold(cand.quote)):
            return None
        return base
    try:
        own = periods.parse(cand.period)
    except periods.PeriodError:
        return None
    if own.notation == base.notation:
        return base
    ind = registry.indicator(cand.indicator)
    if not ind.is_stock and ind.kind in ("count", "money", "rate") and own.kind != "date" \
            and cand.period_from in ("clause", "sentence") \
            and base.start <= own.start and own.end <= base.end \
            and not (base.start < own.start and periods.cutoff_alone(cand.quote)):
        # "Từ 01/7/2025 đến 31/12/2025 đã nghiệm thu 19 nhiệm vụ" in a report on 2025: a part of
        # the sheet's period its own sentence states. NOTE: wrong27: "Tính đến 30/11/2025, toàn tỉnh có
        # 60 sáng kiến được công nhận" in a report on 2021–2025 states no start: read as January to
        # November 2025 (it may be the term's count to date), not taken
        return own
    if not ind.is_stock and ind.kind in ("count", "money") and own.kind != "date" \
            and cand.period_from == "clause" and own.end == base.end and base.start < own.end \
            and own.start == date(base.end.year, 1, 1) and own.start < base.start:
        # "lũy kế 9 tháng năm 2025: 71 nhiệm vụ" in a report on the third quarter of 2025: the year to the
        # sheet's period's end, its own clause states it (batch 45; a rate over a longer span is no sum)
        return own
    if ind.is_stock and own.kind == "date" and own.start == base.end:
        return own
    if ind.is_stock and own.kind == "date" and cand.period_from == "clause" and base.start <= own.start < base.end:
        # "Tính đến 30/11/2025, toàn tỉnh có 312 sản phẩm OCOP còn hiệu lực công nhận" in a report on 2021–2025:
        # the stock at the day its own clause states, inside the sheet's period (batch 49: lost)
        return own
    if ind.is_stock and own.kind == "year" and own.end == base.end:
        return base
    if cand.indicator.startswith("pii_") and own.kind == "year" and own.end <= base.end \
            and re.search(r"pii\s*" + str(own.start.year), fold(cand.quote)):
        return own
    return None


# "Ước cả năm công nhận 30 sáng kiến", "Ước thực hiện 6 tháng …", "… ước đạt 95%": the figure an estimate, as
# under an "Ước thực hiện" column; NOTE: wrong24 — stored "reported"; review22b: matched in the folded text,
# "Công nhận 30 sáng kiến theo quy ước của Hội đồng" was stored as an estimate: the words that hold "ước"
# and say no estimate ("quy ước", "công ước", "hương ước") are set aside first (metrics/abbreviations.toml
# sentence_estimate_words, not_estimate_words)
_ESTIMATE_WORD = re.compile(r"(?<!\w)(?:%s)(?!\w)" % _alternation("sentence_estimate_words"))
_NOT_ESTIMATE = re.compile(r"(?<!\w)(?:%s)(?!\w)" % _alternation("not_estimate_words"))


def _estimated(quote: str) -> bool:
    return _ESTIMATE_WORD.search(_NOT_ESTIMATE.sub(" ", nfc(quote).lower())) is not None


# (on the text as read, its diacritics restored: etl/diacritics.py)
# "tháng 6", "T6" typed without its year, not a date's month ("ngày 5 tháng 6")
_YEARLESS_MONTH = re.compile(r"(?<!\w)(?<!ngày \d )(?<!ngày \d\d )(?:tháng |t)(\d{1,2})(?![\w/]|[.,-]\d)"
                             r"(?!\s*(?:năm|/|-)\s*(?:19|20)\d\d)")
# "6 tháng" opening its clause or after an estimate's word ("Ước 6 tháng công nhận 16 sáng kiến"): the
# first months
_OPENING_MONTHS = re.compile(r"(?:^|[;,.]\s*|(?<!\w)(?:%s)\s+)(\d{1,2}) tháng(?!\s*(?:cuối|đầu|năm|\d))"
                             % _alternation("sentence_estimate_words"))


@lru_cache(maxsize=1)
def _yearless_words() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    cut_off = re.compile(r"(?<!\w)(?:%s)\s*$" % _alternation("yearless_cut_off_words"))
    since = re.compile(r"(?<!\w)(?:%s)\s*$" % _alternation("yearless_since_words"))
    whole_year = re.compile(r"(?<!\w)(?:%s)(?!\s*(?:19|20)\d\d)(?!\w)" % _alternation("whole_year_words"))
    earlier = re.compile(r"^\s*(?:%s)(?!\w)" % "|".join(
        re.escape(w.lower()) for w in sorted(registry.declared_header_words("previous_period_label_words"),
                                           key=len, reverse=True)))
    return cut_off, since, whole_year, earlier


def _yearless_parts(low: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The parts of a year the text (lower case NFC) names without its year, each with where it stands:
    (first month, last month), or None for one no figure can be dated by ("Kể từ tháng 6", "Tháng 6 năm
    trước": which span, or another year's)."""
    from etl import prose

    cut_off, since, whole_year, earlier = _yearless_words()
    found = [(mo.start(), mo.end(), (m, m)) for mo in _YEARLESS_MONTH.finditer(low) if 1 <= (m := int(mo[1])) <= 12]
    found += [(mo.start(1), mo.end(), (1, n)) for mo in _OPENING_MONTHS.finditer(low) if 1 <= (n := int(mo[1])) <= 12]
    # "quý II", "quý 2", "6 tháng đầu năm" (not "Q1": in a city's report it may be its first district)
    found += [(m.start, m.end, m.months) for m in prose.find_periods(low)
              if m.period is None and m.kind == "span" and m.months and len(m.months) == 2 and not m.attached]
    found += [(mo.start(), mo.end(), (1, 12)) for mo in whole_year.finditer(low)]
    out, taken = [], []
    for a, b, months in sorted(found, key=lambda x: (x[0], -x[1])):
        if any(ta <= a < tb for ta, tb in taken):
            continue
        taken.append((a, b))
        if cut_off.search(low[:a]):
            continue   # "đến tháng 6": a cut-off, read as one
        if since.search(low[:a]) or earlier.match(low[b:]):
            months = None
        out.append((a, b, months))
    return out


@lru_cache(maxsize=1)
def _part_lead_words() -> re.Pattern:
    """What may stand before a part of the year that is a clause of its own ("Trong tháng 6, …")."""
    return re.compile(r"(?:%s|%s)?" % (_alternation("yearless_part_lead_words"),
                                       _alternation("sentence_estimate_words")))


# a clause's end inside a sentence: ",", ";" or "." before a space (not "52,3", "1.000"; a label's ":" opens
# its figure's clause: "Chi ngân sách nhà nước cho KH&CN quý I: 7,9 tỷ đồng")
_CLAUSE_END = re.compile(r"[,;.](?=\s)")


def _part_of(months: tuple[int, int], year: int) -> Period:
    (a, b) = months
    return periods.span(date(year, a, 1), date(year, b, calendar.monthrange(year, b)[1]))


def _yearless_part_period(cand, base: Period) -> Period | None:
    """The sheet's period for a figure whose clause names no period with its year, unless the sentence
    names a part of a year without its year ("Tháng 6 công nhận 6 sáng kiến", "Quý II …", "Ước 6
    tháng …"): then that part of the sheet's year when the part stands in the figure's own clause before
    it (or is the clause before it alone: "Tháng 6, công nhận 6 sáng kiến", "Trong tháng 6, …"), is the
    sentence's only part, lies inside the sheet's period and the figure is a flow; else None (set
    aside: which period, a person cannot tell).
    NOTE: wrong24: each was stored as the figure of the whole report's period — June's 6 initiatives
    as the year 2024's, "Ước cả năm" in a report on the first half as the half's.
    NOTE: review22b: a part named in another clause ("Công nhận 30 sáng kiến, kiện toàn Hội đồng … vào
    tháng 3") dated the year's 30 as March's; "Tháng 6 năm trước …", "Kể từ tháng 6, …" were stored as
    June's of the report's year: now none of these is stored."""
    low = nfc(cand.quote).lower()
    parts = _yearless_parts(low)
    if not parts:
        return base
    if base.start.year == base.end.year and all(m is not None and _part_of(m, base.end.year).notation == base.notation
                                                 for _, _, m in parts):
        return base   # the sheet's own part ("quý I" in the report on the first quarter), wherever it stands
    number = nfc(cand.number_text or "").lower().strip()
    at = [m.start() for m in re.finditer(r"(?<![\w.,])" + re.escape(number) + r"(?![\w]|[.,]\d)", low)
          if number and not any(a <= m.start() < b for a, b, _ in parts)] if number else []
    if len(at) != 1:
        return None   # where the figure stands, the sentence does not say once
    opens = max([0] + [m.end() for m in _CLAUSE_END.finditer(low, 0, at[0])])
    own = [p for p in parts if opens <= p[0] < at[0]]
    if not own and opens:
        # "Tháng 6, công nhận 6 sáng kiến": the clause before the figure's is the part alone
        lead = max([0] + [m.end() for m in _CLAUSE_END.finditer(low, 0, opens - 1)])
        own = [p for p in parts if lead <= p[0] and not low[p[1]:opens - 1].strip()
               and _part_lead_words().fullmatch(low[lead:p[0]].strip())]
    if len(own) != 1 or len(parts) != 1 or own[0][2] is None or base.start.year != base.end.year:
        return None   # a part in another clause, or two parts: which is the figure's, a person cannot tell
    named = _part_of(own[0][2], base.end.year)
    if named.notation == base.notation:
        return base
    ind = registry.indicator(cand.indicator)
    if not ind.is_stock and ind.kind in ("count", "money") and base.start <= named.start and named.end <= base.end:
        return named
    return None


def _span_in_words(p: Period) -> str | None:
    """A period as a report's sentence opens with it ("Quý I năm 2023", "9 tháng đầu năm 2024"); None
    for a span a sentence would not name so."""
    y = p.start.year
    if p.end.year != y:
        return None
    if p.kind == "year":
        return f"Năm {y}"
    if re.fullmatch(r"\d{4}-Q[1-4]", p.notation):
        return f"Quý {['I', 'II', 'III', 'IV'][int(p.notation[-1]) - 1]} năm {y}"
    if p.notation.endswith("-S1"):
        return f"6 tháng đầu năm {y}"
    if p.notation.endswith("-S2"):
        return f"6 tháng cuối năm {y}"
    if p.start.month == 1 and p.start.day == 1 and p.end.month < 12:
        return f"{p.end.month} tháng đầu năm {y}"
    return None


def _sheet_span_lead(text: str, base: Period) -> str:
    """The sheet's span as `_own_span_before_same_span` writes it before a cell ("Quý III năm 2025, "), when
    the cell opens with it; else ""."""
    words = _span_in_words(base)
    return words + ", " if words and text.startswith(words + ", ") else ""


def _own_span_before_same_span(text: str, base: Period) -> str:
    """A cell comparing its figure with "cùng kỳ năm 2022" and stating no span of its own of a year: the
    sheet's span written before it ("Quý I năm 2023, Nghiệm thu 09 nhiệm vụ cấp tỉnh; cùng kỳ năm 2022
    nghiệm thu 06 …"), so that "cùng kỳ năm 2022" is that span of 2022, as a person reads it in the
    sheet (the narrative reader alone knows no sheet: it left both figures unread)."""
    low = fold(text)
    if not (same := _SAME_TIME.search(low)):
        return text
    rest = _SAME_TIME.sub(" ", low)
    if _YEAR.search(rest) or (words := _span_in_words(base)) is None:
        return text
    # NOTE: review20b: "Tháng 3 nghiệm thu 04 nhiệm vụ …, cùng kỳ năm 2022 …" (a month), "Lũy kế từ đầu
    # chương trình …" (a running total), "Huyện Thanh Sơn công nhận 12 sản phẩm OCOP, cùng kỳ …" (a
    # district) were given the sheet's span and stored as its figures: the span is written only when
    # nothing before "cùng kỳ" states a span other than the sheet's, a running total or a place
    if not _same_span_is_sheets(nfc(text)[:same.start()], base, words):
        return text
    # NOTE: after a paragraph's number ("3. Tỷ lệ …"): before it, the span was a sentence of its own
    # and gave the comparison nothing (batch 38)
    marker = _ITEM_MARKER.match(text)
    at = marker.end() if marker else 0
    if (line := _LABEL_LINE.match(text[at:])) is not None:
        # "- Sản phẩm OCOP được công nhận: 33 sản phẩm; cùng kỳ năm 2025, …": a "label: figure" line takes the
        # span at its label's end (before it, "6 tháng đầu năm 2026, Sản phẩm …: 33" was no label; batch 45)
        return f"{text[:at + line.end(1)]} {words[:1].lower()}{words[1:]}{text[at + line.end(1):]}"
    return f"{text[:at]}{words}, {text[at:]}"


_ITEM_MARKER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[-+•–])\s*")


def _same_span_is_sheets(before: str, base: Period, words: str) -> bool:
    """Whether the words before "cùng kỳ" leave the figure the sheet's span's: no span of their own but
    the sheet's ("quý I đạt 91,5%" in a report on the first quarter), no running total (metrics/
    abbreviations.toml [to_date_span_words]), no count from a start ([same_span_own_scope_words]), no place
    (`_names_a_place`: "huyện Thanh Sơn", "tỉnh Vĩnh Phúc")."""
    low = before.lower()
    if _to_date_span_words().search(low) or _own_scope_words().search(low) or _names_a_place(before):
        return False
    # "Riêng quý IV …", "6 tháng đầu năm …": a span the reader dates in the sheet's year (the span
    # written before it gives the year); "Tháng 3 …", "trong tháng …": a month, no span it reads
    return all(m[1] for m in _SPAN_WORD.finditer(low))


# a span's words in a cell: "quý I", "9 tháng đầu năm", "6 tháng" (group 1: one that names a whole span)
_SPAN_WORD = re.compile(r"(?<!\w)(?:(quý\s+[ivx1-4]+\b|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?)|tháng|quý"
                        r"|học kỳ|tuần)(?!\w)")


@lru_cache(maxsize=1)
def _own_scope_words() -> re.Pattern:
    return _word_pattern("same_span_own_scope_words")


def _same_span_of(cand, base: Period, frame: str) -> Period | None:
    """A flow's or a rate's figure its own clause dates "cùng kỳ năm 2022" in a report on the first
    quarter of 2023, when the same cell states the indicator for the sheet's period (the caller checks):
    the first quarter of 2022, in the same frame (the merged Gia Lai's "cùng kỳ năm 2025" is the new
    territory's, no province's then). NOTE: batch 35: Thái Nguyên's "quý I đạt 91,5%, cùng kỳ năm 2022
    đạt 76,8%" lost 76,8."""
    if not cand.period or cand.period_from != "clause" or registry.indicator(cand.indicator).is_stock:
        return None
    same = _SAME_TIME.search(fold(cand.quote))
    if same is None:
        return None
    when = periods.same_span(base, int(same[1]))
    if when is None or when.notation != cand.period:
        return None
    if registry.frame_for(when.end) != frame and not (frame == "34" and registry.territory_unchanged(cand.province_code)):
        # (Hà Nội's, Huế's "cùng kỳ năm 2024" in a report after the merger is the same city's: its own
        # territory before and after; a merged province's is the new territory's, no province's then)
        return None
    return when


def _earlier_year(cand, base: Period, frame: str) -> Period | None:
    """A flow's figure its own clause dates in a whole year before the sheet's, in the same frame, when
    the same cell states the indicator for the sheet's period too (the caller checks): that year's.
    NOTE: "Tỷ lệ hồ sơ … năm 2024 đạt 94,6%, năm 2023 đạt 87,2% và năm 2022 đạt 71,5%" (two missed)."""
    if not cand.period or cand.period_from != "clause":
        return None
    try:
        own = periods.parse(cand.period)
    except periods.PeriodError:
        return None
    ind = registry.indicator(cand.indicator)
    if ind.is_stock or own.kind != "year" or own.end >= base.start or registry.frame_for(own.end) != frame:
        return None
    # NOTE: "Năm 2024 công nhận 256 sáng kiến, đến hết năm 2023 công nhận 630 sáng kiến": a total to a
    # date, or a span's, is no year's count (630 was stored as 2023's; review19b)
    if _to_date_span_words().search(nfc(cand.quote).lower()) or _TO_DATE.search(fold(cand.quote)):
        return None
    return own


def _sentence_cells(s: Sheet, out: Reading, columns: list[set] | None) -> list[tuple[int, int, str]]:
    """The cells holding a sentence with a figure that the table reading took nothing from: not in
    a row it took a figure from, not in a column of notes, plans or comparisons, not under a
    heading on what is to come."""
    # NOTE: a row the table took only a plan from ("Chi NSNN cho KH&CN | 32,5 tỷ đồng | Giải ngân 31,8
    # tỷ đồng, …" under "Chỉ tiêu kế hoạch | Kết quả đạt được") still has its result to read
    taken = _taken_rows(s.name, out)
    header = find_header(s)
    other_cols = _other_columns(s, header)
    items = list_item_cells(s)
    cells = []
    ahead = False
    top = heading = None
    rows = s.rows
    for r in _rows_to_read(s, header, taken, columns):
        row = rows[r]
        # as read: "I\u200b" pasted from a web page is still the section "I" (the heading that ends
        # the title's "nhiệm vụ trọng tâm …" went unseen, and every line after it was read as ahead)
        texts = [(c, t) for c, v in enumerate(row) if isinstance(v, str) and (t := as_read(v))]
        # NOTE: a section heading whose text an unmerged and filled row repeats ("I | KẾT QUẢ … | KẾT
        # QUẢ … | …") is taken for the table's header: it still ends what is to come above it
        if header is not None and r == header and not (texts and _ROMAN.fullmatch(texts[0][1])):
            continue
        # NOTE: headings are told by their numbering and words, never by upper case (a report typed
        # in capitals reads the same): a section "II | KẾT QUẢ …" or "II. NHIỆM VỤ TRỌNG TÂM NĂM
        # 2026" starts or ends what is to come; a line opening with "Nhiệm vụ trọng tâm", "Phương
        # hướng", "Kế hoạch", "Đề xuất" starts it
        first = texts[0][1] if texts else ""
        own = [(c, v) for c, v in texts if not (c in other_cols and header is not None and r > header)]
        if _ROMAN.fullmatch(first) or _TOP_HEADING.match(first):
            ahead = bool(_AHEAD.search(" ".join(fold(v) for _, v in texts)))
            top, heading = " ".join(v for _, v in texts), None
        elif any(_AHEAD_LINE.match(fold(v)) and len(v) < 100 for _, v in own):
            # NOTE: a line of its own ("Phương hướng nhiệm vụ năm 2025:") starts what is to come; a
            # table row's item on a plan ("11 | Kế hoạch năm 2024 - số sản phẩm OCOP: 60") is that row
            # alone, and a note "Kế hoạch: 25 nhiệm vụ" beside a result is no line of the report (the
            # rows under either were all left unread)
            # NOTE: "2. | Phương hướng nhiệm vụ năm 2025" (its item number in a cell of its own) or
            # "Kế hoạch năm 2025: | (xem phụ lục)" is that line too: its lines were stored as results
            if len(texts) == 1 or _is_ahead_heading_row(row, texts):
                ahead = True
            continue
        elif len(texts) == 1 and _SUB_HEADING.match(first) and not _FIGURE.search(_SUB_HEADING.sub("", first)):
            heading = first   # "2. Chương trình mỗi xã một sản phẩm (OCOP)": the subject of the lines under it
        if ahead or r + 1 in taken or (header is not None and r == header):
            continue
        for i, (c, v) in enumerate(texts):
            if i and texts[i - 1][1] == v:
                continue   # a merged cell undone and filled: the same paragraph once
            if (c in other_cols and header is not None and r > header) or (r, c) in items \
                    or not (_FIGURE.search(v) or _spelled_count().search(v.lower())) \
                    or _EXAMPLE.search(bare(v)) or len(v.split()) + _label_words(texts[:i]) < 4:
                continue
            cells.append((r, c, v, top, heading))
    return cells


def _taken_rows(sheet: str, out: Reading) -> set[int]:
    """The rows (1-based, as cells name them) of `sheet` the table reading took a figure other than
    a plan from, or set aside. NOTE: a tidy sheet's 100,000 candidates: their cells' row numbers are
    read over all the names at once ("E12" -> 12), not one regular expression per cell."""
    cells = [c.cell for c in out.candidates if c.sheet == sheet and c.cell and c.measure != "plan"]
    if (named := cell_rows(cells)) is not None:
        rows = set((named + 1).tolist())
    elif "\n".join(cells).count("\n") == max(len(cells) - 1, 0):   # no name holds a line break: one line each
        rows = set(map(int, _ROW_NUMBER.findall("\n".join(cells))))
    else:
        rows = {_row_of(c) for c in cells}
    return rows | {r for name, r in out.rows_set_aside if name == sheet}


_ROW_NUMBER = re.compile(r"(\d+)$", re.M)


def _rows_to_read(s: Sheet, header: int | None, taken: set[int], columns: list[set] | None) -> list[int]:
    """The rows (0-based) `_sentence_cells` must look at, in order: every row the table took nothing
    from (`taken`: 1-based), the header, and each row with a cell that may start or end a section or
    name the lines' subject. A row the table took a figure from whose every text cell can do
    neither is passed over whole: its cells are read as no sentence and it changes no heading, so
    skipping it changes nothing.
    NOTE: a tidy sheet of 100,000 rows was read cell by cell (a quarter of its ingest); its columns
    repeat a few hundred texts, so each column's distinct texts are told once and only the rows
    holding one that may head a section are looked at."""
    rows = s.rows
    keep = set(range(1, len(rows) + 1))
    if not taken & keep:
        return list(range(len(rows)))
    keep = {r - 1 for r in keep - taken}
    if header is not None:
        keep.add(header)
    if columns is None:   # a value that cannot be told apart at C speed: every row is looked at
        return list(range(len(rows)))
    for c, distinct in enumerate(columns):
        heads = {v for v in distinct if _may_head(v)}
        if heads:
            keep.update(r for r, v in enumerate(cell_column(rows, c)) if v in heads)
    return sorted(keep)


def _may_head(value: str) -> bool:
    """Whether a cell may start or end a section or name the lines' subject in `_sentence_cells`: a
    section's numbering, a line on what is to come, a numbered heading (whatever follows them)."""
    t = as_read(value)
    return bool(t) and bool(_ROMAN.fullmatch(t) or _TOP_HEADING.match(t) or _SUB_HEADING.match(t)
                            or _AHEAD_LINE.match(fold(t)))


def _label_words(before: list[tuple[int, str]]) -> int:
    """The words of the row's label right left of a result cell (three words or more: a unit column's
    "doanh nghiệp" between them is a table's row, "12 (3 DN KH&CN)" its value, not read so).
    NOTE: "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình | 100% (87/87 thủ tục)": a result of
    three words is a sentence with its row's label (a two-column sheet's cells were not read)."""
    words = len(before[-1][1].split()) if before else 0
    if words and _label_comparison_words().search(nfc(before[-1][1]).lower()):
        # NOTE: "Sản phẩm OCOP được công nhận cùng kỳ năm trước | 38 sản phẩm": a label of another
        # period or a plan makes its short result no figure of the sheet's (38 was stored as 2024's; review19b)
        return 0
    return words if words >= 3 else 0


@lru_cache(maxsize=1)
def _label_comparison_words() -> re.Pattern:
    return _word_pattern("label_comparison_words")


# an item's number in a cell of its own ("2.", "II", "a)") and a remark in brackets ("(xem phụ lục)")
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVXLCivxlc]{1,5}|[a-zđ])\s*[.):]?\s*")
_REMARK = re.compile(r"\s*\(.*\)\s*", re.S)


def _is_ahead_heading_row(row: list, texts: list[tuple[int, str]]) -> bool:
    """A row that is one heading on what is to come spread over cells: its item number, the heading
    and a remark in brackets, nothing else. NOTE: the heading holds no figure but a year or a number
    of months — "2 | Kế hoạch năm 2025 - số sản phẩm OCOP: 60" is a table row's plan, and the rows
    under it are still results; a row with a figure in a cell that is no text is a table row too."""
    if any(v is not None and not isinstance(v, str) for v in row[1:]) or \
            (row and row[0] is not None and not isinstance(row[0], (str, int))):
        return False
    heads = [v for _, v in texts if not _ITEM_NUMBER.fullmatch(v) and not _REMARK.fullmatch(v)]
    if len(heads) != 1 or not _AHEAD_LINE.match(fold(heads[0])) or len(heads[0]) >= 100:
        return False
    return not _FIGURE.search(re.sub(r"\d+\s*thang", "", _YEAR.sub("", _AHEAD_LINE.sub("", fold(heads[0])))))


def list_item_cells(s: Sheet) -> set[tuple[int, int]]:
    """The cells (row, column; 0-based) that name a list's items: under a header "Tên nhiệm vụ", "Tên đề tài/dự
    án" (metrics/header_words.toml item_name_headers), in each row of the list — a row with its order number
    ("1", "A", "II") in the "STT" column or, with no such column, a row with more than the name, and in
    either case more than its number and name (a group's row "1. | Nhiệm vụ chuyển tiếp: 16" is the report's).
    NOTE: batch 54: a task's title is no sentence of the report — "Hỗ trợ doanh nghiệp nhỏ và vừa áp dụng hệ
    thống quản lý ISO 9001:2015" stored 2,015 enterprises supported, a field's group row "C | Lĩnh vực Khoa học
    xã hội và nhân văn (04 nhiệm vụ)" in a list of the tasks ACCEPTED 4 tasks managed. The lines under the list
    in the same column without an order number ("- Tổng số đề tài, dự án cấp tỉnh nghiệm thu năm 2019: 14",
    "Tổng cộng: 15 nhiệm vụ") are the report's own and still read."""
    # (a list's header holds no indicator's: the table reader may find none, or another row, so its own row
    # is looked for — the first with a "Tên …" cell)
    header = next((r for r, row in enumerate(s.rows[:60]) if any(is_item_name_header(v) for v in row)), None)
    if header is None:
        return set()
    cells = list(_header_cells(s, header))
    names = {c for c, v in cells if is_item_name_header(v)}
    order = {c for c, v in cells if is_order_number_header(v)}
    out = set()
    for r in range(header + 1, len(s.rows)):
        row = s.rows[r]
        filled = {c for c, v in enumerate(row) if v is not None and str(v).strip()}
        # a row of the list is an item's: its order number and more than its name (organisation, lead,
        # funding); a group's row ("1. | Nhiệm vụ chuyển tiếp: 16") holds its order and its words only
        listed = (filled & order) if order else bool(filled - names)
        if listed and filled - order - names:
            out.update((r, c) for c in names & filled)
    return out


# a list's total line in its names' column: "Tổng cộng: 15 nhiệm vụ", "Tổng số: 24 đề tài" (not a subtotal "Cộng A")
_LIST_TOTAL = re.compile(r"^\s*tong (?:cong|so)\b")
# a list's title: "DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023" (folded)
_LIST_TITLE = re.compile(r"^\s*(?:phu luc\s*\S*\s*[:.-]?\s*)?danh muc\b")
# (folded) a list's title naming a selection or a part: "MỘT SỐ … TIÊU BIỂU", "(ĐỢT 1)", "LĨNH VỰC NÔNG NGHIỆP",
# "DO SỞ Y TẾ CHỦ TRÌ" (metrics/header_words.toml list_selection_words, label_round_words;
# abbreviations.toml task_field_part_words)
_LIST_SELECTION = re.compile(r" (?:" + "|".join(map(re.escape, sorted(
    registry.header_words("list_selection_words") | registry.header_words("label_round_words")
    | {fold(w) for w in declared_words("task_field_part_words")}, key=len, reverse=True))) + r") ")


def list_total_said(s: Sheet, r: int, c: int, text: str) -> str | None:
    """A list's total line in its names' column ("Tổng cộng: 15 nhiệm vụ") said with the list's title above its
    header ("DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023: Tổng cộng: 15 nhiệm vụ"), the title
    saying what the list counts; None for any other cell, or a list without a "Danh mục …" title.
    NOTE: batch 54: Nghệ An's list of the tasks accepted in 2023 gave nothing and the honest file was refused;
    the narrative reader takes the count only as its title words it (accepted, carried over, new) — a plan's
    list ("… dự kiến triển khai năm 2026"), proposals, a district's, a title "đang thực hiện" give nothing."""
    if not _LIST_TOTAL.match(fold(text)):
        return None
    # NOTE: review29b: the list's own header is the nearest above the total, and its title lies between that
    # header and the list before it: a sheet's second list "DANH MỤC NHIỆM VỤ KH&CN CHUYỂN TIẾP …" (or one
    # titled otherwise) ending "Tổng cộng: 8 nhiệm vụ" was read with the FIRST list's title, 8 stored as the
    # tasks accepted
    headers = [h for h, row in enumerate(s.rows[:r]) if any(is_item_name_header(v) for v in row)]
    if not headers:
        return None
    header, before = headers[-1], (headers[-2] if len(headers) > 1 else -1)
    if not is_item_name_header(s.rows[header][c] if c < len(s.rows[header]) else None):
        return None
    title = next((v for row in reversed(s.rows[before + 1:header]) for v in row
                  if isinstance(v, str) and _LIST_TITLE.match(fold(v))), None)
    if title is None or _LIST_SELECTION.search(f" {fold(title)} "):
        return None   # a selection's or a part's list: its total is no whole (list_selection_words)
    return f"{nfc(title).strip().rstrip(':')}: {text}"


def _other_columns(s: Sheet, header: int | None) -> set[int]:
    """The columns whose header names notes, plans, comparisons or evaluations (a paragraph
    above the header is in no column)."""
    if header is None:
        return set()
    # NOTE: a form's "Mã số" column: "Nhiệm vụ KH&CN được quản lý | 02 | nhiệm vụ" (its value columns
    # unread) was read as the sentence "… được quản lý 02 nhiệm vụ", 2 tasks stored (review22a)
    return {c for c, v in _header_cells(s, header)
            if isinstance(v, str) and (_OTHER_COLUMN.search(fold(v)) or is_code_header(v))}


def _header_cells(s: Sheet, header: int):
    """(column, value) of the header row and of the row under it when that is a second header row.
    NOTE: the row under the header is often the first result: "Tổ chức đánh giá, nghiệm thu 22 nhiệm
    vụ …" there made its column one of evaluations, "… chuyển tiếp từ năm 2022" one of 2022 — and
    the whole column of results went unread (batch 21). A header cell is a few words, no figure
    but a year."""
    for c, v in enumerate(s.rows[header]):
        yield c, v
    if header + 1 < len(s.rows):
        for c, v in enumerate(s.rows[header + 1]):
            if isinstance(v, str) and (len(v.split()) > 6 or _FIGURE.search(_YEAR.sub("", v))):
                continue
            yield c, v


def _column_bases(s: Sheet, header: int, base: Period) -> dict[int, Period | None]:
    """The period to read each value column's sentences with, for the columns whose header names a span of its own
    (with its year or, "Lũy kế từ đầu năm", "Tháng 7", "Quý IV", "Kỳ trước", without it: the report's year): the
    report's period; the report's running total from January or the report's part of it ending with it, as an actual
    figure — the same end, the longer span starting on 1 January: "Kết quả tháng 8/2026 | Lũy kế từ đầu năm đến
    31/8/2026" under a title on August, "Quý III/2026 | Lũy kế 9 tháng năm 2026" under one on nine months —; None for
    any other span (a plan, an estimate, another month, a span ending earlier, the period before): its cells are not
    read. A column not listed reads as before (`_column_periods`).
    NOTE: blind89: Hà Tĩnh's running total typed as sentences ("Đã nghiệm thu 17 nhiệm vụ …") beside the month's was
    set aside cell by cell, its column naming "another period than the sheet's" (9 facts lost); headed without its
    year, "Lũy kế từ đầu năm", it was read as the month's — 17 tasks accepted in August beside the month's 3 refused
    the file as one fact's two values, and alone under a title on August it would have been stored as August's."""
    from etl.headers import header_role, within

    out: dict[int, Period | None] = {}
    seen: set[int] = set()
    for c, v in _header_cells(s, header):
        if c in seen or not isinstance(v, str):
            continue
        col = header_role(v)
        if col.role != "value":
            continue
        if col.period is not None:
            p = col.period
        elif col.within_year == ("ytd",):
            p = periods.span(date(base.end.year, 1, 1), base.end)
        elif col.within_year is not None:
            p = within(col.within_year, base.end.year)
        elif col.previous_period:
            p = None
        else:
            continue
        seen.add(c)   # (the first header cell naming a span speaks for its column, as in `_column_periods`)
        if p is not None and p.notation == base.notation:
            out[c] = base
            continue
        if p is None or col.measure != "actual" or col.status != "reported" or p.end != base.end:
            out[c] = None
            continue
        longer = p if p.start < base.start else base
        out[c] = p if longer.start == date(longer.end.year, 1, 1) else None
    return out


def _column_periods(s: Sheet, header: int) -> dict[int, str]:
    """The period each column's header names ("Năm 2023", "6 tháng đầu năm 2024"), as its notation."""
    out = {}
    for c, v in _header_cells(s, header):
        if isinstance(v, (str, int)) and (p := periods.from_text(str(v))) is not None:
            out.setdefault(c, p.notation)
    return out


def _row_of(cell: str) -> int:
    m = re.search(r"(\d+)$", cell)
    return int(m[1]) if m else -1
