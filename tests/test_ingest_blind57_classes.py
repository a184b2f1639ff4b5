"""Blind batch 57 (issue #8): before the merger, the indicators the corpus held least — PII scores, ranks and
pillars, researchers and S&T organizations, results typed as sentences. Each class: the report as an office
types it that stored a wrong number, refused an honest file or lost figures, then probes of the honest
neighbours that must stay as they are. Each report is built here, marked as test data, and read by
`etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, reasons, taken

HA_GIANG, HOA_BINH, THAI_BINH, BAC_LIEU, SON_LA = "02", "17", "34", "95", "14"
REPORT_2024 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"


def _result(label: str, text: str):
    """Hà Giang's 2024 report, one work area's row with its result typed as a sentence."""
    return examine(head("Hà Giang", REPORT_2024) + [
        ["TT", "Nhiệm vụ", "Chỉ tiêu kế hoạch năm 2024", "Kết quả thực hiện", "Ghi chú"], ["1", label, "", text, ""]])


def _of(result) -> dict:
    return {k[2]: v for k, v in facts(result).items()}


# --- 1. a sentence's own verb says what its figure is: the row's work area does not count it again ----------

@pytest.mark.parametrize("label, text, code", [
    ("Quản lý nhiệm vụ KH&CN", "Đã nghiệm thu 11 nhiệm vụ cấp tỉnh", "tasks_accepted_provincial"),
    ("Công tác quản lý nhiệm vụ KH&CN", "Tổ chức nghiệm thu 11 nhiệm vụ cấp tỉnh", "tasks_accepted_provincial"),
    ("Quản lý nhiệm vụ KH&CN", "Nghiệm thu 11 nhiệm vụ", "tasks_accepted"),
    ("Quản lý nhiệm vụ KH&CN", "Ký hợp đồng mới 11 nhiệm vụ cấp tỉnh", "tasks_new_provincial"),
])
def test_a_figure_the_sentence_names_is_not_the_work_areas_too(label, text, code):
    """"Quản lý nhiệm vụ KH&CN | Đã nghiệm thu 11 nhiệm vụ cấp tỉnh; …": the 11 provincial tasks ACCEPTED
    were stored also as the 11 provincial tasks MANAGED of Hà Giang's 2024 (the cell read again after its
    row's label, a work area, gave the figure to the label's indicator too)."""
    assert _of(_result(label, text)) == {code: 11.0}


def test_a_figure_the_sentence_names_with_a_second_clause_keeps_both():
    got = _of(_result("Quản lý nhiệm vụ KH&CN", "Đã nghiệm thu 11 nhiệm vụ cấp tỉnh; kinh phí NSNN cấp cho các "
                                                 "nhiệm vụ KH&CN năm 2024 là 9,6 tỷ đồng"))
    assert got == {"tasks_accepted_provincial": 11.0, "tasks_funding_state": 9.6}


@pytest.mark.parametrize("label, text, want", [
    # the label names what the figure is: it still reads a sentence that says only the figure's level
    ("Quản lý nhiệm vụ KH&CN", "11 nhiệm vụ cấp tỉnh", {"tasks_managed_provincial": 11.0}),
    ("Quản lý nhiệm vụ KH&CN", "Đang quản lý 30 nhiệm vụ cấp tỉnh", {"tasks_managed_provincial": 30.0}),
    ("Nhiệm vụ KH&CN", "Đã nghiệm thu 11 nhiệm vụ cấp tỉnh", {"tasks_accepted_provincial": 11.0}),
    # batch 24: a result typed after the row's label that names it
    ("Nhiệm vụ nghiệm thu", "29 nhiệm vụ (03 cấp quốc gia; 26 cấp tỉnh)",
     {"tasks_accepted": 29.0, "tasks_accepted_national": 3.0, "tasks_accepted_provincial": 26.0}),
])
def test_probe_a_label_that_names_the_figure_still_reads_it(label, text, want):
    assert _of(_result(label, text)) == want


def test_a_sentences_levels_are_not_the_work_areas_levels_either():
    """The same with the levels in brackets: the tasks managed, national and provincial, were stored beside
    the tasks accepted."""
    got = _of(_result("Quản lý nhiệm vụ KH&CN", "Đã nghiệm thu 11 nhiệm vụ (02 cấp quốc gia, 09 cấp tỉnh)"))
    assert got == {"tasks_accepted": 11.0, "tasks_accepted_national": 2.0, "tasks_accepted_provincial": 9.0}


# --- 2. PII with the editions or provinces down the rows, groups over "Điểm | Hạng" across -----------------

def _pii_by_edition(groups: list[str], rows: list[list], first_head: str = "Năm"):
    top, under, merges = [first_head], [None], ["A6:A7"]
    for i, g in enumerate(groups):
        top += [g, None]
        under += ["Điểm", "Hạng"]
        col = chr(ord("B") + 2 * i)
        merges.append(f"{col}6:{chr(ord(col) + 1)}6")
    return examine([["UBND TỈNH HÒA BÌNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                    ["ĐIỂM SỐ VÀ THỨ HẠNG PII CỦA TỈNH HÒA BÌNH"], [], top, under] + rows, tuple(merges))


def test_pii_groups_over_score_and_rank_with_editions_as_rows():
    """Hòa Bình's "Năm | Chỉ số PII | Đầu vào | Đầu ra | Trụ cột Thể chế | Trụ cột Nguồn nhân lực và NC&PT",
    each over "Điểm | Hạng", "PII 2023" and "PII 2024" down the rows: no group names a figure by itself,
    no header was found and the honest file was refused as naming no indicator."""
    got = taken(_pii_by_edition(["Chỉ số PII", "Đầu vào", "Đầu ra", "Trụ cột Thể chế",
                                 "Trụ cột Nguồn nhân lực và NC&PT"],
                                [["PII 2023", 36.14, 51, 35.02, 52, 37.26, 47, 55.10, 37, 19.84, 56],
                                 ["PII 2024", 38.07, 46, 36.88, 49, 39.26, 43, 57.92, 31, 21.30, 54]]))
    want = {}
    for year, figures in (("2023", (36.14, 51, 35.02, 37.26, 55.10, 37, 19.84, 56)),
                          ("2024", (38.07, 46, 36.88, 39.26, 57.92, 31, 21.30, 54))):
        for code, v in zip(("pii_score", "pii_rank", "pii_input_score", "pii_output_score", "pii_institutions_score",
                            "pii_institutions_rank", "pii_human_capital_score", "pii_human_capital_rank"), figures):
            want[(HOA_BINH, "63", code, year, "actual")] = v
    # the input and output groups' ranks: no declared indicator holds them, set aside
    assert got == want
    assert "Đầu vào Hạng" in reasons(_pii_by_edition(["Đầu vào", "Đầu ra"], [["2024", 36.88, 49, 39.26, 43]]))


def test_pii_groups_over_score_and_rank_with_years_or_provinces_as_rows():
    got = taken(_pii_by_edition(["Chỉ số PII", "Trụ cột Thể chế"], [["2023", 36.14, 51, 55.1, 37]]))
    assert got == {(HOA_BINH, "63", "pii_score", "2023", "actual"): 36.14, (HOA_BINH, "63", "pii_rank", "2023", "actual"): 51,
                   (HOA_BINH, "63", "pii_institutions_score", "2023", "actual"): 55.1,
                   (HOA_BINH, "63", "pii_institutions_rank", "2023", "actual"): 37}
    r = examine([["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["KẾT QUẢ PII 2024"], [],
                 ["Tỉnh", "Chỉ số PII", None, "Trụ cột Thể chế", None], [None, "Điểm", "Hạng", "Điểm", "Hạng"],
                 ["Hòa Bình", 38.07, 46, 57.92, 31], ["Sơn La", 33.1, 58, 50.2, 44]], ("A5:A6", "B5:C5", "D5:E5"))
    got = taken(r)
    assert got[(HOA_BINH, "63", "pii_rank", "2024", "actual")] == 46 and got[(SON_LA, "63", "pii_institutions_score", "2024", "actual")] == 50.2
    assert len(got) == 8


def test_probe_groups_naming_no_indicator_over_their_columns_give_nothing():
    """A group header that names nothing the registry has ("Ghi chú", "Tăng/giảm") over "Điểm | Hạng" reads
    no figure as an indicator's."""
    r = _pii_by_edition(["Tăng (+)/giảm (-) so với năm trước", "Ghi chú"], [["2024", 1.93, 5, 0, 0]])
    assert not facts(r)


# --- 3. the input and output groups named as the pillars they gather ---------------------------------------

def _pii_pillars(*rows):
    return examine(head("Thái Bình", "KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) CỦA TỈNH THÁI BÌNH") + [
        ["STT", "Chỉ số / Trụ cột", "PII 2023", None, "PII 2024", None],
        [None, None, "Điểm", "Xếp hạng", "Điểm", "Xếp hạng"], *rows], ("A6:A7", "B6:B7", "C6:D6", "E6:F6"))


@pytest.mark.parametrize("label, code", [("Nhóm trụ cột đầu vào", "pii_input_score"),
                                         ("Nhóm trụ cột đầu ra", "pii_output_score"),
                                         ("Các trụ cột đầu vào", "pii_input_score")])
def test_the_group_of_input_or_output_pillars_is_the_input_or_output_score(label, code):
    """"I | Nhóm trụ cột đầu vào | 39,84 | 31 | 41,12 | 27" in Thái Bình's PII table: set aside ("the label has
    the word 'trụ cột' that excludes this indicator"), the input and output scores lost; their ranks hold no
    declared indicator and stay aside."""
    got = taken(_pii_pillars(["I", label, 39.84, 31, 41.12, 27]))
    assert got == {(THAI_BINH, "63", code, "2023", "actual"): 39.84, (THAI_BINH, "63", code, "2024", "actual"): 41.12}


@pytest.mark.parametrize("label, code", [("Thể chế", "pii_institutions"),
                                         ("Trụ cột Thể chế (đầu vào)", "pii_institutions"),
                                         ("Vốn con người và nghiên cứu và phát triển", "pii_human_capital")])
def test_probe_a_pillar_that_names_its_side_stays_the_pillar(label, code):
    got = taken(_pii_pillars(["1", label, 58.63, 22, 61.40, 17]))
    assert got == {(THAI_BINH, "63", f"{code}_score", "2023", "actual"): 58.63,
                   (THAI_BINH, "63", f"{code}_rank", "2023", "actual"): 22,
                   (THAI_BINH, "63", f"{code}_score", "2024", "actual"): 61.40,
                   (THAI_BINH, "63", f"{code}_rank", "2024", "actual"): 17}


@pytest.mark.parametrize("label", ["Nguồn nhân lực và nghiên cứu và phát triển", "Trụ cột Nguồn nhân lực và NC&PT"])
def test_the_human_capital_pillar_named_by_its_people(label):
    """"Trụ cột Nguồn nhân lực và NC&PT" (Hòa Bình's) is the pillar "Vốn con người và nghiên cứu và phát
    triển": its score and rank were set aside as naming no indicator."""
    got = taken(_pii_pillars(["2", label, 24.18, 35, 25.92, 33]))
    assert got == {(THAI_BINH, "63", "pii_human_capital_score", "2023", "actual"): 24.18,
                   (THAI_BINH, "63", "pii_human_capital_rank", "2023", "actual"): 35,
                   (THAI_BINH, "63", "pii_human_capital_score", "2024", "actual"): 25.92,
                   (THAI_BINH, "63", "pii_human_capital_rank", "2024", "actual"): 33}


@pytest.mark.parametrize("label", ["Trụ cột đầu ra: Tác động", "Trụ cột đầu vào: Cơ sở hạ tầng",
                                   "Trụ cột Trình độ phát triển của doanh nghiệp (đầu vào)"])
def test_probe_a_pillar_named_with_its_side_is_never_the_sides_score(label):
    got = facts(_pii_pillars(["1", label, 58.63, 22, 61.40, 17]))
    assert not {k[2] for k in got} & {"pii_input_score", "pii_output_score"}, got


@pytest.mark.parametrize("label", ["Đào tạo nguồn nhân lực", "Nguồn nhân lực KH&CN", "Xếp hạng nguồn nhân lực"])
def test_probe_human_resources_outside_the_pii_name_no_pillar(label):
    from etl.row_labels import indicator_for_label

    assert indicator_for_label(label, None)[0] is None


# --- 4. two parts that split their whole between them, above it --------------------------------------------

def _organizations(total, public, private, first="Trong đó: - Công lập", second="- Ngoài công lập"):
    return examine(head("Bạc Liêu", "TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH ĐẾN 31/12/2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], ["1", "Tổng số tổ chức KH&CN", "tổ chức", total],
        ["", first, "tổ chức", public], ["", second, "tổ chức", private],
        ["2", "Số người làm nghiên cứu khoa học", "người", 612]])


@pytest.mark.parametrize("first, second", [("Trong đó: - Công lập", "- Ngoài công lập"),
                                           ("Công lập", "Ngoài công lập"),
                                           ("- Có đăng ký hoạt động", "- Không đăng ký hoạt động")])
def test_two_complementary_parts_above_their_whole_refuse_the_file(first, second):
    """Bạc Liêu's "Tổng số tổ chức KH&CN | 18" over "Trong đó: - Công lập | 12", "- Ngoài công lập | 9":
    the two parts name no indicator, nothing checked them, and the file loaded 18 organizations (and the
    612 researchers beside them) though 12 + 9 = 21 is above the total."""
    r = _organizations(18, 12, 9, first, second)
    assert not r.accepted
    assert any(p.rule == "part_whole" and "12 + 9 = 21" in p.message_vi for p in r.problems)


@pytest.mark.parametrize("total, public, private", [(21, 12, 9), (27, 15, 12), (30, 12, 9)])
def test_probe_complementary_parts_at_or_below_their_whole_load(total, public, private):
    got = taken(_organizations(total, public, private))
    assert got[(BAC_LIEU, "63", "st_organizations", "2023-12-31", "actual")] == total


def test_probe_parts_that_are_not_each_others_rest_are_not_summed():
    """Researchers by degree ("Tiến sĩ", "Thạc sĩ", "Đại học") or parts of two different items are no pair
    that splits the whole."""
    got = taken(_organizations(18, 12, 9, "Trong đó: Viện nghiên cứu", "- Trung tâm"))
    assert got[(BAC_LIEU, "63", "st_organizations", "2023-12-31", "actual")] == 18
    r = examine(head("Bạc Liêu", "TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH ĐẾN 31/12/2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], ["1", "Tổng số tổ chức KH&CN", "tổ chức", 18],
        ["", "- Công lập", "tổ chức", 12], ["2", "Ngoài công lập (doanh nghiệp KH&CN)", "doanh nghiệp", 9]])
    assert taken(r)[(BAC_LIEU, "63", "st_organizations", "2023-12-31", "actual")] == 18


def test_probe_a_rates_complementary_parts_are_their_own_rates():
    """A rate over "Công lập | 80" and "Ngoài công lập | 60": each part is its own group's rate, no share."""
    r = examine(head("Bạc Liêu", "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023"], ["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", 75],
        ["", "- Công lập", "%", 80], ["", "- Ngoài công lập", "%", 60]])
    assert taken(r)[(BAC_LIEU, "63", "online_dossier_rate", "2023", "actual")] == 75
