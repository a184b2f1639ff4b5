"""Wrong numbers this session's reviewers found and left (issue #8: precision must stay 1.00): reports a
provincial office could send where a figure was stored as another. Each class: the report that stored a
wrong number, then probes of the honest neighbours that must stay as they are. Each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, examine, facts, head, reasons, taken

NGHE_AN = "40"
YEAR_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"


def _row(label: str, unit: str, value, header: str = "Năm 2024"):
    """Nghệ An's report on 2024 with one row of one figure under `header`."""
    return examine(head("Nghệ An", YEAR_2024) + [H + [header], ["1", label, unit, value]])


# --- 1. the S&T budget's part named by its holder or source at the label's end -----------------------------

@pytest.mark.parametrize("label", ["Chi ngân sách nhà nước cho KH&CN của Sở",
                                   "Chi ngân sách nhà nước cho KH&CN của Sở KH&CN",
                                   "Chi ngân sách nhà nước cho KH&CN từ ngân sách trung ương",
                                   "Chi ngân sách nhà nước cho KH&CN của các huyện",
                                   "Chi ngân sách nhà nước cho KH&CN ngân sách tỉnh",
                                   "Chi NSNN cho KH&CN (ngân sách tỉnh)"])
def test_the_budget_of_a_holder_or_a_source_is_not_the_provinces_whole(label):
    """"Chi ngân sách nhà nước cho KH&CN của Sở | 45" under "Năm 2024" — the department's own spending
    (or the centre's transfers, the districts' share) — was stored as Nghệ An's whole S&T budget of 2024."""
    r = _row(label, "tỷ đồng", 45)
    assert not any(k[2] == "st_budget" for k in facts(r)), (label, facts(r))
    assert label in reasons(r)


@pytest.mark.parametrize("label", ["Chi NSNN cho KH&CN", "Chi ngân sách nhà nước cho KH&CN của tỉnh",
                                   "Tổng kinh phí sự nghiệp và đầu tư phát triển KH&CN",
                                   "Chi NSNN cho KH&CN (tỷ đồng)"])
def test_probe_the_provinces_whole_budget_stays_read(label):
    assert taken(_row(label, "tỷ đồng", 45)) == {(NGHE_AN, "63", "st_budget", "2024", "actual"): 45.0}
