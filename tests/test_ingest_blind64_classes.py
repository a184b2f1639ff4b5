"""blind64 (issue #8): the classes batch 64 found, each with the smallest realistic report (tests/fixtures/reports.py,
read by `etl.ingest.examine` as an upload is), and beside it the near misses that must stay as they are.

1. A table's own numbered caption ("Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2024") over levels as rows ("Cấp quản
   lý | Đơn vị tính | Số lượng | Trong đó nghiệm thu") names what "Số lượng" counts, as a caption announcing the
   breakdown ("… phân theo cấp quản lý") does: Kon Tum's 63 tasks managed and its three levels were lost.
2. A count typed with its kind of task beside another kind's count in one list ("45 đề tài, 3 dự án", "45 nhiệm vụ
   và 3 dự án") is no count of every task: probing batch 64's figures typed as text, "Nhiệm vụ KH&CN đang quản lý |
   45 đề tài, 3 dự án" and the line "Sở đang quản lý 45 đề tài, 3 dự án" stored 45 tasks managed (48, or unsaid).
3. A label typed in two cells of two rows ("Số tổ chức, cá nhân" over "được cấp quyền sử dụng CDĐL") beside figures
   each merged over both rows is one item: Kon Tum's GI holders at 31/12/2022 and 2023 were lost."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER, examine, facts, head

KON_TUM = "62"
APPENDIX = "PHỤ LỤC SỐ LIỆU"
LEVELS = [[None, "Tổng số", "nhiệm vụ", 63, 19], ["1", "Cấp quốc gia", "nhiệm vụ", 4, 1],
          ["2", "Cấp tỉnh", "nhiệm vụ", 38, 12], ["3", "Cấp cơ sở", "nhiệm vụ", 21, 6]]
MANAGED = {"tasks_managed": 63, "tasks_managed_national": 4, "tasks_managed_provincial": 38,
           "tasks_managed_grassroots": 21}


def _read(caption: str, header: list, rows: list, title: str = APPENDIX):
    return examine(head("Kon Tum", title) + [[caption], header, *rows], name="report.xlsx")


def _stored(result, period: str = "2024") -> dict:
    """The tasks facts stored for Kon Tum in `period`: {indicator: value} ({} when refused)."""
    if not result.accepted:
        return {}
    return {k[2]: v for k, v in facts(result).items() if k[0] == KON_TUM and k[3] == period}


# --- 1. a table's numbered caption over levels as rows ----------------------------------------------------------

def test_a_numbered_caption_names_the_count_of_the_levels():
    """LOST before: "Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2024" over "Cấp quản lý | ĐVT | Số lượng": refused whole
    ("không tìm thấy chỉ tiêu nào")."""
    got = _read("Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2024", ["STT", "Cấp quản lý", "Đơn vị tính", "Số lượng"],
                [r[:4] for r in LEVELS])
    assert _stored(got) == MANAGED


def test_a_numbered_caption_beside_the_of_which_share():
    """LOST before: "Số lượng | Trong đó nghiệm thu" — the share read (19, 1, 12 accepted), the count not."""
    got = _read("Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2024",
                ["STT", "Cấp quản lý", "Đơn vị tính", "Số lượng", "Trong đó nghiệm thu"], LEVELS)
    assert _stored(got) == {**MANAGED, "tasks_accepted": 19, "tasks_accepted_national": 1,
                            "tasks_accepted_provincial": 12}


def test_a_numbered_caption_of_another_stage_or_spelling():
    for caption in ("Biểu 2: Nhiệm vụ KH&CN được nghiệm thu năm 2024", "Bảng số 3 - Nhiệm vụ KH&CN được nghiệm thu"):
        got = _read(caption, ["STT", "Cấp quản lý", "Đơn vị tính", "Số lượng"], [r[:4] for r in LEVELS],
                    title="PHỤ LỤC SỐ LIỆU NĂM 2024")
        assert _stored(got) == {"tasks_accepted": 63, "tasks_accepted_national": 4, "tasks_accepted_provincial": 38}, \
            caption


def test_captions_that_name_no_count_of_the_year_stay_unread():
    """Probes: a section's heading (not a table's caption), another year's caption, a plan's, the funding's, a
    caption of proposed tasks, a share column beside the count — nothing of the levels stored as tasks managed."""
    header = ["STT", "Cấp quản lý", "Đơn vị tính", "Số lượng"]
    rows = [r[:4] for r in LEVELS]
    for caption in ("1. Nhiệm vụ KH&CN được quản lý năm 2024", "Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2023",
                    "Bảng 1. Kế hoạch nhiệm vụ KH&CN năm 2024", "Bảng 1. Kinh phí thực hiện nhiệm vụ KH&CN năm 2024",
                    "Bảng 1. Nhiệm vụ KH&CN đề xuất đặt hàng năm 2024"):
        got = _read(caption, header, rows, title="PHỤ LỤC SỐ LIỆU NĂM 2024")
        assert not any(k.startswith("tasks_managed") for k in _stored(got)), caption
    got = _read("Bảng 1. Nhiệm vụ KH&CN được quản lý năm 2024", header + ["Tỷ lệ (%)"],
                [r[:4] + [p] for r, p in zip(LEVELS, [100, 6.3, 60.3, 33.3])])
    assert not any(v == 100 for v in _stored(got).values())


# --- 2. one kind of task's count beside another kind's -----------------------------------------------------------

NINH_THUAN = "58"
REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"


def _cell(label: str, cell: str) -> dict:
    """What Ninh Thuận's report on 2024 stores from one row "label | unit | cell": {indicator: value}."""
    got = examine(head("Ninh Thuận", REPORT_2024) + [LABEL_UNIT_HEADER + ["Năm 2024"], ["1", label, "nhiệm vụ", cell]],
                  name="report.xlsx")
    return {k[2]: v for k, v in facts(got).items() if k[0] == NINH_THUAN and k[3] == "2024"} if got.accepted else {}


def test_a_kinds_count_beside_another_kinds_is_no_count_of_every_task():
    """WRONG before: 45 stored as every task managed (the tasks are 48, or the list does not say)."""
    for cell in ("45 đề tài, 3 dự án", "45 đề tài; 3 dự án", "45 nhiệm vụ, 3 dự án", "45 NV và 3 đề án"):
        assert _cell("Nhiệm vụ KH&CN đang quản lý", cell) == {}, cell


def test_a_line_listing_two_kinds_of_task_gives_no_count_of_every_task():
    """WRONG before: the sentence "Năm 2024, Sở đang quản lý 45 đề tài, 3 dự án." stored 45 tasks managed; with "và"
    both 45 and 3 were read (two values)."""
    for line in ("Năm 2024, Sở đang quản lý 45 đề tài, 3 dự án.", "Năm 2024, Sở đang quản lý 45 đề tài và 3 dự án KH&CN."):
        got = examine(head("Ninh Thuận", REPORT_2024) + [[line]], name="report.xlsx")
        assert not got.accepted or not any(k[2].startswith("tasks_") for k in facts(got)), line


def test_a_whole_and_its_parts_or_one_kind_alone_stay_read():
    """Probes: the whole before its kinds in brackets, "trong đó", levels after the whole, one kind alone, a list of
    stages (not kinds) — read as before."""
    label = "Nhiệm vụ KH&CN đang quản lý"
    assert _cell(label, "48 nhiệm vụ (45 đề tài, 3 dự án)") == {"tasks_managed": 48}
    assert _cell(label, "45 NV (trong đó 3 DA)") == {"tasks_managed": 45}
    assert _cell(label, "45 nhiệm vụ, 3 cấp quốc gia") == {"tasks_managed": 45, "tasks_managed_national": 3}
    assert _cell(label, "45 nhiệm vụ") == {"tasks_managed": 45}
    assert _cell(label, "45 đề tài") == {"tasks_managed": 45}
    got = examine(head("Ninh Thuận", REPORT_2024) + [["Năm 2024, Sở nghiệm thu 20 nhiệm vụ, chuyển tiếp 15 nhiệm vụ."]],
                  name="report.xlsx")
    stored = {k[2]: v for k, v in facts(got).items()}
    assert stored == {"tasks_accepted": 20, "tasks_carried_over": 15}
    # the kinds breaking a whole down, each its part (Sơn La's news item, batch 32)
    got = examine(head("Ninh Thuận", REPORT_2024) + [[
        "Năm 2024, Sở tiếp tục triển khai thực hiện 29 nhiệm vụ KH&CN chuyển tiếp từ năm 2023 sang (bao gồm: 24 đề tài "
        "cấp tỉnh, 04 dự án thuộc Chương trình Nông thôn miền núi nhóm Trung ương quản lý, 01 đề tài cấp quốc gia)."]],
        name="report.xlsx")
    stored = {k[2]: v for k, v in facts(got).items()}
    assert stored["tasks_carried_over"] == 29 and stored["tasks_carried_over_provincial"] == 24
    assert stored["tasks_carried_over_national"] == 1


# --- 3. a label in two rows beside figures merged over both -------------------------------------------------------

IP_TITLE = "TÌNH HÌNH XÁC LẬP QUYỀN SỞ HỮU TRÍ TUỆ ĐẾN NĂM 2023"
STOCKS = ["STT", "Loại", "Đơn vị tính", "Lũy kế đến 31/12/2022", "Lũy kế đến 31/12/2023"]


def _two_lines(first: str, second: str, merged=(1, 3, 4, 5), figures_below=(None, None)):
    """Kon Tum's IP stocks with item 2's label typed over two rows; `merged`: the columns (1-based) merged over both
    rows. {(indicator, period): value} stored."""
    rows = head("Kon Tum", IP_TITLE) + [STOCKS, ["1", "Nhãn hiệu tập thể", "nhãn hiệu", 14, 17],
                                        ["2", first, "tổ chức, cá nhân", 12, 21],
                                        [None, second, None, *figures_below]]
    top = len(rows) - 1   # item 2's row, 1-based
    letters = "ABCDE"
    got = examine(rows, merges=tuple(f"{letters[c - 1]}{top}:{letters[c - 1]}{top + 1}" for c in merged),
                  name="report.xlsx")
    return {(k[2], k[3]): v for k, v in facts(got).items() if k[0] == KON_TUM} if got.accepted else {}


def test_a_label_over_two_rows_beside_merged_figures_is_one_item():
    """LOST before: the GI holders (12 at 31/12/2022, 21 at 31/12/2023)."""
    got = _two_lines("Số tổ chức, cá nhân", "được cấp quyền sử dụng CDĐL")
    assert got[("ip_gi_use_certificates_total", "2022-12-31")] == 12
    assert got[("ip_gi_use_certificates_total", "2023-12-31")] == 21
    assert got[("ip_collective_marks", "2023-12-31")] == 17


def test_two_rows_not_one_item_stay_as_they_were():
    """Probes: figures not merged over the second line, the second line with its own figures, or naming a year — the
    two lines are not joined (no GI holders read)."""
    for kwargs in ({"merged": ()}, {"merged": (1, 3)}, {"merged": (1, 3), "figures_below": (3, 4)}):
        got = _two_lines("Số tổ chức, cá nhân", "được cấp quyền sử dụng CDĐL", **kwargs)
        assert not any(k[0] == "ip_gi_use_certificates_total" for k in got), kwargs
    got = _two_lines("Số tổ chức, cá nhân", "được cấp quyền sử dụng CDĐL năm 2021")
    assert not any(k[0] == "ip_gi_use_certificates_total" for k in got)
