"""wrong49 (issue #8, "a wrong number is worse than a missing one"): readings that stored a wrong number on main — a
region's compilation stored as the sending province's, another sector's researchers stored as the province's, a
tidy row of a difference that refused the whole file, a column of the share of a plan over counts, a province-wide
rate of online services stored as the department's — each with the smallest realistic report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is) and the honest neighbours that must keep
reading the same."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, reasons, taken

NGHE_AN, DAK_LAK, AN_GIANG = "40", "66", "91"
COUNT = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]
ACCEPTED = ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]
OCOP = ["2", "Sản phẩm OCOP được công nhận", "sản phẩm"]
NGHE_AN_30 = {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 30}


# --- 1. a region's compilation sent by one department --------------------------------------------------------------

def _under(title: str, with_committee: bool, province: str = "Nghệ An"):
    """`title` over one "Số lượng" column under the department of `province` (its committee above, or in one line)."""
    top = ([[f"UBND TỈNH {province.upper()}"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]] if with_committee
           else [[f"SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH {province.upper()}"]])
    return examine(top + [[MARK], [title], [], COUNT, ACCEPTED + [30]], name="report.xlsx")


@pytest.mark.parametrize("title, province", [
    ("TỔNG HỢP SỐ LIỆU KH&CN CỦA CÁC TỈNH BẮC TRUNG BỘ NĂM 2024", "Nghệ An"),
    ("SỐ LIỆU KH&CN VÙNG BẮC TRUNG BỘ NĂM 2024", "Nghệ An"),
    ("SỐ LIỆU KH&CN TOÀN VÙNG BẮC TRUNG BỘ NĂM 2024", "Nghệ An"),
    ("SỐ LIỆU KH&CN VÙNG TÂY NGUYÊN NĂM 2024", "Đắk Lắk"),
    ("TỔNG HỢP KẾT QUẢ KH&CN KHU VỰC TÂY NGUYÊN NĂM 2024", "Đắk Lắk"),
    ("Tổng hợp số liệu KH&CN các tỉnh Tây Nguyên năm 2024", "Đắk Lắk"),
    ("SỐ LIỆU KH&CN CÁC TỈNH ĐỒNG BẰNG SÔNG CỬU LONG NĂM 2024", "Đắk Lắk"),
    ("SỐ LIỆU KH&CN CÁC TỈNH TRONG VÙNG BẮC TRUNG BỘ NĂM 2024", "Nghệ An"),
    ("SỐ LIỆU KH&CN CÁC TỈNH VÙNG DUYÊN HẢI MIỀN TRUNG NĂM 2024", "Nghệ An"),
])
@pytest.mark.parametrize("with_committee", [True, False])
def test_a_regions_compilation_is_no_senders(title, province, with_committee):
    """WRONG: "TỔNG HỢP SỐ LIỆU KH&CN CỦA CÁC TỈNH BẮC TRUNG BỘ NĂM 2024" (or "SỐ LIỆU KH&CN VÙNG TÂY NGUYÊN") under
    one department over one column: the region's sum was stored as the sending province's 2024 figure. The region's
    figure is no province's: set aside saying the title names several provinces."""
    got = _under(title, with_committee, province)
    assert facts(got) == {}, facts(got)
    assert "nêu nhiều tỉnh" in reasons(got), reasons(got)


@pytest.mark.parametrize("title", [
    "SỐ LIỆU KH&CN TỈNH NGHỆ AN NĂM 2024", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024",
    # the region named after a comparison, in a programme's or a meeting's name, or no region of provinces
    "KẾT QUẢ CỦA TỈNH NGHỆ AN SO VỚI CÁC TỈNH BẮC TRUNG BỘ NĂM 2024",
    "KẾT QUẢ KH&CN NĂM 2024 (XẾP THỨ 2 TRONG VÙNG BẮC TRUNG BỘ)",
    "KẾT QUẢ CHƯƠNG TRÌNH PHÁT TRIỂN VÙNG BẮC TRUNG BỘ NĂM 2024",
    "BÁO CÁO TẠI HỘI NGHỊ GIAO BAN KH&CN VÙNG BẮC TRUNG BỘ NĂM 2024",
    "BÁO CÁO PHỤC VỤ HỘI NGHỊ LIÊN KẾT VÙNG BẮC TRUNG BỘ NĂM 2024",
    "KẾT QUẢ KH&CN VÙNG DÂN TỘC THIỂU SỐ NĂM 2024", "KẾT QUẢ KH&CN KHU VỰC MIỀN NÚI NĂM 2024",
    # the sender's province named beside its region: its own figures
    "SỐ LIỆU KH&CN TỈNH NGHỆ AN - VÙNG BẮC TRUNG BỘ NĂM 2024",
    # the words alone, no region named: as before
    "SỐ LIỆU KH&CN CÁC ĐỊA PHƯƠNG NĂM 2024"])
@pytest.mark.parametrize("with_committee", [True, False])
def test_probe_a_title_merely_naming_a_region_reads_as_before(title, with_committee):
    assert taken(_under(title, with_committee)) == NGHE_AN_30


@pytest.mark.parametrize("title", ["SỐ LIỆU KH&CN CỦA CÁC TỈNH AN GIANG, KIÊN GIANG (CŨ) 6 THÁNG CUỐI NĂM 2025",
                                   "SỐ LIỆU KH&CN HAI TỈNH AN GIANG VÀ KIÊN GIANG 6 THÁNG CUỐI NĂM 2025",
                                   "TỔNG HỢP SỐ LIỆU KH&CN HAI TỈNH CŨ 6 THÁNG CUỐI NĂM 2025",
                                   "SỐ LIỆU KH&CN 6 THÁNG CUỐI NĂM 2025 CÁC ĐỊA PHƯƠNG TRONG VÙNG"])
def test_probe_the_senders_own_former_provinces_together_are_the_new_provinces(title):
    """After the merger the former provinces' sum IS the new province's figure (wrong47's rule refused batch 31r's
    honest file titled "… CÁC ĐỊA PHƯƠNG TRONG VÙNG" over the former provinces' rows)."""
    got = examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH AN GIANG"], [MARK], [title], [], COUNT, OCOP + [50]],
                  name="report.xlsx")
    assert taken(got) == {(AN_GIANG, "34", "ocop_products", "2025-S2", "actual"): 50}


def test_probe_a_regions_columns_give_each_province_its_own():
    """Columns naming each province under the region's title give each its own; the region's total is no one's."""
    got = taken(examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN"], [MARK],
                         ["TỔNG HỢP SỐ LIỆU KH&CN CÁC TỈNH BẮC TRUNG BỘ NĂM 2024"], [],
                         ["STT", "Chỉ tiêu", "ĐVT", "Nghệ An", "Hà Tĩnh", "Toàn vùng"], ACCEPTED + [30, 20, 50]],
                        name="report.xlsx"))
    assert got == {**NGHE_AN_30, ("42", "63", "tasks_accepted", "2024", "actual"): 20}


# --- 2. another sector's part of the researchers ------------------------------------------------------------------

def _researchers(label: str):
    """Nghệ An's 2024 report: the OCOP products, then `label` with 120 people at the year's end."""
    return examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                   + [COUNT[:3] + ["Năm 2024"], OCOP + [30], ["3", label, "người", 120]], name="report.xlsx")


@pytest.mark.parametrize("label", ["Số cán bộ y tế tham gia nghiên cứu khoa học",
                                   "Số cán bộ ngành y tế tham gia nghiên cứu khoa học",
                                   "Số nhân viên y tế tham gia nghiên cứu khoa học",
                                   "Số bác sĩ tham gia nghiên cứu khoa học",
                                   "Số giáo viên tham gia nghiên cứu khoa học",
                                   "Số người tham gia nghiên cứu khoa học (ngành y tế)",
                                   "Cán bộ ngành giáo dục tham gia nghiên cứu khoa học",
                                   "Số cán bộ ngành nông nghiệp tham gia nghiên cứu khoa học"])
def test_another_sectors_part_of_the_researchers_is_no_count_of_them(label):
    """WRONG: "Số cán bộ y tế tham gia nghiên cứu khoa học | 120" (the health sector's staff taking part in research,
    an annex's health row) was stored as the province's researchers at the end of 2024: another sector's part."""
    got = _researchers(label)
    assert {k[2] for k in taken(got)} == {"ocop_products"}, facts(got)


@pytest.mark.parametrize("label", ["Số người tham gia nghiên cứu khoa học", "Nhân lực nghiên cứu khoa học",
                                   "Số người làm nghiên cứu khoa học", "Người tham gia hoạt động nghiên cứu khoa học"])
def test_probe_the_provinces_researchers_read_as_before(label):
    assert {k[2]: v for k, v in taken(_researchers(label)).items()} == {"ocop_products": 30, "researchers": 120}


# --- 3. a tidy row whose period cell says a difference ---------------------------------------------------------------

ENTERPRISES = "Số doanh nghiệp được hỗ trợ hoạt động KH&CN"


def _tidy(period: str):
    """A tidy sheet (province | period | indicator | unit | value): the new Cần Thơ's 2025 and 2026, then a line whose
    period cell is `period`."""
    return examine([[MARK], ["Tỉnh/thành phố", "Kỳ báo cáo", "Chỉ tiêu", "Đơn vị tính", "Giá trị"],
                    ["Cần Thơ", "Năm 2025", ENTERPRISES, "Doanh nghiệp", 40],
                    ["Cần Thơ", "Năm 2026", ENTERPRISES, "Doanh nghiệp", 47],
                    ["Cần Thơ", period, ENTERPRISES, "Doanh nghiệp", 7]], name="cantho_2025_2026.xlsx")


@pytest.mark.parametrize("period", ["Chênh lệch 2026-2025", "Chênh lệch 2026 - 2025", "Chênh lệch 2026/2025",
                                    "Tăng/giảm 2026 so với 2025", "Tăng, giảm 2026 so với 2025",
                                    "Tăng (+), giảm (-) năm 2026 so với năm 2025", "Chênh lệch năm 2026 so với năm 2025",
                                    "Biến động 2026-2025", "Biến động 2026 so với 2025"])
def test_a_tidy_rows_difference_is_set_aside_and_the_rest_read(period):
    """REFUSED: a tidy file whose period cell says a difference ("Chênh lệch 2026-2025", "Tăng/giảm 2026 so với
    2025") was refused whole ("không đọc được kỳ"): that row alone is no period's figure — set aside saying its
    words, the two years read."""
    got = _tidy(period)
    assert {(p, v) for (_, _, i, p, _), v in taken(got).items()} == {("2025", 40), ("2026", 47)}
    assert period in reasons(got), reasons(got)


@pytest.mark.parametrize("period, want", [("Năm 2024", "2024"), ("Giai đoạn 2021-2024", "2021/2024"),
                                          ("2021-2024", "2021/2024")])
def test_probe_a_tidy_rows_plain_period_reads_as_before(period, want):
    """A span of years ("Giai đoạn 2021-2024", "2021-2024") is a period, no difference: read as before."""
    got = taken(_tidy(period))
    assert got[("92", "34", "enterprises_supported", "2026", "actual")] == 47
    assert [k[3] for k, v in got.items() if v == 7] == [want]


# --- 4. a column of the share of a plan reached, over counts -----------------------------------------------------------

LEVEL4 = "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4"


def _columns(*headers: str, values=((50, 94), (30, 88), (90, 96))):
    """Nghệ An's 2026 report: two count rows and a rate's row under "Kế hoạch 2026" and `headers`."""
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", *headers],
        ["1", ENTERPRISES, "Doanh nghiệp", *values[0]],
        ["2", "Sáng kiến được công nhận", "Sáng kiến", *values[1]],
        ["3", LEVEL4, "%", *values[2]]]
    return examine(rows, name="report.xlsx")


@pytest.mark.parametrize("header", ["Năm 2026 (ước đạt %)", "Ước đạt 2026 (% KH)", "Ước đạt năm 2026 (% KH)",
                                    "Năm 2026 (% KH)", "Ước TH 2026 (% so KH)", "Năm 2026 (ước đạt % KH)",
                                    "Ước đạt 2026 (%KH)", "Năm 2026 (đạt % KH)"])
def test_a_column_of_the_share_of_the_plan_is_no_count_nor_plan(header):
    """WRONG: "Kế hoạch 2026 | Năm 2026 (ước đạt %)" over "Số doanh nghiệp được hỗ trợ | 50 | 94" stored 94 as a plan
    (or the estimate) of 2026's enterprises — the share of the plan reached. Set aside; the plan kept."""
    got = facts(_columns(header))
    counts = {(i, m, v) for (_, _, i, p, m), v in got.items() if i != "tthc_level4_rate"}
    assert counts == {("enterprises_supported", "plan", 50), ("initiatives_recognized", "plan", 30)}, got


@pytest.mark.parametrize("header, status", [("Ước đạt năm 2026", "estimated"), ("Thực hiện năm 2026", "reported")])
def test_probe_count_columns_of_the_year_read_as_before(header, status):
    got = _columns(header)
    assert {(i, m, v) for (_, _, i, p, m), v in taken(got).items() if i == "enterprises_supported"} == {
        ("enterprises_supported", "plan", 50), ("enterprises_supported", "actual", 94)}


@pytest.mark.parametrize("header", ["Năm 2026 (ước đạt %)", "Ước đạt năm 2026 (%)"])
def test_probe_a_rates_row_under_a_percent_column_is_its_figure(header):
    got = facts(_columns(header))
    assert [v for (_, _, i, p, m), v in got.items() if i == "tthc_level4_rate" and m == "actual"] == [96]


# --- 5. the province's online services beside the department's own -------------------------------------------------------

def _cchc(*rows: list):
    return examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2024")
                   + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], *rows], name="report.xlsx")


@pytest.mark.parametrize("label", ["Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình của tỉnh",
                                   "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình toàn tỉnh",
                                   "Tỷ lệ TTHC cung cấp DVC trực tuyến mức độ 4 trên địa bàn tỉnh",
                                   "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình của toàn tỉnh",
                                   "Tỷ lệ TTHC của tỉnh cung cấp DVC trực tuyến toàn trình"])
def test_the_provinces_online_services_alone_are_no_departments(label):
    """WRONG: "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình của tỉnh | 58,3" (every office's procedures, from the
    province's portal) given alone in the department's report was stored as the share of the DEPARTMENT's own
    procedures offered fully online (tthc_level4_rate's definition: "thuộc thẩm quyền của Sở")."""
    got = _cchc(OCOP + [30], ["3", label, "%", 58.3])
    assert {k[2] for k in taken(got)} == {"ocop_products"}, facts(got)
    assert "không phải của Sở" in reasons(got), reasons(got)


@pytest.mark.parametrize("label", ["Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình của tỉnh",
                                   "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình toàn tỉnh"])
def test_the_provinces_online_services_beside_the_departments_are_set_aside(label):
    """Beside the department's own 92,5 % the province's 58,3 % is set aside (never the department's), the own read."""
    got = _cchc(["1", "Tỷ lệ TTHC của Sở cung cấp DVC trực tuyến toàn trình", "%", 92.5], ["2", label, "%", 58.3])
    assert {(k[2], v) for k, v in taken(got).items()} == {("tthc_level4_rate", 92.5)}


@pytest.mark.parametrize("label", ["Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình",
                                   "Tỷ lệ TTHC của Sở cung cấp DVC trực tuyến toàn trình",
                                   "Tỷ lệ TTHC thuộc thẩm quyền của Sở cung cấp DVC trực tuyến mức độ 4",
                                   "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4",
                                   # the province owning a thing named before it, not the figure's scope
                                   "Tỷ lệ TTHC cung cấp DVC trực tuyến mức độ 4 trên Cổng dịch vụ công của tỉnh",
                                   "Tỷ lệ TTHC mức độ 4 so với tổng số TTHC của tỉnh"])
def test_probe_the_departments_own_share_reads_as_before(label):
    got = _cchc(OCOP + [30], ["3", label, "%", 92.5])
    assert {(k[2], v) for k, v in taken(got).items()} == {("ocop_products", 30), ("tthc_level4_rate", 92.5)}


def test_probe_the_provinces_dossier_rate_alone_stays_the_lead_decision():
    """fix53's decision, unchanged: the whole province's online DOSSIER rate given alone stands for the department's
    (many departments report only it)."""
    got = _cchc(OCOP + [30], ["3", "Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh", "%", 61.2])
    assert {(k[2], v) for k, v in taken(got).items()} == {("ocop_products", 30), ("online_dossier_rate", 61.2)}


def test_probe_a_regions_rows_give_each_province_its_own_and_the_total_is_no_ones():
    """Rows naming each province under the region's title: each its own; "Tổng cộng" (the region's) not stored."""
    got = taken(examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN"], [MARK],
                         ["TỔNG HỢP SỐ LIỆU KH&CN CÁC TỈNH BẮC TRUNG BỘ NĂM 2024"], [],
                         ["STT", "Tỉnh", "Nhiệm vụ KH&CN được nghiệm thu"], [None, None, "nhiệm vụ"],
                         ["1", "Nghệ An", 30], ["2", "Hà Tĩnh", 20], ["Tổng cộng", None, 50]], name="report.xlsx"))
    assert got == {**NGHE_AN_30, ("42", "63", "tasks_accepted", "2024", "actual"): 20}


# --- close relatives, found probing the same causes ----------------------------------------------------------------

@pytest.mark.parametrize("aside", ["(Các tỉnh vùng Bắc Trung Bộ)", "(Số liệu của các tỉnh Bắc Trung Bộ)"])
def test_a_regions_compilation_said_in_an_aside_is_no_senders(aside):
    """WRONG: "TỔNG HỢP SỐ LIỆU KH&CN NĂM 2024" over "(Các tỉnh vùng Bắc Trung Bộ)": a line that is one aside was
    skipped, the region's 30 stored as Nghệ An's."""
    got = examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN"], [MARK], ["TỔNG HỢP SỐ LIỆU KH&CN NĂM 2024"], [aside], [],
                   COUNT, ACCEPTED + [30]], name="report.xlsx")
    assert facts(got) == {} and "nêu nhiều tỉnh" in reasons(got), facts(got)


@pytest.mark.parametrize("aside", ["(Phục vụ Hội nghị giao ban KH&CN vùng Bắc Trung Bộ)",
                                   "(Kèm theo Báo cáo số 45/BC-SKHCN ngày 10/01/2025)"])
def test_probe_an_aside_for_a_meeting_or_a_letter_reads_as_before(aside):
    got = examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN"], [MARK], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"],
                   [aside], [], COUNT, ACCEPTED + [30]], name="report.xlsx")
    assert taken(got) == NGHE_AN_30


@pytest.mark.parametrize("label, code", [("Nhiệm vụ KH&CN ngành y tế được nghiệm thu", "tasks_accepted"),
                                         ("Số nhiệm vụ KH&CN ngành nông nghiệp đang thực hiện", "tasks_managed"),
                                         ("Sáng kiến ngành y tế được công nhận", "initiatives_recognized")])
def test_another_sectors_tasks_or_initiatives_are_no_provinces(label, code):
    """WRONG: "Nhiệm vụ KH&CN ngành y tế được nghiệm thu | 12" stored as every task accepted in the province."""
    got = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                  + [COUNT[:3] + ["Năm 2024"], OCOP + [30], ["3", label, "", 12]], name="report.xlsx")
    assert code not in {k[2] for k in facts(got)}, facts(got)


@pytest.mark.parametrize("label, code", [("Số nhiệm vụ KH&CN được nghiệm thu", "tasks_accepted"),
                                         ("Số đề tài, dự án được nghiệm thu", "tasks_accepted"),
                                         ("Số nhiệm vụ KH&CN đang thực hiện", "tasks_managed"),
                                         ("Sáng kiến được công nhận", "initiatives_recognized")])
def test_probe_the_provinces_tasks_and_initiatives_read_as_before(label, code):
    got = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                  + [COUNT[:3] + ["Năm 2024"], OCOP + [30], ["3", label, "", 12]], name="report.xlsx")
    assert taken(got)[(NGHE_AN, "63", code, "2024", "actual")] == 12


@pytest.mark.parametrize("text", ["Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình của tỉnh đạt 58,3%.",
                                  "Toàn tỉnh có 58,3% TTHC được cung cấp dịch vụ công trực tuyến toàn trình."])
def test_the_provinces_online_services_in_a_sentence_are_no_departments(text):
    """WRONG: the sentence stored the province's 58,3 % as the department's share of procedures fully online."""
    got = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2024") + [["1", OCOP[1], "sản phẩm", 30],
                                                                                 [text]], name="report.xlsx")
    assert "tthc_level4_rate" not in {k[2] for k in facts(got)}, facts(got)


@pytest.mark.parametrize("text", ["Tỷ lệ TTHC của Sở cung cấp DVC trực tuyến toàn trình đạt 92,5%.",
                                  "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4 đạt 92,5%."])
def test_probe_the_departments_share_in_a_sentence_reads_as_before(text):
    got = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2024") + [[text]], name="report.xlsx")
    assert taken(got) == {(NGHE_AN, "63", "tthc_level4_rate", "2024-12-31", "actual"): 92.5}
