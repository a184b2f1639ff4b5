"""Nhật ký (Audit log): every action — logins and failed logins, uploads, submissions, approvals,
returns, unlocks, undos, account changes — filterable by person, province and date; downloadable.
For administrators."""
import datetime as dt

import streamlit as st

from metrics import accounts, registry
from views import auth, review, tables, ui
from views.i18n import t

lang = ui.lang()
st.title(t("audit_title", lang))
st.caption(t("audit_intro", lang))
auth.require("admin", lang)

everything = accounts.audit_log()
people = sorted(set(everything["actor"]) | set(everything["target"].dropna()) - {""}) if not everything.empty else []
c1, c2, c3 = st.columns(3)
person = c1.selectbox(t("audit_person", lang), [None, *people], format_func=lambda p: t("audit_all", lang) if p is None else p)
prov_options = [ui.province_option(p.code, p.frame) for p in sorted(registry.provinces().values(), key=lambda p: (p.frame != "34", p.code))]
with c2:
    province = ui.find_select(t("audit_province", lang), [None, *prov_options], "audit_province",
                              ui.province_finder("reported", lang),
                              format_func=lambda o: t("audit_all", lang) if o is None else ui.province_label(o, lang))
today = dt.date.today()
dates = c3.date_input(t("audit_dates", lang), value=(today - dt.timedelta(days=30), today), format="DD/MM/YYYY")
since, until = (dates if isinstance(dates, tuple) and len(dates) == 2 else (dates[0] if dates else None, None))

log = accounts.audit_log(person=person, province=ui.parse_province_option(province) if province else None,
                         since=since, until=until)
shown = review.audit_frame(log, lang)
st.markdown(f"**{t('audit_count', lang).format(n=len(shown))}**")
st.dataframe(shown, hide_index=True, width="stretch")
st.download_button(t("audit_csv", lang), tables.csv_bytes(shown), file_name="nhat-ky.csv", mime="text/csv",
                   on_click="ignore")
