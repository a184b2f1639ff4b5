"""Tải lên báo cáo (Upload reports): a department's editor logs in, previews every fact and
ignored row, saves accepted files as drafts and submits them for review; undo of unapproved ones."""
import random
import time

import streamlit as st

from etl import ingest, learned, sandbox, template, warehouse, workbook, workflow
from metrics import periods, queries, registry
from views import auth, fmt, review, tables, ui
from views.i18n import pick, t

lang = ui.lang()
st.title(t("upload_title", lang))
st.caption(t("upload_intro", lang))

# the template is built only when someone clicks, not on every rerun of the page
st.download_button(t("template_download", lang), data=template.build, file_name="mau-bao-cao-chi-tieu-khcn.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore")

user = auth.require("upload", lang)

province_codes = sorted({p.code for p in registry.provinces().values()
                         if user.scope.allows(p.code, p.frame)})
col1, col2 = st.columns(2)
hint_names = {c: fmt.province_code_label(c, lang) for c in province_codes}
with col1:
    hint_province = ui.find_select(
        t("hint_province", lang), [None, *province_codes], "hint_province", ui.finder_of(tuple(hint_names.items())),
        help=t("hint_help", lang), format_func=lambda c: t("from_file", lang) if c is None else hint_names[c])
hint_period_text = col2.text_input(t("hint_period", lang), help=t("hint_period_help", lang)).strip()
hint_period = None
if hint_period_text:
    try:
        hint_period = periods.parse(hint_period_text).notation
    except periods.PeriodError as exc:
        col2.error(str(exc))
        st.stop()

files = st.file_uploader(t("choose_files", lang), type=[s.lstrip(".") for s in workbook.SUFFIXES], accept_multiple_files=True)


@st.cache_data(show_spinner=False, max_size="256MB")
def _examine(file_id: str, name: str, province, period, labels_version: str, user_name: str, answers: tuple,
             _data: bytes) -> ingest.FileResult:
    # keyed on the upload's id, not its bytes (hashing large files on every rerun is slow); bounded
    # by the bytes the results take, not their number (one 1 M-row preview is hundreds of MB);
    # read again when someone answers a suggestion (labels_version) or a question about a cell (answers).
    # Read in a worker process with memory and time limits: a file that breaks the reader costs
    # that worker, never this server.
    # the labels in force for this person: approved ones and those confirmed for their provinces
    return sandbox.examine(_data, name, province, period, learned=learned.learned_for(province=province, user=user),
                           answers=dict(answers))


def _load_retrying(result, data, seconds: float = 20.0):
    """Load, retrying while another upload holds the warehouse (several departments confirm at
    once): a busy warehouse is a wait of a second or two, not a failure."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return ingest.load(result, data, user=user)
        except warehouse.WarehouseBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2 + random.random() * 0.3)


def _labels_version() -> str:
    """Changes whenever someone confirms, rejects or removes a label (re-reads the files)."""
    path = learned.log_path()
    return f"{path.stat().st_size}-{path.stat().st_mtime_ns}" if path.exists() else "0"


locks = queries.locks()


def _answer(result, g, confirm: bool) -> None:
    answer = learned.confirm if confirm else learned.reject
    answer(g.label, g.indicator, user=user, file=result.file, sheet=g.sheet, row=g.row,
           province=hint_province, score=g.score)
    name = registry.indicator(g.indicator).name(lang)
    key = ("suggestion_confirmed" if user.role != "editor" else "suggestion_confirmed_scoped") if confirm else "suggestion_rejected"
    st.session_state["label_answer"] = t(key, lang).format(label=ui.plain(g.label), indicator=name)


def _answers(file_id: str) -> dict:
    """This session's answers to the questions about one uploaded file's cells ("sheet!cell" -> value)."""
    return st.session_state.setdefault("cell_answers", {}).setdefault(file_id, {})


def _answer_cell(file_id: str, q, value: float) -> None:
    _answers(file_id)[q.key] = value
    st.session_state["label_answer"] = t("answered", lang).format(
        cell=q.cell, sheet=ui.plain(q.sheet), value=fmt.exact(value, lang))


if "label_answer" in st.session_state:
    st.success(st.session_state.pop("label_answer"))

results = []
version = _labels_version()
for f in files or []:
    data = f.getvalue()
    # the person's scope and the locks are checked before anything is offered for saving
    answers = _answers(f.file_id)
    result = ingest.check_locks(ingest.check_scope(_examine(f.file_id, f.name, hint_province, hint_period, version, user.name,
                                                            tuple(sorted(answers.items())), data), user), locks)
    results.append((result, data))
    with st.container(border=True):
        if result.accepted:
            st.success(t("file_ok", lang).format(file=ui.plain(result.file), facts=len(result.facts),
                                                 ignored=len(result.ignored)))
        elif any(p.rule == sandbox.RULE for p in result.problems):
            st.error(t("file_unsafe", lang).format(file=ui.plain(result.file)))
        else:
            st.error(t("file_refused", lang).format(file=ui.plain(result.file), problems=len(result.problems)))
            st.dataframe(tables.upload_problems(result.problems, lang), hide_index=True, width="stretch")
        if result.suggestions:
            st.warning(t("suggestions_head", lang).format(n=len(result.suggestions)))
            for i, g in enumerate(result.suggestions):
                c1, c2, c3 = st.columns([6, 1, 1], vertical_alignment="center")
                c1.markdown(ui.plain(tables.suggestion_line(g, lang)))  # the label is the file's text
                c2.button(t("suggestion_confirm", lang), key=f"ok-{f.file_id}-{i}", on_click=_answer, args=(result, g, True))
                c3.button(t("suggestion_reject", lang), key=f"no-{f.file_id}-{i}", on_click=_answer, args=(result, g, False))
        if result.questions:
            st.warning(t("questions_head", lang).format(n=len(result.questions)))
            for i, q in enumerate(result.questions):
                c1, c2, c3 = st.columns([6, 1, 1], vertical_alignment="center")
                c1.markdown(ui.plain(pick(q.message_vi, q.message_en, lang)))  # the label is the file's text
                for col, value, side in ((c2, q.readings[0], "pct"), (c3, q.readings[1], "frac")):
                    col.button(t("answer_as", lang).format(value=fmt.exact(value, lang)), key=f"ans-{side}-{f.file_id}-{i}",
                               on_click=_answer_cell, args=(f.file_id, q, value))
        if answers and st.button(t("answers_clear", lang).format(n=len(answers)), key=f"ans-clear-{f.file_id}"):
            answers.clear()
            st.rerun()
        if not result.facts.empty:
            st.markdown(f"**{t('facts_found', lang)}**")
            st.dataframe(tables.upload_facts(result, lang), hide_index=True, width="stretch")
        if result.ignored:
            with st.expander(f"{t('rows_ignored', lang)} ({len(result.ignored)})"):
                st.dataframe(tables.upload_ignored(result, lang), hide_index=True, width="stretch")

accepted = [(r, d) for r, d in results if r.accepted]
if accepted and st.button(t("save_drafts", lang).format(n=len(accepted)), type="primary"):
    for result, data in accepted:
        try:
            outcome = _load_retrying(result, data)
        except warehouse.WarehouseBusy:
            st.error(t("db_busy", lang))
            break
        except ingest.WriteFailed as exc:
            st.error(f"{ui.plain(result.file)}: {ui.plain(pick(exc.message_vi, exc.message_en, lang))}")
            break
        if outcome.status == "loaded":
            st.success(t("saved_draft", lang).format(file=ui.plain(result.file), facts=outcome.facts))
        elif outcome.status == "unchanged":
            st.info(t("unchanged", lang).format(file=ui.plain(result.file)))
        else:
            st.error(t("file_refused", lang).format(file=ui.plain(result.file), problems=len(result.problems)))
            st.dataframe(tables.upload_problems(result.problems, lang), hide_index=True, width="stretch")

st.subheader(t("my_uploads", lang))
mine = review.visible_uploads(queries.workflow_uploads(), user)
if mine.empty:
    st.caption(t("no_uploads", lang))
for u in mine.itertuples():
    c1, c2, c3 = st.columns([5, 1, 1])
    c1.markdown(f"**{ui.plain(u.file_name)}** — {u.provinces} — {fmt.number(u.facts)} {t('facts_word', lang)} · "
                f"{u.uploaded_at:%d/%m/%Y %H:%M} · {ui.plain(u.uploaded_by)} · **{t(f'wf_state_{u.state}', lang)}**")
    if u.state == "returned" and isinstance(u.review_comment, str):
        c1.warning(t("returned_note", lang).format(comment=ui.plain(u.review_comment)))
    try:
        if u.state in ("draft", "returned") and c2.button(t("submit_review", lang), key=f"submit-{u.upload_id}",
                                                          type="primary"):
            workflow.submit(u.upload_id, user)
            st.success(t("submitted_msg", lang).format(file=ui.plain(u.file_name)))
            st.rerun()
        if (u.state != "approved" or user.is_admin) and c3.button(t("undo", lang), key=f"undo-{u.upload_id}"):
            n = ingest.undo(u.upload_id, user=user)
            st.success(t("undone_msg", lang).format(file=ui.plain(u.file_name), facts=n))
            st.rerun()
    except warehouse.WarehouseBusy:
        st.error(t("db_busy", lang))
    except workflow.WorkflowError as exc:
        st.error(pick(str(exc), exc.en, lang))
    except ingest.WriteFailed as exc:
        st.error(ui.plain(pick(exc.message_vi, exc.message_en, lang)))
