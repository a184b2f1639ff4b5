"""The lead's classes of this session's combination (issue #8): a label read under its form's title only
when the label itself names most of what it says in the indicator's words."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

TITLE = "HỖ TRỢ DOANH NGHIỆP, TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"
HEADER = ["Chỉ tiêu", "Mã số", "Đơn vị tính", "Thực hiện kỳ trước", "Thực hiện kỳ này"]


def _form(*rows):
    return examine(head("Quảng Bình", TITLE) + [["Kỳ báo cáo: năm 2021"], HEADER, *rows], name="bieu_02.xlsx")


def test_a_label_sharing_one_folded_word_with_an_indicator_is_not_read_under_the_title():
    """Statistical form 02/KHCN-ĐP: "Số phương tiện đo được kiểm định | Phương tiện | 8240 | 9015" under the
    title "HỖ TRỢ DOANH NGHIỆP, …" shared only "tien" (tiện, folded like the "tiến" of an alias "… ứng
    dụng tiến bộ KH&CN") with the enterprises supported, and the title's words did the rest: 8,240
    instruments read as Quảng Bình's enterprises supported of 2020, and with the real 22 on the row above
    the honest file was refused as two values (batch 28's Quảng Bình in the landing suite)."""
    got = _form(["Doanh nghiệp được hỗ trợ hoạt động KH&CN, đổi mới sáng tạo", "09", "Doanh nghiệp", 22, 31],
                ["Số cuộc thanh tra, kiểm tra", "11", "Cuộc", 14, 12],
                ["Số phương tiện đo được kiểm định", "12", "Phương tiện", 8240, 9015])
    assert got.accepted
    supported = {k[3]: v for k, v in taken(got).items() if k[2] == "enterprises_supported"}
    assert supported == {"2020": 22, "2021": 31}
    assert 8240 not in taken(got).values() and 9015 not in taken(got).values()


def test_probe_a_label_naming_most_of_it_is_still_read_under_its_title():
    """"Số sản phẩm được công nhận lại" under "Kết quả thực hiện Chương trình OCOP": the label names the
    products re-recognized, the title only says which programme — still read (its tokens are all the
    indicator's)."""
    got = examine(head("Quảng Bình", "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2024")
                  + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Số sản phẩm được công nhận lại", "sản phẩm", 7]],
                  name="ocop.xlsx")
    assert {k[2]: v for k, v in taken(got).items()}.get("ocop_products_rerecognized") == 7


def test_a_cited_decisions_date_is_not_the_day_the_report_was_written():
    """Kiên Giang's 2023 form "V/v báo cáo số liệu chỉ tiêu KH&CN năm 2023 theo Quyết định số 1563/QĐ-UBND ngày
    15/6/2023": wrong32 read the decision's date as the day the report was written, before 2023 ended, and set
    aside every 2023 figure (batch 18's file lost its 13). A day after a document's number is that document's."""
    got = examine(head("Kiên Giang", "V/v báo cáo số liệu chỉ tiêu KH&CN năm 2023 theo Quyết định số "
                                     "1563/QĐ-UBND ngày 15/6/2023")
                  + [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2023"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12]],
                  name="kiengiang.xlsx")
    assert {k[2:]: v for k, v in taken(got).items()} == {("tasks_accepted", "2023", "actual"): 12}


def test_probe_a_report_written_before_its_year_ended_still_sets_the_year_aside():
    """wrong32's own case stays: "Báo cáo kết quả hoạt động KH&CN năm 2024, ngày 15/10/2024" over "Năm 2024"."""
    got = examine(head("Nghệ An", "Báo cáo kết quả hoạt động KH&CN năm 2024, ngày 15/10/2024")
                  + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12]],
                  name="nghean.xlsx")
    assert not any(k[2] == "tasks_accepted" and k[4] == "actual" for k in taken(got))
