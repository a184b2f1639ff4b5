"""wrong41 (issue #8, precision first): wrong numbers last session left, found by this session's reviewers; each class
with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and
beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, examine, facts, head, table

NGHE_AN = "40"


def _na(code: str, period: str, value) -> dict:
    return {(NGHE_AN, "63", code, period, "actual"): value}


# --- 4. a month, then a date (or a date, then a month) in one span ---------------------------------------------------

@pytest.mark.parametrize("column", ["T1/2024 - 31/3/2024", "Tháng 1/2024 – 31/3/2024", "Từ tháng 1/2024 đến 31/3/2024",
                                    "01/01/2024 - T3/2024"])
def test_a_month_then_a_date_is_the_span_not_the_month(column):
    """WRONG: a column headed "T1/2024 - 31/3/2024" stored the first quarter's 11 OCOP products as January 2024's
    ("01/01/2024 - T3/2024" as March's): the span runs from the month's first day to the date."""
    got = facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx"))
    assert got == _na("ocop_products", "2024-Q1", 11), (column, got)


def test_a_month_then_a_date_of_no_whole_months_is_no_one_month():
    got = facts(table(OCOP_ROW + [11], columns=("T1/2024 - 15/3/2024",), name="report.xlsx"))
    assert not any(k[3] == "2024-01" for k in got), got


@pytest.mark.parametrize("column, period", [("T1/2024", "2024-01"), ("T1/2024 - T3/2024", "2024-Q1"),
                                            ("01/01/2024 - 31/3/2024", "2024-Q1"), ("Tháng 1 - 6/2024", "2024-S1")])
def test_probe_months_and_date_spans_read_as_before(column, period):
    assert facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx")) == _na("ocop_products", period, 11)


# --- 2. dossiers still being handled -------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ trực tuyến đang giải quyết", "Tỷ lệ hồ sơ trực tuyến đang xử lý",
                                   "Tỷ lệ hồ sơ đang giải quyết trực tuyến"])
def test_a_rate_of_dossiers_still_being_handled_is_no_online_dossier_rate(label):
    """WRONG: "Tỷ lệ hồ sơ trực tuyến đang giải quyết | 12,5" (dossiers still pending) was stored as the online
    dossier rate ("đang" a stopword: the alias "tỷ lệ hồ sơ giải quyết trực tuyến"); as wrong38's "đang nghiệm thu"."""
    got = facts(table(["1", label, "%", 12.5]))
    assert not any(k[2] == "online_dossier_rate" for k in got), (label, got)


@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ giải quyết trực tuyến", "Tỷ lệ hồ sơ trực tuyến",
                                   "Tỷ lệ hồ sơ được giải quyết trực tuyến"])
def test_probe_the_online_dossier_rate_is_still_read(label):
    assert facts(table(["1", label, "%", 85.5])) == _na("online_dossier_rate", "2024", 85.5), label


# --- 3. two states of the tasks listed in one label ----------------------------------------------------------------

@pytest.mark.parametrize("label", ["Nhiệm vụ đang triển khai, nghiệm thu", "Số nhiệm vụ triển khai và nghiệm thu",
                                   "Nhiệm vụ KH&CN đang thực hiện, nghiệm thu"])
def test_tasks_under_way_and_accepted_together_are_no_tasks_accepted(label):
    """WRONG: "Nhiệm vụ đang triển khai, nghiệm thu | 12" (two states listed: under way, accepted) was stored as 12
    tasks accepted (0.899): no one stage, as wrong38's "phê duyệt và nghiệm thu"."""
    got = facts(table(["1", label, "nhiệm vụ", 12]))
    assert not any(k[2].startswith("tasks_") for k in got), (label, got)


@pytest.mark.parametrize("label, code", [("Nhiệm vụ KH&CN được nghiệm thu", "tasks_accepted"),
                                         ("Nhiệm vụ đã nghiệm thu", "tasks_accepted"),
                                         ("Nhiệm vụ KH&CN đang triển khai", "tasks_managed"),
                                         ("Số nhiệm vụ KH&CN triển khai thực hiện", "tasks_managed")])
def test_probe_one_stage_of_the_tasks_is_still_read(label, code):
    assert facts(table(["1", label, "nhiệm vụ", 12])) == _na(code, "2024", 12), label


# --- 1. one field, one office's, one group's tasks named as if every task ------------------------------------------

_PARTS = ["Nhiệm vụ KH&CN lĩnh vực nông nghiệp được quản lý", "Nhiệm vụ KH&CN được quản lý của Sở Nông nghiệp",
          "Nhiệm vụ KH&CN được quản lý - phụ nữ chủ nhiệm", "Nhiệm vụ KH&CN lĩnh vực y tế được nghiệm thu",
          "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU CỦA SỞ NÔNG NGHIỆP VÀ PTNT", "Nhiệm vụ KH&CN do nữ chủ nhiệm được nghiệm thu"]
_WHOLES = [("Nhiệm vụ KH&CN được quản lý", "tasks_managed"), ("Nhiệm vụ KH&CN các lĩnh vực được quản lý", "tasks_managed"),
           ("Nhiệm vụ KH&CN thuộc các lĩnh vực được nghiệm thu", "tasks_accepted"),
           ("Nhiệm vụ KH&CN được quản lý của Sở KH&CN", "tasks_managed"),
           ("Nhiệm vụ KH&CN được nghiệm thu của Sở Khoa học và Công nghệ", "tasks_accepted")]
_LEVELS = [[None, "Tổng số", "nhiệm vụ", 63], ["1", "Cấp quốc gia", "nhiệm vụ", 4], ["2", "Cấp tỉnh", "nhiệm vụ", 38],
           ["3", "Cấp cơ sở", "nhiệm vụ", 21]]


def _caption(caption: str):
    """The levels under a table's own caption (blind64's "Bảng 1. …", batch 43's "… phân theo cấp quản lý")."""
    return examine(head("Nghệ An", "PHỤ LỤC SỐ LIỆU NĂM 2024")
                   + [[caption], ["STT", "Cấp quản lý", "Đơn vị tính", "Số lượng"], *_LEVELS], name="report.xlsx")


def _captions(subject: str) -> list[str]:
    return [f"Bảng 1. {subject} năm 2024", f"Bảng 2. Số {subject[0].lower()}{subject[1:]} năm 2024 phân theo cấp quản lý"]


@pytest.mark.parametrize("label", _PARTS)
def test_one_fields_offices_or_groups_tasks_are_never_every_task(label):
    """WRONG: "Nhiệm vụ KH&CN lĩnh vực nông nghiệp được quản lý | 12" (no "trong/thuộc": field_words missed it), "…
    của Sở Nông nghiệp" (one office's), "… - phụ nữ chủ nhiệm" (led by women) were stored as every task managed or
    accepted: each a part, never the whole."""
    got = facts(table(["1", label, "nhiệm vụ", 12]))
    assert not any(k[2].startswith("tasks_") for k in got), (label, got)


@pytest.mark.parametrize("subject", _PARTS[:3])
def test_one_fields_offices_or_groups_caption_names_no_count_of_every_task(subject):
    """WRONG: the same words as a table's caption over the levels stored 63 (and 4, 38, 21) as every task managed."""
    for caption in _captions(subject):
        got = facts(_caption(caption))
        assert not any(k[2].startswith("tasks_") for k in got), (caption, got)


@pytest.mark.parametrize("label, code", _WHOLES)
def test_probe_every_field_and_the_departments_own_tasks_are_still_the_whole(label, code):
    assert facts(table(["1", label, "nhiệm vụ", 12])) == _na(code, "2024", 12), label


@pytest.mark.parametrize("subject", [w for w, code in _WHOLES if code == "tasks_managed"])
def test_probe_captions_of_every_task_still_name_the_levels(subject):
    for caption in _captions(subject):
        got = facts(_caption(caption))
        assert {k[2]: v for k, v in got.items()} == {"tasks_managed": 63, "tasks_managed_national": 4,
                                                     "tasks_managed_provincial": 38, "tasks_managed_grassroots": 21}, \
            caption


@pytest.mark.parametrize("label, code", [("Chi ngân sách nhà nước trong lĩnh vực khoa học và công nghệ", "st_budget"),
                                         ("Chi NSNN cho lĩnh vực KH&CN", "st_budget"),
                                         ("Số thủ tục hành chính thuộc thẩm quyền của Sở", "tthc_total")])
def test_probe_the_whole_field_and_the_departments_own_words_read_as_before(label, code):
    from etl import labels
    assert labels.match_label(label).indicator == code, label
