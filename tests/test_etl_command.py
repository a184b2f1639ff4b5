"""`python -m etl COMMAND`: one entry point beside the modules' own, with their exact flags,
JSON and exit codes; and `etl.undo`, the command line's undo."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import etl.__main__ as dispatcher
from etl import ingest, undo
from tests.fixtures.facts import current
from tests.fixtures.paths import ROOT
from tests.fixtures.workbooks import filled_template

BAD = ROOT / "tests" / "fixtures" / "excel" / "files" / "bad_range.xlsx"


def _run(main, argv, capsys) -> tuple[int, str, str]:
    try:
        rc = main(argv)
    except SystemExit as exc:  # argparse's usage errors
        rc = exc.code
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_python_m_etl_lists_every_command_and_refuses_an_unknown_one():
    run = lambda *a: subprocess.run([sys.executable, "-m", "etl", *a], cwd=ROOT, capture_output=True, text=True, timeout=120)
    listed = run()
    assert listed.returncode == 2
    for name, (module, _) in dispatcher.COMMANDS.items():
        assert f"  {name} " in listed.stderr and module in listed.stderr
    assert run("--help").returncode == 0 and "undo" in run("--help").stdout
    unknown = run("import")
    assert unknown.returncode == 2 and "lệnh không có: import" in unknown.stderr
    # a command's own usage error keeps its exit code through the entry point
    assert run("ingest", str(BAD), "--bogus").returncode == 2


@pytest.mark.parametrize("name", sorted(dispatcher.COMMANDS))
def test_every_command_is_a_module_with_a_main(name):
    import importlib

    module = importlib.import_module(dispatcher.COMMANDS[name][0])
    assert callable(module.main)


def test_ingest_through_the_entry_point_is_the_module_itself(fresh_warehouse, tmp_path, capsys):
    good = tmp_path / "good.xlsx"
    good.write_bytes(filled_template(values={"tasks_managed": 40}))
    args = [str(good), str(BAD), "--dry-run", "--json", "--lang", "en"]
    direct = _run(ingest.main, args, capsys)
    via = _run(dispatcher.main, ["ingest", *args], capsys)
    assert via[0] == direct[0] == 1  # one file refused
    strip = lambda out: [{k: v for k, v in r.items() if k != "sha256"} for r in json.loads(out)]
    assert strip(via[1]) == strip(direct[1])
    assert [r["status"] for r in json.loads(via[1])] == ["accepted", "rejected"]
    assert "outside its valid range" in json.loads(via[1])[1]["problems"][0]["message"]


def test_load_then_undo_from_the_command_line(fresh_warehouse, tmp_path, capsys):
    before = current(fresh_warehouse, "tasks_managed")
    report = tmp_path / "ninhthuan-2021.xlsx"
    report.write_bytes(filled_template(values={"tasks_managed": 4321}))
    rc, out, _ = _run(dispatcher.main, ["ingest", str(report), "--db", str(fresh_warehouse), "--json"], capsys)
    assert rc == 0
    upload_id = json.loads(out)[0]["upload_id"]
    assert current(fresh_warehouse, "tasks_managed")[0] == 4321

    rc, out, _ = _run(dispatcher.main, ["undo", upload_id, "--db", str(fresh_warehouse), "--json"], capsys)
    assert rc == 0
    assert json.loads(out) == [{"upload_id": upload_id, "status": "undone", "facts": 1,
                                "message": f"{upload_id}: đã hoàn tác, gỡ 1 số liệu"}]
    assert current(fresh_warehouse, "tasks_managed") == before  # the value it replaced is back

    rc, out, _ = _run(undo.main, [upload_id, "--db", str(fresh_warehouse), "--lang", "en"], capsys)
    assert rc == 0 and "already undone, nothing changed" in out
    rc, _, err = _run(undo.main, ["no-such-upload", "--db", str(fresh_warehouse)], capsys)
    assert rc == 1 and "không có lần tải lên nào mang mã này" in err
    rc, _, err = _run(undo.main, [upload_id, "--db", str(fresh_warehouse), "--as", "nobody"], capsys)
    assert rc == 2 and "không có tài khoản đang hoạt động tên “nobody”" in err

    rc, out, _ = _run(dispatcher.main, ["check", "--db", str(fresh_warehouse), "--json"], capsys)
    assert rc == 0 and json.loads(out)["agrees"] is True  # the undo is in the log as in the database


def test_an_editor_cannot_undo_another_provinces_upload(fresh_warehouse, tmp_path, capsys, monkeypatch):
    from tests.fixtures.accounts import add_account, no_login_delay

    no_login_delay(monkeypatch)
    add_account(fresh_warehouse, "sl-editor", "editor", ("14",))
    report = tmp_path / "ninhthuan-2021.xlsx"
    report.write_bytes(filled_template(values={"tasks_managed": 4321}))
    rc, out, _ = _run(ingest.main, [str(report), "--db", str(fresh_warehouse), "--json"], capsys)
    upload_id = json.loads(out)[0]["upload_id"]
    rc, out, _ = _run(undo.main, [upload_id, "--db", str(fresh_warehouse), "--as", "sl-editor", "--json"], capsys)
    assert rc == 1 and json.loads(out)[0]["status"] == "refused"
    assert current(fresh_warehouse, "tasks_managed")[0] == 4321  # nothing was taken back
