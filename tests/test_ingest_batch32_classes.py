"""Figures typed in text cells (`etl/sentences.py`, read with `etl/prose.py`), one class per test, as
batch 32 of the workbook corpus (text-cell reports of the Red River delta, the North-West and the
Central Highlands, written blind) revealed them. Each report is built here with
`tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation: a figure taken only when nothing is guessed — and each
rule has probes where it must NOT fire (a part, another year, a plan, another province, a district)."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

_YEAR_2024 = "Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2024"
_HALF_2025 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2025"
_YEAR_2025 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025"


def _table(province: str, title: str, rows: list[list], header=("TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"),
           city: bool = False) -> list[list]:
    return head(province, title, city=city) + [list(header)] + rows


def _two_columns(province: str, title: str, rows: list[list]) -> list[list]:
    return head(province, title) + [["Nội dung", "Kết quả"]] + rows


def _lines(province: str, title: str, lines: list[str]) -> list[list]:
    return head(province, title) + [[x] for x in lines]


def test_a_part_is_never_its_whole():
    """Sơn La's news item "Hội đồng … đã xét 13 đề tài, trong đó 09 đề tài được đề nghị giao thực
    hiện": 9 was stored as the tasks managed (the part's own "thực hiện", no level) and the file was
    refused for its 29 tasks carried over "above" it. Neither the topics reviewed nor the part are
    tasks managed; the tasks managed stated with a part by level still are."""
    result = examine(_lines("Sơn La", "Tin hoạt động 5 tháng đầu năm 2023", [
        "Hội đồng tư vấn tuyển chọn đã xét 13 đề tài, trong đó 09 đề tài được đề nghị giao thực hiện.",
        "Tiếp tục triển khai thực hiện 29 nhiệm vụ KH&CN chuyển tiếp từ năm 2022 sang (bao gồm: 24 đề tài cấp "
        "tỉnh, 04 dự án thuộc Chương trình Nông thôn miền núi, 01 đề tài cấp quốc gia).",
    ]), name="sonla_5thang_2023.xlsx")
    got = taken(result)
    assert {k[2] for k in got} == {"tasks_carried_over", "tasks_carried_over_provincial",
                                   "tasks_carried_over_national"}
    assert 9 not in got.values() and 13 not in got.values()
    # probe: the programme's projects among the tasks carried over are not all it runs
    assert not any(k[2] == "tasks_managed_ntmn" for k in got)
    # the whole with its levels is still read
    got = taken(examine(_table("Nam Định", _YEAR_2024, [
        ["1", "Nhiệm vụ", "Năm 2024, Sở quản lý 64 nhiệm vụ KH&CN, trong đó cấp quốc gia 3, cấp tỉnh 52", None],
    ]), name="namdinh_2024.xlsx"))
    assert got[("36", "63", "tasks_managed", "2024", "actual")] == 64
    assert got[("36", "63", "tasks_managed_national", "2024", "actual")] == 3


def test_the_stars_in_brackets_break_down_the_products_recognized_not_the_stock():
    """Hà Nội's "Công nhận 118 sản phẩm OCOP (3 sao: 71, 4 sao: 45, 5 sao: 02); lũy kế đến nay toàn
    Thành phố có 3.012 sản phẩm OCOP còn hiệu lực": the later clause's "đến nay" made the stars the
    stock's (3 wrong numbers). A stock's own stars stay the stock's (probe)."""
    got = taken(examine(_table("Hà Nội", _YEAR_2024, [
        ["1", "OCOP", "Công nhận 118 sản phẩm OCOP (3 sao: 71, 4 sao: 45); lũy kế đến nay toàn Thành phố có 3.012 "
                      "sản phẩm OCOP còn hiệu lực, riêng huyện Chương Mỹ có 214 sản phẩm", None],
    ], city=True), name="hanoi_2024.xlsx"))
    assert got == {("01", "63", "ocop_products", "2024", "actual"): 118,
                   ("01", "63", "ocop_products_3star", "2024", "actual"): 71,
                   ("01", "63", "ocop_products_4star", "2024", "actual"): 45,
                   ("01", "63", "ocop_products_total", "2024-12-31", "actual"): 3012}
    # probe: the district's 214 is not the city's (above), and a stock's stars are the stock's
    got = taken(examine(_table("Nam Định", _YEAR_2024, [
        ["1", "OCOP", "Lũy kế đến nay toàn tỉnh có 412 sản phẩm OCOP còn hiệu lực (3 sao: 300; 4 sao: 112)", None],
    ]), name="namdinh_2024.xlsx"))
    assert got[("36", "63", "ocop_products_3star_total", "2024-12-31", "actual")] == 300
    assert not any(k[2] == "ocop_products_3star" for k in got)


def test_a_short_result_beside_its_rows_label_is_read():
    """"Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình | 100% (87/87 thủ tục)": three words,
    not read as a sentence; with its row's label it is one. Probe: a short cell with no label."""
    got = taken(examine(_two_columns("Thái Bình", _HALF_2025, [
        ["Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "100% (87/87 thủ tục)"],
    ]), name="thaibinh_6t_2025.xlsx"))
    assert got == {("34", "63", "tthc_level4_rate", "2025-06-30", "actual"): 100}
    # probe: the procedures' count 87 is no total of the department's procedures
    assert 87 not in got.values()


def test_a_bare_figure_after_a_label_and_its_colon_counts_what_the_label_names():
    """"- Chỉ dẫn địa lý được bảo hộ: 02 (Vải thiều Thanh Hà; Nước mắm Cát Hải)", "Chỉ dẫn địa lý được
    bảo hộ | 05 (Đà Lạt; Thanh long Bình Thuận; …)": the bare figure's noun is the label's, and the
    names in brackets are the things counted, not places (Bình Thuận made the figure another
    province's). Probes: a label of proposals, a district's label."""
    got = taken(examine(_two_columns("Lâm Đồng", _YEAR_2025, [
        ["Chỉ dẫn địa lý được bảo hộ", "05 (Đà Lạt; Thanh long Bình Thuận; Phan Thiết; Bảo Lộc; Di Linh)"],
    ]), name="lamdong_2025.xlsx"))
    assert got == {("68", "34", "ip_geographical_indications", "2025-12-31", "actual"): 5}
    got = taken(examine(_lines("Bình Phước", "BÁO CÁO TÓM TẮT KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU "
                                             "NĂM 2025", [
        "3. Sở hữu trí tuệ",
        "- Chỉ dẫn địa lý được bảo hộ: 01 (“Điều Bình Phước”)",
        "- Nhiệm vụ đề xuất đặt hàng: 41",
        "- Nhiệm vụ trên địa bàn huyện Bù Đăng: 05",
    ]), name="binhphuoc_6t_2025.xlsx"))
    assert got == {("70", "63", "ip_geographical_indications", "2025-06-30", "actual"): 1}


def test_a_span_before_the_colon_is_no_days_or_months_number():
    """"- Nhiệm vụ mới trong năm: 58", "Công nhận mới trong 6 tháng: 29 sản phẩm (3 sao: 25; 4 sao:
    04)", "Sản phẩm OCOP công nhận mới | Trong năm: 121 sản phẩm (…)": the figure after "trong năm:"
    was dropped as a year's number. Probes: the second half's plan, the next year's plan."""
    got = taken(examine(_two_columns("Thái Bình", _HALF_2025, [
        ["Sản phẩm OCOP được công nhận", "Công nhận mới trong 6 tháng: 29 sản phẩm (3 sao: 25; 4 sao: 04)"],
        ["Kế hoạch 6 tháng cuối năm", "Phấn đấu trong 6 tháng cuối năm: công nhận 30 sản phẩm OCOP"],
    ]), name="thaibinh_6t_2025.xlsx"))
    assert got == {("34", "63", "ocop_products", "2025-S1", "actual"): 29,
                   ("34", "63", "ocop_products_3star", "2025-S1", "actual"): 25,
                   ("34", "63", "ocop_products_4star", "2025-S1", "actual"): 4}
    got = taken(examine(_two_columns("Lâm Đồng", _YEAR_2025, [
        ["Sản phẩm OCOP công nhận mới", "Trong năm: 121 sản phẩm (3 sao: 97; 4 sao: 22)"],
        ["Kế hoạch năm 2026", "Phấn đấu trong năm 2026: công nhận mới 130 sản phẩm OCOP"],
    ]), name="lamdong_2025.xlsx"))
    assert got == {("68", "34", "ocop_products", "2025", "actual"): 121,
                   ("68", "34", "ocop_products_3star", "2025", "actual"): 97,
                   ("68", "34", "ocop_products_4star", "2025", "actual"): 22}
    got = taken(examine(_lines("Hải Phòng", "BÁO CÁO TÓM TẮT KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025", [
        "1. Quản lý nhiệm vụ khoa học và công nghệ",
        "- Nhiệm vụ mới trong năm: 58",
    ]), name="haiphong_2025.xlsx"))
    assert got == {("31", "34", "tasks_new", "2025", "actual"): 58}


def test_the_share_in_brackets_after_a_count_of_procedures_is_the_rate():
    """"- Số TTHC cung cấp DVC trực tuyến toàn trình: 96/96 thủ tục (100%)": the bracket's percent was
    dropped as a list marker. Probes: a share of dossiers handled on time, products."""
    got = taken(examine(_lines("Hải Phòng", "BÁO CÁO TÓM TẮT KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025", [
        "4. Cải cách hành chính",
        "- Số TTHC cung cấp DVC trực tuyến toàn trình: 96/96 thủ tục (100%)",
        "- Giải quyết hồ sơ TTHC đúng hạn: 1.250/1.250 hồ sơ (100%)",
    ]), name="haiphong_2025.xlsx"))
    assert got == {("31", "34", "tthc_level4_rate", "2025-12-31", "actual"): 100}


def test_a_bracket_with_its_own_span_neither_dates_the_figure_nor_is_lost():
    """The new Lâm Đồng's "95,2% (6 tháng đầu năm, tỉnh Lâm Đồng (cũ): 83,6%)": 95,2 was stored as the
    former Lâm Đồng's first half; it is the new province's year, 83,6 the former province's own half.
    Thái Bình's "89,7% (cùng kỳ năm 2024: 80,2%)": 80,2 is the first half of 2024. Probes: another
    former province's half is not the sheet's province's; a share of a stock by former province."""
    got = taken(examine(_two_columns("Lâm Đồng", _YEAR_2025, [
        ["Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "95,2% (6 tháng đầu năm, tỉnh Lâm Đồng (cũ): 83,6%)"],
        ["Sản phẩm OCOP còn hiệu lực",
         "Lũy kế đến nay toàn tỉnh có 889 sản phẩm; trong đó địa bàn Đắk Nông (cũ) 214, Bình Thuận (cũ) 268"],
    ]), name="lamdong_2025.xlsx"))
    assert got[("68", "34", "online_dossier_rate", "2025", "actual")] == 95.2
    assert got[("68", "63", "online_dossier_rate", "2025-S1", "actual")] == 83.6
    assert 214 not in got.values() and 268 not in got.values()
    got = taken(examine(_two_columns("Lâm Đồng", _YEAR_2025, [
        ["Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "95,2% (6 tháng đầu năm, tỉnh Đắk Nông (cũ): 80,1%)"],
    ]), name="lamdong_2025.xlsx"))
    assert got == {("68", "34", "online_dossier_rate", "2025", "actual"): 95.2}
    got = taken(examine(_two_columns("Thái Bình", _HALF_2025, [
        ["Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "89,7% (cùng kỳ năm 2024: 80,2%)"],
    ]), name="thaibinh_6t_2025.xlsx"))
    assert got == {("34", "63", "online_dossier_rate", "2025-S1", "actual"): 89.7,
                   ("34", "63", "online_dossier_rate", "2024-S1", "actual"): 80.2}


def test_several_years_figures_in_one_sentence_are_each_years():
    """Hà Nội's "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến năm 2024 đạt 94,6%, năm 2023 đạt 87,2% và năm
    2022 đạt 71,5%": 94,6 was read as 2023's and dropped; 87,2 and 71,5 were missed. Probes: an
    earlier year alone in a cell is not taken (the sentence must state the sheet's year too), a plan's
    sentence gives nothing, "lần lượt" pairs are not guessed."""
    got = taken(examine(_table("Hà Nội", _YEAR_2024, [
        ["1", "Hồ sơ", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến năm 2024 đạt 94,6%, năm 2023 đạt 87,2% và năm 2022 "
                       "đạt 71,5%", None],
        ["2", "OCOP", "Năm 2023 công nhận 61 sản phẩm OCOP", None],
        ["3", "Kế hoạch", "Năm 2025 phấn đấu công nhận 100 sản phẩm OCOP, năm 2023 đạt 61 sản phẩm", None],
        ["4", "OCOP các năm", "Các năm 2022, 2023 Thành phố lần lượt công nhận 61 và 68 sản phẩm OCOP", None],
    ], city=True), name="hanoi_2024.xlsx"))
    assert got == {("01", "63", "online_dossier_rate", "2024", "actual"): 94.6,
                   ("01", "63", "online_dossier_rate", "2023", "actual"): 87.2,
                   ("01", "63", "online_dossier_rate", "2022", "actual"): 71.5}


def test_a_programmes_part_is_never_the_whole():
    """"Chương trình 1: 15 nhiệm vụ; Chương trình 2: 11 nhiệm vụ", "Đề án 844: hỗ trợ 6 doanh nghiệp
    khởi nghiệp; Chương trình nâng cao năng suất: 11 doanh nghiệp" (two programmes, no total): no
    figure is the province's whole (probes for the rules above: none stored)."""
    got = taken(examine(_two_columns("Lâm Đồng", _YEAR_2025, [
        ["Nhiệm vụ KH&CN đang quản lý", "213 nhiệm vụ (09 cấp quốc gia, 178 cấp tỉnh, 26 cấp cơ sở)"],
        ["Chương trình KH&CN trọng điểm của tỉnh", "Chương trình 1: 15 nhiệm vụ; Chương trình 2: 11 nhiệm vụ"],
        ["Doanh nghiệp được hỗ trợ",
         "Đề án 844: hỗ trợ 6 doanh nghiệp khởi nghiệp; Chương trình nâng cao năng suất: 11 doanh nghiệp"],
    ]), name="lamdong_2025.xlsx"))
    assert got[("68", "34", "tasks_managed", "2025", "actual")] == 213
    assert not {15, 11, 6} & set(got.values())
    assert not any(k[2] == "enterprises_supported" for k in got)


# --- review19b: each rule above stored a wrong figure in a case it must not fire in ---

def _stored(rows: list[list], name: str) -> dict:
    result = examine(rows, name=name)
    return taken(result) if result.accepted else {}


def test_a_bracket_after_a_bare_figure_that_is_no_list_of_names_keeps_the_figure_out():
    """"- Sản phẩm OCOP được công nhận: 203 (lũy kế)" (a total to date), "…: 60 (kế hoạch)", "(dự kiến)"
    (a plan), "…: 12 (Mộc Châu)" (a district's), "…: 120 (ngành giáo dục)" (a sector's), "…: 45 (chuyển
    tiếp từ các năm trước)": each was stored as the province's figure of the year. Names of the things
    counted, between ";" or quoted, still leave the figure read."""
    for line in ["- Sản phẩm OCOP được công nhận: 203 (lũy kế)", "- Sản phẩm OCOP được công nhận: 60 (kế hoạch)",
                 "- Sản phẩm OCOP được công nhận: 60 (dự kiến)", "- Sản phẩm OCOP được công nhận: 12 (Mộc Châu)",
                 "- Sáng kiến được công nhận: 120 (ngành giáo dục)", "- Sáng kiến được công nhận: 120 (Điện Biên)",
                 "- Nhiệm vụ KH&CN đang triển khai: 45 (chuyển tiếp từ các năm trước)"]:
        assert _stored(_lines("Sơn La", _YEAR_2024, [line]), "sonla_2024.xlsx") == {}, line
    got = _stored(_lines("Sơn La", _YEAR_2024, ["- Chỉ dẫn địa lý được bảo hộ: 02 (Cà phê Sơn La; Xoài Yên Châu)"]),
                  "sonla_2024.xlsx")
    assert list(got.values()) == [2] and next(iter(got))[2] == "ip_geographical_indications"
    # the figure spelled out in brackets repeats it: "(năm)" is no span
    got = _stored(_lines("Nam Định", _YEAR_2024.upper(), ["Tổ chức đánh giá, nghiệm thu 05 (năm) nhiệm vụ cấp tỉnh."]),
                  "nd.xlsx")
    assert got == {("36", "63", "tasks_accepted_provincial", "2024", "actual"): 5}


def test_a_bracket_with_a_total_to_a_date_or_a_part_gives_no_figure_and_dates_nothing():
    """"120 sáng kiến (lũy kế đến năm 2023: 630)", "(đến hết năm 2023: 630)", "Năm 2024 công nhận 256
    sáng kiến, đến hết năm 2023 công nhận 630 sáng kiến": 630 was stored as 2023's count;
    "95,2% (6 tháng đầu năm, huyện Bảo Lâm: 83,6%)", "(…, TP. Đà Lạt: 83,6%)" as the former Lâm Đồng's
    half, "89,7% (huyện Mộc Châu cùng kỳ năm 2024: 80,2%)" as Sơn La's 2024. The figure before the
    bracket is still read; the province's own bracket still is."""
    for cell in ["120 sáng kiến (lũy kế đến năm 2023: 630)", "120 sáng kiến (đến hết năm 2023: 630)"]:
        got = _stored(_two_columns("Sơn La", _YEAR_2024.upper(), [["Sáng kiến được công nhận", cell]]), "sl.xlsx")
        assert got == {("14", "63", "initiatives_recognized", "2024", "actual"): 120}, cell
    got = _stored(_table("Hà Nội", _YEAR_2024, [["1", "Sáng kiến", "Năm 2024 công nhận 256 sáng kiến, đến hết năm "
                                                 "2023 công nhận 630 sáng kiến", None]], city=True), "hn.xlsx")
    assert got == {("01", "63", "initiatives_recognized", "2024", "actual"): 256}
    rate = "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến"
    for cell in ["95,2% (6 tháng đầu năm, huyện Bảo Lâm: 83,6%)", "95,2% (6 tháng đầu năm, TP. Đà Lạt: 83,6%)"]:
        got = _stored(_two_columns("Lâm Đồng", _YEAR_2025, [[rate, cell]]), "ld.xlsx")
        assert got == {("68", "34", "online_dossier_rate", "2025", "actual"): 95.2}, cell
    got = _stored(_two_columns("Sơn La", _HALF_2025, [[rate, "89,7% (huyện Mộc Châu cùng kỳ năm 2024: 80,2%)"]]),
                  "sl.xlsx")
    assert 80.2 not in got.values() and got[("14", "63", "online_dossier_rate", "2025-S1", "actual")] == 89.7
    got = _stored(_two_columns("Lâm Đồng", _YEAR_2025, [[rate, "95,2% (6 tháng đầu năm, tỉnh Lâm Đồng (cũ): 83,6%)"]]),
                  "ld.xlsx")
    assert got[("68", "63", "online_dossier_rate", "2025-S1", "actual")] == 83.6


def test_a_levels_share_in_brackets_after_a_fraction_is_no_provinces_rate():
    """"- Số TTHC cấp xã cung cấp DVC trực tuyến toàn trình: 40/52 thủ tục (77%)", "…: 48/137 thủ tục cấp
    xã (35%)": a level's share was stored as the province's rate; "96/96 thủ tục (100%)" still is."""
    for line in ["- Số TTHC cấp xã cung cấp DVC trực tuyến toàn trình: 40/52 thủ tục (77%)",
                 "- Số TTHC cung cấp DVC trực tuyến toàn trình: 48/137 thủ tục cấp xã (35%)"]:
        assert _stored(_lines("Hải Phòng", _YEAR_2025, [line]), "hp.xlsx") == {}, line
    got = _stored(_lines("Hải Phòng", _YEAR_2025, [
        "- Số TTHC cung cấp DVC trực tuyến toàn trình: 96/96 thủ tục (100%); riêng cấp xã: 40/52 thủ tục (77%)"]),
        "hp.xlsx")
    assert list(got.values()) == [100]


def test_a_short_result_beside_a_label_of_another_period_is_not_read():
    """"Sản phẩm OCOP được công nhận cùng kỳ năm trước | 38 sản phẩm" was stored as 2024's."""
    got = _stored(_two_columns("Thái Bình", _YEAR_2024.upper(), [
        ["Sản phẩm OCOP được công nhận cùng kỳ năm trước", "38 sản phẩm"]]), "tb.xlsx")
    assert 38 not in got.values()


def test_topics_judged_chosen_planned_or_a_districts_are_no_tasks_managed():
    """In a news item of 2023: "Hội đồng tư vấn đã họp đánh giá 9 đề tài thực hiện từ năm 2024." (a plan,
    proposals), "Đã thông báo kết quả: 9 đề tài trúng tuyển chủ trì thực hiện." (chosen, not run), "Sở
    đang theo dõi 9 đề tài của huyện Mộc Châu thực hiện." (a district's): each stored 9 as tasks managed."""
    for line in ["Hội đồng tư vấn đã họp đánh giá 9 đề tài thực hiện từ năm 2024.",
                 "Đã thông báo kết quả: 9 đề tài trúng tuyển chủ trì thực hiện.",
                 "Sở đang theo dõi 9 đề tài của huyện Mộc Châu thực hiện."]:
        assert _stored(_lines("Sơn La", "Tin hoạt động 5 tháng đầu năm 2023", [line]), "sl.xlsx") == {}, line


def test_tasks_carried_in_from_the_year_before_are_not_new():
    """"- Nhiệm vụ mới năm trước chuyển sang trong năm: 20" was stored as 2024's new tasks."""
    got = _stored(_lines("Sơn La", _YEAR_2024.upper(), ["- Nhiệm vụ mới năm trước chuyển sang trong năm: 20"]),
                  "sl.xlsx")
    assert not any(k[2] == "tasks_new" for k in got)


def test_a_span_before_the_colon_other_than_the_reports_keeps_a_sentences_figure_out():
    """In a sentence: "…; nhiệm vụ mới trong 3 năm: 58", "…; sáng kiến được công nhận trong 6 tháng: 58" (a
    report on the year): another span's figure, stored as the year's; "trong năm: 58" still is the year's."""
    lead = "Năm 2024, Sở tiếp tục quản lý các nhiệm vụ; "
    for tail in ["nhiệm vụ mới trong 3 năm: 58.", "sáng kiến được công nhận trong 6 tháng: 58.",
                 "nhiệm vụ KH&CN được nghiệm thu 6 tháng cuối năm: 20.", "sáng kiến được công nhận lũy kế 5 năm: 630."]:
        assert _stored(_lines("Sơn La", _YEAR_2024.upper(), [lead + tail]), "sl.xlsx") == {}, tail
    got = _stored(_lines("Sơn La", _YEAR_2024.upper(), [lead + "nhiệm vụ mới trong năm: 58."]), "sl.xlsx")
    assert got == {("14", "63", "tasks_new", "2024", "actual"): 58}


def test_a_span_before_the_colon_of_a_line_other_than_the_reports_keeps_its_figure_out():
    """One-cell lines in a report on 2024 — "- Sáng kiến được công nhận lũy kế 5 năm: 630", "- Nhiệm vụ
    mới trong 3 năm: 58", "- Sản phẩm OCOP được công nhận năm trước: 38" — were each stored as 2024's
    figure (the line reader, etl/walk.py `_read_text_lines`); "6 tháng cuối năm" of the year is its
    second half. Probes: "trong năm:", a stock "đến nay", a label's own year stay read."""
    for line in ["- Sáng kiến được công nhận lũy kế 5 năm: 630", "- Nhiệm vụ mới trong 3 năm: 58",
                 "- Sản phẩm OCOP được công nhận năm trước: 38", "- Nhiệm vụ mới trong 6 tháng: 58"]:
        assert _stored(_lines("Sơn La", _YEAR_2024.upper(), [line]), "sl.xlsx") == {}, line
    got = _stored(_lines("Sơn La", _YEAR_2024.upper(), ["- Nhiệm vụ KH&CN được nghiệm thu 6 tháng cuối năm: 20"]),
                  "sl.xlsx")
    assert got == {("14", "63", "tasks_accepted", "2024-S2", "actual"): 20}
    # probes: the report's own span, a stock to date, another year named
    got = _stored(_lines("Sơn La", _YEAR_2024.upper(), ["- Nhiệm vụ mới trong năm: 58",
                                                        "- Sản phẩm OCOP còn hiệu lực đến nay: 198",
                                                        "- Sản phẩm OCOP được công nhận năm 2023: 38"]), "sl.xlsx")
    assert got[("14", "63", "tasks_new", "2024", "actual")] == 58
    assert 198 in got.values()
    assert got.get(("14", "63", "ocop_products", "2023", "actual")) == 38 and 38 not in [
        v for k, v in got.items() if k[3] == "2024"]
    got = _stored(_lines("Sơn La", _HALF_2025, ["- Nhiệm vụ mới trong 6 tháng: 12"]), "sl.xlsx")
    assert got == {("14", "63", "tasks_new", "2025-S1", "actual"): 12}
