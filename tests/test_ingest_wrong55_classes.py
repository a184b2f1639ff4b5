"""wrong55 (issue #8, "a wrong number is worse than a missing one"): readings that stored a wrong number on main — a
sub-row of the whole year's estimate under a column of eleven months read as the eleven months' figure; a bare rank
under a title naming a region read as the rank among the 34; … — each with the smallest realistic report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is) and the honest neighbours that must keep
reading the same."""
from __future__ import annotations

import pytest

from metrics import periods
from tests.fixtures.reports import MARK, examine, facts, head, reasons, taken

HA_NOI = "01"
ELEVEN_MONTHS = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN 11 THÁNG NĂM 2026"
YEAR_2026 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026"
ELEVEN = "2026-01/2026-11"
# an honest row beside a probe, so that the probe's file is not refused for stating nothing
OCOP = ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 40]
ACCEPTED = ["2", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ"]


def _hanoi(column: str, *rows: list, title: str = ELEVEN_MONTHS):
    """Hà Nội's table "TT | Nội dung | ĐVT | `column`" of the OCOP row and `rows`, its period in the title."""
    return examine(head("Hà Nội", title, city=True) + [["TT", "Nội dung", "ĐVT", column], OCOP, *rows],
                   name="wrong55.xlsx")


def _tasks(result) -> dict:
    """{(indicator, period): (value, status)} of the tasks an upload would write."""
    f = result.facts
    return {(i, p): (v, s) for i, p, v, s in zip(f.indicator, f.period, f.value, f.status) if i.startswith("tasks")}


# --- 1. a sub-row of the whole year's estimate under a column of eleven months ------------------------------------

# (each wording under one of the columns of eleven months a report heads its figures with, in turn)
_ELEVEN_MONTH_COLUMNS = ["TH 11 tháng", "Lũy kế 11 tháng 2026", "Số lượng"]


@pytest.mark.parametrize("label, column", [
    ("- Ước nghiệm thu cấp tỉnh cả năm 2026", "TH 11 tháng"), ("- Cấp tỉnh ước cả năm 2026", "Lũy kế 11 tháng 2026"),
    ("- ƯTH cấp tỉnh cả năm 2026", "Số lượng"),
    ("- Nghiệm thu cấp tỉnh ước cả năm", "Số lượng"), ("- Cấp tỉnh (ước cả năm)", "TH 11 tháng")])
def test_a_sub_rows_estimate_of_the_whole_year_is_the_years(label, column):
    """WRONG NUMBERS (blind82 left it): in Hà Nội's report on eleven months, "- Ước nghiệm thu cấp tỉnh cả năm 2026 |
    50" under "Nhiệm vụ KH&CN được nghiệm thu | 60" was read among the row above's parts with its words, "cả năm
    2026" lost — the year's estimate of the provincial tasks stored as the eleven months' ("- Nghiệm thu cấp tỉnh
    ước cả năm": as the eleven months' REPORTED figure). A person reads the year's estimate: 2026's, estimated."""
    got = _tasks(_hanoi(column, ACCEPTED + [60], ["", label, "Nhiệm vụ", 50]))
    assert got == {("tasks_accepted", ELEVEN): (60, "reported"),
                   ("tasks_accepted_provincial", "2026"): (50, "estimated")}, got


@pytest.mark.parametrize("column", _ELEVEN_MONTH_COLUMNS[:2])
def test_a_sub_rows_whole_year_above_the_eleven_months_whole_refuses_nothing(column):
    """REFUSED (an honest file lost for one row): the year's estimate of the provincial tasks (70) above the eleven
    months' whole (60) was a part above its whole — "lớn hơn tổng", the whole file refused. The two are different
    periods: both stored."""
    result = _hanoi(column, ACCEPTED + [60], ["", "- Ước nghiệm thu cấp tỉnh cả năm 2026", "Nhiệm vụ", 70])
    assert _tasks(result) == {("tasks_accepted", ELEVEN): (60, "reported"),
                              ("tasks_accepted_provincial", "2026"): (70, "estimated")}, \
        [p.message_vi for p in result.problems]


@pytest.mark.parametrize("label, column", [
    ("Nhiệm vụ KH&CN được nghiệm thu ước cả năm", "Số lượng"), ("Nhiệm vụ KH&CN được nghiệm thu (ước cả năm)", "TH 11 tháng"),
    ("Ước nhiệm vụ KH&CN được nghiệm thu cả năm", "Lũy kế 11 tháng 2026"),
    ("Nhiệm vụ KH&CN được nghiệm thu (ước cả năm 2026)", "TH 11 tháng")])
def test_a_rows_estimate_of_the_whole_year_without_its_year_is_the_reports_year(label, column):
    """WRONG NUMBERS (the same class on an indicator's own row): "… ước cả năm", "… (ước cả năm)", "Ước … cả năm" (no
    year: the report's) were stored as the eleven months' figure, reported or estimated; "… (ước cả năm 2026)"
    under "TH 11 tháng" was set aside as an estimate of the eleven months. The year's estimate: 2026's."""
    got = _tasks(_hanoi(column, ["2", label, "Nhiệm vụ", 117]))
    assert got == {("tasks_accepted", "2026"): (117, "estimated")}, got


@pytest.mark.parametrize("label, column", [
    ("Nhiệm vụ KH&CN được nghiệm thu cả năm 2026", "TH 11 tháng"), ("Nhiệm vụ KH&CN được nghiệm thu (cả năm)", "Số lượng"),
    ("- Cấp tỉnh cả năm 2026", "Lũy kế 11 tháng 2026"), ("- Cấp tỉnh (cả năm)", "TH 11 tháng"),
    ("- Cấp tỉnh (chỉ tiêu cả năm)", "Số lượng")])
def test_a_rows_whole_year_without_an_estimate_is_set_aside_in_a_report_on_part_of_it(label, column):
    """WRONG NUMBERS (or an honest file refused): "… cả năm 2026" under "TH 11 tháng" (blind56's rule made the label's
    year the column's part) and "… (cả năm)" anywhere were stored as the eleven months' figure; "- Cấp tỉnh cả năm
    2026 | 70", "- Cấp tỉnh (chỉ tiêu cả năm) | 70" refused the file above the whole of 60. The whole year after the report's months, not said to be an
    estimate: a target or a forecast — set aside, the row above kept."""
    result = _hanoi(column, ACCEPTED + [60], ["", label, "Nhiệm vụ", 70]) if label.startswith("-") \
        else _hanoi(column, ["2", label, "Nhiệm vụ", 70])
    got = _tasks(result)
    assert not any(p == "2026" or v == 70 for (_, p), (v, _) in got.items()), got
    assert "sau kỳ của báo cáo" in reasons(result), reasons(result)


def test_probe_a_labels_year_under_a_column_of_its_months_is_still_those_months():
    """Where it must not fire: blind56's "Nhiệm vụ mở mới năm 2026" under "TH 9 tháng" (which tasks: those opened in
    2026; the column: how much of the year) stays January–September."""
    result = examine(head("Gia Lai", "BÁO CÁO KẾT QUẢ KH&CN 9 THÁNG NĂM 2026") + [
        ["TT", "Nội dung", "ĐVT", "TH 9 tháng"], OCOP, ["2", "Nhiệm vụ mở mới năm 2026", "Nhiệm vụ", 21]], name="r.xlsx")
    assert _tasks(result) == {("tasks_new", "2026-01/2026-09"): (21, "reported")}


def test_probe_a_sub_rows_whole_year_in_the_report_on_that_year():
    """Where it must not fire differently: in the report on 2026, "- Cấp tỉnh cả năm" is the report's year, reported;
    "- Cấp tỉnh ước cả năm 2026" its estimate (the row says so)."""
    got = _tasks(_hanoi("Số lượng", ACCEPTED + [60], ["", "- Cấp tỉnh cả năm", "Nhiệm vụ", 50], title=YEAR_2026))
    assert got == {("tasks_accepted", "2026"): (60, "reported"), ("tasks_accepted_provincial", "2026"): (50, "reported")}
    got = _tasks(_hanoi("Số lượng", ACCEPTED + [60], ["", "- Cấp tỉnh ước cả năm 2026", "Nhiệm vụ", 50], title=YEAR_2026))
    assert got[("tasks_accepted_provincial", "2026")] == (50, "estimated")


def test_probe_plans_and_shares_of_the_whole_year_stay_unread():
    """Where it must not fire: "- Kế hoạch cả năm" (a plan), "Tỷ lệ … so với kế hoạch cả năm" (a comparison) — none
    is stored as the year's or the eleven months' figure."""
    for rows in ([ACCEPTED + [60], ["", "- Kế hoạch cả năm", "Nhiệm vụ", 70]],
                 [ACCEPTED + [60], ["3", "Tỷ lệ nhiệm vụ nghiệm thu so với kế hoạch cả năm", "%", 70]]):
        got = _tasks(_hanoi("TH 11 tháng", *rows))
        assert got == {("tasks_accepted", ELEVEN): (60, "reported")}, (rows[-1][1], got)


@pytest.mark.parametrize("rows", [
    [["2", "Nhiệm vụ KH&CN được nghiệm thu tháng 11", "Nhiệm vụ", 50]],
    [ACCEPTED + [60], ["", "- Cấp tỉnh tháng 11", "Nhiệm vụ", 50]],
    [["2", "Nhiệm vụ KH&CN được nghiệm thu (KH năm 2026)", "Nhiệm vụ", 50]],
    [ACCEPTED + [60], ["", "- Cấp tỉnh (KH năm 2026)", "Nhiệm vụ", 50]]])
def test_a_rows_own_month_or_plan_in_the_eleven_months_is_set_aside(rows):
    """WRONG NUMBERS (relatives: a label's own period or measure, not the column's): "… tháng 11 | 50" (November's
    alone) and "… (KH năm 2026) | 50" (the year's plan: "KH" before "năm" is kế hoạch, metrics/abbreviations.toml) in
    Hà Nội's report on eleven months were stored as January–November's actual. Set aside; the row above kept."""
    result = _hanoi("Số lượng", *rows)
    assert not any(v == 50 for v, _ in _tasks(result).values()), _tasks(result)


def test_probe_a_rows_own_month_in_that_months_report_is_read():
    """Where it must not fire: "… tháng 11" in the report on November 2026 is the report's month — read."""
    got = _tasks(_hanoi("Số lượng", ["2", "Nhiệm vụ KH&CN được nghiệm thu tháng 11", "Nhiệm vụ", 5],
                        title="BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 11 NĂM 2026"))
    assert got == {("tasks_accepted", "2026-11"): (5, "reported")}, got


# --- 2. a bare rank under a title naming a region or a cluster ------------------------------------------------------

CENTRAL_HIGHLANDS = (("52", 38.4, 2), ("66", 35.1, 3), ("68", 41.2, 1))   # Gia Lai, Đắk Lắk, Lâm Đồng


def _pii_by_province(title: str, rank: str, issuer: str = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH GIA LAI"):
    """"TT | Tỉnh | Điểm | `rank`" under `title`: the three provinces' PII 2025 scores and their places 1–3."""
    return examine([[issuer], [MARK], [title], [], ["TT", "Tỉnh", "Điểm", rank],
                    [1, "Gia Lai", 38.4, 2], [2, "Đắk Lắk", 35.1, 3], [3, "Lâm Đồng", 41.2, 1]], name="pii.xlsx")


_SCORES = {(code, "34", "pii_score", "2025", "actual"): score for code, score, _ in CENTRAL_HIGHLANDS}


@pytest.mark.parametrize("title, rank", [
    ("CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN", "Xếp hạng"), ("CHỈ SỐ PII NĂM 2025 CÁC TỈNH TÂY NGUYÊN", "Thứ hạng"),
    ("XẾP HẠNG CHỈ SỐ PII NĂM 2025 TRONG VÙNG", "Hạng"), ("CHỈ SỐ PII NĂM 2025 CÁC TỈNH CỤM THI ĐUA SỐ 5", "Xếp hạng")])
def test_a_bare_rank_under_a_title_naming_a_region_is_no_rank_among_all(title, rank):
    """WRONG NUMBERS (refused79 left it): "Tỉnh | Điểm | Xếp hạng" under "CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN":
    the places 1, 2, 3 among the region's provinces were stored as the PII ranks among the 34 (Lâm Đồng "first in the
    country"). A bare rank under a title naming a region or a cluster may be the rank among all or within the region:
    read as neither — the scores stored, the places not."""
    assert taken(_pii_by_province(title, rank)) == _SCORES


def test_a_bare_rank_beside_each_province_under_a_regional_title_is_no_rank_among_all():
    """WRONG NUMBERS (the same with the provinces across, "Gia Lai | Đắk Lắk" each over "Điểm | Xếp hạng", the row "Chỉ
    số PII"): the places 2 and 3 in the region stored as the ranks among the 34."""
    result = examine(head("Gia Lai", "KẾT QUẢ CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN") + [
        ["TT", "Chỉ tiêu", "Gia Lai", None, "Đắk Lắk", None], ["", "", "Điểm", "Xếp hạng", "Điểm", "Xếp hạng"],
        [1, "Chỉ số PII", 38.4, 2, 35.1, 3]], name="pii.xlsx")
    assert taken(result) == {k: v for k, v in _SCORES.items() if k[0] in ("52", "66")}


def test_a_provinces_own_pillars_under_a_clusters_title_keep_no_bare_rank():
    """WRONG NUMBERS: Gia Lai's "Chỉ số | Điểm | Xếp hạng" (the index and its pillars down the rows) under "CHỈ SỐ PII
    NĂM 2025 - CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN": the places in the cluster stored as the ranks among the 34."""
    result = examine(head("Gia Lai", "CHỈ SỐ PII NĂM 2025 - CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN") + [
        ["TT", "Chỉ số", "Điểm", "Xếp hạng"], [1, "Chỉ số PII", 38.4, 2], [2, "Thể chế", 40.1, 1]], name="pii.xlsx")
    assert taken(result) == {("52", "34", "pii_score", "2025", "actual"): 38.4,
                             ("52", "34", "pii_institutions_score", "2025", "actual"): 40.1}


@pytest.mark.parametrize("label", ["Xếp hạng PII", "Thứ hạng PII"])
def test_a_rows_bare_rank_under_a_regional_title_is_no_rank_among_all(label):
    """WRONG NUMBERS (a relative: the rank as a row, the provinces across): "Điểm PII | 38,4 | 35,1", "Xếp hạng PII | 1 |
    2" under "KẾT QUẢ CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN" — the places in the region stored as the ranks among
    the 34. Set aside naming the title's region; "Xếp hạng PII (trên 34 tỉnh, thành phố)" there stays the rank."""
    def read(rank_label):
        return examine(head("Gia Lai", "KẾT QUẢ CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN") + [
            ["TT", "Chỉ tiêu", "Gia Lai", "Đắk Lắk"], [1, "Điểm PII", 38.4, 35.1], [2, rank_label, 1, 2]], name="pii.xlsx")
    result = read(label)
    assert taken(result) == {k: v for k, v in _SCORES.items() if k[0] in ("52", "66")}
    assert "VÙNG TÂY NGUYÊN" in reasons(result), reasons(result)
    got = taken(read(f"{label} (trên 34 tỉnh, thành phố)"))
    assert got[("52", "34", "pii_rank_34", "2025", "actual")] == 1, got


def test_probe_a_rows_rank_with_its_field_in_the_unit_column_is_still_the_rank():
    """Where it must not fire (the corpus's dong_bac_tong_hop: "Xếp hạng PII 2024 | /63 | 42 | 60" under "… CÁC TỈNH VÙNG
    ĐÔNG BẮC"): the unit states the field — the ranks among the 63, read."""
    got = taken(examine(head("Lạng Sơn", "TỔNG HỢP CHỈ TIÊU KH&CN CÁC TỈNH VÙNG ĐÔNG BẮC NĂM 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Lạng Sơn", "Cao Bằng"], ["1", "Điểm PII 2024", "Điểm", 40.12, 35.87],
        ["2", "Xếp hạng PII 2024", "/63", 42, 60]], name="dong_bac.xlsx"))
    assert got[("20", "63", "pii_rank", "2024", "actual")] == 42, got


@pytest.mark.parametrize("title, rank", [
    ("CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN", "Xếp hạng/34"),
    ("CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN", "Xếp hạng (cả nước)"),
    ("CHỈ SỐ PII NĂM 2025 CÁC TỈNH, THÀNH PHỐ", "Xếp hạng"), ("CHỈ SỐ PII NĂM 2025", "Hạng")])
def test_probe_a_rank_among_all_or_under_no_region_is_still_the_rank(title, rank):
    """Where it must not fire: a rank stating its field ("Xếp hạng/34", "(cả nước)", "trên 34 tỉnh, thành phố") under
    the regional title, and a bare rank under a title naming no region, stay the ranks among the 34."""
    got = taken(_pii_by_province(title, rank))
    assert got == {**_SCORES, **{(code, "34", "pii_rank_34", "2025", "actual"): place
                                 for code, _, place in CENTRAL_HIGHLANDS}}, got


def test_probe_a_provinces_own_pii_with_a_bare_rank_is_still_read():
    """Where it must not fire: Gia Lai's own "Chỉ số | Điểm | Xếp hạng" under "KẾT QUẢ CHỈ SỐ PII NĂM 2025 CỦA TỈNH GIA
    LAI" — the index's and the pillar's ranks among the 34."""
    got = taken(examine(head("Gia Lai", "KẾT QUẢ CHỈ SỐ PII NĂM 2025 CỦA TỈNH GIA LAI") + [
        ["TT", "Chỉ số", "Điểm", "Xếp hạng"], [1, "Chỉ số PII", 38.4, 12], [2, "Thể chế", 40.1, 9]], name="pii.xlsx"))
    assert got[("52", "34", "pii_rank_34", "2025", "actual")] == 12
    assert got[("52", "34", "pii_institutions_rank_34", "2025", "actual")] == 9


# --- 3. months "1-9 năm 2024", a contest's stage without "vòng", a quarter's year to date -------------------------

def _notation(text: str) -> str | None:
    p = periods.from_text(text)
    return p.notation if p is not None else None


@pytest.mark.parametrize("text, notation", [
    ("1-9 năm 2024", "2024-01/2024-09"), ("01-09 năm 2024", "2024-01/2024-09"), ("1 - 9 năm 2024", "2024-01/2024-09"),
    ("Lũy kế 1-9 năm 2024", "2024-01/2024-09"), ("1-6 năm 2025", "2025-S1"), ("7-12 năm 2025", "2025-S2"),
    ("Q3 YTD 2024", "2024-01/2024-09"), ("YTD Q3 2024", "2024-01/2024-09"), ("YTD Q3/2024", "2024-01/2024-09"),
    ("Q3 2024 YTD", "2024-01/2024-09"), ("Q2 YTD 2025", "2025-S1")])
def test_months_written_together_before_the_year_and_a_quarters_year_to_date_are_their_span(text, notation):
    """WRONG: "1-9 năm 2024" (months one to nine of 2024, wrong54 did "1-9/2024") was read as the date 1/9/2024 — a
    stock's day, the OCOP products valid at 30/9 stored at 1/9; "Q3 YTD 2024" (the year to the third quarter's end)
    was no period. From January to September."""
    assert _notation(text) == notation


@pytest.mark.parametrize("text", ["Chung kết 2024", "CHUNG KẾT NĂM 2024", "Bán kết năm 2025", "Vòng thi 2024",
                                  "Sơ khảo 2024", "Chung khảo năm 2024"])
def test_a_contests_stage_without_its_rounds_word_is_no_period(text):
    """WRONG: "Chung kết 2024", "Bán kết năm 2025", "Vòng thi 2024" (a contest's final, semi-final, a round) were read
    as the year — the final's figures stored as the year's (wrong54 did "Vòng chung kết 2024"). A stage is no period
    (metrics/header_words.toml contest_stage_alone_words)."""
    assert _notation(text) is None


@pytest.mark.parametrize("text, notation", [
    ("ngày 1-9 năm 2024", "2024-09-01"), ("đến 1-9 năm 2024", "2024-09-01"), ("15-9 năm 2024", "2024-09-15"),
    ("1-9-2024", "2024-09-01"), ("tháng 1-9 năm 2024", "2024-01/2024-09"), ("Q3 2024", "2024-Q3"),
    ("YTD Sep 2024", "2024-01/2024-09"), ("YTD 2024", None), ("Cuộc thi 2024", "2024"), ("Phân loại 2024", "2024"),
    ("Kỳ thi 2024", "2024")])
def test_probe_dates_quarters_and_contests_read_as_before(text, notation):
    """Where it must not fire: a day ("ngày 1-9 năm 2024", "đến …", a later month first), months with their word, the
    third quarter alone, "YTD 2024" (no end said), the year's contest ("Cuộc thi 2024") read as before."""
    assert _notation(text) == notation


@pytest.mark.parametrize("column", ["1-9 năm 2024", "Lũy kế 1-9 năm 2024", "Lũy kế tháng 1-9/2024"])
def test_a_column_of_months_from_january_is_their_span(column):
    """WRONG (or an honest file refused): Gia Lai's column "1-9 năm 2024": the OCOP products recognised in January–
    September asked as a day's, the valid products stored at 1/9. RELATIVE found: under "Lũy kế 1-9/2024", "Lũy kế
    tháng 1-9/2024" the products recognised were read as those valid at 30/9 ("lũy kế" a total to date), two values
    beside the valid products' row — the file refused. The nine months summed are their flow, as "Lũy kế 9 tháng năm
    2024" is (etl/headers.py _months_from_january_summed); the stock at 30/9."""
    result = examine(head("Gia Lai", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN") + [
        ["TT", "Nội dung", "ĐVT", column], ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 21],
        ["2", "Sản phẩm OCOP còn hiệu lực", "Sản phẩm", 210]], name="r.xlsx")
    assert taken(result) == {("64", "63", "ocop_products", "2024-01/2024-09", "actual"): 21,
                             ("64", "63", "ocop_products_total", "2024-09-30", "actual"): 210}


def test_probe_a_running_total_to_a_month_is_still_to_date():
    """Where it must not fire: "Lũy kế đến tháng 9/2024" counts to that month's end from whenever — the products
    recognised there are no nine months' flow (set aside or a stock, never January–September's)."""
    result = examine(head("Gia Lai", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN") + [
        ["TT", "Nội dung", "ĐVT", "Lũy kế đến tháng 9/2024"], ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 210]],
        name="r.xlsx")
    assert not any(k[3] == "2024-01/2024-09" for k in facts(result)), facts(result)


def test_a_column_of_a_contests_final_without_its_rounds_word_is_set_aside():
    """WRONG: "Năm 2023 | Chung kết 2024": the final's 12 products stored as 2024's. The column is set aside."""
    result = examine(head("Gia Lai", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN") + [
        ["TT", "Nội dung", "ĐVT", "Năm 2023", "Chung kết 2024"], ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 30, 12]],
        name="r.xlsx")
    assert taken(result) == {("64", "63", "ocop_products", "2023", "actual"): 30}


# --- 5. a figure typed with its sentence's full stop in a value cell ------------------------------------------------

def _nghe_an(*rows: list, column: str = "Năm 2024"):
    """Nghệ An's report on 2024: "TT | Nội dung | ĐVT | `column`", the OCOP row and `rows`."""
    return examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["TT", "Nội dung", "ĐVT", column], ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 25], *rows], name="r.xlsx")


@pytest.mark.parametrize("typed, value", [("34.", 34), ("7;", 7), ("1.250.", 1250)])
def test_a_figure_with_its_full_stop_in_a_value_cell_is_read(typed, value):
    """LOST (blind81's class, reverted at landing): "Nhiệm vụ KH&CN được nghiệm thu | 34." (typed in haste, the
    sentence's full stop after the figure) was "words around a number" — a table typed so lost every figure. In a
    value cell of a matched row the one closing stop ends the sentence: 34 (etl/walk.py _parse_with_its_full_stop)."""
    got = taken(_nghe_an(ACCEPTED + [typed]))
    assert got[("40", "63", "tasks_accepted", "2024", "actual")] == value, got


def test_a_rate_with_its_full_stop_in_a_value_cell_is_read():
    """LOST: "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến | % | 96,5 %." — the rate, 96,5."""
    got = taken(_nghe_an(["2", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%", "96,5 %."]))
    assert got[("40", "63", "online_dossier_rate", "2024", "actual")] == 96.5, got


@pytest.mark.parametrize("typed", ["34..", "2.1.", "II.", "Đã nghiệm thu 34."])
def test_probe_item_numbers_and_words_in_a_value_cell_stay_no_figure(typed):
    """Where it must not fire: a stop typed twice ("34.."), an item's number ("2.1.", "II."), words with the figure
    ("Đã nghiệm thu 34." as without its stop) stay set aside — only the OCOP row is stored."""
    result = _nghe_an(ACCEPTED + [typed])
    assert {k[2] for k in taken(result)} == {"ocop_products"}, typed
    assert "D8" in reasons(result), reasons(result)


def test_probe_a_caption_numbered_like_a_figure_stays_a_caption():
    """Where it must not fire (why blind81's rule was reverted): the Ministry's comparison of provinces, two tables on
    one sheet, the second's caption "2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)" — a caption, its table the budget's:
    each table's figures are their own caption's indicator."""
    header = ["Năm", "Ninh Thuận", "Sơn La", "Kon Tum", "Bình Thuận", "Bình quân 4 tỉnh", "Ghi chú"]
    rows = [["BỘ KHOA HỌC VÀ CÔNG NGHỆ - VĂN PHÒNG"], [MARK], [], ["SO SÁNH MỘT SỐ CHỈ TIÊU GIỮA 4 TỈNH GIAI ĐOẠN 2023 - 2024"],
            [], ["1. Sản phẩm OCOP được công nhận (sản phẩm)"], header, [2023, 35, 53, 28, 52, 42], [2024, 41, 60, 33, 47, 45.25],
            ["Tăng bình quân/năm (%)", 17.1, 13.2, 17.9, -9.6], [],
            ["2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)"], header, [2023, 31.4, 41, 24.6, 42.8, 34.95],
            [2024, 34.2, 44.6, 26.9, 45.1, 37.7], ["Tăng bình quân/năm (%)", 8.9, 8.8, 9.3, 5.4]]
    got = taken(examine(rows, name="so_sanh.xlsx"))
    assert got[("14", "63", "ocop_products", "2023", "actual")] == 53, got
    assert got[("14", "63", "st_budget", "2023", "actual")] == 41, got
