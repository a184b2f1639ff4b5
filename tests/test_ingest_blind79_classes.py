"""blind79 (issue #8, batch 79: regional S&T conference compilations, several provinces side by side): a class of
lost figures found at first sight, with the honest neighbours that must keep reading the same. Each report is the
smallest realistic one, read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, taken

PROVINCES = [("52", "Gia Lai"), ("66", "Đắk Lắk"), ("68", "Lâm Đồng")]
ROWS = [("1", "Số nhiệm vụ đã nghiệm thu", [9, 11, 14], "tasks_accepted"),
        ("2", "Sản phẩm OCOP mới (SP)", [34, 29, 41], "ocop_products")]


def _across(sub: tuple[str, str], title: str = "SỐ LIỆU KH&CN 6 THÁNG ĐẦU NĂM 2026 CÁC TỈNH VÙNG TÂY NGUYÊN",
            rows=ROWS):
    """The Central Highlands' conference table: provinces across, each merged over the two columns `sub`
    ("TH 6T | Xếp hạng"), indicators down the rows, the second figure the province's place in the region."""
    header1, header2, merges = ["TT", "Chỉ tiêu"], [None, None], ["A3:A4", "B3:B4"]
    for j, (_, name) in enumerate(PROVINCES):
        header1 += [name, None]
        header2 += list(sub)
        c = 3 + 2 * j
        merges.append(f"{chr(64 + c)}3:{chr(65 + c)}3")
    body = []
    for n, label, vals, _ in rows:
        ranks = [sorted(vals, reverse=True).index(v) + 1 for v in vals]
        body.append([n, label] + [x for pair in zip(vals, ranks) for x in pair])
    return examine([["VĂN PHÒNG ĐIỀU PHỐI VÙNG TÂY NGUYÊN"], [MARK + " — " + title], header1, header2, *body],
                   merges=tuple(merges), name="taynguyen_6t2026.xlsx")


def _own(rows=ROWS) -> dict:
    return {(code, "34", ind, "2026-S1", "actual"): v for _, _, vals, ind in rows
            for (code, _), v in zip(PROVINCES, vals)}


@pytest.mark.parametrize("rank", ["Xếp hạng", "Thứ hạng", "Hạng"])
def test_a_provinces_rank_in_the_region_beside_its_figure_is_no_second_value(rank):
    """LOST (the honest file refused): "Gia Lai" over "TH 6T | Xếp hạng", the row "Số nhiệm vụ đã nghiệm thu": the
    province's place in the region (1, 2, 3) was read as a second value of its tasks accepted — "two values for
    one fact" — and the file refused whole. The rank is no figure of the row's indicator: each province's own is
    read, the ranks set aside."""
    assert taken(_across(("TH 6T", rank))) == _own()


def test_probe_a_pii_rows_rank_under_each_province_is_still_its_rank():
    """batch 51's neighbour: "Khánh Hòa | Sơn La | …" each over "Điểm | Hạng", "Chỉ số PII" a row — the score and
    the rank are both the row's (PII 2025: the rank among the 34)."""
    rows = [("1", "Chỉ số PII", [38.4, 35.1, 41.2], "pii_score")]
    got = taken(_across(("Điểm", "Hạng"), title="SO SÁNH CHỈ SỐ PII NĂM 2025 CÁC TỈNH", rows=rows))
    assert got[("52", "34", "pii_score", "2025", "actual")] == 38.4
    assert got[("68", "34", "pii_rank_34", "2025", "actual")] == 1


def test_probe_two_figures_of_one_province_still_refused():
    """A wrong neighbour: "TH 6T | Ước 6T" under each province (two values of the same half) is still refused as
    two values — only a rank's column is set aside."""
    got = _across(("TH 6T", "Thực hiện 6 tháng"))
    assert not got.accepted
