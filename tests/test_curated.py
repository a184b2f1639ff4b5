"""The curated data: every quote is really in its source, the figures the issue names are there,
and the build is idempotent."""
import subprocess
import sys
import unicodedata
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl import build, curated
from tests.conftest import ROOT, SHARED

SEEDS = SHARED / "seeds"
PRESS = SHARED / "data" / "press-facts.csv"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="module")
def facts_and_sources():
    sources = curated.read_sources()
    return curated.read_facts().merge(sources, on="source_id", suffixes=("", "_source")), sources


def test_every_seed_quote_appears_in_its_document(facts_and_sources):
    facts, _ = facts_and_sources
    seeded = facts[facts["document"] != ""]
    assert len(seeded) >= 10
    for r in seeded.itertuples():
        text = nfc((SEEDS / r.document).read_text(encoding="utf-8"))
        assert nfc(r.quote) in text, f"{r.document}: quote not found: {r.quote!r}"


def test_every_press_quote_appears_in_the_reference_data(facts_and_sources):
    facts, _ = facts_and_sources
    press = pd.read_csv(PRESS, dtype=str, keep_default_na=False)
    by_url = press.groupby("source_url")["quote"].apply(lambda q: " || ".join(map(nfc, q))).to_dict()
    cited = facts[facts["url"] != ""]
    assert len(cited) >= 60
    for r in cited.itertuples():
        assert nfc(r.quote) in by_url.get(r.url, ""), f"{r.url}: quote not found: {r.quote!r}"


def test_curated_rows_pass_the_registry_checks(facts_and_sources):
    _, sources = facts_and_sources
    out = curated.normalize_facts(curated.read_facts(), curated.normalize_sources(sources))
    assert len(out) == len(curated.read_facts())


def test_build_gives_the_cited_ninh_thuan_figures(tmp_path):
    db = tmp_path / "new.duckdb"
    p = subprocess.run([sys.executable, "-m", "etl.build", "--db", str(db)], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    con = duckdb.connect(str(db), read_only=True)

    def fact(indicator, period):
        rows = con.execute("select value, source, note, period_kind from facts where province_code='58' and frame='63' "
                           "and indicator=? and period=?", [indicator, period]).fetchall()
        assert len(rows) == 1, (indicator, period, rows)
        return rows[0]
    value, source, _, _ = fact("tasks_managed", "2021")
    assert value == 36 and "003_3379fd248dcacd11.txt" in source
    assert fact("tasks_accepted", "2021")[0] == 10
    value, _, note, _ = fact("ocop_trademarks", "2021")
    assert value == 69 and "bảo hộ" in note
    value, _, _, kind = fact("tfp_contribution", "2020/2023")
    assert value == 33 and kind == "range"
    con.close()


def test_conflicting_figures_are_both_kept(warehouse_path):
    con = duckdb.connect(str(warehouse_path), read_only=True)
    values = {v for (v,) in con.execute(
        "select value from ranked_observations where province_code='14' and indicator='tasks_managed' "
        "and period='2021/2025'").fetchall()}
    alt = con.execute("select alternatives from facts where province_code='14' and indicator='tasks_managed' "
                      "and period='2021/2025'").fetchall()
    con.close()
    assert {68, 84} <= values and alt[0][0] >= 1


def test_build_is_idempotent(tmp_path):
    db = tmp_path / "w.duckdb"
    first = build.build(db)
    con = duckdb.connect(str(db), read_only=True)
    a = con.execute("select * exclude (loaded_at) from facts order by all").fetchall()
    con.close()
    second = build.build(db)
    con = duckdb.connect(str(db), read_only=True)
    b = con.execute("select * exclude (loaded_at) from facts order by all").fetchall()
    con.close()
    assert first["curated_facts"] == second["curated_facts"] and a == b


def test_first_start_builds_once_while_others_wait(tmp_path):
    """Several app sessions opening a fresh install at once: one builds, the others wait for it."""
    import threading

    db = tmp_path / "first.duckdb"
    results = []
    threads = [threading.Thread(target=lambda: results.append(build.ensure(db))) for _ in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sorted(results) == [False, False, True]
    assert build.ensure(db) is False
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from facts").fetchall()[0][0] > 50
    con.close()
