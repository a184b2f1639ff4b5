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
