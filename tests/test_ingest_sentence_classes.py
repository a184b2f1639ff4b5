"""Figures typed as sentences into a workbook's cells (`etl/sentences.py`, read with the narrative
reader `etl/prose.py`), one class per test, as batch 21 of the workbook corpus (text-cell reports
from the Central Highlands, the South-Central coast and the Mekong, written blind) and the variants
of batch 17's sentence reports revealed them. Each report is built here, marked as test data, and
read by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation: a figure
taken only when nothing is guessed, never another place's or a comparison's number."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken


# --- wrong numbers ---------------------------------------------------------------------------------

def test_a_neighbour_whose_successor_bears_its_name_is_still_named():
    """"Tỉnh Gia Lai lân cận công nhận 38 sản phẩm OCOP" in Kon Tum's report: Gia Lai is named (a
    name both the old province and its successor of 1 July 2025 bear — An Giang, Gia Lai, Bắc Ninh
    — was found nowhere, so its figure became the sheet's province's: the honest file refused, two
    values)."""
    got = taken(examine(head("Kon Tum", "Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2023") + [
        ["TT", "Nội dung", "Kết quả thực hiện"],
        ["1", "Chương trình OCOP", "Công nhận 41 sản phẩm OCOP trong năm"],
        ["2", "Thông tin tham khảo", "Tỉnh Gia Lai lân cận công nhận 38 sản phẩm OCOP"],
        ["3", "So sánh trong vùng", "Số sản phẩm của tỉnh chỉ sau tỉnh An Giang (52 sản phẩm OCOP)"],
    ], name="kontum_2023.xlsx"))
    assert got == {("62", "63", "ocop_products", "2023", "actual"): 41}


def test_the_regions_the_countrys_or_an_unnamed_localitys_figure_is_not_the_provinces():
    """A sentence whose figure belongs to a region as a whole ("Toàn vùng … nghiệm thu 312 nhiệm vụ"),
    to an unnamed other locality ("Địa phương dẫn đầu khu vực … đạt 95,3%") or to the country, quoted
    from a central office without naming it ("Theo Văn phòng Điều phối Chương trình OCOP Trung ương,
    … 11.056 sản phẩm"): each was read as the sheet's province's."""
    got = taken(examine(head("Bình Định", "Kết quả hoạt động khoa học và công nghệ năm 2024") + [
        ["TT", "Nội dung", "Kết quả thực hiện"],
        ["1", "Nghiệm thu", "Nghiệm thu 17 nhiệm vụ cấp tỉnh"],
        ["2", "So sánh", "Toàn vùng Bắc Trung Bộ và duyên hải miền Trung nghiệm thu 312 nhiệm vụ cấp tỉnh"],
        ["3", "Hồ sơ", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt 89,7%. Địa phương dẫn đầu khu vực về tỷ lệ "
                       "hồ sơ trực tuyến đạt 95,3%."],
        ["4", "Tham khảo", "Theo Văn phòng Điều phối Chương trình OCOP Trung ương, lũy kế đến hết năm 2024 có "
                           "11.056 sản phẩm OCOP còn hiệu lực"],
    ], name="binhdinh_2024.xlsx"))
    assert got == {("52", "63", "tasks_accepted_provincial", "2024", "actual"): 17,
                   ("52", "63", "online_dossier_rate", "2024", "actual"): 89.7}


def test_a_regions_whole_in_a_label_and_figure_cell_is_no_provinces_figure():
    """"Tỷ lệ TTHC mức độ 4 của toàn vùng Tây Nguyên: 85,3%" under the province's own "Tỷ lệ TTHC mức
    độ 4: 90,1%": the region's rate (read as the province's, the file refused with two values)."""
    got = taken(examine(head("Đắk Lắk", "SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2024") + [
        ["STT", "Nội dung", "Ghi chú"],
        ["1", "Tỷ lệ TTHC mức độ 4: 90,1%", None],
        ["2", "Tỷ lệ TTHC mức độ 4 của toàn vùng Tây Nguyên: 85,3%", "Tham khảo"],
    ], name="daklak_6t_2024.xlsx"))
    assert got == {("66", "63", "tthc_level4_rate", "2024-06-30", "actual"): 90.1}


def test_tasks_by_grade_are_no_parts_of_the_tasks_accepted():
    """"Nghiệm thu 22 nhiệm vụ cấp tỉnh (19 nhiệm vụ xếp loại Đạt, 03 nhiệm vụ xếp loại Khá)": 19 and 3
    grade the tasks accepted; read as two more counts of them, the file was refused."""
    got = taken(examine(head("Gia Lai", "Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2023") + [
        ["TT", "Nội dung", "Kết quả thực hiện"],
        ["1", "Nghiệm thu nhiệm vụ", "Tổ chức đánh giá, nghiệm thu 22 nhiệm vụ cấp tỉnh (19 nhiệm vụ xếp loại "
                                     "Đạt, 03 nhiệm vụ xếp loại Khá)"],
        ["2", "Nghiệm thu xuất sắc", "Có 05 nhiệm vụ được nghiệm thu xếp loại xuất sắc"],
    ], name="gialai_2023.xlsx"))
    assert got == {("64", "63", "tasks_accepted_provincial", "2023", "actual"): 22}


def test_a_percent_that_compares_is_no_rate():
    """"tăng 12% so với năm 2022", "bằng 115% cùng kỳ", "đạt 103% kế hoạch", "tăng từ 60% lên 72,4%":
    a change, a ratio to another period or to the plan, a former value — 12 was stored as the share of
    dossiers online, 115 refused the honest file (a rate above 100 %)."""
    got = taken(examine(head("Gia Lai", "Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2023") + [
        ["TT", "Nội dung", "Kết quả thực hiện"],
        ["1", "Hồ sơ trực tuyến", "Tỷ lệ hồ sơ TTHC nộp trực tuyến tăng 12% so với năm 2022"],
        ["2", "Dịch vụ công", "Tỷ lệ TTHC cung cấp DVCTT mức độ 4 bằng 115% cùng kỳ"],
        ["3", "Dịch vụ công toàn trình", "Tỷ lệ TTHC cung cấp DVCTT mức độ 4 đạt 103% kế hoạch năm"],
        ["4", "Kinh tế số", "Tỷ trọng kinh tế số trong GRDP tăng từ 8,2% lên 9,1%"],
        ["5", "Nghiệm thu", "Nghiệm thu 22 nhiệm vụ cấp tỉnh"],
    ], name="gialai_2023.xlsx"))
    assert got == {("64", "63", "tasks_accepted_provincial", "2023", "actual"): 22}


# --- refusals and lost facts -------------------------------------------------------------------------

def test_the_first_result_under_the_header_is_no_second_header_row():
    """The row under the header is the first result, not a second header row: "Tổ chức đánh giá,
    nghiệm thu 22 nhiệm vụ …" there made the whole result column one of evaluations ("đánh giá"), and
    "Ký hợp đồng 17 nhiệm vụ mở mới; 51 nhiệm vụ chuyển tiếp từ năm 2022" one of 2022 — no result of
    the column was read (the file refused: no indicator)."""
    for first in ("Tổ chức đánh giá, nghiệm thu 22 nhiệm vụ cấp tỉnh",
                  "Ký hợp đồng thực hiện 17 nhiệm vụ mở mới; 22 nhiệm vụ chuyển tiếp từ năm 2022"):
        got = taken(examine(head("Gia Lai", "Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2023") + [
            ["TT", "Nội dung", "Kết quả thực hiện"],
            ["1", "Nhiệm vụ", first],
            ["2", "Chương trình OCOP", "Công nhận 41 sản phẩm OCOP"],
        ], name="gialai_2023.xlsx"))
        assert got[("64", "63", "ocop_products", "2023", "actual")] == 41, first
        assert 22 in got.values(), first


def _report_9_months(typed=lambda t: t, merged=True):
    """Nam Định's nine months of 2024 pasted from the Word report: a title announcing what is to come,
    the section "I", a paragraph in a merged cell; every text passed through `typed`."""
    para = ("Trong 9 tháng đầu năm 2024, Sở đã tổ chức quản lý 57 nhiệm vụ KH&CN, gồm: 02 nhiệm vụ cấp quốc "
            "gia, 41 nhiệm vụ cấp tỉnh và 14 nhiệm vụ cấp cơ sở; bàn giao kết quả 04 nhiệm vụ.")
    rows = head("Nam Định", "Kết quả công tác khoa học và công nghệ 9 tháng đầu năm 2024,") + [
        ["nhiệm vụ trọng tâm 3 tháng cuối năm 2024"], [],
        ["I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2024"] + ([] if merged else
                                                                ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2024"] * 3),
        ["1", para] + ([] if merged else [para] * 3),
    ]
    rows = [[typed(v) if isinstance(v, str) else v for v in row] for row in rows]
    return examine(rows, merges=("B8:E8", "B9:E9") if merged else (), name="namdinh_9t_2024.xlsx")


_NAMDINH = {("36", "63", "tasks_managed", "2024-01/2024-09", "actual"): 57,
            ("36", "63", "tasks_managed_national", "2024-01/2024-09", "actual"): 2,
            ("36", "63", "tasks_managed_provincial", "2024-01/2024-09", "actual"): 41,
            ("36", "63", "tasks_managed_grassroots", "2024-01/2024-09", "actual"): 14,
            ("36", "63", "tasks_results_transferred", "2024-01/2024-09", "actual"): 4}


def test_a_sentence_spaced_wrapped_or_pasted_from_the_web_reads_the_same():
    """Doubled or non-breaking spaces, a zero-width space after each text and a soft hyphen inside a
    word, a wrapped cell, "％": a person reads the same report (`bench/workbook_variants.py` on batch
    17: the sentence reports lost 1–15 facts each; "I\\u200b" no longer ended the title's "nhiệm vụ
    trọng tâm", so nothing was read)."""
    assert taken(_report_9_months()) == _NAMDINH
    for typed in (lambda t: "  " + t.replace(" ", "  ") + " ",
                  lambda t: t.replace(" ", "\u00a0"),
                  lambda t: t.replace("nghiệm", "nghi\u00adệm").replace("quản", "qu\u00adản") + "\u200b",
                  lambda t: t.replace(", gồm:", ",\ngồm:").replace("%", "\uff05")):
        assert taken(_report_9_months(typed)) == _NAMDINH, typed("Trong 9 tháng")


def test_a_heading_unmerged_and_filled_still_ends_the_titles_plans():
    """The merged cells undone and their text filled into every cell ("I | KẾT QUẢ … | KẾT QUẢ … |
    …"): the heading row was taken for a table's header and skipped, so the title's "nhiệm vụ trọng
    tâm" ran on over the whole report (refused: no indicator); each paragraph is read once."""
    assert taken(_report_9_months(merged=False)) == _NAMDINH


def test_abbreviations_typed_in_a_sentence_are_read_as_their_words():
    """"Quản lý 57 NV KH&CN, gồm: 02 NV cấp QG, …": the abbreviations metrics/abbreviations.toml
    declares are read as their words (the sentence gave nothing)."""
    words = {"nhiệm vụ": "NV", "quốc gia": "QG", "Sở Khoa học và Công nghệ": "Sở KH&CN"}

    def typed(t):
        for w, a in words.items():
            t = t.replace(w, a)
        return t
    assert taken(_report_9_months(typed)) == _NAMDINH


def test_a_level_typed_before_its_figure_is_the_parts_level():
    """"Tổng số nhiệm vụ KH&CN đang quản lý: 112 nhiệm vụ, trong đó cấp quốc gia 09 nhiệm vụ": 9 is
    the national tasks (read as the tasks managed: the file refused with 112 and 9; alone, a wrong
    number)."""
    got = taken(examine(head("Khánh Hòa", "Tóm tắt kết quả khoa học và công nghệ năm 2024") + [
        ["STT", "Nội dung"],
        ["1", "Tổng số nhiệm vụ KH&CN đang quản lý: 112 nhiệm vụ, trong đó cấp quốc gia 09 nhiệm vụ"],
    ], name="khanhhoa_2024.xlsx"))
    assert got == {("56", "63", "tasks_managed", "2024", "actual"): 112,
                   ("56", "63", "tasks_managed_national", "2024", "actual"): 9}


def test_a_plus_line_breaks_down_the_dash_line_of_sentences_above_it():
    """"- Tổng số nhiệm vụ đang quản lý: 112 nhiệm vụ" (a label only suggested as a table row, read as
    a sentence) then "+ Cấp quốc gia: 09 nhiệm vụ": the national part of it (alone it named
    nothing)."""
    got = taken(examine(head("Khánh Hòa", "Tóm tắt kết quả khoa học và công nghệ năm 2024") + [
        ["1. Quản lý nhiệm vụ KH&CN"],
        ["- Tổng số nhiệm vụ đang quản lý: 112 nhiệm vụ"],
        ["  + Cấp quốc gia: 09 nhiệm vụ"],
    ], name="khanhhoa_2024.xlsx"))
    assert got == {("56", "63", "tasks_managed", "2024", "actual"): 112,
                   ("56", "63", "tasks_managed_national", "2024", "actual"): 9}


def test_a_rate_typed_after_its_label_and_a_colon_beside_a_note():
    """"Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến: 93,6% (cả nước: 47,2%)": the province's rate, the
    country's in brackets no figure of it (nothing was read: two numbers in the cell, and the
    sentence reader looked for the label after the colon only)."""
    got = taken(examine(head("Khánh Hòa", "Tóm tắt kết quả khoa học và công nghệ năm 2024") + [
        ["- Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến: 93,6% (cả nước: 47,2%)"],
        ["- Nghiệm thu 31 nhiệm vụ KH&CN"],
    ], name="khanhhoa_2024.xlsx"))
    assert got == {("56", "63", "online_dossier_rate", "2024", "actual"): 93.6,
                   ("56", "63", "tasks_accepted", "2024", "actual"): 31}


def test_a_citys_level_followed_by_and_is_its_provincial_level():
    """Cần Thơ's "03 nhiệm vụ cấp quốc gia, 38 nhiệm vụ cấp thành phố và 13 nhiệm vụ cấp cơ sở": in
    a centrally-run city's report "cấp thành phố" before "và" is its provincial level too (38 was
    lost)."""
    got = taken(examine(head("Cần Thơ", "Báo cáo kết quả KH&CN năm 2023", city=True) + [
        ["Năm 2023, Sở quản lý 54 nhiệm vụ KH&CN, trong đó 03 nhiệm vụ cấp quốc gia, 38 nhiệm vụ cấp "
         "thành phố và 13 nhiệm vụ cấp cơ sở."]], name="cantho_2023.xlsx"))
    assert got == {("92", "63", "tasks_managed", "2023", "actual"): 54,
                   ("92", "63", "tasks_managed_national", "2023", "actual"): 3,
                   ("92", "63", "tasks_managed_provincial", "2023", "actual"): 38,
                   ("92", "63", "tasks_managed_grassroots", "2023", "actual"): 13}


def test_a_sentence_typed_without_diacritics_is_read_when_every_word_is_known_again():
    """Typed without a Vietnamese keyboard ("Trong 9 thang dau nam 2024, So da to chuc quan ly 57 nhiem
    vu KH&CN, …"): the narrative reader's words are written with diacritics, so nothing was read and
    the report was refused (no indicator). Its diacritics given back from the reader's own vocabulary,
    it reads the same; a sentence with a word not known again is not read at all (a bare trap word
    would let a figure through): "Toan vung Tay Nguyen co 1.950 san pham OCOP, xyzabc" gives
    nothing."""
    from tests.fixtures.corpus.variants import without_diacritics
    assert taken(_report_9_months(without_diacritics)) == _NAMDINH
    got = taken(examine(head("Dak Lak", "Ket qua khoa hoc va cong nghe nam 2023") + [
        ["TT", "Noi dung", "Ket qua thuc hien"],
        ["1", "Nghiem thu", "Nghiem thu 22 nhiem vu cap tinh"],
        ["2", "OCOP", "Cong nhan 41 san pham OCOP, xyzabc 12 san pham OCOP"],
        ["3", "Vung", "Toan vung Tay Nguyen co 1.950 san pham OCOP con hieu luc"],
        ["4", "Ho so", "Ty le ho so TTHC nop truc tuyen tang 12% so voi nam 2022"],
    ], name="daklak_2023.xlsx"))
    assert got == {("66", "63", "tasks_accepted_provincial", "2023", "actual"): 22}


def test_a_label_and_figure_line_naming_another_province_is_not_the_sheets():
    """"Sản phẩm OCOP còn hiệu lực của tỉnh Kon Tum: 198 sản phẩm" in Đắk Lắk's report, and a former
    province's share "… của tỉnh Thái Bình (cũ): 287" in the new Hưng Yên's: the matcher names the
    indicator, never the place — each was stored as the sheet's province's figure."""
    got = taken(examine(head("Đắk Lắk", "SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Nội dung", "Ghi chú"],
        ["1", "Sản phẩm OCOP còn hiệu lực của tỉnh Kon Tum: 198 sản phẩm", None],
        ["2", "Tỷ lệ hồ sơ nộp trực tuyến: 81,5%", None],
    ], name="daklak_2024.xlsx"))
    assert got == {("66", "63", "online_dossier_rate", "2024", "actual"): 81.5}
    got = taken(examine(head("Hưng Yên", "TÓM TẮT KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        ["- Sản phẩm OCOP còn hiệu lực của tỉnh Thái Bình (cũ): 287 sản phẩm"],
        ["- Nghiệm thu nhiệm vụ KH&CN: 35 nhiệm vụ"],
    ], name="hungyen_moi_2025.xlsx"))
    assert got == {("33", "34", "tasks_accepted", "2025", "actual"): 35}


# --- the text-cell fixes of 5 December ---------------------------------------------------------------

def test_the_owners_after_a_stocks_breakdown_in_brackets_are_read():
    """"… có 512 sản phẩm còn hiệu lực công nhận (3 sao: 398; 4 sao: 108; 5 sao (cấp quốc gia): 06) của
    286 chủ thể": the breakdown in brackets (a ";" and a bracket inside it) stood between the products
    and their owners, so the 286 subjects were missed. Probes: a former province's share, with the same
    breakdown, and a plan's stock are not the province's."""
    stock = "toàn tỉnh có 512 sản phẩm còn hiệu lực công nhận (3 sao: 398; 4 sao: 108; 5 sao (cấp quốc gia): 06)"
    got = taken(examine(head("Quảng Trị", "Kết quả thực hiện Chương trình OCOP năm 2025") + [
        ["1. CHƯƠNG TRÌNH OCOP"],
        ["Lũy kế đến 31/12/2025, " + stock + " của 286 chủ thể."],
    ], name="quangtri_moi_2025.xlsx"))
    assert got[("44", "34", "ocop_subjects_total", "2025-12-31", "actual")] == 286
    assert got[("44", "34", "ocop_products_total", "2025-12-31", "actual")] == 512
    # probes: the owners of a former province's stock, and of the stock a plan aims at
    got = taken(examine(head("Quảng Trị", "Kết quả thực hiện Chương trình OCOP năm 2025") + [
        ["1. CHƯƠNG TRÌNH OCOP"],
        ["Năm 2025, toàn tỉnh công nhận 117 sản phẩm OCOP."],
        ["Lũy kế đến 31/12/2025, địa bàn tỉnh Quảng Bình (cũ) có 305 sản phẩm còn hiệu lực (3 sao: 250; 4 sao: "
         "51; 5 sao (cấp quốc gia): 04) của 170 chủ thể."],
        ["Phấn đấu đến năm 2026 toàn tỉnh có 600 sản phẩm còn hiệu lực (3 sao: 450; 4 sao: 140; 5 sao (cấp "
         "quốc gia): 10) của 320 chủ thể."],
    ], name="quangtri_moi_2025.xlsx"))
    assert got == {("44", "34", "ocop_products", "2025", "actual"): 117}


def test_bare_products_after_the_ocop_products_of_their_sentence_are_ocop_products():
    """"Công nhận 132 sản phẩm OCOP (3 sao: 104; 4 sao: 26); đánh giá, công nhận lại 41 sản phẩm", "…;
    lũy kế 312 sản phẩm còn hiệu lực" and "…, nâng tổng số lên 203 sản phẩm còn hiệu lực": the products
    recognized again or to date, typed bare after the sentence's OCOP products and their breakdown in
    brackets, are OCOP products (they were missed). Probes, each not stored: a former province's share
    recognized again, a plan's stock, another kind of product's stock, another province's sentence."""
    got = taken(examine(head("An Giang", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025") + [
        ["TT", "Nội dung", "Kết quả thực hiện"],
        ["1", "Chương trình OCOP", "Công nhận 132 sản phẩm OCOP (3 sao: 104; 4 sao: 26); đánh giá, công nhận "
                                   "lại 41 sản phẩm."],
    ], name="angiang_moi_2025.xlsx"))
    assert got[("91", "34", "ocop_products_rerecognized", "2025", "actual")] == 41
    got = taken(examine(head("Quảng Bình", "Kết quả thực hiện các chỉ tiêu khoa học và công nghệ năm 2024") + [
        ["TT", "Chỉ tiêu", "Kết quả đạt được"],
        ["1", "Sản phẩm OCOP", "Công nhận 58 sản phẩm (49 sản phẩm 3 sao, 09 sản phẩm 4 sao); lũy kế 312 sản "
                               "phẩm còn hiệu lực"],
    ], name="quangbinh_2024.xlsx"))
    assert got[("44", "63", "ocop_products_total", "2024-12-31", "actual")] == 312
    got = taken(examine(head("Sóc Trăng", "Kết quả hoạt động khoa học và công nghệ năm 2024") + [
        ["TT", "Nội dung", "Kết quả thực hiện"],
        ["1", "Chương trình OCOP", "Công nhận 57 sản phẩm OCOP (hạng 3 sao: 46 sản phẩm; hạng 4 sao: 11 sản "
                                   "phẩm), nâng tổng số lên 203 sản phẩm còn hiệu lực"],
    ], name="soctrang_2024.xlsx"))
    assert got[("94", "63", "ocop_products_total", "2024-12-31", "actual")] == 203
    # probes
    got = taken(examine(head("An Giang", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025") + [
        ["TT", "Nội dung", "Kết quả thực hiện"],
        ["1", "Chương trình OCOP", "Công nhận 132 sản phẩm OCOP (3 sao: 104; 4 sao: 26); địa bàn tỉnh Kiên "
                                   "Giang (cũ) công nhận lại 41 sản phẩm."],
        ["2", "Kế hoạch", "Công nhận 132 sản phẩm OCOP (3 sao: 104; 4 sao: 26); phấn đấu đến năm 2026 nâng tổng "
                          "số lên 700 sản phẩm còn hiệu lực."],
        ["3", "Truy xuất", "Hỗ trợ 20 sản phẩm truy xuất nguồn gốc; lũy kế 150 sản phẩm."],
        ["4", "Tham khảo", "Tỉnh Đồng Tháp công nhận 40 sản phẩm OCOP (3 sao: 30; 4 sao: 10); lũy kế 380 sản "
                           "phẩm còn hiệu lực."],
    ], name="angiang_moi_2025.xlsx"))
    assert got == {("91", "34", "ocop_products", "2025", "actual"): 132,
                   ("91", "34", "ocop_products_3star", "2025", "actual"): 104,
                   ("91", "34", "ocop_products_4star", "2025", "actual"): 26,
                   ("91", "34", "traceability_products", "2025", "actual"): 20}
