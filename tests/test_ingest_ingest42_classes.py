"""ingest42 (issue #8, speed): a header naming a rate against a base ("Tỷ lệ so KH (%)", "Tỷ lệ so CK (%)", "Tỷ lệ
phần trăm so cùng kỳ") is told by a pattern compiled once with its neighbours (etl/headers.py _RATE_TO_A_BASE),
no longer rebuilt from every declared base word for each header and key a sheet asks about. What a user reads must
not change: each class below is what that rule decides — the ratio column is no figure, the period beside it
still is — with the neighbours it must not catch (an indicator's own rate, a plan column). These pass
before and after the change (speed is measured in bench/ only, never asserted here)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, facts, head, taken


def _soc_trang(ratio_header: str):
    """Sóc Trăng's first half of 2025: the year's plan (50), 46 tasks under way, then a column `ratio_header`
    holding 92."""
    return examine(head("Sóc Trăng", "BIỂU SỐ LIỆU KH&CN 6 THÁNG ĐẦU NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Thực hiện 6 tháng đầu năm 2025", ratio_header],
        ["1", "Nhiệm vụ KH&CN đang triển khai", "nhiệm vụ", 50, 46, 92],
    ])


@pytest.mark.parametrize("ratio_header", ["Tỷ lệ so KH (%)", "Tỷ lệ so CK (%)", "Tỷ lệ phần trăm so cùng kỳ",
                                          "Tỷ lệ so kế hoạch năm 2025 (%)", "Tỷ lệ % so kế hoạch"])
def test_a_rate_against_a_base_is_no_figure_beside_the_plan_and_the_half(ratio_header):
    """WRONG if missed: the 92 of "Tỷ lệ so KH (%)" stored as a plan or as a second value of the half (its "KH",
    its "2025" read as a period): the half's 46 is read, the 92 nowhere."""
    result = _soc_trang(ratio_header)
    assert result.accepted, [p.message_vi for p in result.problems]
    assert taken(result) == {("94", "63", "tasks_managed", "2025-S1", "actual"): 46}, taken(result)
    assert 92 not in facts(result).values(), facts(result)


def test_probe_an_indicators_own_rate_is_still_read():
    """The neighbour the pattern must not catch: "Tỷ lệ hồ sơ trực tuyến (%)" names an indicator (a rate of its own,
    against no base): read as the year's figure."""
    result = examine(head("Hà Tĩnh", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Tỷ lệ hồ sơ trực tuyến", "%", 93.5],
    ])
    assert result.accepted, [p.message_vi for p in result.problems]
    got = taken(result)
    assert list(got.values()) == [93.5] and next(iter(got))[3] == "2024", got
