"""`python -m bench.synth --observations N --db PATH [--seed S]`: a SYNTHETIC warehouse at national
scale, for benchmarks only.

Deterministic (same N and seed, same rows), in the project's own schema and through its own load
path (etl.load creates the schema, the registries, sources, uploads and observations; the commit
step builds the read model and publishes the snapshot like any other write). What it holds:
  - all 63 + 34 provinces: periods that end before 1 July 2025 in the 63-province frame, later
    ones in the 34-province frame;
  - the registry's real indicators (dense: every province, every year) plus a few hundred
    synthetic ones (`synth_001` …), monthly to annual periods and stocks at year ends, 2007–2026;
  - several sources per fact (department reports as uploads, narrative documents, the press),
    revisions (a later report or document with another value), plans, estimated and uncertain
    values.

Marked synthetic wherever a person could see it: every source's title and publisher say
"GIẢ LẬP" (synthetic), synthetic indicators are named so, and the table `synthetic_meta` makes
the app show a banner. Synthetic indicators are never written to metrics/indicators.toml: they
live in the warehouse's `synthetic_indicators` table, which the read side overlays on the
registry (metrics.registry.set_overlay). Nothing is written under data/."""
from __future__ import annotations

import argparse
import gc
import hashlib
import os
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from etl import commit, load, warehouse
from metrics import registry

FIRST_YEAR, LAST_YEAR = 2007, 2026
MERGER = registry.MERGER_DATE
SYNTH_LOADED_AT = datetime(2026, 11, 30, 8, 0, 0)  # fixed: the same N and seed give the same file
MARK_VI, MARK_EN = "GIẢ LẬP", "SYNTHETIC"
PRESS = ["Báo Khoa học & Phát triển", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Nhân Dân", "VietnamPlus",
         "Báo Đầu tư", "Tạp chí KH&CN Việt Nam", "Báo Tin tức", "Dân trí"]
GRANULARITY_MIX = {"year": 0.40, "quarter": 0.20, "month": 0.20, "half": 0.10, "date": 0.10}


def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))


def periods_of(granularity: str) -> pd.DataFrame:
    """Every period of one granularity over the 20 years: notation, start, end, kind."""
    rows = []
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        if granularity == "year":
            rows.append((f"{y}", date(y, 1, 1), date(y, 12, 31), "year"))
        elif granularity == "half":
            rows += [(f"{y}-S1", date(y, 1, 1), date(y, 6, 30), "half"),
                     (f"{y}-S2", date(y, 7, 1), date(y, 12, 31), "half")]
        elif granularity == "quarter":
            rows += [(f"{y}-Q{q}", date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter") for q in range(1, 5)]
        elif granularity == "month":
            rows += [(f"{y}-{m:02d}", date(y, m, 1), _month_end(y, m), "month") for m in range(1, 13)]
        elif granularity == "date":
            rows.append((f"{y}-12-31", date(y, 12, 31), date(y, 12, 31), "date"))
    return pd.DataFrame(rows, columns=["period", "period_start", "period_end", "period_kind"])


def synthetic_indicators(n: int, rng: np.random.Generator) -> pd.DataFrame:
    """n synthetic registry entries (the overlay), with their period granularity."""
    grans = rng.choice(list(GRANULARITY_MIX), size=n, p=list(GRANULARITY_MIX.values()))
    rate = rng.random(n) < 0.25
    rows = []
    for i in range(n):
        code = f"synth_{i + 1:03d}"
        is_rate = bool(rate[i])
        stock = grans[i] == "date"
        rows.append({
            "code": code, "name_vi": f"Chỉ tiêu giả lập {i + 1:03d} ({MARK_VI})",
            "name_en": f"Synthetic indicator {i + 1:03d} ({MARK_EN})",
            "unit_vi": "%" if is_rate else "đơn vị", "unit_en": "%" if is_rate else "units",
            "kind": "rate" if is_rate else "count", "additive": not is_rate, "min": 0.0,
            "max": 100.0 if is_rate else 1e9, "higher_is_better": bool(i % 3), "decimals": 1 if is_rate else 0,
            "temporal": "stock" if stock else "flow", "parent": None,
            "definition_vi": "Dữ liệu giả lập để đo hiệu năng (bench.synth); không phải số liệu thật.",
            "definition_en": "Synthetic data for benchmarks (bench.synth); not a real statistic.",
            "granularity": str(grans[i]),
        })
    return pd.DataFrame(rows)


def _real_indicators() -> pd.DataFrame:
    rows = []
    for ind in registry.indicators().values():
        rows.append({"code": ind.code, "kind": ind.kind, "min": ind.min, "max": ind.max,
                     "decimals": ind.decimals, "granularity": "date" if ind.is_stock else "year",
                     "unit_vi": ind.unit_vi})
    return pd.DataFrame(rows)


def _provinces() -> dict[str, list[str]]:
    frames = sorted({p.frame for p in registry.provinces().values()})  # the registry's two frames
    return {fr: [p.code for p in registry.in_frame(fr)] for fr in frames}


def _universe(spec: pd.DataFrame) -> pd.DataFrame:
    """Every (indicator, period, province, frame) the spec allows: one row per possible fact."""
    provs = _provinces()
    parts = []
    for gran, inds in spec.groupby("granularity", sort=True):
        per = periods_of(gran)
        per["frame"] = np.where(per["period_end"] < MERGER, "63", "34")
        for frame, pf in per.groupby("frame", sort=True):
            grid = pf.merge(pd.DataFrame({"province_code": provs[frame]}), how="cross")
            grid = grid.merge(inds[["code"]].rename(columns={"code": "indicator"}), how="cross")
            parts.append(grid)
    return pd.concat(parts, ignore_index=True)


def _sources(provs: dict[str, list[str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sources (reports as uploads, narrative documents, press) and the uploads table."""
    names = {p.key: p.name_vi for p in registry.provinces().values()}
    src, ups = [], []
    for frame, codes in provs.items():
        years = [y for y in range(FIRST_YEAR, LAST_YEAR + 1)
                 if (frame == "63" and y <= MERGER.year) or (frame == "34" and y >= MERGER.year)]
        for code in codes:
            name = names[(code, frame)]
            for y in years:
                for rev in ("", "-r"):
                    base = f"{code}-{frame}-{y}{rev}"
                    when = date(y + 1, 2 if rev else 1, 15)
                    uid = f"synth-{base}"
                    ups.append({"upload_id": uid, "sha256": hashlib.sha256(uid.encode()).hexdigest(),
                                "file_name": f"{MARK_VI}_bao-cao_{code}-{frame}_{y}{rev}.xlsx",
                                "uploaded_at": datetime(when.year, when.month, when.day, 9, 0),
                                "uploaded_by": f"bench.synth ({MARK_VI})", "province_hint": code,
                                "period_hint": str(y), "facts": 0})
                    src.append({"source_id": f"upload-{uid}", "kind": "report", "rank": 3,
                                "title": f"{MARK_VI}: báo cáo {y} của Sở KH&CN {name}" + (" (bản sửa)" if rev else ""),
                                "publisher": f"Sở KH&CN {name} ({MARK_VI})", "url": None, "published": when.isoformat(),
                                "published_on": when, "language": "vi", "machine_translated": False,
                                "document": None, "note": f"{MARK_VI} — {MARK_EN} (bench.synth)", "upload_id": uid})
                    src.append({"source_id": f"synth-narr-{base}", "kind": "narrative", "rank": 2,
                                "title": f"{MARK_VI}: tin tổng kết năm {y}" + (" (cập nhật)" if rev else ""),
                                "publisher": f"Sở KH&CN {name} ({MARK_VI})", "url": None, "published": when.isoformat(),
                                "published_on": when, "language": "vi", "machine_translated": False,
                                "document": None, "note": f"{MARK_VI} — {MARK_EN} (bench.synth)", "upload_id": None})
    for k, outlet in enumerate(PRESS):
        src.append({"source_id": f"synth-press-{k}", "kind": "press", "rank": 1, "title": f"{MARK_VI}: bài báo",
                    "publisher": f"{outlet} ({MARK_VI})", "url": None, "published": None, "published_on": None,
                    "language": "vi", "machine_translated": False, "document": None,
                    "note": f"{MARK_VI} — {MARK_EN} (bench.synth)", "upload_id": None})
    return pd.DataFrame(src), pd.DataFrame(ups)


def generate(n_obs: int, seed: int = 13) -> dict:
    """Everything to load: the overlay registry, sources, uploads and exactly n_obs observations."""
    rng = np.random.default_rng(seed)
    n_synth = int(min(2000, max(200, n_obs // 8000)))
    synth = synthetic_indicators(n_synth, rng)
    real = _real_indicators()
    spec = pd.concat([real, synth[["code", "kind", "min", "max", "decimals", "granularity", "unit_vi"]]],
                     ignore_index=True)
    universe = _universe(spec)
    is_real = universe["indicator"].isin(set(real["code"])).to_numpy()
    # the real indicators are dense; synthetic facts fill the rest of the budget at random
    n_facts = max(1, int(n_obs / 1.45))
    n_real = int(is_real.sum())
    pick_synth = np.flatnonzero(~is_real)
    want_synth = max(0, min(len(pick_synth), n_facts - n_real))
    chosen = np.concatenate([np.flatnonzero(is_real),
                             np.sort(rng.choice(pick_synth, size=want_synth, replace=False))])
    if len(chosen) > n_facts:  # a small N: a sample of the real ones only
        chosen = np.sort(rng.choice(chosen, size=n_facts, replace=False))
    facts = universe.iloc[chosen].reset_index(drop=True)
    facts["measure"] = "actual"
    # plans: for a tenth of the yearly facts, the target set for that year
    yearly = np.flatnonzero((facts["period_kind"] == "year").to_numpy())
    plans = facts.iloc[rng.choice(yearly, size=min(len(yearly), max(0, n_obs // 40)), replace=False)].copy()
    plans["measure"] = "plan"
    facts = pd.concat([facts, plans], ignore_index=True)
    if len(facts) > n_obs:
        facts = facts.iloc[:n_obs]
    nf = len(facts)

    # one base value per fact: a province-indicator scale, a trend over the years, noise
    spec_i = spec.set_index("code")
    kind = spec_i.loc[facts["indicator"], "kind"].to_numpy()
    lo = spec_i.loc[facts["indicator"], "min"].to_numpy(dtype=float)
    hi = spec_i.loc[facts["indicator"], "max"].to_numpy(dtype=float)
    dec = spec_i.loc[facts["indicator"], "decimals"].to_numpy()
    unit = spec_i.loc[facts["indicator"], "unit_vi"].to_numpy()
    key_hash = pd.util.hash_pandas_object(facts[["indicator", "province_code"]], index=False).to_numpy()
    scale = 5 + (key_hash % 1000).astype(float)
    years = pd.to_datetime(facts["period_end"]).dt.year.to_numpy()
    trend = 1 + 0.04 * (years - FIRST_YEAR)
    span_days = (pd.to_datetime(facts["period_end"]) - pd.to_datetime(facts["period_start"])).dt.days.to_numpy() + 1
    flow_share = np.where(facts["period_kind"].to_numpy() == "date", 1.0, span_days / 365.0)
    raw = scale * trend * flow_share * rng.uniform(0.8, 1.2, nf)
    rate_like = np.isin(kind, ["rate", "index"])
    raw = np.where(rate_like, np.clip(20 + (key_hash % 60) + 2 * rng.standard_normal(nf), 0, 100), raw)
    raw = np.where(kind == "rank", 1 + (key_hash % 63), raw)
    raw = np.clip(raw, lo, np.minimum(hi, np.where(rate_like, hi, 1e9)))
    value = np.where(dec > 0, np.round(raw, 1), np.round(raw))
    facts["value"] = value
    facts["unit"] = unit
    facts["value_decimals"] = dec

    # observations: each fact once, then the rest of the budget as revisions and other sources
    extra = n_obs - nf
    base_kind = rng.choice(["report", "narrative", "press"], size=nf, p=[0.5, 0.35, 0.15])
    obs_fact = np.concatenate([np.arange(nf), np.sort(rng.choice(nf, size=extra, replace=extra > nf))]) \
        if extra > 0 else np.arange(nf)
    role = np.concatenate([np.zeros(nf, dtype=np.int8), rng.choice([1, 2], size=max(0, extra)).astype(np.int8)])
    o = facts.iloc[obs_fact].reset_index(drop=True)
    kinds = base_kind[obs_fact]
    # role 1 = a revision from the same kind of source (published later); 2 = another source kind
    other = np.where(kinds == "report", "narrative", np.where(kinds == "narrative", "press", "narrative"))
    kinds = np.where(role == 2, other, kinds)
    changes = (role > 0) & (rng.random(len(o)) < 0.35)
    bump = np.where(o["value_decimals"].to_numpy() > 0, 0.5, np.maximum(1, np.round(o["value"].to_numpy() * 0.05)))
    val = o["value"].to_numpy() + np.where(changes, bump, 0)
    lo_o = spec_i.loc[o["indicator"], "min"].to_numpy(dtype=float)
    hi_o = spec_i.loc[o["indicator"], "max"].to_numpy(dtype=float)
    o["value"] = np.clip(val, lo_o, hi_o)
    y = pd.to_datetime(o["period_end"]).dt.year.astype(str).to_numpy()
    base = o["province_code"].to_numpy().astype(object) + "-" + o["frame"].to_numpy().astype(object) + "-" + y.astype(object)
    rev = np.where(role == 1, "-r", "")
    press_k = (pd.util.hash_pandas_object(o[["indicator", "period"]], index=False).to_numpy() % len(PRESS)).astype(str)
    o["source_id"] = np.where(kinds == "report", "upload-synth-" + base + rev,
                              np.where(kinds == "narrative", "synth-narr-" + base + rev, "synth-press-" + press_k))
    o["kind"] = kinds
    pend = pd.to_datetime(o["period_end"])
    o["published_on"] = (pend + pd.to_timedelta(np.where(role == 1, 60, 20) + (role == 2) * 5, unit="D")).dt.date
    roll = rng.random(len(o))
    o["status"] = np.where(roll < 0.01, "uncertain", np.where(roll < 0.06, "estimated", "reported"))
    o["qualifier"] = np.where(rng.random(len(o)) < 0.02, "khoảng", "")
    o["sheet"] = np.where(kinds == "report", "Biểu 01", None)
    o["cell"] = np.where(kinds == "report", "C" + (10 + (key_hash[obs_fact] % 40)).astype(str), None)
    o["quote"] = np.where(kinds == "report", None, f"({MARK_VI}) Câu trích dẫn tổng hợp, không phải văn bản thật.")
    o["note"] = np.where(role == 1, f"Bản sửa số liệu ({MARK_VI}).", None)
    o = o.drop(columns=["value_decimals"])
    provs = _provinces()
    sources, ups = _sources(provs)
    # keep only the sources and uploads the observations use
    used = set(o["source_id"].unique())
    sources = sources[sources["source_id"].isin(used)].reset_index(drop=True)
    ups = ups[ups["upload_id"].isin(set(sources["upload_id"].dropna()))].reset_index(drop=True)
    return {"synth": synth, "sources": sources, "uploads": ups, "observations": o}


def write(target: Path, data: dict, seed: int, memory_limit: str | None = None) -> dict:
    """Create the warehouse at `target` through the loader (built aside, then moved into place).
    `memory_limit`: DuckDB's (e.g. "6GB"; it spills to disk beyond it) — at 10 M its windows took
    ~17 GB and were killed by the kernel on a 23 GB machine shared with other work."""
    tmp = target.with_name(target.name + ".synth")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    config = {"autoinstall_known_extensions": "false"}
    if memory_limit:
        config["memory_limit"] = memory_limit
    con = duckdb.connect(str(tmp), config=config)
    obs = data["observations"]
    try:
        con.execute("BEGIN")
        load.create_schema(con)
        load.load_registries(con)
        synth = data["synth"].drop(columns=["granularity"])
        load.load_overlay(con, synth, meta={"generator": "bench.synth", "observations": str(len(obs)),
                                            "seed": str(seed), "note_vi": "Dữ liệu giả lập, không phải số liệu thật",
                                            "note_en": "Synthetic data, not real statistics"})
        load.insert_sources(con, data["sources"])
        per_source = obs.groupby("source_id").size()
        ups = data["uploads"].copy()
        ups["facts"] = [int(per_source.get(f"upload-{u}", 0)) for u in ups["upload_id"]]
        load.record_uploads(con, ups)
        reports = obs["kind"].to_numpy() == "report"
        uploaded = ups.set_index("upload_id")["uploaded_at"]
        obs["upload_id"] = np.where(reports, obs["source_id"].str.removeprefix("upload-"), None)
        obs["loaded_at"] = np.where(reports, obs["upload_id"].map(uploaded), SYNTH_LOADED_AT)
        obs["loaded_at"] = pd.to_datetime(obs["loaded_at"])
        load.insert_observations(con, obs, loaded_at=None, loaded_by=f"bench.synth ({MARK_VI})")
        counts = {"observations": len(obs), "synthetic_indicators": len(data["synth"]),
                  "sources": len(data["sources"]), "uploads": len(data["uploads"])}
        # NOTE: the frames are in DuckDB now; at 10 M they held ~10 GB that the read model's
        # windows below need (the peak was 18.8 GB on a 23 GB machine)
        del obs, ups, reports, uploaded
        data.clear()
        gc.collect()
        # NOTE: committed before the read model is computed, as a build does: computed in the same
        # transaction as a million inserted rows, DuckDB 2.0 left facts_today and data_index
        # nearly empty (current_facts was right); in a transaction of its own it is right.
        con.execute("COMMIT")
        con.execute("BEGIN")
        t0 = time.perf_counter()
        commit.commit_aside(con)  # the read model, like a build's
        counts["read_model_s"] = time.perf_counter() - t0
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    t0 = time.perf_counter()
    commit.publish_whole(target)  # and the readers' snapshot
    counts["publish_s"] = time.perf_counter() - t0
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.splitlines()[0])
    ap.add_argument("--observations", type=int, default=1_000_000)
    ap.add_argument("--db", required=True, help="warehouse file to create (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--memory-limit", default=os.environ.get("ST_SYNTH_MEMORY_LIMIT"),
                    help="DuckDB's memory limit while building, e.g. 6GB (default: DuckDB's, 80%% of RAM; "
                    "or $ST_SYNTH_MEMORY_LIMIT)")
    args = ap.parse_args(argv)
    target = Path(args.db).resolve()
    if target.resolve().is_relative_to(Path(load.__file__).resolve().parent.parent / "data"):
        print("bench.synth: synthetic data never goes under data/", file=sys.stderr)
        return 2
    target.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    data = generate(args.observations, args.seed)
    t1 = time.perf_counter()
    with warehouse.writer_lock(target, wait=600):  # one writer per warehouse, as for every write
        out = write(target, data, args.seed, args.memory_limit)
    t2 = time.perf_counter()
    print(f"{MARK_EN}: {out['observations']:,} observations, {out['synthetic_indicators']} synthetic indicators, "
          f"{out['sources']:,} sources, {out['uploads']:,} uploads -> {target} "
          f"(generate {t1 - t0:.1f} s, load {t2 - t1:.1f} s, of which the whole read model "
          f"{out['read_model_s']:.1f} s and the whole snapshot's publish {out['publish_s']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
