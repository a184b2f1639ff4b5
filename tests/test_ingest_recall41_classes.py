"""recall41 (issue #8, recall at first sight): honest figures lost — set aside, unread, or the file refused whole —
though a statistician reads them at a glance; each class with the smallest realistic report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it the near misses that
must stay set aside (precision first: never a wrong number for a found one)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, facts, head, reasons, taken

GIA_LAI = "52"


# --- 1. an area named by the side of the province and the former province it covers ---------------------------

OCOP_TO_2025 = "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP ĐẾN 31/12/2025"
EAST = "Khu vực phía Đông (địa bàn Bình Định cũ)"
WEST = "Khu vực phía Tây (địa bàn Gia Lai cũ)"
AT = "2025-12-31"


def _by_side(east: str = EAST, west: str = WEST):
    """The new Gia Lai's OCOP stock at 31/12/2025 by area (batch 66): "Khu vực" merged down over the stars' row,
    the stars under "Sản phẩm OCOP còn hiệu lực đến 31/12/2025", the province's row last."""
    return examine(head("Gia Lai", OCOP_TO_2025) + [
        ["TT", "Khu vực", "Sản phẩm OCOP còn hiệu lực đến 31/12/2025", None, None, None],
        [None, None, "3 sao", "4 sao", "5 sao", "Tổng"],
        ["1", east, 286, 64, 2, 352], ["2", west, 171, 38, 0, 209], [None, "Toàn tỉnh", 457, 102, 2, 561]],
        merges=("A6:A7", "B6:B7", "C6:F6"))


STOCK = {(GIA_LAI, "34", "ocop_products_3star_total", AT, "actual"): 457,
         (GIA_LAI, "34", "ocop_products_4star_total", AT, "actual"): 102,
         (GIA_LAI, "34", "ocop_products_5star_total", AT, "actual"): 2,
         (GIA_LAI, "34", "ocop_products_total", AT, "actual"): 561}


def test_an_area_named_by_its_side_and_the_former_province_it_covers_is_that_provinces_area():
    """REFUSED: the new Gia Lai's OCOP stock by "Khu vực phía Đông (địa bàn Bình Định cũ)", "Khu vực phía Tây
    (địa bàn Gia Lai cũ)" and "Toàn tỉnh" (batch 66) was read as no table — "không tìm thấy chỉ tiêu nào", the
    province's 561 products lost. Each area is the former province it covers: after the merger its share (set
    aside, with why), "Toàn tỉnh" the new province's stock."""
    got = _by_side()
    assert taken(got) == STOCK
    assert "phần của địa bàn tỉnh cũ" in reasons(got)


def test_the_note_without_dia_ban_reads_the_same():
    assert taken(_by_side("Khu vực phía Đông (Bình Định cũ)", "Khu vực phía Tây (Gia Lai cũ)")) == STOCK


@pytest.mark.parametrize("east, west", [
    # a part of a former province, no side of the new one: no former province's area
    ("Khu vực miền núi (địa bàn Gia Lai cũ)", "Khu vực đồng bằng (địa bàn Gia Lai cũ)"),
    # a side with no former province in its note
    ("Khu vực phía Đông (cũ)", "Khu vực phía Tây (cũ)"),
    # the province named without "cũ": which territory is not said
    ("Khu vực phía Đông (địa bàn Bình Định)", "Khu vực phía Tây (địa bàn Gia Lai)"),
])
def test_probe_areas_that_name_no_former_province_stay_unread(east, west):
    """Only a side of the merged province over the former province its note names ("(địa bàn X cũ)") is that
    province's area: a part of one, a side without a province, a province without "cũ" read nothing (as before)."""
    assert facts(_by_side(east, west)) == {}


# --- 4. a line opening with an earlier year in one cell, no list marker -------------------------------------

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
TWELVE_IN_2024 = {("40", "63", "tasks_accepted", "2024", "actual"): 12}


@pytest.mark.parametrize("cell", ["- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\nNăm 2023: 10",
                                  "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\n- Năm 2023: 10",
                                  "Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\nNăm 2023: 10 nhiệm vụ"])
@pytest.mark.parametrize("table", [True, False])
def test_last_years_line_in_the_cell_is_never_this_years_figure(cell, table):
    """WRONG: "- Nghiệm thu 12 nhiệm vụ KH&CN năm 2024\\nNăm 2023: 10" in one cell of a report on 2024 stored 2023's
    10 as the tasks accepted in 2024 (the 12 lost): the whole cell was read as one label before its last colon —
    in a table's label column with the list marker too (review40 checked a sheet of lines only, marked ones only).
    A line opening with its year alone after a line with a figure is a statement of its own: 12 is 2024's."""
    rows = [["STT", "Nội dung"], ["1", cell]] if table else [[cell]]
    assert taken(examine(head("Nghệ An", REPORT_2024) + rows)) == TWELVE_IN_2024


@pytest.mark.parametrize("cell, read", [
    # a label wrapped before its period: one label, its figure of 2024
    ("- Nghiệm thu nhiệm vụ KH&CN\nNăm 2024: 12", TWELVE_IN_2024),
    ("- Số nhiệm vụ KH&CN được nghiệm thu\nnăm 2024: 12", TWELVE_IN_2024),
    # a star in the label is no figure of its own when the next line does not open with a year
    ("- Sản phẩm OCOP 4 sao\nđược công nhận: 12", {("40", "63", "ocop_products_4star", "2024", "actual"): 12}),
])
def test_probe_a_label_wrapped_over_two_lines_is_still_one_label(cell, read):
    assert taken(examine(head("Nghệ An", REPORT_2024) + [["STT", "Nội dung"], ["1", cell]])) == read


# --- 6. "Tổng số sản phẩm OCOP" under a title on what is still valid -----------------------------------------

VALID_TO_2025 = "SẢN PHẨM OCOP CÒN HIỆU LỰC ĐẾN 31/12/2025"
COUNT = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]
TOTAL_ROW = ["1", "Tổng số sản phẩm OCOP", "sản phẩm", 412]
NGHE_AN_STOCK = {("40", "34", "ocop_products_total", AT, "actual"): 412}


def _valid(*rows, title=VALID_TO_2025):
    return examine(head("Nghệ An", title) + [*rows])


def test_the_products_under_a_title_on_what_is_still_valid_are_the_stock_at_its_date():
    """WRONG: "SẢN PHẨM OCOP CÒN HIỆU LỰC ĐẾN 31/12/2025" over "Tổng số sản phẩm OCOP | 412", "Trong đó: 4 sao | 60"
    (the title the only words over the table) stored the 412 products still valid as 412 recognized IN 2025, the
    60 as 4-star products recognized in the year: the title says every row counts what is still valid at its date
    (as a section heading saying so does since blind69) — the stock at 31/12/2025."""
    got = _valid(COUNT, TOTAL_ROW, ["2", "Trong đó: 4 sao", "sản phẩm", 60])
    assert taken(got) == {**NGHE_AN_STOCK, ("40", "34", "ocop_products_4star_total", AT, "actual"): 60}


def test_a_row_saying_it_counts_the_new_ones_keeps_its_own_words():
    """"Sản phẩm OCOP được công nhận mới năm 2025 | 96" under that title says what it counts: the year's new
    recognitions, as before."""
    got = _valid(COUNT, TOTAL_ROW, ["2", "Sản phẩm OCOP được công nhận mới năm 2025", "sản phẩm", 96])
    assert taken(got) == {**NGHE_AN_STOCK, ("40", "34", "ocop_products", "2025", "actual"): 96}


def test_probe_columns_of_their_own_years_under_the_title_are_set_aside_not_guessed():
    """"Năm 2024 | Năm 2025" under the title: the stock at each year's end, or the products of each year still
    valid at 31/12/2025? Not said — set aside with why (on base40 stored as the products recognized each year)."""
    got = _valid(["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"], ["1", "Tổng số sản phẩm OCOP", "sản phẩm", 380, 412])
    assert facts(got) == {}
    assert "tiêu đề bảng nói số “còn hiệu lực” tại một thời điểm" in reasons(got)


@pytest.mark.parametrize("title, header, row, read", [
    # columns naming the new and the valid ones say what each holds: the title decides nothing (as before)
    (VALID_TO_2025, ["STT", "Chỉ tiêu", "ĐVT", "Công nhận mới năm 2025", "Còn hiệu lực"],
     ["1", "Sản phẩm OCOP", "sản phẩm", 96, 412], None),
    # a title naming the new ones and the valid ones: no one of them for the rows (as before)
    ("SẢN PHẨM OCOP CÔNG NHẬN MỚI VÀ CÒN HIỆU LỰC ĐẾN 31/12/2025", COUNT, TOTAL_ROW, None),
    # tasks have no stock of what is still valid: the title says nothing of them
    (VALID_TO_2025, COUNT, ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
     {("40", "34", "tasks_accepted", "2025", "actual"): 12}),
])
def test_probe_the_title_changes_nothing_it_does_not_speak_of(title, header, row, read):
    got = _valid(header, row, title=title)
    assert not any(i.endswith("_total") for _, _, i, _, _ in facts(got))
    if read is not None:
        assert taken(got) == read


# --- 5. a self-assessed PII score is not the published index ------------------------------------------------

PII_TITLE = "KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII)"
PII_2024 = {("40", "63", "pii_score", "2024", "actual"): 45.2}
SELF = "tỉnh tự đánh giá, không phải số liệu công bố chính thức (như chỉ số PII do Bộ KH&CN công bố)"


@pytest.mark.parametrize("header", ["Năm 2025 (tự đánh giá)", "Tự đánh giá 2025", "Năm 2025 (tỉnh tự chấm điểm)"])
def test_a_self_assessed_column_is_set_aside_with_why(header):
    """WRONG: "Năm 2024 | Năm 2025 (tự đánh giá)" over "Điểm PII | 45,2 | 47,1" stored the province's own score
    of itself, 47,1, as its PII 2025 — the index is the Ministry's to publish. Set aside, the reason said;
    2024's published score read as before."""
    got = examine(head("Nghệ An", PII_TITLE) + [["STT", "Chỉ tiêu", "Năm 2024", header], ["1", "Điểm PII", 45.2, 47.1]])
    assert taken(got) == PII_2024
    assert SELF in reasons(got)


def test_a_self_assessed_row_is_set_aside_not_a_second_value():
    """REFUSED: "Điểm PII (tỉnh tự đánh giá) | 47,1" above "Điểm PII | 45,2" in one column of 2025 gave the PII two
    values and the honest file was refused; the self-assessment is set aside, the published 45,2 read."""
    got = examine(head("Nghệ An", PII_TITLE) + [["STT", "Chỉ tiêu", "Năm 2025"],
                                                ["1", "Điểm PII (tỉnh tự đánh giá)", 47.1], ["2", "Điểm PII", 45.2]])
    assert taken(got) == {("40", "34", "pii_score", "2025", "actual"): 45.2}
    assert SELF in reasons(got)


@pytest.mark.parametrize("line", ["- Chỉ số PII năm 2025 (tự đánh giá): 47,1 điểm",
                                  "Điểm PII năm 2025 theo kết quả tỉnh tự đánh giá đạt 47,1 điểm"])
def test_a_self_assessed_score_in_a_line_of_text_is_not_stored(line):
    got = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [[line], ["- Nghiệm thu 12 nhiệm vụ KH&CN"]])
    assert taken(got) == {("40", "34", "tasks_accepted", "2025", "actual"): 12}


@pytest.mark.parametrize("header", ["Năm 2025", "Năm 2025 (Bộ KH&CN đánh giá)", "PII 2025 (công bố)"])
def test_probe_the_published_score_is_read_as_before(header):
    got = examine(head("Nghệ An", PII_TITLE) + [["STT", "Chỉ tiêu", "Năm 2024", header], ["1", "Điểm PII", 45.2, 47.1]])
    assert taken(got) == {**PII_2024, ("40", "34", "pii_score", "2025", "actual"): 47.1}


# --- 7. IP support counted in "Lượt" or "Hồ sơ": decided to stay aside ---------------------------------------

@pytest.mark.parametrize("label, unit", [
    ("Hỗ trợ tổ chức, cá nhân đăng ký quyền sở hữu công nghiệp", "Lượt"),   # batch 66's new Gia Lai
    ("Hỗ trợ đăng ký bảo hộ sở hữu trí tuệ", "Hồ sơ"),                     # batch 66's new Khánh Hòa
])
def test_ip_support_counted_in_visits_or_files_is_no_count_of_applicants(label, unit):
    """Batch 66 expects "Hỗ trợ … đăng ký quyền sở hữu công nghiệp | Lượt | 45" and "… | Hồ sơ | 6" as the
    applicants supported (7 facts "missed"): the indicator counts organizations and people (metrics/indicators.toml
    ip_registrations_supported, unit "tổ chức, cá nhân"; review20a) — one applicant supported twice is two
    "lượt", one applicant's three marks three "hồ sơ". Decided: set aside, the unit named in the reason (as on
    base40); a count in the indicator's own unit is read."""
    got = examine(head("Gia Lai", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", label, unit, 45], ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12]])
    assert taken(got) == {("64", "63", "tasks_accepted", "2024", "actual"): 12}
    assert f"cột đơn vị tính ghi “{unit}”" in reasons(got)


def test_probe_ip_support_in_its_own_unit_is_read():
    got = examine(head("Gia Lai", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Hỗ trợ tổ chức, cá nhân đăng ký quyền sở hữu công nghiệp",
                                                "Tổ chức, cá nhân", 45]])
    assert taken(got) == {("64", "63", "ip_registrations_supported", "2024", "actual"): 45}


# --- 3. "Công nhận mới" over the stars: a stage, read where the row's label agrees -----------------------------

def _new_by_star(label: str, group: str = "Công nhận mới"):
    return examine(head("Nghệ An", REPORT_2024) + [
        ["STT", "Chỉ tiêu", "ĐVT", group, None, None, None], [None, None, None, "3 sao", "4 sao", "5 sao", "Cộng"],
        ["1", label, "sản phẩm", 30, 12, 0, 42]], merges=("A6:A7", "B6:B7", "C6:C7", "D6:G6"))


NEW_2024 = {("40", "63", f"ocop_products{part}", "2024", "actual"): v
            for part, v in (("_3star", 30), ("_4star", 12), ("_5star", 0), ("", 42))}


def test_the_new_recognitions_by_star_beside_the_products_are_the_years_products():
    """LOST: "Công nhận mới" merged over "3 sao | 4 sao | 5 sao | Cộng" beside the row "Sản phẩm OCOP" (the year's
    newly recognized products by star) read nothing: "Sản phẩm OCOP" read with the stage is the products recognized
    in the year — each star its part, "Cộng" the whole (as "Năm 2024" over them reads since recall39)."""
    assert taken(_new_by_star("Sản phẩm OCOP")) == NEW_2024


@pytest.mark.parametrize("label", ["Sản phẩm OCOP còn hiệu lực", "Sản phẩm OCOP được công nhận lại", "Số chủ thể OCOP"])
def test_probe_a_row_the_stage_does_not_agree_with_is_set_aside(label):
    """Beside a stock ("còn hiệu lực", the producers to date) or another stage ("công nhận lại"), "Công nhận mới"
    names another count than the row's: each cell set aside with why, never the row's indicator."""
    got = _new_by_star(label)
    assert facts(got) == {}
    assert "số “công nhận mới” không phải chỉ tiêu" in reasons(got)


def test_probe_another_stage_over_the_stars_stays_unread():
    assert facts(_new_by_star("Sản phẩm OCOP", group="Công nhận lại")) == {}
