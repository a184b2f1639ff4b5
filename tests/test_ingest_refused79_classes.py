"""refused79 (issue #8, batch 79's two honest layouts refused whole — "no file lost for one cell"): regional
compilations after the merger and conference tables by province, each read as a class, with the honest
neighbours that must keep reading the same and the wrong ones that must stay refused or set aside. Each report is
the smallest realistic one, read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, taken, why

NINE_MONTHS = "KẾT QUẢ KH&CN 9 THÁNG NĂM 2025 CÁC TỈNH SAU SẮP XẾP"
HEADER = ["TT", "Đơn vị hành chính", "NV nghiệm thu", "SP OCOP công nhận"]
# each new province's row, then its former provinces' rows indented under it ("- Ninh Thuận (cũ)")
KHANH_HOA = ("I", "Khánh Hòa", [("- Khánh Hòa (cũ)", 12, 20), ("- Ninh Thuận (cũ)", 7, 14)])
LAM_DONG = ("II", "Lâm Đồng", [("- Lâm Đồng (cũ)", 15, 27), ("- Đắk Nông (cũ)", 5, 11), ("- Bình Thuận (cũ)", 9, 18)])


def _groups(title: str = NINE_MONTHS, groups=(KHANH_HOA, LAM_DONG), issuer: str = "VĂN PHÒNG ĐIỀU PHỐI VÙNG",
            header=HEADER, whole=None):
    """A regional conference's compilation: each group's row (its figures the sum of its parts', or `whole`'s
    {name: (tasks, products)}) over its parts' rows."""
    rows = [[issuer], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [title], [], list(header)]
    for n, name, parts in groups:
        rows.append([n, name, *(whole or {}).get(name, (sum(p[1] for p in parts), sum(p[2] for p in parts)))])
        rows += [[None, *p] for p in parts]
    return examine(rows, name="giao_ban_vung.xlsx")


NINE_MONTHS_OWN = {("56", "34", "tasks_accepted", "2025-01/2025-09", "actual"): 19,
                   ("56", "34", "ocop_products", "2025-01/2025-09", "actual"): 34,
                   ("68", "34", "tasks_accepted", "2025-01/2025-09", "actual"): 29,
                   ("68", "34", "ocop_products", "2025-01/2025-09", "actual"): 56}


@pytest.mark.parametrize("issuer", ["VĂN PHÒNG ĐIỀU PHỐI VÙNG", "UBND TỈNH LÂM ĐỒNG", "UBND TỈNH GIA LAI"])
def test_a_new_provinces_row_over_its_former_provinces_rows_is_read_whoever_compiled_it(issuer):
    """LOST (the honest file refused): "Khánh Hòa" over "- Khánh Hòa (cũ)", "- Ninh Thuận (cũ)" in the nine months
    of 2025: the parts were refused as figures of provinces that ended on 1 July 2025 — only the issuer's own group
    (the new Lâm Đồng's, in the new Lâm Đồng's handout) was known as a new province's parts. Each new province's
    row is its figure, its former provinces' rows set aside with the reason a person reads."""
    got = _groups(issuer=issuer)
    assert taken(got) == NINE_MONTHS_OWN
    assert "là phần của địa bàn tỉnh cũ" in why(got, "- Ninh Thuận (cũ)")
    assert "là phần của địa bàn tỉnh cũ" in why(got, "- Khánh Hòa (cũ)")
    assert "là phần của địa bàn tỉnh cũ" in why(got, "- Đắk Nông (cũ)")


def test_probe_a_period_before_the_merger_gives_the_former_provinces_theirs():
    """The same table of 2024: the former provinces existed, their rows are their own figures; the group's row (the
    merged territory) is no province of 2024 — set aside, never the old Khánh Hòa's second value."""
    got = _groups(title="KẾT QUẢ KH&CN NĂM 2024 CÁC TỈNH")
    assert taken(got) == {
        (code, "63", ind, "2024", "actual"): v
        for code, tasks, products in [("56", 12, 20), ("58", 7, 14), ("68", 15, 27), ("67", 5, 11), ("60", 9, 18)]
        for ind, v in (("tasks_accepted", tasks), ("ocop_products", products))}
    assert "tỉnh sau sắp xếp" in why(got, "NV nghiệm thu (C7)")


def test_probe_a_part_named_as_the_new_province_without_cu_is_set_aside():
    """"- Khánh Hòa" (no "(cũ)") under "Khánh Hòa" beside "- Ninh Thuận (cũ)": the former Khánh Hòa's share or the
    whole again — not said: set aside, the new province's figure its row's alone (never summed twice)."""
    group = ("I", "Khánh Hòa", [("- Khánh Hòa", 12, 20), ("- Ninh Thuận (cũ)", 7, 14)])
    got = _groups(groups=(group,))
    assert taken(got) == {k: v for k, v in NINE_MONTHS_OWN.items() if k[0] == "56"}
    assert "không rõ là phần địa bàn tỉnh cũ hay toàn tỉnh" in why(got, "- Khánh Hòa")


def test_probe_a_group_figure_other_than_its_parts_sum_is_a_problem_naming_the_cells():
    """"Khánh Hòa | 20" over "- Khánh Hòa (cũ) | 12", "- Ninh Thuận (cũ) | 7": the report contradicts itself — a
    problem naming the whole's cell and its parts', as parts above their whole ("Trong đó") are."""
    got = _groups(whole={"Khánh Hòa": (20, 34)})
    assert not got.accepted
    [problem] = got.problems
    assert problem.message_vi.startswith("Ô C7: ") and "(ô C8, C9) cộng lại 12 + 7 = 19, khác tổng" in problem.message_vi


def test_probe_a_former_provinces_row_alone_after_the_merger_is_still_refused():
    """A wrong neighbour: "Ninh Thuận (cũ)" in a table of the nine months of 2025 with no new Khánh Hòa's row above
    it: a province that no longer exists given a figure of its own — still refused, as before."""
    got = _groups(groups=(("I", "Gia Lai", [("Ninh Thuận (cũ)", 7, 14)]),), whole={"Gia Lai": (9, 9)})
    assert not got.accepted
    assert any("Ninh Thuận" in p.message_vi for p in got.problems)


@pytest.mark.parametrize("span, frame, period", [("Lũy kế 9 tháng năm 2025", "34", "2025-01/2025-09"),
                                                 ("Lũy kế 6 tháng đầu năm 2025", "63", "2025-S1")])
def test_b_products_recognized_over_a_span_summed_are_no_stock(span, frame, period):
    """WRONG (seen once the table above read): "Lũy kế 9 tháng năm 2025" over "NV nghiệm thu | SP OCOP công nhận":
    the products recognized from January to September were stored as the products valid at 30/9/2025 — "lũy kế"
    with a span within the year sums that span, no total to date."""
    rows = [["VĂN PHÒNG ĐIỀU PHỐI VÙNG"], [MARK], ["KẾT QUẢ KH&CN CÁC TỈNH"], [], ["TT", "Tỉnh", span, None],
            [None, None, "NV nghiệm thu", "SP OCOP công nhận"], ["1", "Khánh Hòa", 19, 34], ["2", "Gia Lai", 10, 20]]
    got = taken(examine(rows, merges=("A5:A6", "B5:B6", "C5:D5")))
    assert got[("56", frame, "ocop_products", period, "actual")] == 34
    assert not any(k[2] == "ocop_products_total" for k in got)


def test_probe_products_to_date_are_still_the_stock():
    """An honest neighbour: "Lũy kế đến 30/9/2025" over "SP OCOP công nhận": a total to date, the stock (as before)."""
    rows = [["VĂN PHÒNG ĐIỀU PHỐI VÙNG"], [MARK], ["KẾT QUẢ KH&CN CÁC TỈNH"], [],
            ["TT", "Tỉnh", "Lũy kế đến 30/9/2025", None], [None, None, "NV nghiệm thu", "SP OCOP công nhận"],
            ["1", "Khánh Hòa", 19, 34], ["2", "Gia Lai", 10, 20]]
    got = examine(rows, merges=("A5:A6", "B5:B6", "C5:D5"))
    assert not any(k[2] == "ocop_products" for k in (taken(got) if got.accepted else {}))
