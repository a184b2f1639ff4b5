"""What the nineteenth blind batch of the workbook corpus revealed (ordinary reports of the North-West,
the northern midlands and the Central Highlands, their labels worded as another office words them),
one class per test (README "Whole reports, scored as the held-out set is"): each report is built
here, marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's
reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken


def test_a_figure_per_number_of_people_is_no_count():
    """"Số người làm NCKH/vạn dân | 4,2" is researchers per 10,000 people, a ratio: it was stored as
    4,2 researchers (a wrong number), and a sheet giving both the count and the ratio was refused
    as one fact with two values. Its own row and its own column are ignored, the count is taken."""
    result = examine(head("Sơn La", "MỘT SỐ CHỈ TIÊU KH&CN NĂM 2023") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
        ["1", "Người làm NCKH", "người", 1200],
        ["2", "Số người làm NCKH/vạn dân", "người", "9,8"],
        ["3", "Số người nghiên cứu khoa học (trên 1 vạn dân)", "người", "9,8"],
        ["4", "Sáng kiến được công nhận", "sáng kiến", 45],
    ], name="sonla_2023.xlsx")
    assert taken(result) == {("14", "63", "researchers", "2023-12-31", "actual"): 1200,
                             ("14", "63", "initiatives_recognized", "2023", "actual"): 45}
    assert any("số dân" in i.reason_vi for i in result.ignored if "vạn dân" in i.text)
    got = taken(examine(head("Lai Châu", "SỐ LIỆU KH&CN GIAI ĐOẠN 2021 - 2022") + [
        ["Năm", "Người làm NCKH (người)", "Số người làm NCKH trên 10.000 dân", "Sáng kiến được công nhận"],
        [2021, 410, "8,9", 12],
        [2022, 425, "9,1", 15],
    ], name="laichau_2021_2022.xlsx"))
    assert got == {("12", "63", "researchers", "2021-12-31", "actual"): 410,
                   ("12", "63", "researchers", "2022-12-31", "actual"): 425,
                   ("12", "63", "initiatives_recognized", "2021", "actual"): 12,
                   ("12", "63", "initiatives_recognized", "2022", "actual"): 15}


def test_a_unit_per_number_of_people_sets_its_cell_aside():
    """"Số người làm nghiên cứu khoa học | người/vạn dân | 9,8": the label names the count, its unit
    says the figure is per 10,000 people — that cell alone is set aside (rule unit), never stored as
    9,8 researchers; the rest of the file loads."""
    result = examine(head("Điện Biên", "MỘT SỐ CHỈ TIÊU KH&CN NĂM 2023") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
        ["1", "Số người làm nghiên cứu khoa học", "người/vạn dân", "9,8"],
        ["2", "Sáng kiến được công nhận", "sáng kiến", 12],
    ], name="dienbien_2023.xlsx")
    assert taken(result) == {("11", "63", "initiatives_recognized", "2023", "actual"): 12}
    assert any(i.rule == "unit" and "số dân" in i.reason_vi for i in result.ignored)


def test_a_figure_per_number_of_people_in_a_sentence_is_no_count():
    """A result typed as a sentence: "Toàn tỉnh có 9,8 người làm nghiên cứu khoa học trên 1 vạn dân"
    (and "Số người … trên 1 vạn dân đạt 9,8 người") is the ratio, never 9,8 researchers; the count in
    the same cell is taken."""
    got = taken(examine(head("Hòa Bình", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023") + [
        ["STT", "Nội dung", "Kết quả thực hiện"],
        ["1", "Nhân lực nghiên cứu", "Toàn tỉnh có 9,8 người làm nghiên cứu khoa học trên 1 vạn dân"],
        ["2", "Nhân lực", "Số người làm nghiên cứu khoa học trên 1 vạn dân đạt 9,8 người; toàn tỉnh có "
                          "820 người làm nghiên cứu khoa học"],
        ["3", "Sáng kiến", "Công nhận 45 sáng kiến"],
    ], name="hoabinh_2023.xlsx"))
    assert got == {("17", "63", "researchers", "2023-12-31", "actual"): 820,
                   ("17", "63", "initiatives_recognized", "2023", "actual"): 45}


def test_the_share_of_procedures_with_an_online_dossier_is_not_the_dossier_rate():
    """"Tỷ lệ TTHC có phát sinh hồ sơ trực tuyến" is the share of procedures that received any online
    dossier, not the share of dossiers received online: read as the dossier rate, it refused the
    honest report (one fact, two values). Ignored with the word that rules it out."""
    result = examine(head("Lào Cai", "KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026") + [
        ["STT", "Chỉ tiêu", "ĐVT", "TH 6 tháng đầu năm 2026"],
        ["1", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến (%)", "%", "93,8"],
        ["2", "Tỷ lệ TTHC có phát sinh hồ sơ trực tuyến (%)", "%", "88,0"],
        ["3", "NVKH đã nghiệm thu", "nhiệm vụ", 11],
    ], name="laocai_6t_2026.xlsx")
    assert taken(result) == {("15", "34", "online_dossier_rate", "2026-S1", "actual"): 93.8,
                             ("15", "34", "tasks_accepted", "2026-S1", "actual"): 11}
    assert any("có phát sinh" in i.reason_vi for i in result.ignored if "phát sinh" in i.text)


def test_the_rural_and_mountain_programme_named_in_full():
    """The NTMN programme's official name spelled out ("Chương trình hỗ trợ ứng dụng, chuyển giao tiến
    bộ KH&CN thúc đẩy phát triển KT-XH nông thôn, miền núi, vùng dân tộc thiểu số") is the programme
    whose projects are counted: it was only a suggestion, its three years lost."""
    got = taken(examine(head("Yên Bái", "KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2021 - 2022") + [
        ["TT", "Nội dung chỉ tiêu", "ĐVT", "Năm 2021", "Năm 2022"],
        ["1", "Số nhiệm vụ KH&CN triển khai trong năm (NV)", "nhiệm vụ", 41, 44],
        ["2", "Số dự án thuộc Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ KH&CN thúc đẩy phát triển "
              "KT-XH nông thôn, miền núi, vùng DTTS", "dự án", 2, 3],
    ], name="yenbai_2021_2022.xlsx"))
    assert got[("15", "63", "tasks_managed_ntmn", "2021", "actual")] == 2
    assert got[("15", "63", "tasks_managed_ntmn", "2022", "actual")] == 3
    assert len(got) == 4
