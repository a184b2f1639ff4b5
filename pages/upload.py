"""Tải lên báo cáo (Upload reports): preview every fact and ignored row, confirm, load; undo."""
import hmac

import streamlit as st

from etl import ingest, template, warehouse
from metrics import periods, queries, registry
from views import fmt, tables, ui
from views.i18n import t

lang = ui.lang()
st.title(t("upload_title", lang))
st.caption(t("upload_intro", lang))

# the template is built only when someone clicks, not on every rerun of the page
st.download_button(t("template_download", lang), data=template.build, file_name="mau-bao-cao-chi-tieu-khcn.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore")


def _configured_key() -> str | None:
    try:
        return st.secrets.get("upload_key")
    except Exception:  # no secrets file at all
        return None


key = _configured_key()
if not key:
    st.warning(t("upload_disabled", lang))
    st.stop()
typed = st.text_input(t("upload_key", lang), type="password")
if not typed:
    st.stop()
if not hmac.compare_digest(typed.encode(), str(key).encode()):
    st.error(t("upload_key_wrong", lang))
    st.stop()

province_codes = sorted({p.code for p in registry.provinces().values()})
col1, col2 = st.columns(2)
hint_province = col1.selectbox(
    t("hint_province", lang), [None, *province_codes], help=t("hint_help", lang),
    format_func=lambda c: t("from_file", lang) if c is None else f"{c} · {ui.searchable(registry.province_name(c, lang))}")
hint_period_text = col2.text_input(t("hint_period", lang), help=t("hint_period_help", lang)).strip()
hint_period = None
if hint_period_text:
    try:
        hint_period = periods.parse(hint_period_text).notation
    except periods.PeriodError as exc:
        col2.error(str(exc))
        st.stop()

files = st.file_uploader(t("choose_files", lang), type=["xlsx", "xls"], accept_multiple_files=True)


@st.cache_data(show_spinner=False, max_entries=64)
def _examine(file_id: str, name: str, province, period, _data: bytes) -> ingest.FileResult:
    # keyed on the upload's id, not its bytes (hashing large files on every rerun is slow)
    return ingest.examine(_data, name, province, period)


results = []
for f in files or []:
    data = f.getvalue()
    result = _examine(f.file_id, f.name, hint_province, hint_period, data)
    results.append((result, data))
    with st.container(border=True):
        if result.accepted:
            st.success(t("file_ok", lang).format(file=result.file, facts=len(result.facts), ignored=len(result.ignored)))
        else:
            st.error(t("file_refused", lang).format(file=result.file, problems=len(result.problems)))
            st.dataframe(tables.upload_problems(result, lang), hide_index=True, width="stretch")
        if not result.facts.empty:
            st.markdown(f"**{t('facts_found', lang)}**")
            st.dataframe(tables.upload_facts(result, lang), hide_index=True, width="stretch")
        if result.ignored:
            with st.expander(f"{t('rows_ignored', lang)} ({len(result.ignored)})"):
                st.dataframe(tables.upload_ignored(result, lang), hide_index=True, width="stretch")

accepted = [(r, d) for r, d in results if r.accepted]
if accepted and st.button(t("confirm_load", lang).format(n=len(accepted)), type="primary"):
    for result, data in accepted:
        try:
            outcome = ingest.load(result, data, by=t("uploaded_via_web", lang))
        except warehouse.WarehouseBusy:
            st.error(t("db_busy", lang))
            break
        if outcome.status == "loaded":
            st.success(t("loaded", lang).format(file=result.file, facts=outcome.facts, replaced=outcome.replaced))
        else:
            st.info(t("unchanged", lang).format(file=result.file))

st.subheader(t("past_uploads", lang))
past = queries.uploads()
if past.empty:
    st.caption(t("no_uploads", lang))
for u in past.itertuples():
    c1, c2 = st.columns([4, 1])
    state = t("undone", lang) if u.undone else t("active", lang)
    c1.markdown(f"**{u.file_name}** — {fmt.number(u.facts)} {t('facts_word', lang)} · "
                f"{u.uploaded_at:%d/%m/%Y %H:%M} · {u.uploaded_by} · {state}")
    if not u.undone and c2.button(t("undo", lang), key=f"undo-{u.upload_id}"):
        try:
            n = ingest.undo(u.upload_id, by=t("uploaded_via_web", lang))
            st.success(t("undone_msg", lang).format(file=u.file_name, facts=n))
            st.rerun()
        except warehouse.WarehouseBusy:
            st.error(t("db_busy", lang))
