"""Tables of the reporting workflow for a person: their uploads and states, a submission's
differences from the published figures, the figures waiting for review, the audit log."""
from __future__ import annotations

import json

import pandas as pd

from metrics import accounts, periods, registry
from views import fmt
from views.i18n import t


def visible_uploads(uploads: pd.DataFrame, user: accounts.User, states=None) -> pd.DataFrame:
    """One row per upload this person may see (every province-period of it inside their scope),
    not undone, optionally in the given states; with `provinces`, the names it covers."""
    if uploads.empty:
        return uploads.assign(provinces="")
    df = uploads[~uploads["undone"]]
    if states:
        df = df[df["state"].isin(list(states))]
    covered = df[df["province_code"].notna()]
    ok = user.scope.mask(covered).groupby(covered["upload_id"]).all()
    keep = set(ok[ok].index)
    names = covered.assign(name=[registry.province(c, f).name_vi for c, f in zip(covered["province_code"], covered["frame"])]
                           ).groupby("upload_id")["name"].agg(lambda s: ", ".join(sorted(set(s))))
    one = df[df["upload_id"].isin(keep)].drop_duplicates("upload_id").copy()
    one["provinces"] = one["upload_id"].map(names).fillna("")
    return one.sort_values("uploaded_at", ascending=False)


def change_text(r, lang: str) -> str:
    decimals = registry.indicator(r["indicator"]).decimals
    if r["change"] == "changed":
        return t("change_changed", lang).format(old=fmt.number(r["current_value"], decimals, lang),
                                                new=fmt.number(r["value"], decimals, lang))
    return t(f"change_{r['change']}", lang)


def differences_frame(diff: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A submission's values: province, indicator, period, the value, what is published now, the
    difference in words (new / changed X → Y / unchanged), and where the value was read: its cell,
    or for a narrative document the sentence quoted."""
    rows = []
    for _, r in diff.iterrows():
        ind = registry.indicator(r["indicator"])
        rows.append({
            t("col_change", lang): change_text(r, lang),
            t("provinces", lang): f"{r['province_name']} ({r['frame']})",
            t("indicator", lang): ind.name(lang) + (f" ({t('plan', lang).lower()})" if r["measure"] == "plan" else ""),
            t("col_period", lang): periods.label(r["period"], lang),
            t("col_value", lang): fmt.number(r["value"], ind.decimals, lang),
            t("col_current", lang): fmt.number(r["current_value"], ind.decimals, lang),
            t("col_cell", lang): f"{fmt.text(r['sheet'])}!{fmt.text(r['cell'])}" if fmt.text(r["cell"]) else fmt.text(r["sheet"]),
            t("col_quote", lang): fmt.text(r.get("quote")),
        })
    frame = pd.DataFrame(rows)
    if not frame.empty and not frame[t("col_quote", lang)].any():  # a workbook: its cells say where
        frame = frame.drop(columns=t("col_quote", lang))
    return frame


def change_counts(diff: pd.DataFrame) -> dict[str, int]:
    counts = diff["change"].value_counts()
    return {k: int(counts.get(k, 0)) for k in ("new", "changed", "unchanged")}


def pending_frame(pending: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Figures not yet public, each marked with its state (draft / submitted / returned)."""
    rows = []
    for _, r in pending.iterrows():
        ind = registry.indicator(r["indicator"])
        rows.append({
            t("dx_state", lang): t(f"wf_state_{r['state']}", lang),
            t("provinces", lang): f"{r['province_name']} ({r['frame']})",
            t("indicator", lang): ind.name(lang),
            t("col_period", lang): periods.label(r["period"], lang),
            t("col_value", lang): fmt.number(r["value"], ind.decimals, lang),
            t("dx_upload", lang): fmt.text(r["file_name"]),
            t("dx_loaded_by", lang): fmt.text(r["account"]),
        })
    return pd.DataFrame(rows)


def audit_frame(log: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The audit log as shown and downloaded: time, who, what, on what, provinces, details."""
    def detail(v) -> str:
        if not isinstance(v, str) or not v:
            return ""
        try:
            d = json.loads(v)
        except ValueError:
            return v
        return "; ".join(f"{k}: {', '.join(map(str, x)) if isinstance(x, list) else x}" for k, x in d.items())

    return pd.DataFrame({
        t("col_at", lang): log["at"].dt.strftime("%d/%m/%Y %H:%M:%S") if not log.empty else [],
        t("col_actor", lang): log["actor"],
        t("col_action", lang): log["action"],
        t("col_target", lang): log["target"].fillna(""),
        t("audit_province", lang): log["provinces"].fillna(""),
        t("col_detail", lang): [detail(v) for v in log["detail"]],
    })
