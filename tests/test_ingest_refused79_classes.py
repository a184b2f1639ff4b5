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


NORTHWEST = [("14", "Sơn La", 21, 23), ("11", "Điện Biên", 10, 12), ("12", "Lai Châu", 9, 9)]


def _by_province(title: str, header=("TT", "Tỉnh", "ĐVT", "Thực hiện 2025", "Ước TH 2026"), places=NORTHWEST,
                 meeting: bool = True):
    """Sơn La's handout for the Northwest's conference: provinces down the rows, the indicator named only by the
    title (and a line under it giving the meeting's month), the value columns headed by their periods alone."""
    rows = [["UBND TỈNH SƠN LA"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [], [title]]
    rows += [["(Hội nghị giao ban vùng tháng 12/2026)"]] if meeting else []
    rows += [[], list(header)]
    rows += [[i + 1, name, "Nhiệm vụ", *vals][:len(header)] if "ĐVT" in header else [i + 1, name, *vals][:len(header)]
             for i, (_, name, *vals) in enumerate(places)]
    rows.append([None, "Cộng", *([None] if "ĐVT" in header else []), *(sum(p[k] for p in places) for k in (2, 3))][:len(header)])
    return examine(rows, name="giao_ban_tay_bac.xlsx")


@pytest.mark.parametrize("title", ["NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU CÁC TỈNH TÂY BẮC",
                                   "SỐ NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU THEO TỈNH"])
@pytest.mark.parametrize("meeting", [True, False])
def test_c_provinces_down_the_rows_under_a_title_naming_one_indicator(title, meeting):
    """LOST (the honest file refused, "no indicator found"): "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU CÁC TỈNH TÂY BẮC" over
    "(Hội nghị giao ban vùng tháng 12/2026)", then "Tỉnh | ĐVT | Thực hiện 2025 | Ước TH 2026" over "Sơn La", "Điện
    Biên", "Lai Châu": the meeting's line hid the title, and "các tỉnh Tây Bắc" read as a region's figure. Each row
    is that province's tasks accepted in each column's year."""
    assert taken(_by_province(title, meeting=meeting)) == {
        (code, "34", "tasks_accepted", year, "actual"): v
        for code, _, y25, y26 in NORTHWEST for year, v in (("2025", y25), ("2026", y26))}


def test_probe_a_plan_beside_the_year_done_stays_a_plan():
    """"Thực hiện 2025 | KH 2026" under the same title: the plan's column is no figure done — never 2026's actual."""
    got = taken(_by_province("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU CÁC TỈNH TÂY BẮC",
                             header=("TT", "Tỉnh", "ĐVT", "Thực hiện 2025", "KH 2026")))
    assert got[("14", "34", "tasks_accepted", "2025", "actual")] == 21
    assert not any(k[3] == "2026" and k[4] == "actual" for k in got)


@pytest.mark.parametrize("title", ["SỐ LIỆU GIAO BAN CÁC TỈNH TÂY BẮC",
                                   "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU VÀ SẢN PHẨM OCOP CÁC TỈNH TÂY BẮC"])
def test_probe_a_title_naming_no_indicator_or_two_gives_no_figure(title):
    """The title naming no indicator, or two: whose figure each column holds is not said — nothing is stored."""
    got = _by_province(title)
    assert not (got.accepted and any(k[2] in ("tasks_accepted", "ocop_products") for k in taken(got)))


def test_probe_districts_down_the_rows_are_still_no_province():
    """The same table by district ("Huyện Mộc Châu", "Huyện Yên Châu") under Sơn La's title: each row a part of the
    province, never stored as a province's figure."""
    districts = [("", "Huyện Mộc Châu", 5, 6), ("", "Huyện Yên Châu", 3, 4), ("", "Thành phố Sơn La", 7, 7)]
    got = _by_province("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU THEO HUYỆN",
                       header=("TT", "Huyện, thành phố", "ĐVT", "Thực hiện 2025", "Ước TH 2026"), places=districts)
    stored = taken(got) if got.accepted else {}
    assert not any(v in (5, 3, 6, 4) for v in stored.values())


REGION = [("52", "Gia Lai"), ("66", "Đắk Lắk"), ("68", "Lâm Đồng")]


def _across(sub: tuple[str, str], label: str = "Số nhiệm vụ đã nghiệm thu", title: str = "SỐ LIỆU KH&CN 6 THÁNG "
            "ĐẦU NĂM 2026 CÁC TỈNH VÙNG TÂY NGUYÊN", values=(9, 11, 14)):
    """The Central Highlands' conference table (blind79's): provinces across, each over the two columns `sub`, one
    indicator's row, the second figure each province's place."""
    header1, header2, merges = ["TT", "Chỉ tiêu"], [None, None], ["A3:A4", "B3:B4"]
    for j, (_, name) in enumerate(REGION):
        header1 += [name, None]
        header2 += list(sub)
        merges.append(f"{chr(67 + 2 * j)}3:{chr(68 + 2 * j)}3")
    ranks = [sorted(values, reverse=True).index(v) + 1 for v in values]
    row = ["1", label] + [x for pair in zip(values, ranks) for x in pair]
    return examine([["VĂN PHÒNG ĐIỀU PHỐI VÙNG TÂY NGUYÊN"], [MARK + " — " + title], header1, header2, row],
                   merges=tuple(merges), name="taynguyen.xlsx")


@pytest.mark.parametrize("rank", ["Xếp hạng (trong vùng)", "Hạng (trong vùng)", "Xếp hạng trong vùng Tây Nguyên",
                                  "Thứ hạng (toàn vùng)", "Hạng (cả nước)"])
def test_d_a_rank_with_its_field_beside_a_provinces_figure_is_no_second_value(rank):
    """LOST (the honest file refused as two values): "Gia Lai" over "TH 6T | Xếp hạng (trong vùng)": the rank with its
    field in brackets was not known as a rank (blind79 knew "Xếp hạng" bare) — each province's place was read as a
    second figure of its tasks accepted. Each province's own is read, the places set aside."""
    assert taken(_across(("TH 6T", rank))) == {
        (code, "34", "tasks_accepted", "2026-S1", "actual"): v for (code, _), v in zip(REGION, (9, 11, 14))}


def test_probe_a_pii_rows_rank_among_all_provinces_is_still_its_rank():
    """"Điểm | Hạng (cả nước)" under each province, the row "Chỉ số PII" (2025): the rank among the 34 — read (it was
    lost: "cả nước" made the column a total)."""
    got = taken(_across(("Điểm", "Hạng (cả nước)"), label="Chỉ số PII", title="SO SÁNH CHỈ SỐ PII NĂM 2025 CÁC TỈNH",
                        values=(38.4, 35.1, 41.2)))
    assert got[("68", "34", "pii_rank_34", "2025", "actual")] == 1
    assert got[("52", "34", "pii_score", "2025", "actual")] == 38.4


@pytest.mark.parametrize("rank", ["Xếp hạng (trong vùng)", "Xếp hạng trong vùng"])
def test_probe_a_rank_in_the_region_is_never_the_rank_among_all(rank):
    """WRONG before (a neighbour found on the way): "Tỉnh | Điểm | Xếp hạng (trong vùng)" under "CHỈ SỐ PII NĂM 2025
    CÁC TỈNH VÙNG TÂY NGUYÊN": the places 1, 2, 3 in the region were stored as the PII ranks among the 34. A rank in
    a region is no indicator of the registry — the scores read, the places not."""
    rows = [["VĂN PHÒNG ĐIỀU PHỐI VÙNG TÂY NGUYÊN"], [MARK], ["CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN"], [],
            ["TT", "Tỉnh", "Điểm", rank], [1, "Gia Lai", 38.4, 2], [2, "Đắk Lắk", 35.1, 3], [3, "Lâm Đồng", 41.2, 1]]
    got = taken(examine(rows))
    assert got == {(code, "34", "pii_score", "2025", "actual"): v for (code, _), v in zip(REGION, (38.4, 35.1, 41.2))}


def test_probe_a_rank_among_the_34_in_a_pii_table_by_province_is_still_read():
    """"Tỉnh | Điểm | Xếp hạng (cả nước)" under the same title: the rank among the 34, read (it was lost)."""
    rows = [["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["CHỈ SỐ PII NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN"], [],
            ["TT", "Tỉnh", "Điểm", "Xếp hạng (cả nước)"], [1, "Gia Lai", 38.4, 12], [2, "Đắk Lắk", 35.1, 20]]
    got = taken(examine(rows))
    assert got[("52", "34", "pii_rank_34", "2025", "actual")] == 12
