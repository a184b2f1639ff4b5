"""recall46 (issue #8, recall at first sight): honest figures a person reads at once that the reader lost, each class
with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is) and
beside it the honest and wrong neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, head, read_taken, reasons

TITLE_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"
HEADER = ["TT", "Nội dung", "ĐVT", "Năm 2024"]


def _quang_binh(*rows: list):
    """Quảng Bình's department's report of 2024: one table "TT | Nội dung | ĐVT | Năm 2024" of `rows`."""
    return examine(head("Quảng Bình", TITLE_2024) + [HEADER, *rows], name="r.xlsx")


# --- 1. the tasks' funding as a part of the state's S&T spending ---------------------------------------------------

BUDGET = ["1", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", 124800]
STATE_BUDGET = {("st_budget", "2024", "actual"): 124.8}
FUNDED = {**STATE_BUDGET, ("tasks_funding_state", "2024", "actual"): 45.6}


@pytest.mark.parametrize("part", [
    ["", "Trong đó: kinh phí thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600],    # form 01/KHCN-ĐP (batch 44)
    ["2", "Kinh phí thực hiện các nhiệm vụ KH&CN", "triệu đồng", 45600],         # Khánh Hòa's annex (batch 56)
    ["", "Kinh phí thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600],              # Bình Định's table (batch 52)
])
def test_the_tasks_funding_under_the_state_budget_is_the_states(part):
    """LOST: "Chi ngân sách nhà nước cho KH&CN | 124.800", then "Trong đó: kinh phí thực hiện nhiệm vụ KH&CN | 45.600"
    (Quảng Bình's statistical form, Đồng Nai's annex; as the next row in Bình Định's and Khánh Hòa's budget tables):
    the part names no budget itself — its whole does — and the tasks' 45,6 billion were lost ("kinh phí" rules
    out the tasks managed). Declared: the tasks' state funding is a part of the state's S&T spending
    (indicators.toml `parent`), read under it as the levels are under the tasks."""
    assert read_taken(_quang_binh(BUDGET, part)) == FUNDED


def test_the_tasks_funding_under_the_recurrent_spending_of_a_settlement_is_the_states():
    """LOST: the Finance department's settlement (Đà Nẵng 2023, batch 48): "A | TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG CHO
    KH&CN", "I | Chi đầu tư phát triển", "II | Chi thường xuyên (sự nghiệp KH&CN)", "1 | Kinh phí thực hiện nhiệm vụ
    KH&CN | 74.862" — the tasks' funding, lost."""
    got = _quang_binh(["A", "Tổng chi ngân sách địa phương cho KH&CN", "triệu đồng", 287655],
                      ["I", "Chi đầu tư phát triển", "triệu đồng", 104310],
                      ["II", "Chi thường xuyên (sự nghiệp KH&CN)", "triệu đồng", 183345],
                      ["1", "Kinh phí thực hiện nhiệm vụ KH&CN", "triệu đồng", 74862])
    assert read_taken(got) == {("st_budget", "2024", "actual"): 287.655,
                               ("tasks_funding_state", "2024", "actual"): 74.862}


@pytest.mark.parametrize("unit", ["nhiệm vụ", ""])
def test_probe_the_tasks_under_the_tasks_funding_stay_the_tasks(unit):
    """WRONG found on the way: the form's next row "Số nhiệm vụ KH&CN được quản lý, theo dõi | 52" (no number of its
    own: the "Trong đó:" above leaves it open) was read under the state budget as the tasks' funding — a count of
    tasks, never money: the tasks managed, as before."""
    got = _quang_binh(BUDGET, ["", "Trong đó: kinh phí thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600],
                      ["", "Số nhiệm vụ KH&CN được quản lý, theo dõi", unit, 52])
    assert read_taken(got) == {**FUNDED, ("tasks_managed", "2024", "actual"): 52.0}, reasons(got)


@pytest.mark.parametrize("part", [
    ["", "Trong đó: kinh phí đối ứng thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600],
    ["2", "Kinh phí thực hiện nhiệm vụ KH&CN (gồm vốn đối ứng)", "triệu đồng", 45600],
    ["2", "Kinh phí thực hiện nhiệm vụ KH&CN (mọi nguồn)", "triệu đồng", 45600],
    ["2", "Tổng kinh phí thực hiện các nhiệm vụ KH&CN", "triệu đồng", 45600],
    ["", "Trong đó: kinh phí huy động thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600],
    ["", "Trong đó: kinh phí xã hội hóa thực hiện nhiệm vụ", "triệu đồng", 45600],
    ["", "Trong đó: kinh phí của doanh nghiệp thực hiện nhiệm vụ", "triệu đồng", 45600],
    ["2", "Kinh phí thực hiện nhiệm vụ KH&CN năm 2025 (dự kiến)", "triệu đồng", 45600],
])
def test_probe_other_money_beside_the_state_budget_is_not_the_states(part):
    """WRONG neighbours: beside the state budget, counterpart funds ("đối ứng"), money raised ("huy động", "xã hội
    hóa"), enterprises' money, a total of every source ("Tổng kinh phí …", "(mọi nguồn)", a note "(gồm vốn đối ứng)"
    — stripped as a note, it was the state's) or next year's estimate: none is the state's funding of the tasks."""
    got = _quang_binh(BUDGET, part)
    assert read_taken(got) == STATE_BUDGET, reasons(got)


@pytest.mark.parametrize("rows", [
    [["1", "Kinh phí thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600],
     ["2", "Số nhiệm vụ KH&CN đang quản lý", "nhiệm vụ", 52]],
    [["1", "Số nhiệm vụ KH&CN đang quản lý", "nhiệm vụ", 52],
     ["2", "Kinh phí thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600]],
    [["1", "Tổng vốn đầu tư toàn xã hội cho KH&CN", "triệu đồng", 900000],
     ["", "Trong đó: kinh phí thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600],
     ["2", "Số nhiệm vụ KH&CN đang quản lý", "nhiệm vụ", 52]],
])
def test_probe_the_tasks_funding_with_no_state_budget_above_stays_unread(rows):
    """Probes: "Kinh phí thực hiện nhiệm vụ KH&CN" alone, under the tasks, or under the whole society's investment
    names no state budget: unread, as before (counterpart and other funds may be in it)."""
    got = _quang_binh(*rows)
    assert read_taken(got) == {("tasks_managed", "2024", "actual"): 52.0}, reasons(got)


@pytest.mark.parametrize("label", ["Kinh phí NSNN thực hiện nhiệm vụ KH&CN",
                                   "Kinh phí sự nghiệp KH&CN thực hiện các nhiệm vụ KH&CN"])
def test_probe_the_tasks_funding_naming_the_state_reads_as_before(label):
    assert read_taken(_quang_binh(["1", label, "triệu đồng", 45600])) == {
        ("tasks_funding_state", "2024", "actual"): 45.6}


def test_a_tasks_funding_above_its_state_budget_is_refused_naming_both_cells():
    """WRONG neighbour: "Chi ngân sách nhà nước cho KH&CN | 40.000", "Trong đó: kinh phí thực hiện nhiệm vụ KH&CN |
    45.600" — a part above its whole: the file is refused, naming both cells, as a level above its tasks is."""
    got = _quang_binh(["1", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", 40000],
                      ["", "Trong đó: kinh phí thực hiện nhiệm vụ KH&CN", "triệu đồng", 45600])
    assert not got.accepted
    assert any("D8" in p.message_vi and "D7" in p.message_vi and "lớn hơn tổng" in p.message_vi
               for p in got.problems), [p.message_vi for p in got.problems]


# --- 2. the state's money beside the tasks managed counted by level -------------------------------------------------

def _levels(columns: list, rows: list, title: str = "BẢNG 1. NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"):
    """Bình Thuận's table of tasks by level (batch 60): "TT | Cấp quản lý | `columns`", its levels and "Tổng cộng"."""
    levels = [["1", "Cấp quốc gia"], ["2", "Cấp tỉnh"], ["3", "Cấp cơ sở"], ["", "Tổng cộng"]]
    return examine(head("Bình Thuận", title) + [["TT", "Cấp quản lý", *columns]]
                   + [level + row for level, row in zip(levels, rows)], name="r.xlsx")


MANAGED = {("tasks_managed", "2024", "actual"): 43.0, ("tasks_managed_national", "2024", "actual"): 3.0,
           ("tasks_managed_provincial", "2024", "actual"): 28.0, ("tasks_managed_grassroots", "2024", "actual"): 12.0}
LEVEL_ROWS = [[3, 4500], [28, 21350], [12, 1250], [43, 27100]]


@pytest.mark.parametrize("money", ["Kinh phí NSNN bố trí (triệu đồng)", "Kinh phí NSNN (triệu đồng)",
                                   "Kinh phí ngân sách nhà nước (triệu đồng)"])
def test_the_state_money_beside_the_tasks_managed_by_level_is_their_funding(money):
    """LOST: "Cấp quản lý | Số nhiệm vụ đang thực hiện (nhiệm vụ) | Kinh phí NSNN bố trí (triệu đồng)" and "Tổng cộng |
    43 | 27.100" (Bình Thuận 2024; the new An Giang's 2025 beside "Kinh phí ngoài NSNN"): the tasks' 27,1 billion
    from the state were lost — the header names the state's money, the column beside it the tasks. The total row
    is read; the levels' money has no indicator and stays unread."""
    got = _levels(["Số nhiệm vụ đang thực hiện (nhiệm vụ)", money], LEVEL_ROWS)
    assert read_taken(got) == {**MANAGED, ("tasks_funding_state", "2024", "actual"): 27.1}, reasons(got)


def test_the_state_money_beside_money_from_elsewhere_is_the_states_alone():
    """LOST (the new An Giang, batch 91): "Số nhiệm vụ | Kinh phí NSNN (triệu đồng) | Kinh phí ngoài NSNN (triệu
    đồng)": the state's column is the tasks' state funding, the other money stays unread."""
    got = _levels(["Số nhiệm vụ", "Kinh phí NSNN (triệu đồng)", "Kinh phí ngoài NSNN (triệu đồng)"],
                  [row + [900] for row in LEVEL_ROWS])
    assert read_taken(got) == {**MANAGED, ("tasks_funding_state", "2024", "actual"): 27.1}, reasons(got)


@pytest.mark.parametrize("money", ["Kinh phí (triệu đồng)", "Kinh phí ngoài NSNN (triệu đồng)",
                                   "Kinh phí đối ứng (triệu đồng)", "Tổng kinh phí (triệu đồng)"])
def test_probe_money_naming_no_state_beside_the_tasks_stays_unread(money):
    """Probes: money that names no state budget beside the tasks managed (every source, counterpart funds, money
    from elsewhere) stays unread; the tasks read as before."""
    got = _levels(["Số nhiệm vụ đang thực hiện (nhiệm vụ)", money], LEVEL_ROWS)
    assert read_taken(got) == MANAGED, reasons(got)


def test_probe_the_state_money_of_the_tasks_accepted_stays_unread():
    """WRONG neighbour: beside the tasks accepted ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024"), "Kinh phí NSNN" is those
    tasks' whole cost over the years they ran, no year's funding: unread."""
    got = _levels(["Số nhiệm vụ", "Kinh phí NSNN (triệu đồng)"], [[1, 4500], [9, 21350], [5, 1250], [15, 27100]],
                  title="BẢNG 1. NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024")
    assert ("tasks_funding_state", "2024", "actual") not in read_taken(got), reasons(got)
