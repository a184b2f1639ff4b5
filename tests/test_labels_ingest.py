"""Labels matched by meaning inside the Excel ingest: each variation class read as a person
reads it; suggestions listed on their row and never taken unasked; answers remembered beside
the warehouse; the command line's --json "suggestions" and --accept-suggestions."""
from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from etl import ingest, learned
from metrics import store
from tests.fixtures.labels.workbooks import CLASSES, TEST_MARK, class_workbook

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("kind", [k for k in CLASSES if k not in ("near_miss", "suggested")])
def test_each_variation_class_is_read_as_a_person_reads_it(kind):
    result = ingest.examine(class_workbook(kind), f"{kind}.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = dict(zip(result.facts.indicator, result.facts.value))
    want = {code: value for _, value, code in CLASSES[kind]}
    assert {k: got.get(k) for k in want} == pytest.approx(want)
    assert not result.suggestions


def test_near_misses_are_refused_with_the_closest_indicator_named():
    result = ingest.examine(class_workbook("near_miss"), "near_miss.xlsx")
    assert result.facts.empty and not result.suggestions
    assert [p.rule for p in result.problems] == ["no_indicator"]
    reasons = {i.text: i.reason_vi for i in result.ignored}
    from metrics import registry
    assert registry.indicator("ip_collective_marks").name_vi in reasons["Nhãn hiệu tập thể cho sản phẩm OCOP"]
    assert "“đề xuất”" in reasons["Nhiệm vụ KH&CN đề xuất đặt hàng"]


def test_fixture_workbooks_say_they_are_test_data():
    import io

    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(class_workbook("suggested")))
    assert any(TEST_MARK in str(c.value) for row in wb.active.iter_rows() for c in row if c.value)


def test_a_suggestion_is_listed_on_its_row_and_not_taken_until_confirmed(tmp_path):
    db = tmp_path / "w.duckdb"
    data = class_workbook("suggested")
    first = ingest.examine(data, "bc.xlsx", learned=learned.learned_for(db))
    assert first.facts.empty
    rows = {(g.row, g.label, g.indicator) for g in first.suggestions}
    assert (10, "Số sản phẩm được đánh giá, xếp hạng OCOP", "ocop_products") in rows
    g = next(g for g in first.suggestions if g.indicator == "ocop_products")
    assert 0 < g.score < 1
    learned.confirm(g.label, g.indicator, by="kiểm thử", file="bc.xlsx", sheet=g.sheet, row=g.row, db=db)
    other = next(g for g in first.suggestions if g.indicator != "ocop_products")
    learned.reject(other.label, other.indicator, by="kiểm thử", file="bc.xlsx", db=db)
    second = ingest.examine(data, "bc.xlsx", learned=learned.learned_for(db))
    assert second.accepted and dict(zip(second.facts.indicator, second.facts.value)) == {"ocop_products": 27}
    assert not second.suggestions, "a rejected suggestion is not asked again"
    assert any("bỏ qua trước đây" in i.reason_vi for i in second.ignored)
    assert second.labels_applied == {g.key: "ocop_products"}
    # stored beside the warehouse, with who, when and which file
    log = learned.log_path(db)
    assert log.parent == store.db_path(db).parent and log.exists()
    e = next(e for e in learned.entries(db) if e.decision == "confirmed")
    assert (e.by, e.file, e.row, e.approved) == ("kiểm thử", "bc.xlsx", 10, True) and e.at


def test_removed_label_stops_applying_and_export_is_valid_toml(tmp_path):
    db = tmp_path / "w.duckdb"
    e = learned.confirm("Số sản phẩm được đánh giá, xếp hạng OCOP", "ocop_products", by="kiểm thử",
                        file="bc.xlsx", row=10, db=db)
    snippet = learned.export_toml(learned.entries(db))
    parsed = tomllib.loads(snippet)
    assert parsed["ocop_products"]["aliases_to_add"] == ["Số sản phẩm được đánh giá, xếp hạng OCOP"]
    learned.remove(e.id, by="quản trị", db=db)
    assert learned.entries(db) == []
    again = ingest.examine(class_workbook("suggested"), "bc.xlsx", learned=learned.learned_for(db))
    assert again.facts.empty and len(again.suggestions) == 2


def _cli(*args, db):
    return subprocess.run([sys.executable, "-m", "etl.ingest", *args, "--db", str(db), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=180)


def test_cli_lists_suggestions_and_takes_them_only_when_asked(fresh_warehouse, tmp_path):
    f = tmp_path / "bc-sonla-2023.xlsx"
    rows = [("Số nhiệm vụ KH&CN đang quản lý", 41), ("Số sản phẩm được đánh giá, xếp hạng OCOP", 27)]
    from tests.fixtures.labels.workbooks import classic_report
    f.write_bytes(classic_report(rows))
    out = _cli(str(f), "--dry-run", db=fresh_warehouse)
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout)[0]
    assert res["suggestions"] == [{"sheet": "BC 2023", "row": 11, "label": "Số sản phẩm được đánh giá, xếp hạng OCOP",
                                   "indicator": "ocop_products", "score": pytest.approx(res["suggestions"][0]["score"])}]
    assert [x["indicator"] for x in res["facts"]] == ["tasks_managed"]
    assert {"file", "sha256", "status", "counts", "facts", "ignored", "problems"} <= set(res)
    taken = json.loads(_cli(str(f), "--accept-suggestions", db=fresh_warehouse).stdout)[0]
    assert sorted(x["indicator"] for x in taken["facts"]) == ["ocop_products", "tasks_managed"]
    assert taken["suggestions"] == []
    # the upload log remembers the label it took, so a rebuild reads the file the same way
    from etl import build
    build.build(fresh_warehouse)
    with store.reader(fresh_warehouse) as con:
        n = con.execute("SELECT count(*) FROM facts WHERE indicator='ocop_products' AND province_code='14' "
                        "AND period='2023' AND source_kind='report'").fetchall()[0][0]
    assert n == 1


def test_sub_items_are_read_under_their_own_heading():
    from tests.fixtures.labels.workbooks import classic_report
    rows = [("Số nhiệm vụ KH&CN đang quản lý", 36), ("- Cấp quốc gia", 7), ("- Cấp tỉnh", 29),
            ("Nhiệm vụ được nghiệm thu", 10), ("Trong đó: cấp quốc gia", 2), ("- cấp tỉnh", 8),
            ("Nhiệm vụ chuyển tiếp", 22), ("- cấp quốc gia", 5), ("- cấp tỉnh", 17)]
    result = ingest.examine(classic_report(rows), "bc.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = dict(zip(result.facts.indicator, result.facts.value))
    assert got == {"tasks_managed": 36, "tasks_managed_national": 7, "tasks_managed_provincial": 29,
                   "tasks_accepted": 10, "tasks_accepted_national": 2, "tasks_accepted_provincial": 8,
                   "tasks_carried_over": 22, "tasks_carried_over_national": 5, "tasks_carried_over_provincial": 17}


def test_an_editors_label_applies_to_their_province_until_a_reviewer_approves_it(tmp_path):
    from metrics import accounts
    db = tmp_path / "w.duckdb"
    son_la = accounts.User("sl-editor", "editor", ("14",))
    son_la_2 = accounts.User("sl-editor-2", "editor", ("14",))
    quang_ngai = accounts.User("qn-editor", "editor", ("51",))
    qn_reviewer = accounts.User("qn-reviewer", "reviewer", ("51",))
    sl_reviewer = accounts.User("sl-reviewer", "reviewer", ("14",))
    data = class_workbook("suggested")
    first = ingest.examine(data, "bc.xlsx", learned=learned.learned_for(db, user=son_la))
    g = next(g for g in first.suggestions if g.indicator == "ocop_products")
    e = learned.confirm(g.label, g.indicator, user=son_la, file="bc.xlsx", sheet=g.sheet, row=g.row, db=db)
    assert (e.by, e.approved, e.provinces) == ("sl-editor", False, ("14",))

    def taken(user):
        r = ingest.examine(data, "bc.xlsx", learned=learned.learned_for(db, user=user))
        return dict(zip(r.facts.indicator, r.facts.value)).get("ocop_products")

    # at once for the editor and anyone else of Sơn La; still asked for Quảng Ngãi and the command line
    assert taken(son_la) == 27 and taken(son_la_2) == 27
    assert taken(quang_ngai) is None and taken(None) is None
    # only approved labels go into the reviewed list to merge into indicators.toml
    assert "aliases_to_add" not in learned.export_toml(learned.entries(db))
    # a reviewer of another province may not approve it; one of Sơn La does
    assert not learned.can_approve(e, qn_reviewer) and not learned.can_approve(e, son_la)
    with pytest.raises(PermissionError):
        learned.approve(e.id, user=qn_reviewer, db=db)
    approved = learned.approve(e.id, user=sl_reviewer, db=db)
    assert approved.approved and approved.approved_by == "sl-reviewer"
    assert taken(quang_ngai) == 27 and taken(None) == 27
    assert "Số sản phẩm được đánh giá, xếp hạng OCOP" in learned.export_toml(learned.entries(db))
    # a reviewer's own confirmation needs nobody else; a rejection is remembered for everyone
    other = next(g for g in first.suggestions if g.indicator != "ocop_products")
    learned.reject(other.label, other.indicator, user=quang_ngai, file="bc.xlsx", db=db)
    assert not ingest.examine(data, "bc.xlsx", learned=learned.learned_for(db, user=son_la)).suggestions
    # every answer is in the audit log, with who gave it
    log = accounts.audit_log(db=db)
    assert {("sl-editor", "label_confirm"), ("sl-reviewer", "label_approve"), ("qn-editor", "label_reject")} <= \
        set(zip(log.actor, log.action))
