"""Whole-file ingestion against golden expectations (tests/fixtures/excel, marked test data):
every fact with its cell, every deliberate ignored row, every problem of a refused file."""
import json
from pathlib import Path

import pytest

from etl import ingest

FIXTURES = Path(__file__).parent / "fixtures" / "excel"
GOLDENS = sorted((FIXTURES / "expected").glob("*.json"))


def _fact_key(f):
    return (f["province_code"], f["frame"], f["indicator"], f["period"], f["measure"])


def _examine(golden):
    data = (FIXTURES / "files" / golden["file"]).read_bytes()
    return ingest.examine(data, golden["file"], golden["upload_province"], golden["upload_period"]).to_json()


@pytest.mark.parametrize("path", GOLDENS, ids=[p.stem for p in GOLDENS])
def test_workbook_matches_golden(path):
    golden = json.loads(path.read_text(encoding="utf-8"))
    got = _examine(golden)
    problems = [(p["sheet"], p["cell"], p["rule"]) for p in got["problems"]]
    assert got["status"] == golden["status"], problems
    if golden["status"] == "rejected":
        assert got["facts"] == []
        # the whole list, each problem once: none missing, none extra, none repeated
        want = sorted((p["sheet"] or "", p["cell"] or "", p["rule"]) for p in golden["problems"])
        have = sorted((s or "", c or "", r) for s, c, r in problems)
        assert have == want, f"missing {sorted(set(want) - set(have))}; extra {sorted(set(have) - set(want))}; got {have}"
        return
    want = {_fact_key(f): f for f in golden["facts"]}
    have = {_fact_key(f): f for f in got["facts"]}
    assert set(have) == set(want), (f"missing {sorted(set(want) - set(have))}\n"
                                    f"unexpected {sorted(set(have) - set(want))}")
    for key, f in want.items():
        h = have[key]
        assert h["value"] == pytest.approx(f["value"]), key
        for field in ("unit", "qualifier", "status", "sheet", "cell"):
            assert h[field] == f[field], (key, field, h[field], f[field])
    ignored = " | ".join(i["text"] for i in got["ignored"])
    for text in golden.get("ignored_texts", []):
        assert text in ignored, f"{text!r} not listed as ignored"
