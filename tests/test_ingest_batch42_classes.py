"""What the forty-second blind batch of the workbook corpus revealed (the Mekong delta's progress reports
before and after the merger: quarterly, six- and nine-month reports with year-to-date, same-period and plan
columns), one class per test: each report is built here, marked as test data, and read by
`etl.ingest.examine` as an upload is. A statistician's reading is the expectation; beside each rule, probes
where it must not fire, asserted as not stored."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, facts, head, taken

_Q2 = "BÁO CÁO Kết quả hoạt động khoa học và công nghệ quý II năm 2024"


def _of(got: dict, indicator: str) -> dict:
    return {k[3]: v for k, v in got.items() if k[2] == indicator}


def test_a_year_to_date_same_period_column_is_that_years_same_span_not_a_total_to_date():
    """Sóc Trăng's second-quarter sheet: "Thực hiện quý II/2024 | Lũy kế từ đầu năm | Lũy kế cùng kỳ năm
    2023 | So sánh (%)". The third column is January to June 2023 — read as a total to date, the OCOP
    products of those months were stored as the products still valid at 30/6/2023 (batch 42)."""
    got = taken(examine(head("Sóc Trăng", _Q2) + [
        LABEL_UNIT_HEADER + ["Thực hiện quý II/2024", "Lũy kế từ đầu năm", "Lũy kế cùng kỳ năm 2023", "So sánh (%)"],
        OCOP_ROW + [18, 18, 15, 120],
        TASKS_ACCEPTED_ROW + [5, 8, 6, 133.3],
    ]))
    assert _of(got, "ocop_products") == {"2024-Q2": 18, "2024-S1": 18, "2023-S1": 15}
    assert _of(got, "tasks_accepted") == {"2024-Q2": 5, "2024-S1": 8, "2023-S1": 6}
    # never the products still valid at a date, nor the ratio
    assert not _of(got, "ocop_products_total")
    assert 120 not in got.values() and 133.3 not in got.values()


def test_probe_a_same_period_column_without_its_year_to_date_words_stays_the_quarter():
    """Probe (another period): "Cùng kỳ năm 2023" beside the quarter alone is the second quarter of 2023,
    never January to June; and "Lũy kế cùng kỳ năm trước" in the same report is the half of 2023."""
    got = taken(examine(head("Sóc Trăng", _Q2) + [
        LABEL_UNIT_HEADER + ["Thực hiện quý II/2024", "Cùng kỳ năm 2023"],
        OCOP_ROW + [18, 11],
    ]))
    assert _of(got, "ocop_products") == {"2024-Q2": 18, "2023-Q2": 11}
    got = taken(examine(head("Sóc Trăng", _Q2) + [
        LABEL_UNIT_HEADER + ["Lũy kế từ đầu năm", "Lũy kế cùng kỳ năm trước"],
        OCOP_ROW + [18, 15],
    ]))
    assert _of(got, "ocop_products") == {"2024-S1": 18, "2023-S1": 15}


def test_probe_a_total_to_date_beside_it_is_still_no_figure_of_the_period():
    """Probe (a total to date): "Lũy kế đến nay" beside "Lũy kế cùng kỳ năm 2023" keeps its reading — a
    flow's figure there is never the half's own (at most the declared total still valid)."""
    got = facts(examine(head("Sóc Trăng", _Q2) + [
        LABEL_UNIT_HEADER + ["Lũy kế từ đầu năm", "Lũy kế cùng kỳ năm 2023", "Lũy kế đến nay"],
        TASKS_ACCEPTED_ROW + [8, 6, 214],
    ]))
    assert _of(got, "tasks_accepted") == {"2024-S1": 8, "2023-S1": 6}
    assert 214 not in got.values()


_CA_MAU_2025 = "BÁO CÁO Kết quả hoạt động khoa học và công nghệ năm 2025"
_QUARTERS = ["Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025", "Năm 2025"]


def test_a_former_provinces_section_headed_trong_do_is_that_provinces():
    """The new Cà Mau's 2025 report by quarter: "I. TOÀN TỈNH", then "II. Trong đó: tỉnh Bạc Liêu (cũ)".
    The section's first two quarters are the former Bạc Liêu's own (frame 63); its third and fourth quarter
    and year are its share of the new province's, not stored; the whole province's first half (the former
    two summed) is no province's — unread as a heading, the section's rows were a second value of the new
    province's quarters and the honest file was refused (batch 42)."""
    got = taken(examine(head("Cà Mau", _CA_MAU_2025) + [
        LABEL_UNIT_HEADER + _QUARTERS,
        ["I", "TOÀN TỈNH"],
        OCOP_ROW + [4, 15, 9, 22, 50],
        ["II", "Trong đó: tỉnh Bạc Liêu (cũ)"],
        OCOP_ROW + [2, 6, 4, 9, 21],
    ]))
    assert {k: v for k, v in got.items() if k[2] == "ocop_products"} == {
        ("96", "34", "ocop_products", "2025-Q3", "actual"): 9,
        ("96", "34", "ocop_products", "2025-Q4", "actual"): 22,
        ("96", "34", "ocop_products", "2025", "actual"): 50,
        ("95", "63", "ocop_products", "2025-Q1", "actual"): 2,
        ("95", "63", "ocop_products", "2025-Q2", "actual"): 6,
    }
    # a former province's share after the merger, the merged territory before it: not stored
    assert not {4, 15, 21} & set(got.values())


def test_probe_trong_do_before_a_part_or_a_place_below_the_province_names_no_section():
    """Probes (a part; a district): "Trong đó: cấp tỉnh" under the tasks accepted is the provincial level,
    not a province's section; "Trong đó: huyện Hồng Dân (cũ)" is a former district's share, never stored
    as the former Bạc Liêu's nor as the province's."""
    got = taken(examine(head("Cà Mau", _CA_MAU_2025) + [
        LABEL_UNIT_HEADER + ["Năm 2025"],
        TASKS_ACCEPTED_ROW + [26],
        ["-", "Trong đó: cấp tỉnh", "nhiệm vụ", 19],
    ]))
    assert _of(got, "tasks_accepted") == {"2025": 26}
    assert _of(got, "tasks_accepted_provincial") == {"2025": 19}
    assert {k[0] for k in got} == {"96"}
    got = facts(examine(head("Cà Mau", _CA_MAU_2025) + [
        LABEL_UNIT_HEADER + _QUARTERS,
        ["I", "TOÀN TỈNH"],
        OCOP_ROW + [4, 15, 9, 22, 50],
        ["II", "Trong đó: huyện Hồng Dân (cũ)"],
        OCOP_ROW + [1, 2, 1, 3, 7],
    ]))
    assert not [k for k in got if k[0] == "95"]
    assert not {1, 2, 3, 7} & set(got.values())


def test_probe_a_former_provinces_share_line_with_its_figure_heads_no_section():
    """Probe (a former province's share read as the whole): "Trong đó: tỉnh Bạc Liêu (cũ) | 21" under the new
    Cà Mau's OCOP products of 2025 is a share line, no heading — the rows after it stay the new province's,
    never stored as the former Bạc Liêu's, and the share is not stored."""
    got = facts(examine(head("Cà Mau", _CA_MAU_2025) + [
        LABEL_UNIT_HEADER + ["Năm 2025"],
        OCOP_ROW + [50],
        ["-", "Trong đó: tỉnh Bạc Liêu (cũ)", "sản phẩm", 21],
        TASKS_ACCEPTED_ROW + [26],
    ]))
    assert not [k for k in got if k[0] == "95"]
    assert 21 not in got.values()
    assert _of(got, "tasks_accepted") == {"2025": 26}


def test_probe_trong_do_before_another_province_without_the_merger_note_is_no_former_section():
    """Probe (another province): "Trong đó: tỉnh Sóc Trăng" without "(cũ)" in the new Cà Mau's report names
    no former province of it: nothing is stored as Sóc Trăng's."""
    got = facts(examine(head("Cà Mau", _CA_MAU_2025) + [
        LABEL_UNIT_HEADER + _QUARTERS,
        ["I", "TOÀN TỈNH"],
        OCOP_ROW + [4, 15, 9, 22, 50],
        ["II", "Trong đó: tỉnh Sóc Trăng"],
        OCOP_ROW + [3, 5, 2, 8, 18],
    ]))
    assert not [k for k in got if k[0] == "94"]


_DONG_THAP_Q1 = "BÁO CÁO Kết quả thực hiện nhiệm vụ khoa học và công nghệ quý I năm 2026"


def test_the_rural_and_mountainous_programmes_tasks_are_its_projects_run():
    """The new Đồng Tháp's first quarter of 2026: "Nhiệm vụ thuộc Chương trình nông thôn miền núi đang triển
    khai | dự án | 3" — the programme's projects run, whether called "dự án" or "nhiệm vụ" (batch 42: missed)."""
    got = taken(examine(head("Đồng Tháp", _DONG_THAP_Q1) + [
        LABEL_UNIT_HEADER + ["Thực hiện quý I/2026"],
        ["1", "Nhiệm vụ thuộc Chương trình nông thôn miền núi đang triển khai", "dự án", 3],
    ]))
    assert _of(got, "tasks_managed_ntmn") == {"2026-Q1": 3}


def test_probe_the_programmes_projects_accepted_or_proposed_are_not_those_run():
    """Probes (another indicator's figure): the programme's projects accepted or handed over, and those
    proposed, are not the projects run — never stored as them (the accepted ones were, before batch 42)."""
    got = facts(examine(head("Đồng Tháp", _DONG_THAP_Q1) + [
        LABEL_UNIT_HEADER + ["Thực hiện quý I/2026"],
        ["1", "Dự án thuộc Chương trình nông thôn miền núi được nghiệm thu", "dự án", 2],
        ["2", "Nhiệm vụ thuộc Chương trình nông thôn miền núi được bàn giao kết quả", "nhiệm vụ", 1],
        ["3", "Đề xuất nhiệm vụ thuộc Chương trình nông thôn miền núi năm 2027", "đề xuất", 6],
        OCOP_ROW + [12],
    ]))
    assert not _of(got, "tasks_managed_ntmn") and not _of(got, "tasks_managed")
    assert _of(got, "ocop_products") == {"2026-Q1": 12}
