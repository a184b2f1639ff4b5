"""Duyệt báo cáo (Review): a reviewer's queue — each submission of their provinces with its preview
and differences from the published figures; approve (publish and lock) or return with a comment.
An administrator also sees the locked province-periods and unlocks them."""
import streamlit as st

from etl import warehouse, workflow
from metrics import queries
from views import auth, review, ui
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
            file=u.file_name, provinces=u.provinces, by=u.submitted_by, at=f"{u.submitted_at:%d/%m/%Y %H:%M}",
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
