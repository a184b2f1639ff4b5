"""The reporting workflow through the command line and the pipeline: an editor's upload is a draft
the public does not see; submit, approve (public and locked), return with a comment; a locked
province-period refuses new uploads until an administrator unlocks it; scopes follow the merger
lineage; every step is audited and survives a rebuild."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from etl import build, ingest, workflow
from metrics import accounts, queries, store
from tests.fixtures.facts import current
from tests.fixtures.workbooks import filled_template

PASSWORD = "mat-khau-kiem-thu-01"


@pytest.fixture()
def people(fresh_warehouse, monkeypatch):
    """Accounts of a Khánh Hòa editor, a Sơn La editor, a Khánh Hòa reviewer and an admin."""
    monkeypatch.setattr(accounts, "sleep", lambda s: None)
    db = fresh_warehouse
    made = {
        "kh": accounts.add("kh-editor", "editor", PASSWORD, ("56",), actor="test", db=db),
        "sl": accounts.add("sl-editor", "editor", PASSWORD, ("14",), actor="test", db=db),
        "rv": accounts.add("kh-reviewer", "reviewer", PASSWORD, ("56",), actor="test", db=db),
        "rv_sl": accounts.add("sl-reviewer", "reviewer", PASSWORD, ("14",), actor="test", db=db),
        "admin": accounts.add("admin", "admin", PASSWORD, (), actor="test", db=db),
    }
    return db, made


def write(tmp_path, name, province, year, values) -> str:
    f = tmp_path / name
    f.write_bytes(filled_template(province, year, values))
    return str(f)


def ingest_json(capsys, *args) -> tuple[int, list[dict]]:
    code = ingest.main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def counts(db):
    with store.reader(db) as con:
        return con.execute("SELECT (SELECT count(*) FROM observations), (SELECT count(*) FROM uploads)").fetchall()[0]


def test_an_editor_cannot_write_another_province_and_the_cells_are_named(people, tmp_path, capsys):
    db, _ = people
    before = counts(db)
    f = write(tmp_path, "kontum-2021.xlsx", "Kon Tum", 2021, {"tasks_managed": 40, "st_budget": 12.5})
    code, out = ingest_json(capsys, f, "--db", str(db), "--as", "sl-editor")
    assert code == 1 and out[0]["status"] == "rejected" and out[0]["state"] is None
    problems = out[0]["problems"]
    assert {p["rule"] for p in problems} == {"permission"} and len(problems) == 2
    assert all(p["sheet"] and p["cell"] for p in problems), "each refused row names its cell"
    assert "Kon Tum" in problems[0]["message"] and "sl-editor" in problems[0]["message"]
    assert counts(db) == before, "nothing written"
    refused = accounts.audit_log(person="sl-editor", db=db).iloc[0]
    assert refused["action"] == "upload_refused" and "permission" in refused["detail"]


def test_merger_lineage_a_khanh_hoa_editor_may_write_ninh_thuan_before_july_2025(people, tmp_path, capsys):
    db, _ = people
    f = write(tmp_path, "ninhthuan-2021.xlsx", "Ninh Thuận", 2021, {"tasks_managed": 777})
    code, out = ingest_json(capsys, f, "--db", str(db), "--as", "kh-editor")
    assert code == 0 and out[0]["state"] == "draft"
    f2 = write(tmp_path, "kontum-2021.xlsx", "Kon Tum", 2021, {"tasks_managed": 5})
    code, out = ingest_json(capsys, f2, "--db", str(db), "--as", "kh-editor")
    assert code == 1 and out[0]["problems"][0]["rule"] == "permission", "Kon Tum went to Quảng Ngãi, not Khánh Hòa"


def test_draft_submit_approve_then_public_and_locked(people, tmp_path, capsys):
    db, p = people
    public_before = current(db, "tasks_managed")  # Ninh Thuận 2021 from the curated data
    f = write(tmp_path, "ninhthuan-2021.xlsx", "Ninh Thuận", 2021, {"tasks_managed": 777})
    code, out = ingest_json(capsys, f, "--db", str(db), "--as", "kh-editor")
    assert code == 0 and out[0]["state"] == "draft"
    upload_id = out[0]["upload_id"]
    assert current(db, "tasks_managed") == public_before, "the public facts view does not show a draft"
    pending = queries.pending_facts(db)
    assert list(pending["value"]) == [777] and list(pending["state"]) == ["draft"]
    key = ("58", "63", "tasks_managed", "2021", "actual")
    assert 777 not in queries.fact_history(*key, db=db)["value"].tolist(), "public history hides drafts"
    assert queries.fact_history(*key, db=db, pending=True).set_index("value").loc[777, "state"] == "draft"
    # an editor of another province never sees it; the Khánh Hòa reviewer does
    assert not p["sl"].scope.mask(pending).any()
    assert p["kh"].scope.mask(pending).all() and p["rv"].scope.mask(pending).all()

    with pytest.raises(workflow.WorkflowError):
        workflow.approve(upload_id, p["rv"], db)            # a draft is not yet submitted
    workflow.submit(upload_id, p["kh"], db)
    with pytest.raises(workflow.WorkflowError):
        workflow.approve(upload_id, p["kh"], db)            # an editor does not approve
    with pytest.raises(workflow.WorkflowError):
        workflow.approve(upload_id, p["rv_sl"], db)         # nor a reviewer of another province
    diff = queries.upload_differences(upload_id, db)
    assert diff.set_index("indicator").loc["tasks_managed", "change"] == ("changed" if public_before else "new")
    workflow.approve(upload_id, p["rv"], db, comment="Khớp báo cáo giấy")
    assert current(db, "tasks_managed")[0] == 777
    assert queries.pending_facts(db).empty
    assert list(queries.locks(db)[["province_code", "frame", "period"]].itertuples(index=False, name=None)) == [
        ("58", "63", "2021")]
    steps = queries.transitions(upload_id, db)
    assert list(steps["action"]) == ["submit", "approve"]
    assert list(steps["acted_by"]) == ["kh-editor", "kh-reviewer"]
    assert steps["comment"].iloc[1] == "Khớp báo cáo giấy"

    # the history of the value says who loaded it, who approved it, and what it replaced
    hist = queries.fact_history("58", "63", "tasks_managed", "2021", "actual", db)
    mine = hist[hist["value"] == 777].iloc[0]
    assert mine["loaded_by"] == "kh-editor" and mine["approved_by"] == "kh-reviewer" and mine["position"] == 1
    if public_before:
        older = hist[hist["value"] == public_before[0]].iloc[0]
        assert older["replaced_by_value"] == 777

    # locked: a second upload for the same province-period is refused, naming the lock
    f2 = write(tmp_path, "ninhthuan-2021-b.xlsx", "Ninh Thuận", 2021, {"tasks_managed": 778})
    code, out = ingest_json(capsys, f2, "--db", str(db), "--as", "kh-editor")
    assert code == 1 and out[0]["problems"][0]["rule"] == "locked"
    assert workflow.LOCKED_VI in out[0]["problems"][0]["message"]
    assert "năm 2021 của Ninh Thuận" in out[0]["problems"][0]["message"]
    # the command line without --as is never refused by a lock, and is audited as an administrator load
    code, out = ingest_json(capsys, f2, "--db", str(db))
    assert code == 0 and out[0]["state"] == "approved"
    assert current(db, "tasks_managed")[0] == 778
    load_entry = accounts.audit_log(db=db).iloc[0]
    assert load_entry["action"] == "load" and "không có --as" in load_entry["detail"]

    # only an administrator unlocks; then the editor may upload again
    with pytest.raises(workflow.WorkflowError):
        workflow.unlock("58", "63", "2021", p["rv"], db=db)
    assert workflow.unlock("58", "63", "2021", p["admin"], "Sở xin sửa số liệu", db=db) == 1
    assert queries.locks(db).empty
    f3 = write(tmp_path, "ninhthuan-2021-c.xlsx", "Ninh Thuận", 2021, {"tasks_managed": 779})
    code, out = ingest_json(capsys, f3, "--db", str(db), "--as", "kh-editor")
    assert code == 0 and out[0]["state"] == "draft"

    # the public history (read from the published snapshot) is the reviewers' one (read from the
    # warehouse file, with the values waiting for review) without those values: same rows, order,
    # approvals and replacements
    public = queries.fact_history(*key, db=db)
    full = queries.fact_history(*key, db=db, pending=True)
    assert 779 in full["value"].tolist() and 779 not in public["value"].tolist()
    assert public["value"].tolist()[:2] == [778, 777] and public["replaced_by_value"].iloc[1] == 778
    pd.testing.assert_frame_equal(public.reset_index(drop=True),
                                  full[full["state"] == "approved"].reset_index(drop=True), check_dtype=False)

    log = accounts.audit_log(db=db)
    assert {"upload", "submit", "approve", "upload_refused", "load", "unlock"} <= set(log["action"])
    unlock_entry = log[log["action"] == "unlock"].iloc[0]
    assert unlock_entry["actor"] == "admin" and "Sở xin sửa số liệu" in unlock_entry["detail"]
    assert set(accounts.audit_log(province=("58", "63"), db=db)["action"]) >= {"upload", "approve", "unlock"}

    # everything above survives a rebuild from data/ plus the kept uploads and their log
    before = (current(db, "tasks_managed"), queries.transitions(db=db)[["upload_id", "action", "acted_by"]].values.tolist(),
              len(queries.pending_facts(db)), len(queries.locks(db)))
    queries._cached.cache_clear()
    build.build(db)
    after = (current(db, "tasks_managed"), queries.transitions(db=db)[["upload_id", "action", "acted_by"]].values.tolist(),
             len(queries.pending_facts(db)), len(queries.locks(db)))
    assert after == before


def test_return_with_a_comment_then_resubmit(people, tmp_path, capsys):
    db, p = people
    f = write(tmp_path, "khanhhoa-2021.xlsx", "Khánh Hòa", 2021, {"tasks_managed": 55})
    _, out = ingest_json(capsys, f, "--db", str(db), "--as", "kh-editor")
    upload_id = out[0]["upload_id"]
    workflow.submit(upload_id, p["kh"], db)
    with pytest.raises(workflow.WorkflowError):
        workflow.send_back(upload_id, p["rv"], "  ", db)    # returning needs a reason
    workflow.send_back(upload_id, p["rv"], "Thiếu số nhiệm vụ cấp tỉnh", db)
    row = queries.workflow_uploads(db).set_index("upload_id").loc[upload_id]
    assert row["state"] == "returned" and row["review_comment"] == "Thiếu số nhiệm vụ cấp tỉnh"
    assert queries.locks(db).empty, "only an approval locks"
    assert workflow.submit(upload_id, p["kh"], db).state == "submitted"
    # an editor may take back their own unapproved upload; not another province's
    with pytest.raises(workflow.WorkflowError):
        ingest.undo(upload_id, db, user=p["sl"])
    assert ingest.undo(upload_id, db, user=p["kh"]) == 1


def test_the_command_line_refuses_unknown_or_disabled_accounts(people, tmp_path, capsys):
    db, _ = people
    f = write(tmp_path, "ninhthuan-2021.xlsx", "Ninh Thuận", 2021, {"tasks_managed": 1})
    with pytest.raises(SystemExit) as exc:
        ingest.main([f, "--db", str(db), "--as", "nobody"])
    assert exc.value.code == 2
    accounts.set_disabled("kh-editor", actor="test", db=db)
    with pytest.raises(SystemExit):
        ingest.main([f, "--db", str(db), "--as", "kh-editor"])
    with pytest.raises(SystemExit):
        ingest.main([f, "--db", str(db), "--as", "kh-reviewer"])  # a reviewer does not upload


def test_steps_committed_but_not_logged_are_repaired_and_survive_a_rebuild(people, tmp_path, capsys, monkeypatch):
    """Approvals and unlocks commit through the same commit point as loads: when the log cannot be
    written after the commit (a full disk, or a crash there), the approval stands and is public at
    once (the snapshot is published before the log), etl.check names the missing step, and the
    repair and the next build keep it."""
    from etl import check, uploads

    db, p = people
    f = write(tmp_path, "ninhthuan-2021.xlsx", "Ninh Thuận", 2021, {"tasks_managed": 778})
    code, out = ingest_json(capsys, f, "--db", str(db), "--as", "kh-editor")
    upload_id = out[0]["upload_id"]
    workflow.submit(upload_id, p["kh"], db)
    real = uploads.append_event

    def disk_full(folder, event):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(uploads, "append_event", disk_full)
    workflow.approve(upload_id, p["rv"], db)
    workflow.unlock("58", "63", "2021", p["admin"], reason="sửa số", db=db)
    monkeypatch.setattr(uploads, "append_event", real)
    assert current(db, "tasks_managed")[0] == 778
    assert queries.facts(["tasks_managed"], [("58", "63")], db=db).set_index("period").loc["2021", "value"] == 778
    found = check.check(db)
    assert found.steps_not_logged == [f"approve {upload_id}", "unlock 58-63 2021"], found.lines()
    assert check.check(db, repair=True).agrees
    build.build(db)
    assert current(db, "tasks_managed")[0] == 778, "the approval survived the rebuild"
    assert list(queries.transitions(upload_id, db)["action"]) == ["submit", "approve"]
    assert queries.locks(db).empty, "and so did the unlock"
    assert check.check(db).agrees
