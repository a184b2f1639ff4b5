"""review31a on blind58's rules (issue #8: precision 1.00 at first sight): a title line of a merged
province's report naming the former provinces it was formed from was read as one former area's sheet —
the merged territory's 2024 stored as the former province's, the province's own 2025 lost. Then probes of
the former areas' own sheets that must stay their shares. Each workbook is built here, marked as test
data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine_book, reasons, taken

QUANG_NGAI, HCM = "51", "79"
ACCEPTED = ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]


def _report(note: str, province: str = "TỈNH QUẢNG NGÃI", sheet: str = "Biểu 01", columns=("Năm 2024", "Năm 2025"),
            figures=(25, 30)):
    """A merged province's report on 2025 (with 2024 beside it) whose title line is `note`."""
    return [[f"UBND {province}"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"],
            [note], [], ["TT", "Chỉ tiêu", "ĐVT", *columns], ACCEPTED + list(figures)]


@pytest.mark.parametrize("note", ["(Tỉnh Quảng Ngãi hợp nhất từ tỉnh Quảng Ngãi và tỉnh Kon Tum cũ)",
                                  "(Trên cơ sở hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum cũ)",
                                  "Số liệu toàn tỉnh (Quảng Ngãi cũ và Kon Tum cũ)",
                                  "(Số liệu tổng hợp từ địa bàn Quảng Ngãi cũ và địa bàn Kon Tum cũ)"])
def test_a_title_naming_the_provinces_merged_is_the_whole_not_a_former_areas_sheet(note):
    """The new Quảng Ngãi's "Năm 2024 | Năm 2025" under a title line naming the provinces it was formed from:
    the merged territory's 25 tasks of 2024 were stored as the former Kon Tum's (or Quảng Ngãi's) and the
    province's 30 of 2025 set aside as a former area's share (blind58's _former_area_sheet). The 2025 figure
    is the province's; the 2024 one the merged territory's, which no province of then holds."""
    r = examine_book({"Biểu 01": _report(note)})
    assert taken(r) == {(QUANG_NGAI, "34", "tasks_accepted", "2025", "actual"): 30.0}


@pytest.mark.parametrize("sheet, title", [("BR-VT cũ", "SỐ LIỆU ĐỊA BÀN BÀ RỊA - VŨNG TÀU (CŨ)"),
                                          ("Bình Dương cũ", "")])
def test_probe_a_former_areas_own_sheet_stays_its_share(sheet, title):
    """The new Hồ Chí Minh City's workbook, the whole city and a former province's own sheet (a name of
    several words, "Bà Rịa - Vũng Tàu", holding "Bà Rịa" and "Vũng Tàu"): the sheet's 20 is that area's
    share of 2025, set aside; the city's 90 stays."""
    r = examine_book({"Toàn thành phố": _report("", "THÀNH PHỐ HỒ CHÍ MINH", columns=("Năm 2025",), figures=(90,)),
                      sheet: _report(title, "THÀNH PHỐ HỒ CHÍ MINH", columns=("Năm 2025",), figures=(20,))})
    assert taken(r) == {(HCM, "34", "tasks_accepted", "2025", "actual"): 90.0}
    assert "phần của địa bàn tỉnh cũ" in reasons(r)
