"""Duyệt báo cáo (Review): a reviewer's queue — each submission of their provinces with its preview
and differences from the published figures; approve (publish and lock) or return with a comment.
An administrator also sees the locked province-periods and unlocks them."""
import streamlit as st

from etl import learned, warehouse, workflow
from metrics import queries, registry
from views import auth, review, tables, ui
from views.i18n import pick, t

lang = ui.lang()
st.title(t("review_title", lang))
st.caption(t("review_intro", lang))
user = auth.require("review", lang)


def _act(action, upload_id: str, file_name: str) -> None:
    # read at click time: the comment typed just before the click is not in the button's args
    comment = st.session_state.get(f"comment-{upload_id}", "")
    try:
        if action == "approve":
            workflow.approve(upload_id, user, comment=comment)
            st.session_state["_review_msg"] = t("approved_msg", lang).format(file=file_name)
        else:
            workflow.send_back(upload_id, user, comment)
            st.session_state["_review_msg"] = t("returned_msg", lang).format(file=file_name)
    except workflow.WorkflowError as exc:
        st.session_state["_review_err"] = pick(str(exc), exc.en, lang)
    except warehouse.WarehouseBusy:
        st.session_state["_review_err"] = t("db_busy", lang)


if msg := st.session_state.pop("_review_msg", None):
    st.success(msg)
if err := st.session_state.pop("_review_err", None):
    st.error(err)

queue = review.visible_uploads(queries.workflow_uploads(), user, states=("submitted",))
if queue.empty:
    st.info(t("review_empty", lang))
for u in queue.sort_values("submitted_at").itertuples():
    diff = queries.upload_differences(u.upload_id)
    n = review.change_counts(diff)
    with st.container(border=True):
        st.markdown("**" + t("review_head", lang).format(
            file=ui.plain(u.file_name), provinces=u.provinces, by=ui.plain(u.submitted_by), at=f"{u.submitted_at:%d/%m/%Y %H:%M}",
            n=len(diff), new=n["new"], changed=n["changed"], same=n["unchanged"]) + "**")
        st.dataframe(review.differences_frame(diff, lang), hide_index=True, width="stretch")
        st.text_input(t("review_comment", lang), key=f"comment-{u.upload_id}")
        c1, c2, _ = st.columns([2, 1, 3])
        c1.button(t("approve", lang), key=f"approve-{u.upload_id}", type="primary", on_click=_act,
                  args=("approve", u.upload_id, u.file_name))
        c2.button(t("return", lang), key=f"return-{u.upload_id}", on_click=_act,
                  args=("return", u.upload_id, u.file_name))

if user.is_admin:
    st.subheader(t("locks_title", lang))
    locks = queries.locks()
    if locks.empty:
        st.caption(t("locks_none", lang))
    for lk in locks.itertuples():
        c1, c2, c3 = st.columns([3, 2, 1])
        c1.markdown(f"**{lk.province_name}** ({lk.frame}) — {lk.period} · {lk.locked_by}, {lk.locked_at:%d/%m/%Y %H:%M}")
        key = f"{lk.province_code}-{lk.frame}-{lk.period}"
        reason = c2.text_input(t("unlock_reason", lang), key=f"reason-{key}", label_visibility="collapsed",
                               placeholder=t("unlock_reason", lang))
        if c3.button(t("unlock", lang), key=f"unlock-{key}"):
            try:
                workflow.unlock(lk.province_code, lk.frame, lk.period, user, reason)
                st.session_state["_review_msg"] = t("unlocked_msg", lang).format(province=lk.province_name, period=lk.period)
            except workflow.WorkflowError as exc:
                st.session_state["_review_err"] = pick(str(exc), exc.en, lang)
            st.rerun()


# labels uploaders answered: a reviewer approves those confirmed within their provinces (they then
# apply to every province); an administrator also removes a wrong one and exports the approved list
known = [e for e in learned.entries() if user.is_admin or learned.can_approve(e, user)]
st.subheader(t("learned_head", lang))
st.caption(t("learned_intro", lang))
if not known:
    st.caption(t("learned_none", lang))
else:
    st.dataframe(tables.learned_labels(known, lang), hide_index=True, width="stretch")
    if user.is_admin:
        st.download_button(t("learned_export", lang), data=learned.export_toml(known), file_name="nhan-da-duyet.toml",
                           mime="application/toml", on_click="ignore")
    for e in known:
        c1, c2, c3 = st.columns([6, 1, 1], vertical_alignment="center")
        name = registry.indicator(e.indicator).name(lang) if e.indicator in registry.indicators() else e.indicator
        c1.caption(f"‘{ui.plain(e.label)}’ → {name} · {t('decision_' + e.decision, lang)} · {ui.plain(e.by)}")
        if learned.can_approve(e, user) and c2.button(t("learned_approve", lang), key=f"approve-label-{e.id}"):
            learned.approve(e.id, user=user)
            st.session_state["_review_msg"] = t("learned_approved", lang).format(label=ui.plain(e.label))
            st.rerun()
        if user.is_admin and c3.button(t("learned_remove", lang), key=f"rm-{e.id}"):
            learned.remove(e.id, by=user.name)
            st.session_state["_review_msg"] = t("learned_removed", lang).format(label=ui.plain(e.label))
            st.rerun()
