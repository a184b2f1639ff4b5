"""blind73 (issue #8): the classes batch 73 found — quarterly and nine-month reports of 2026 from the new provinces of
the Central Highlands and the South-Central Coast — each with the smallest realistic report (tests/fixtures/reports.py,
read by `etl.ingest.examine` as an upload is), and beside it the honest and wrong neighbours that must read as before."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken


def _read(result) -> dict:
    """{(indicator, period): value} of an upload that must be accepted."""
    return {(i, per): v for (_, _, i, per, _), v in taken(result).items()}


def _part_problems(result) -> list:
    return [p for p in result.problems if p.rule == "part_whole"]


# --- 1. the label header naming the table's period ("Chỉ tiêu (9 tháng năm 2026)") --------------------------------

_NINE_MONTHS = "TỔNG HỢP MỘT SỐ CHỈ TIÊU KH&CN 9 THÁNG NĂM 2026 THEO ĐỊA BÀN"


def _by_area(label_header: str, *, other: list | None = None, title: str = _NINE_MONTHS) -> list[list]:
    header = ["TT", label_header, "ĐVT", "Toàn tỉnh", "Lâm Đồng (cũ)", "Đắk Nông (cũ)", "Bình Thuận (cũ)"]
    rows = [["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 65, 31, 12, 22],
            ["2", "Doanh nghiệp được hỗ trợ hoạt động KH&CN", "Doanh nghiệp", 56, 26, 11, 19]]
    if other is not None:   # a second text column before the labels' ("Nội dung" over the same names)
        header = header[:1] + ["Nội dung"] + header[1:]
        rows = [r[:1] + [r[1]] + [o] + r[2:] for r, o in zip(rows, other)]
    return head("Lâm Đồng", title) + [header] + rows


def test_a_label_header_with_the_period_in_a_note_is_the_label_column():
    """REFUSED: the new Lâm Đồng's 'TT | Chỉ tiêu (9 tháng năm 2026) | ĐVT | Toàn tỉnh | …' was refused whole ('không
    tìm thấy chỉ tiêu nào', batch 73): a label header's word with a period is a target's column — in a bracketed
    note after the bare word, beside no other label column, it is the labels' column and says their period."""
    assert _read(examine(_by_area("Chỉ tiêu (9 tháng năm 2026)"))) == {
        ("ocop_products", "2026-01/2026-09"): 65, ("enterprises_supported", "2026-01/2026-09"): 56}


def test_probe_the_bare_label_header_reads_the_same():
    assert _read(examine(_by_area("Chỉ tiêu"))) == {
        ("ocop_products", "2026-01/2026-09"): 65, ("enterprises_supported", "2026-01/2026-09"): 56}


def test_probe_a_plan_in_the_note_is_no_label_column():
    """'Chỉ tiêu (KH năm 2026)': the year's target — no label column, nothing read as before."""
    result = examine(_by_area("Chỉ tiêu (KH năm 2026)"))
    assert not result.accepted and not len(result.facts)


def test_probe_a_target_column_beside_the_labels_stays_no_label():
    """'Nội dung | Chỉ tiêu (năm 2026)' — with the labels' column there, the second is no label column: the rows
    read by 'Nội dung' as before, no figure taken from the other."""
    result = examine(_by_area("Chỉ tiêu (năm 2026)", other=["Tăng 10%", "Tăng 5%"]))
    assert _read(result) == {("ocop_products", "2026-01/2026-09"): 65, ("enterprises_supported", "2026-01/2026-09"): 56}


# --- 2. a level above the new (or carried-over) tasks it is part of -------------------------------------------------

def _tasks(*rows: list, title: str = "SỐ LIỆU NHIỆM VỤ KH&CN QUÝ III NĂM 2026") -> list[list]:
    return head("Đắk Lắk", title) + [["STT", "Chỉ tiêu", "ĐVT", "Quý III/2026"], *rows]


def test_a_level_above_the_new_tasks_refuses_the_file():
    """WRONG: 'Nhiệm vụ KH&CN mới triển khai | 9' over 'Trong đó: cấp tỉnh | 11' was stored (batch 73): the levels
    were declared parts of the tasks managed only — a part above its whole, told once at the part's cell."""
    result = examine(_tasks(["1", "Nhiệm vụ KH&CN mới triển khai", "Nhiệm vụ", 9],
                            [None, "Trong đó: cấp tỉnh", "Nhiệm vụ", 11]))
    assert not result.accepted
    problems = _part_problems(result)
    assert len(problems) == 1 and problems[0].cell == "D8" and "lớn hơn tổng" in problems[0].message_vi


def test_a_level_above_the_carried_over_tasks_refuses_the_file():
    result = examine(_tasks(["1", "Nhiệm vụ KH&CN chuyển tiếp", "Nhiệm vụ", 20],
                            [None, "Trong đó: cấp tỉnh", "Nhiệm vụ", 22]))
    assert not result.accepted and len(_part_problems(result)) == 1


def test_a_level_above_both_its_wholes_is_told_once():
    """Above the new tasks and the tasks managed alike: one problem at the part, not one per whole."""
    result = examine(_tasks(["1", "Tổng số nhiệm vụ KH&CN đang thực hiện", "Nhiệm vụ", 10],
                            ["2", "Nhiệm vụ KH&CN mới triển khai", "Nhiệm vụ", 9],
                            [None, "Trong đó: cấp tỉnh", "Nhiệm vụ", 11]))
    assert not result.accepted and len(_part_problems(result)) == 1


def test_probe_levels_within_the_new_tasks_read():
    assert _read(examine(_tasks(["1", "Nhiệm vụ KH&CN mới triển khai", "Nhiệm vụ", 9],
                                [None, "Trong đó: - cấp quốc gia", "Nhiệm vụ", 2],
                                [None, "               - cấp tỉnh", "Nhiệm vụ", 7]))) == {
        ("tasks_new", "2026-Q3"): 9, ("tasks_new_national", "2026-Q3"): 2, ("tasks_new_provincial", "2026-Q3"): 7}


def test_levels_summing_above_the_new_tasks_refuse():
    result = examine(_tasks(["1", "Nhiệm vụ KH&CN mới triển khai", "Nhiệm vụ", 9],
                            [None, "Trong đó: - cấp quốc gia", "Nhiệm vụ", 3],
                            [None, "               - cấp tỉnh", "Nhiệm vụ", 7]))
    assert not result.accepted and _part_problems(result)


def test_probe_a_provincial_level_of_the_tasks_managed_above_the_new_tasks_reads():
    """The provincial tasks MANAGED (61) above the new tasks (9): a level of another whole, read as before."""
    assert _read(examine(_tasks(["1", "Tổng số nhiệm vụ KH&CN đang thực hiện", "Nhiệm vụ", 96],
                                [None, "Trong đó: cấp tỉnh", "Nhiệm vụ", 61],
                                ["2", "Nhiệm vụ KH&CN mới triển khai", "Nhiệm vụ", 9]))) == {
        ("tasks_managed", "2026-Q3"): 96, ("tasks_managed_provincial", "2026-Q3"): 61, ("tasks_new", "2026-Q3"): 9}
