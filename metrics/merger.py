"""The 2025 merger view: facts re-expressed for today's 34 provinces.

Periods before 1 July 2025 are rebuilt from each province's predecessors. A count (additive
indicator) is summed only when every predecessor reported it for that exact period and measure;
a rate, index or rank is never summed or averaged — it stays only where the province's territory
did not change (one predecessor, e.g. Sơn La), otherwise it is shown as not comparable, with
the reason. Pure: facts DataFrame in, DataFrame out."""
from __future__ import annotations

import pandas as pd

from metrics import registry

STATUS_ORDER = {"reported": 0, "estimated": 1, "uncertain": 2}


def to_frame34(facts: pd.DataFrame, provinces34: list[str] | None = None) -> pd.DataFrame:
    """Rows for frame-34 provinces: their own facts plus rebuilt pre-merger ones. Extra columns:
    `comparable` (False when a value cannot be rebuilt) and `reason` (why, in Vietnamese),
    `reason_en`, and `predecessors` (names). Non-comparable rows have value NaN."""
    targets = provinces34 or [p.code for p in registry.in_frame("34")]
    own = facts[(facts["frame"] == "34") & facts["province_code"].isin(targets)].copy()
    own["comparable"], own["reason"], own["reason_en"], own["predecessors"] = True, "", "", ""
    rows = []
    old = facts[facts["frame"] == "63"]
    for code in targets:
        new = registry.province(code, "34")
        preds = registry.predecessors(new)
        pred_codes = [p.code for p in preds]
        names = ", ".join(p.name_vi for p in preds)
        sub = old[old["province_code"].isin(pred_codes)]
        for (indicator, period, measure), g in sub.groupby(["indicator", "period", "measure"], sort=False):
            ind = registry.indicator(indicator)
            first = g.iloc[0]
            base = {
                "province_code": code, "frame": "34", "province_name": new.name_vi, "indicator": indicator,
                "period": period, "period_start": first["period_start"], "period_end": first["period_end"],
                "period_kind": first["period_kind"], "measure": measure, "unit": first["unit"],
                "predecessors": names, "loaded_at": g["loaded_at"].max() if "loaded_at" in g else None,
            }
            have = set(g["province_code"])
            missing = [p for p in preds if p.code not in have]
            if len(preds) == 1:
                row = first.to_dict()
                row.update(base, comparable=True, reason="", reason_en="",
                           note=_join(first.get("note"), f"Cùng địa giới với {preds[0].name_vi} trước 01/7/2025."))
                rows.append(row)
                continue
            if not ind.additive:
                rows.append({**base, "value": float("nan"), "comparable": False, "status": _worst(g),
                             "qualifier": "", "alternatives": 0, "source": "", "quote": None, "note": None,
                             "reason": f"{ind.name_vi} không cộng hay lấy trung bình giữa các tỉnh sáp nhập ({names}).",
                             "reason_en": f"{ind.name_en} is never summed or averaged across merged provinces."})
                continue
            if missing:
                miss = ", ".join(p.name_vi for p in missing)
                rows.append({**base, "value": float("nan"), "comparable": False, "status": _worst(g),
                             "qualifier": "", "alternatives": 0, "source": "", "quote": None, "note": None,
                             "reason": f"Thiếu số liệu của {miss} cho kỳ này; không cộng khi thiếu tỉnh.",
                             "reason_en": f"No figure from {', '.join(p.name_en for p in missing)} for this period; "
                                          "not summed with a predecessor missing."})
                continue
            parts = "; ".join(f"{r.province_name}: {r.value:g}" for r in g.itertuples())
            rows.append({**base, "value": float(g["value"].sum()), "comparable": True, "status": _worst(g),
                         "qualifier": _common(g["qualifier"]), "alternatives": int(g["alternatives"].sum()),
                         "source": " | ".join(dict.fromkeys(g["source"])), "quote": None,
                         "note": f"Cộng từ các tỉnh trước sáp nhập ({parts}).",
                         "reason": "", "reason_en": ""})
    rebuilt = pd.DataFrame(rows)
    out = pd.concat([own, rebuilt], ignore_index=True) if not rebuilt.empty else own
    return out.sort_values(["indicator", "province_code", "period_start", "period_end"]).reset_index(drop=True)


def _worst(g: pd.DataFrame) -> str:
    return max(g["status"], key=lambda s: STATUS_ORDER.get(s, 0))


def _common(values: pd.Series) -> str:
    vals = set(values.fillna(""))
    return vals.pop() if len(vals) == 1 else ""


def _join(*notes) -> str:
    return " ".join(n for n in notes if isinstance(n, str) and n)
