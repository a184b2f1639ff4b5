"""Số liệu từ văn bản (Figures from narrative documents): a department's editor logs in, pastes text
or chooses files, reviews the proposed facts with their quotes, ticks, edits period or province,
and saves them as a draft of their province, submitted for review like an uploaded report."""
import hashlib
import html
from datetime import date

import streamlit as st

from etl import pipeline, prose, text_facts, textdoc, warehouse
from metrics import periods, registry
from views import auth, fmt, tables, ui
from views.i18n import pick, t

lang = ui.lang()
st.title(t("text_title", lang))
st.caption(t("text_intro", lang))
user = auth.require("upload", lang)

codes = sorted({p.code for p in registry.provinces().values()})
# the uploader's provinces (and those they absorbed): the province of a text that names none;
# an editor of one province has it chosen already
mine = sorted({p.code for p in registry.provinces().values() if user.scope.allows(p.code, p.frame)})
own = user.provinces[0] if len(user.provinces) == 1 and user.provinces[0] in mine else None


def _province_name(code: str | None, frame: str | None = None) -> str:
    return fmt.province_code_label(code, lang, frame) if code else t("text_unknown", lang)


def _province_picker(codes: list[str], key: str, default: str | None):
    """A province (or none) among `codes`, named as written, found however typed (ui.find_select)."""
    st.session_state.setdefault(key, default if default in codes else None)
    return ui.find_select(t("text_province", lang), [None, *codes], key,
                          ui.finder_of(tuple((c, _province_name(c)) for c in codes)), format_func=_province_name)


c1, c2, c3 = st.columns(3)
with c1:
    hint_province = _province_picker(mine, "text_province", own)
hint_published = c2.date_input(t("text_published", lang), value=None, format="DD/MM/YYYY")
url = c3.text_input(t("text_url", lang)).strip()
pasted = st.text_area(t("text_paste", lang), height=180)
files = st.file_uploader(t("text_files", lang), type=["txt", "docx", "pdf", "html", "htm"], accept_multiple_files=True)


@st.cache_data(show_spinner=False, max_entries=32)
def _extract(key: str, name: str, province, published, _data: bytes):
    # keyed on the upload's id (or the pasted text), not on hashing the bytes at every rerun
    doc = textdoc.read(_data, name)
    return doc, prose.extract(doc, province=province, published=published)


documents = []
if pasted.strip():
    data = pasted.encode("utf-8")
    documents.append((t("text_pasted_name", lang) + ".txt", data, "paste:" + hashlib.sha256(data).hexdigest()[:16]))
for f in files or []:
    documents.append((f.name, f.getvalue(), f.file_id))


def _quote_html(quote: str, number: str) -> str:
    """The quote with the number highlighted; everything escaped (the text is the user's)."""
    q = html.escape(quote)
    n = html.escape(number)
    i = q.lower().find(n.lower())
    if n and i >= 0:
        q = f"{q[:i]}<mark>{q[i:i + len(n)]}</mark>{q[i + len(n):]}"
    return f'<blockquote style="margin:0.2rem 0 0.6rem 0">“{q}”</blockquote>'


chosen = []   # (document index, Accepted)
for di, (name, data, key) in enumerate(documents):
    try:
        doc, ex = _extract(key, name, hint_province, hint_published, data)
    except textdoc.Unreadable as exc:
        st.error(t("text_unreadable", lang).format(error=exc))
        continue
    with st.container(border=True):
        # file names and titles are the user's text: shown as text, never as Markdown
        st.text(t("text_doc", lang).format(file=name, n=len(ex.all)))
        st.text(t("text_doc_meta", lang).format(title=ex.title or "—",
                                                published=f"{ex.published:%d/%m/%Y}" if ex.published else "—"))
        if not ex.all:
            st.info(t("text_none", lang))
        for ci, c in enumerate(ex.all):
            ind = registry.indicator(c.indicator)
            k = f"{key}-{ci}"
            plan = f" ({t('text_measure_plan', lang)})" if c.measure == "plan" else ""
            when = periods.label(c.period, lang) if c.period else t("text_no_period", lang)
            shown = fmt.number(c.value, 0 if float(c.value).is_integer() else 2, lang)
            value = f"{c.qualifier + ' ' if c.qualifier else ''}{shown} {ind.unit(lang)}"
            label = (f"{ind.name(lang)}{plan} · {when} · {value} · {_province_name(c.province_code, c.frame)} · "
                     f"{t('text_confidence', lang).format(c=fmt.number(c.confidence, 2, lang))}")
            picked = st.checkbox(label, key=f"pick-{k}")
            st.html(_quote_html(c.quote, c.number_text))
            if picked:
                e1, e2 = st.columns(2)
                period = e1.text_input(t("text_period", lang), value=c.period or "", key=f"period-{k}").strip()
                with e2:
                    province = _province_picker(codes, f"prov-{k}", c.province_code)
                a = text_facts.Accepted.of(c)
                a.period, a.province_code = period or None, province
                chosen.append((di, a, ex, doc))

if chosen and st.button(t("text_load", lang).format(n=len(chosen)), type="primary"):
    for di, (name, data, _key) in enumerate(documents):
        picked = [(a, ex, doc) for d, a, ex, doc in chosen if d == di]
        if not picked:
            continue
        ex, doc = picked[0][1], picked[0][2]
        published = ex.published or (hint_published if isinstance(hint_published, date) else None)
        meta = text_facts.document_meta(ex.title, name, url or doc.url, published)
        try:
            outcome, problems = pipeline.load_text(data, meta, [a for a, _, _ in picked], user=user)
        except warehouse.WarehouseBusy:
            st.error(t("db_busy", lang))
            break
        except pipeline.WriteFailed as exc:
            st.error(ui.plain(pick(exc.message_vi, exc.message_en, lang)))
            break
        if outcome.status == "loaded":
            st.success(t("text_saved_draft", lang).format(file=ui.plain(name), facts=outcome.facts))
        elif outcome.status == "unchanged":
            st.info(t("unchanged", lang).format(file=ui.plain(name)))
        else:
            st.error(t("text_refused", lang).format(file=ui.plain(name)))
            st.dataframe(tables.upload_problems(problems, lang), hide_index=True, width="stretch")
    # drafts are submitted, followed and taken back in one place, beside the uploaded reports
    st.page_link("pages/upload.py", label=t("text_to_my_uploads", lang), icon=":material/send:")
