"""Classes the lead fixed while combining session 26's work (each failed on the combination first)."""
from __future__ import annotations

from etl import ingest
from tests.fixtures.reports import facts

_CSV = ("STT;Lĩnh vực;Nội dung báo cáo\n"
        "0;Ghi chú;Dữ liệu kiểm thử — không phải số liệu thật — Sở KH&CN Thanh Hóa, báo cáo {q} I năm 2026\n"
        "1;Quản lý nhiệm vụ;{Q} I năm 2026 quản lý 171 nhiệm vụ KH&CN, nghiệm thu 9 nhiệm vụ\n")


def _read(q: str, Q: str) -> dict:
    got = ingest.examine(_CSV.format(q=q, Q=Q).encode("utf-8-sig"), "thanhhoa_quy1_2026_noi_dung.csv")
    assert got.accepted, [p.message_vi for p in got.problems]
    return facts(got)


def test_the_old_spelling_of_a_quarter_in_a_sentence_gives_its_figures():
    """Thanh Hóa's first quarter of 2026 typed "Quí I năm 2026 quản lý 171 nhiệm vụ KH&CN, nghiệm thu 9 nhiệm
    vụ" in a file named for its quarter (the old spelling of "quý", batch 68's CSV in the corpus's old-tone variant):
    both figures were lost —
    the sentence patterns named "quý" only. Read as "Quý I": 171 tasks managed, 9 accepted, the first quarter."""
    new = _read("quý", "Quý")
    assert new[("38", "34", "tasks_managed", "2026-Q1", "actual")] == 171
    assert new[("38", "34", "tasks_accepted", "2026-Q1", "actual")] == 9
    assert _read("quí", "Quí") == new
    assert _read("QUÍ", "QUÍ") == new
