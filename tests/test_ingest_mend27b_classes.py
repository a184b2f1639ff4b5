"""Honest figures the ingest lost at first sight (issue #8, helper mend27b): each class a person reads
with certainty, with probes that nothing wrong comes with it. Test data, built with tests/fixtures/reports.py."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

TASKS_TITLE = "Kết quả hoạt động khoa học và công nghệ năm 2024"


def _tasks(rows: list[list]):
    return examine(head("Bắc Giang", TASKS_TITLE) + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]] + rows)


def _by_indicator(result) -> dict:
    return {k[2]: v for k, v in taken(result).items()}


# --- 1. a row naming one type of task and a stage of its own, under a row of another stage -------------
def test_topics_accepted_under_the_tasks_managed_are_the_provincial_tasks_accepted():
    # main dropped 12 with the reason "Trùng tên hoặc tên gọi khác của chỉ tiêu"
    got = _by_indicator(_tasks([["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
                                ["2", "Đề tài KH&CN cấp tỉnh được nghiệm thu", "nhiệm vụ", 12]]))
    assert got == {"tasks_managed": 40, "tasks_accepted_provincial": 12}


def test_probe_a_type_alone_or_in_the_headings_own_stage_stays_its_share():
    # a level alone under the tasks managed, the heading's own stage under the tasks accepted: the topics'
    # share, never every provincial task — and the reason shown no longer says the name is the indicator's
    for heading, row in (("Nhiệm vụ KH&CN được quản lý", "- Đề tài cấp tỉnh"),
                         ("Nhiệm vụ KH&CN được nghiệm thu", "- Đề tài cấp tỉnh được nghiệm thu")):
        result = _tasks([["1", heading, "nhiệm vụ", 40], [None, row, "nhiệm vụ", 12]])
        assert 12 not in taken(result).values(), row
        why = [i.reason_vi for i in result.ignored if i.text == row]
        assert why and not why[0].startswith("Trùng tên"), (row, why)
    # beside the projects in the same words, each is one type's share (wrong27)
    got = _by_indicator(_tasks([["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
                                ["2", "Đề tài cấp tỉnh được nghiệm thu", "nhiệm vụ", 12],
                                ["3", "Dự án cấp tỉnh được nghiệm thu", "nhiệm vụ", 3]]))
    assert got == {"tasks_managed": 40}


# --- 2. "Toàn tỉnh | Trong đó: TP Hà Tĩnh (cũ)": the province's column, then a part of it ---------------
def _whole_and_part(columns: list[str], title: str = TASKS_TITLE, province: str = "Hà Tĩnh",
                    rows=(("1", "Sản phẩm OCOP được công nhận", "sản phẩm"),
                          ("2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"))):
    values = [(42, 5, 3), (19, 2, 1)]
    return examine(head(province, title) + [["STT", "Chỉ tiêu", "ĐVT"] + columns] +
                   [list(r) + list(v[:len(columns)]) for r, v in zip(rows, values)])


def test_the_whole_provinces_column_beside_its_part_is_the_provinces_figure():
    # main stored nothing: both columns "did not say what they hold"
    for part in ("Trong đó: TP Hà Tĩnh (cũ)", "Trong đó: thành phố Hà Tĩnh"):
        assert taken(_whole_and_part(["Toàn tỉnh", part])) == {
            ("42", "63", "ocop_products", "2024", "actual"): 42,
            ("42", "63", "tasks_accepted", "2024", "actual"): 19}, part


def test_probe_the_part_a_former_province_a_period_beside_or_the_departments_procedures():
    # the part is never the province's; without "Trong đó" the town's column is no part said
    assert 5 not in facts(_whole_and_part(["Toàn tỉnh", "Trong đó: TP Hà Tĩnh (cũ)"])).values()
    assert facts(_whole_and_part(["Toàn tỉnh", "TP Hà Tĩnh (cũ)"])) == {}
    # former provinces among the parts: "Toàn tỉnh" in 2024 is the merged territory, no province's
    got = facts(_whole_and_part(["Toàn tỉnh", "Trong đó: Quảng Ngãi (cũ)", "Trong đó: Kon Tum (cũ)"],
                                province="Quảng Ngãi"))
    assert 42 not in got.values() and 19 not in got.values()
    # a part left of the whole is no "of which" of it
    assert facts(_whole_and_part(["Trong đó: TP Hà Tĩnh (cũ)", "Toàn tỉnh"])) == {}
    # every office's procedures in the whole column are not the S&T department's (batch 47)
    got = facts(_whole_and_part(["Toàn tỉnh", "Trong đó: TP Hà Tĩnh (cũ)"],
                                rows=(("1", "Tổng số TTHC đang thực hiện", "thủ tục"),
                                      ("2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"))))
    assert got == {("42", "63", "tasks_accepted", "2024", "actual"): 19}
    # a plan's title: no actual figure
    got = facts(_whole_and_part(["Toàn tỉnh", "Trong đó: TP Hà Tĩnh (cũ)"], title="Kế hoạch khoa học và công nghệ năm 2025"))
    assert not any(k[4] == "actual" for k in got)
