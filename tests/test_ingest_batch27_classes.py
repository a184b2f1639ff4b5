"""Figures typed in text cells (`etl/sentences.py`, read with `etl/prose.py`), one class per test, as
batch 27 of the workbook corpus (text-cell reports of the South-East and the Mekong delta, written
blind) and batches 24, 21 and 17's facts still missed revealed them. Each report is built here with
`tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation: a figure taken only when nothing is guessed."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

_YEAR_2024 = "Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2024"


def _table(province: str, title: str, rows: list[list], header=("TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"),
           city: bool = False) -> list[list]:
    return head(province, title, city=city) + [list(header)] + rows


def test_a_date_or_year_before_the_colon_dates_the_figure_after_it():
    """"Tính đến 31/12/2024: 328 sản phẩm OCOP còn hiệu lực", "Chi … năm 2024: 81,2 tỷ đồng", "… mức độ
    4: 100%": a date, a year or a label's number, a colon, the figure — each figure was dropped as the
    minutes of an hour ("2024: 81")."""
    got = taken(examine(_table("Đồng Nai", _YEAR_2024, [
        ["1", "Sản phẩm OCOP còn hiệu lực", "Tính đến 31/12/2024: 328 sản phẩm OCOP còn hiệu lực", None],
        ["2", "Ngân sách", "Chi ngân sách nhà nước cho KH&CN năm 2024: 81,2 tỷ đồng", None],
        ["3", "Dịch vụ công", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4: 100%", None],
    ]), name="dongnai_2024.xlsx"))
    assert got == {("75", "63", "ocop_products_total", "2024-12-31", "actual"): 328,
                   ("75", "63", "st_budget", "2024", "actual"): 81.2,
                   ("75", "63", "tthc_level4_rate", "2024-12-31", "actual"): 100}


def test_an_hour_is_still_no_figure():
    """"lúc 14:30": the minutes of an hour stay out (the colon rule above kept for them)."""
    result = examine(_table("Đồng Nai", _YEAR_2024, [
        ["1", "Hội nghị", "Hội nghị tổng kết lúc 14:30 với 45 doanh nghiệp tham dự", None],
    ]), name="dongnai_2024.xlsx")
    assert 30 not in set(result.facts.value)


def test_an_earlier_years_figure_in_brackets_is_that_years_and_does_not_date_the_sentence():
    """"đạt 92,5% (năm 2023: 88,1%)": 92,5 is the report's year's (it was read as 2023's and dropped)
    and 88,1 is 2023's, the same indicator's; a row's result "Đạt 90,3% (năm 2023: 76,8%)" the same."""
    got = taken(examine(_table("Đồng Nai", _YEAR_2024, [
        ["1", "Hồ sơ trực tuyến", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt 92,5% (năm 2023: 88,1%)", None],
        ["2", "Sáng kiến", "Công nhận 73 sáng kiến (năm 2023: 69 sáng kiến)", None],
    ]), name="dongnai_2024.xlsx"))
    assert got == {("75", "63", "online_dossier_rate", "2024", "actual"): 92.5,
                   ("75", "63", "online_dossier_rate", "2023", "actual"): 88.1,
                   ("75", "63", "initiatives_recognized", "2024", "actual"): 73,
                   ("75", "63", "initiatives_recognized", "2023", "actual"): 69}
    got = taken(examine(head("Long An", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024") + [
        ["Chỉ tiêu", "Kết quả"],
        ["Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "Đạt 90,3% (năm 2023: 76,8%)"],
    ], name="longan_2024.xlsx"))
    assert got == {("80", "63", "online_dossier_rate", "2024", "actual"): 90.3,
                   ("80", "63", "online_dossier_rate", "2023", "actual"): 76.8}


def test_an_earlier_year_before_the_merger_is_no_figure_of_the_new_province():
    """The new An Giang's 2025 "đạt 87,4% (năm 2024: 79,6%)": no province of the 34 existed in 2024
    (code 91 was then Kiên Giang's) — only 2025's figure is taken."""
    got = taken(examine(_table("An Giang", "Kết quả hoạt động khoa học và công nghệ năm 2025", [
        ["1", "Hồ sơ trực tuyến", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt 87,4% (năm 2024: 79,6%)", None],
    ]), name="angiang_2025.xlsx"))
    assert got == {("91", "34", "online_dossier_rate", "2025", "actual"): 87.4}


def test_a_bracketed_date_with_no_figure_still_dates_the_figure_before_it():
    """"… là 56 thủ tục (tính đến tháng 12/2023)": the brackets hold no figure of their own, so their
    date is the figure's (the rule above leaves it)."""
    from etl import prose, textdoc

    got = prose.extract(textdoc.from_text("Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học "
                                          "và Công nghệ là 56 thủ tục (tính đến tháng 12/2023)."), province="60")
    assert [(c.indicator, c.value) for c in got.candidates if c.period and c.period.startswith("2023-12")] == \
        [("tthc_total", 56)]


def test_a_former_provinces_share_in_a_breakdown_names_only_its_part():
    """The new An Giang's paragraph "quản lý 118 nhiệm vụ (07 cấp quốc gia, …), trong đó 31 nhiệm vụ mở
    mới; đã nghiệm thu 44 nhiệm vụ, trong đó địa bàn tỉnh Kiên Giang (cũ) 19 nhiệm vụ": the former
    province named in the last breakdown is the 19's, not the 44's nor the first clause's (the whole
    paragraph gave nobody's figures); the 19 itself stays out."""
    got = taken(examine(head("An Giang", "Kết quả hoạt động khoa học và công nghệ năm 2025") + [
        ["1. Về quản lý nhiệm vụ KH&CN: năm 2025, Sở quản lý 118 nhiệm vụ KH&CN (07 cấp quốc gia, 86 cấp tỉnh, 25 cấp "
         "cơ sở), trong đó 31 nhiệm vụ mở mới; đã nghiệm thu 44 nhiệm vụ, trong đó địa bàn tỉnh Kiên Giang (cũ) 19 "
         "nhiệm vụ."],
    ], name="angiang_2025.xlsx"))
    assert got == {("91", "34", "tasks_managed", "2025", "actual"): 118,
                   ("91", "34", "tasks_managed_national", "2025", "actual"): 7,
                   ("91", "34", "tasks_managed_provincial", "2025", "actual"): 86,
                   ("91", "34", "tasks_managed_grassroots", "2025", "actual"): 25,
                   ("91", "34", "tasks_new", "2025", "actual"): 31,
                   ("91", "34", "tasks_accepted", "2025", "actual"): 44}


def test_an_estimate_closed_in_brackets_plans_only_its_own_figure():
    """"chi … 164,3 tỷ đồng (dự toán 180,5 tỷ đồng); toàn tỉnh có 34 tổ chức KH&CN": the allotment is a
    plan, the clause after it is not (the organizations were dropped as a plan); an earlier year's
    figure said of something else ("(năm 2024 trên địa bàn hai tỉnh cũ: 79,6%)") is no one's and does
    not date the rate before it."""
    got = taken(examine(head("An Giang", "Kết quả hoạt động khoa học và công nghệ năm 2025") + [
        ["5. Về nguồn lực: chi ngân sách nhà nước cho KH&CN năm 2025 là 164,3 tỷ đồng (dự toán 180,5 tỷ đồng); toàn "
         "tỉnh có 34 tổ chức KH&CN."],
        ["6. Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt 87,4% (năm 2024 trên địa bàn hai tỉnh cũ: 79,6%)."],
    ], name="angiang_2025.xlsx"))
    assert got == {("91", "34", "st_budget", "2025", "actual"): 164.3,
                   ("91", "34", "st_organizations", "2025-12-31", "actual"): 34,
                   ("91", "34", "online_dossier_rate", "2025", "actual"): 87.4}


def test_stars_typed_name_first_with_their_word_and_unit():
    """"(3 sao: 51; 4 sao: 12; tiềm năng 5 sao: 01)", "(hạng 3 sao: 46 sản phẩm; hạng 4 sao: 11 sản
    phẩm)": the potential 5 stars and the ranked stars are parts like the others (the 4 stars and the
    potential 5 stars were lost)."""
    got = taken(examine(_table("Cà Mau", "Kết quả hoạt động khoa học và công nghệ năm 2023", [
        ["1", "Chương trình OCOP", "Công nhận 64 sản phẩm OCOP (3 sao: 51; 4 sao: 12; tiềm năng 5 sao: 01)", None],
    ]), name="camau_2023.xlsx"))
    assert got == {("96", "63", "ocop_products", "2023", "actual"): 64,
                   ("96", "63", "ocop_products_3star", "2023", "actual"): 51,
                   ("96", "63", "ocop_products_4star", "2023", "actual"): 12,
                   ("96", "63", "ocop_products_5star_potential", "2023", "actual"): 1}
    got = taken(examine(_table("Cà Mau", "Kết quả hoạt động khoa học và công nghệ năm 2023", [
        ["1", "Chương trình OCOP", "Công nhận 57 sản phẩm OCOP (hạng 3 sao: 46 sản phẩm; hạng 4 sao: 11 sản phẩm)", None],
    ]), name="camau_2023.xlsx"))
    assert got == {("96", "63", "ocop_products", "2023", "actual"): 57,
                   ("96", "63", "ocop_products_3star", "2023", "actual"): 46,
                   ("96", "63", "ocop_products_4star", "2023", "actual"): 11}


def test_a_labels_two_verbs_joined_by_a_comma_are_one_label():
    """"- Sản phẩm được đánh giá, công nhận lại: 23 sản phẩm" under "2. Chương trình mỗi xã một sản phẩm
    (OCOP)": the products recognized again (the words after the comma were read alone: nothing)."""
    got = taken(examine(head("Nghệ An", "TÓM TẮT KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2025") + [
        ["2. Chương trình mỗi xã một sản phẩm (OCOP)"],
        ["- Sản phẩm được công nhận: 42 sản phẩm"],
        ["- Sản phẩm được đánh giá, công nhận lại: 23 sản phẩm"],
    ], name="nghean_6t_2025.xlsx"))
    assert got == {("40", "63", "ocop_products", "2025-S1", "actual"): 42,
                   ("40", "63", "ocop_products_rerecognized", "2025-S1", "actual"): 23}


def test_a_numbered_part_before_the_colon_names_a_part_not_the_whole():
    """"Chương trình 1: 15 nhiệm vụ; Chương trình 2: 9 nhiệm vụ", "Phường 5: 3 sản phẩm OCOP được công
    nhận", "Đợt 1: công nhận 12 sản phẩm OCOP; đợt 2: …": a noun and its number before a colon name a
    part (a programme, a ward, a round), and the figures after it are that part's — 15 was stored as the
    province's tasks accepted and 3 as Đồng Nai's OCOP products; two rounds refused the honest file. A
    year, a date or a declared term's number ("mức độ 4", the test above) still dates or names it."""
    cells = [
        "Nhiệm vụ KH&CN được nghiệm thu theo chương trình: Chương trình 1: 15 nhiệm vụ; Chương trình 2: 9 nhiệm vụ",
        "Phường 5: 3 sản phẩm OCOP được công nhận",
        "Chương trình 1: nghiệm thu 15 nhiệm vụ KH&CN",
        "Đợt 1: công nhận 12 sản phẩm OCOP; đợt 2: công nhận 20 sản phẩm OCOP",
        "Giai đoạn 1: nghiệm thu 10 nhiệm vụ KH&CN; giai đoạn 2: nghiệm thu 14 nhiệm vụ KH&CN",
    ]
    for text in cells:
        result = examine(_table("Đồng Nai", _YEAR_2024, [
            ["1", "Kết quả", text, None],
            ["2", "Sáng kiến", "Công nhận 73 sáng kiến", None],
        ]), name="dongnai_2024.xlsx")
        assert not result.problems, text
        assert taken(result) == {("75", "63", "initiatives_recognized", "2024", "actual"): 73}, text
    # the whole typed before its parts is still read
    got = taken(examine(_table("Đồng Nai", _YEAR_2024, [
        ["1", "Nhiệm vụ KH&CN", "Nghiệm thu 24 nhiệm vụ KH&CN, trong đó Chương trình 1: 15 nhiệm vụ; "
                                "Chương trình 2: 9 nhiệm vụ", None],
    ]), name="dongnai_2024.xlsx"))
    assert got == {("75", "63", "tasks_accepted", "2024", "actual"): 24}


def test_an_earlier_year_in_brackets_after_a_total_to_date_is_not_read():
    """"Lũy kế đến nay công nhận 520 sáng kiến (năm 2023: 69 sáng kiến)": after a total to date the
    bracket's 69 may be 2023's total to date as well as 2023's own — not guessed (69 was stored as
    the initiatives recognized in 2023)."""
    result = examine(_table("Đồng Nai", _YEAR_2024, [
        ["1", "Sáng kiến", "Lũy kế đến nay công nhận 520 sáng kiến (năm 2023: 69 sáng kiến)", None],
        ["2", "Nhiệm vụ KH&CN", "Nghiệm thu 25 nhiệm vụ KH&CN", None],
    ]), name="dongnai_2024.xlsx")
    assert not result.problems
    assert taken(result) == {("75", "63", "tasks_accepted", "2024", "actual"): 25}
