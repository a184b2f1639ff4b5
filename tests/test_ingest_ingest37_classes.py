"""ingest37 (issue #8's speed): the steps made cheaper for a 100,000-row tidy sheet read the shapes their
short cuts pass over as before — the rows of the figures read told from all their cells' names at once
(etl/limits.py cell_rows: complementary part lines under a whole, the rows a sentence is looked for in), a
row "holds a figure" told by its cells' types (etl/headers.py _holds_figure), the former provinces' rule
asked only when the report's title placed a figure (etl/walk.py _set_aside_merged_before), the counts
recounted each period picked at C speed (etl/validate.py set_aside_recounted_sums). Speed itself is
measured in bench/ (ingest_bench.py, ingest_cpu.py), never here; every fixture file reads identically
(tools/examine_digest.py)."""
from __future__ import annotations

from etl import ingest
from tests.fixtures.reports import examine, facts, head, taken

BAC_LIEU, NGHE_AN = "95", "40"
H = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023"]


def _organizations(*parts: list) -> list[list]:
    """Twelve figures read above "Tổng số tổ chức KH&CN | 18" (cell names of two digits), its part lines under it."""
    rows = [H] + [[str(i + 1), "Số người làm nghiên cứu khoa học", "người", 600 + i] for i in range(1)]
    rows += [[str(i + 2), "Số sáng kiến được công nhận", "sáng kiến", 10 + i] for i in range(1)]
    return head("Bạc Liêu", "TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH NĂM 2023") + rows + [
        ["3", "Tổng số tổ chức KH&CN", "tổ chức", 18], *parts]


def test_parts_above_their_whole_under_read_rows_refuse_the_file():
    """Bạc Liêu: "Tổng số tổ chức KH&CN | 18" under two figures read, over "- Công lập | 12", "- Ngoài công
    lập | 9": 21 > 18, the report contradicts itself — refused, the problem naming the whole's cell and both
    parts' (the rows of the figures read are told from their cells' names all at once)."""
    r = examine(_organizations(["", "- Công lập", "tổ chức", 12], ["", "- Ngoài công lập", "tổ chức", 9]))
    assert not r.accepted
    wrong = [p for p in r.problems if p.rule == "part_whole"]
    assert [(p.cell, "12 + 9 = 21" in p.message_vi, "D10, D11" in p.message_vi) for p in wrong] == [("D9", True, True)]


def test_probe_parts_within_their_whole_and_sexes_that_add_up_load():
    """Probes: parts adding up to less than the whole (10 + 8 of 18) load, the 18 stored; "Trong đó: Nam |
    70", "Nữ | 50" under 120 researchers add up and load; "Nữ | 40" under it (110 of 120) is refused."""
    got = taken(examine(_organizations(["", "- Công lập", "tổ chức", 10], ["", "- Ngoài công lập", "tổ chức", 8])))
    assert got[(BAC_LIEU, "63", "st_organizations", "2023-12-31", "actual")] == 18
    rows = head("Bạc Liêu", "NHÂN LỰC KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023") + [
        H, ["1", "Số sáng kiến được công nhận", "sáng kiến", 12],
        ["2", "Số người làm nghiên cứu khoa học", "người", 120], ["", "Trong đó: Nam", "người", 70]]
    assert examine(rows + [["", "Nữ", "người", 50]]).accepted
    refused = examine(rows + [["", "Nữ", "người", 40]])
    assert [p.cell for p in refused.problems if p.rule == "part_whole"] == ["D8"]


def test_a_second_table_after_a_blank_row_under_rows_of_whole_numbers_is_read_under_its_own_header():
    """Nghệ An: "Chỉ tiêu | Năm 2023" over the tasks managed (whole numbers), a blank row, then "Chỉ tiêu |
    Năm 2024" over the products: the second table's header starts after the blank row (a row of figures —
    typed as whole numbers — is never a header), its 30 products are 2024's."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN") + [
        ["STT", "Chỉ tiêu", "Năm 2023"], ["1", "Nhiệm vụ KH&CN được quản lý", 45], [],
        ["STT", "Chỉ tiêu", "Năm 2024"], ["1", "Sản phẩm OCOP được công nhận", 30]]))
    assert got[(NGHE_AN, "63", "tasks_managed", "2023", "actual")] == 45
    assert got[(NGHE_AN, "63", "ocop_products", "2024", "actual")] == 30
    assert (NGHE_AN, "63", "ocop_products", "2023", "actual") not in got


def test_tidy_rows_naming_their_provinces_keep_their_figures_and_recounted_sums_stand_aside():
    """Tidy rows ("Tỉnh | Năm | Chỉ tiêu | Giá trị", no province in the title): each row's province and year
    as typed; the tasks managed over 2022–2024 that are exactly the years' sum (a task carried on is in each
    year's figure) set aside with the reason, the tasks accepted over the span (each counted once) kept."""
    rows = [["DỮ LIỆU TỔNG HỢP"], ["Tỉnh", "Năm", "Chỉ tiêu", "Giá trị"]]
    for year, managed, accepted in (("2022", 40, 12), ("2023", 45, 15), ("2024", 50, 18),
                                    ("Giai đoạn 2022-2024", 135, 45)):
        rows += [["Nghệ An", year, "Nhiệm vụ KH&CN được quản lý", managed],
                 ["Nghệ An", year, "Nhiệm vụ KH&CN được nghiệm thu", accepted],
                 ["Hà Tĩnh", year, "Nhiệm vụ KH&CN được nghiệm thu", accepted + 1]]
    r = examine(rows, name="tong_hop.xlsx")
    got = taken(r)
    assert got[(NGHE_AN, "63", "tasks_managed", "2024", "actual")] == 50
    assert (NGHE_AN, "63", "tasks_managed", "2022/2024", "actual") not in got
    assert got[(NGHE_AN, "63", "tasks_accepted", "2022/2024", "actual")] == 45
    assert got[("42", "63", "tasks_accepted", "2022/2024", "actual")] == 46
    assert any("đếm lại ở mỗi kỳ" in i.reason_vi for i in r.ignored)


def test_a_csv_with_its_header_repeated_and_short_rows_reads_every_province():
    """A CSV export with short rows (no trailing empty fields) and its header repeated between two provinces
    (a printed page's break): the copy is no row, both provinces' figures are read."""
    text = ("Tỉnh,Năm,Chỉ tiêu,Giá trị,Ghi chú\n"
            "Nghệ An,2024,Nhiệm vụ KH&CN được quản lý,50\n"
            "Tỉnh,Năm,Chỉ tiêu,Giá trị,Ghi chú\n"
            "Hà Tĩnh,2024,Nhiệm vụ KH&CN được quản lý,21,\n")
    got = facts(ingest.examine(text.encode("utf-8"), "tong_hop_2024.csv"))
    assert got == {(NGHE_AN, "63", "tasks_managed", "2024", "actual"): 50,
                   ("42", "63", "tasks_managed", "2024", "actual"): 21}, got
