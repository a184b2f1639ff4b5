"""The reporting workflow: who may write which province, draft → submitted → approved | returned,
and the lock an approval puts on each province-period it covers.

scope_problems():  facts + a person's scope -> `permission` problems naming the cells (pure).
locked_problems(): facts -> `locked` problems for province-periods an approval has locked.
submit() / approve() / send_back() / unlock(): checked against the person's role and scope,
    applied in one transaction, logged beside the warehouse (etl.uploads) so that a rebuild
    replays them, and audited (metrics.accounts).

Only a reviewer's approval of a submission locks; curated data and command-line loads without
`--as` never lock anything and are never refused by a lock."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb
import pandas as pd

from etl import commit, warehouse
from etl.messages import say
from etl.reading import Problem
from metrics import accounts, periods, registry

STATES = ("draft", "submitted", "approved", "returned")
# action -> (states it may start from, state it leads to)
TRANSITIONS = {"submit": (("draft", "returned"), "submitted"),
               "approve": (("submitted",), "approved"),
               "return": (("submitted",), "returned")}
LOCKED_VI = "đã được phê duyệt và khóa; liên hệ quản trị viên để mở khóa"
LOCKED_EN = "has been approved and locked; ask an administrator to unlock it"


class WorkflowError(ValueError):
    """A refused transition; the message is Vietnamese, `en` English."""

    def __init__(self, vi: str, en: str):
        super().__init__(vi)
        self.en = en


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _cell(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _period_words(period: str) -> str:
    """'2024' -> 'năm 2024', '2023-Q1' -> 'quý I/2023' (to sit inside a sentence)."""
    text = periods.label(period, "vi")
    return text[:1].lower() + text[1:]


def province_pairs(facts: pd.DataFrame) -> list[tuple[str, str]]:
    return sorted(set(zip(facts["province_code"], facts["frame"])))


def province_periods(facts: pd.DataFrame) -> list[tuple[str, str, str]]:
    return sorted(set(zip(facts["province_code"], facts["frame"], facts["period"])))


# --- checks on a file's facts ----------------------------------------------------------------

def scope_problems(facts: pd.DataFrame, user: accounts.User) -> list[Problem]:
    """One `permission` problem per fact outside what this person may write."""
    scope = user.scope
    out = []
    for r in facts.itertuples():
        if scope.allows(r.province_code, r.frame, pd.Timestamp(r.period_end).date()):
            continue
        p = registry.province(r.province_code, r.frame)
        out.append(Problem(
            r.sheet, _cell(r.cell), r.value, "permission",
            f"Tài khoản “{user.name}” không được ghi số liệu của {p.name_vi} (khung {r.frame}), kỳ {r.period}: "
            f"chỉ được ghi cho {scope_words(scope, 'vi')}.",
            f"Account “{user.name}” may not write figures for {p.name_en} (frame {r.frame}), period {r.period}: "
            f"only for {scope_words(scope, 'en')}."))
    return out


def scope_words(scope: accounts.Scope, lang: str = "vi") -> str:
    """The provinces a scope covers, in words."""
    if scope.everything:
        return say("scope_everything", lang)
    return scope.province_names(lang) or say("scope_nothing", lang)


def active_locks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute("SELECT province_code, frame, period, locked_at, locked_by, upload_id FROM locks "
                       "WHERE unlocked_at IS NULL").df()


def locked_problems(locks: pd.DataFrame, facts: pd.DataFrame) -> list[Problem]:
    """One `locked` problem per fact whose province-period an approval has locked (`locks`:
    active_locks(), or metrics.queries.locks() for a preview)."""
    locked = set(zip(locks["province_code"], locks["frame"], locks["period"]))
    out = []
    for r in facts.itertuples():
        if (r.province_code, r.frame, r.period) not in locked:
            continue
        p = registry.province(r.province_code, r.frame)
        out.append(Problem(
            r.sheet, _cell(r.cell), r.value, "locked",
            f"Số liệu {_period_words(r.period)} của {p.name_vi} {LOCKED_VI}.",
            f"The figures of {p.name_en}, period {r.period}, {LOCKED_EN}."))
    return out


# --- applying (live and on replay) -----------------------------------------------------------

def upload_facts(con: duckdb.DuckDBPyConnection, upload_id: str) -> pd.DataFrame:
    return con.execute("SELECT province_code, frame, indicator, period, period_end, measure, value, sheet, cell "
                       "FROM observations WHERE upload_id = ? AND active", [upload_id]).df()


def apply_transition(con: duckdb.DuckDBPyConnection, upload_id: str, action: str, at: datetime, by: str,
                     comment: str | None) -> None:
    """Record one transition (caller owns the transaction); an approval locks and publishes."""
    _, to_state = TRANSITIONS[action]
    con.execute("INSERT INTO transitions (upload_id, action, acted_at, acted_by, comment) VALUES (?, ?, ?, ?, ?)",
                [upload_id, action, at, by, comment])
    if action == "submit":
        con.execute("UPDATE uploads SET state = ?, submitted_at = ?, submitted_by = ? WHERE upload_id = ?",
                    [to_state, at, by, upload_id])
        return
    con.execute("UPDATE uploads SET state = ?, reviewed_at = ?, reviewed_by = ?, review_comment = ? "
                "WHERE upload_id = ?", [to_state, at, by, comment, upload_id])
    if action == "approve":
        # the approval is the publication: among reports, the later approval wins (README rule);
        # figures read from a narrative document keep that document's date (its age is what ranks it)
        con.execute("UPDATE observations SET published_on = ? WHERE upload_id = ? AND source_id NOT LIKE 'text-%'",
                    [at.date(), upload_id])
        con.execute("INSERT INTO locks (province_code, frame, period, locked_at, locked_by, upload_id) "
                    "SELECT DISTINCT province_code, frame, period, ?, ?, ? FROM observations "
                    "WHERE upload_id = ? AND active", [at, by, upload_id, upload_id])


def apply_unlock(con: duckdb.DuckDBPyConnection, province_code: str, frame: str, period: str, at: datetime,
                 by: str, reason: str | None) -> int:
    n = con.execute("SELECT count(*) FROM locks WHERE province_code = ? AND frame = ? AND period = ? "
                    "AND unlocked_at IS NULL", [province_code, frame, period]).fetchall()[0][0]
    con.execute("UPDATE locks SET unlocked_at = ?, unlocked_by = ?, unlock_reason = ? WHERE province_code = ? "
                "AND frame = ? AND period = ? AND unlocked_at IS NULL", [at, by, reason, province_code, frame, period])
    return n


def apply_event(con: duckdb.DuckDBPyConnection, event: dict) -> None:
    """Replay one logged transition or unlock (etl.build)."""
    at = datetime.fromisoformat(event["at"])
    if event["event"] == "transition":
        apply_transition(con, event["upload_id"], event["action"], at, event["by"], event.get("comment"))
    elif event["event"] == "unlock":
        apply_unlock(con, event["province_code"], event["frame"], event["period"], at, event["by"], event.get("reason"))


# --- live operations -------------------------------------------------------------------------

@dataclass(frozen=True)
class Done:
    upload_id: str | None
    state: str | None
    facts: int = 0


_NO_FACTS = pd.DataFrame(columns=["province_code", "frame", "indicator", "period", "measure"])


def _commit_then_log(con, db, apply, event: dict, touched: pd.DataFrame | None = None):
    """Apply in one transaction and end it through etl.commit, the one way a write ends: the read
    model of the `touched` facts refreshed (an approval makes a draft's facts public), COMMIT, a
    new snapshot published, then the event logged for rebuilds (a step whose commit failed is
    never logged)."""
    con.execute("BEGIN")
    try:
        result = apply()
    except BaseException:
        con.execute("ROLLBACK")
        raise
    commit.commit(con, db, event, touched if touched is not None else _NO_FACTS)
    return result


def transition(upload_id: str, action: str, user: accounts.User, db=None, comment: str | None = None) -> Done:
    """Submit, approve or return one upload, as this person."""
    if action not in TRANSITIONS:
        raise ValueError(action)
    comment = (comment or "").strip() or None
    allowed_from, to_state = TRANSITIONS[action]
    if action == "submit" and not user.can_upload:
        raise WorkflowError("Chỉ người tải lên (biên tập) mới gửi duyệt được.", "Only an editor can submit.")
    if action in ("approve", "return") and not user.can_review:
        raise WorkflowError("Chỉ người duyệt mới phê duyệt hoặc trả lại được.", "Only a reviewer can approve or return.")
    if action == "return" and not comment:
        raise WorkflowError("Trả lại cần ghi lý do cho người tải lên.", "Returning needs a comment for the uploader.")
    with warehouse.writer(db) as con:
        row = con.execute("SELECT state, undone_at, file_name FROM uploads WHERE upload_id = ?", [upload_id]).fetchall()
        if not row:
            raise WorkflowError(f"Không có lần tải lên {upload_id}.", f"No upload {upload_id}.")
        state, undone_at, file_name = row[0]
        if undone_at is not None or state not in allowed_from:
            raise WorkflowError(f"{file_name}: đang ở trạng thái “{state}”, không thể {action}.",
                                f"{file_name}: is “{state}”; cannot {action}.")
        facts = upload_facts(con, upload_id)
        outside = scope_problems(facts, user)
        if outside:
            raise WorkflowError(outside[0].message_vi, outside[0].message_en)
        if action == "approve":
            locked = locked_problems(active_locks(con), facts)
            if locked:
                raise WorkflowError(locked[0].message_vi, locked[0].message_en)
        at = _now()
        _commit_then_log(con, db, lambda: apply_transition(con, upload_id, action, at, user.name, comment),
                         {"event": "transition", "upload_id": upload_id, "action": action,
                          "at": at.isoformat(), "by": user.name, "comment": comment}, touched=facts)
    accounts.audit(user.name, action, upload_id, province_pairs(facts),
                   {"file": file_name, "facts": len(facts), **({"comment": comment} if comment else {})}, db=db)
    return Done(upload_id, to_state, len(facts))


def submit(upload_id: str, user: accounts.User, db=None, comment: str | None = None) -> Done:
    return transition(upload_id, "submit", user, db, comment)


def approve(upload_id: str, user: accounts.User, db=None, comment: str | None = None) -> Done:
    return transition(upload_id, "approve", user, db, comment)


def send_back(upload_id: str, user: accounts.User, comment: str, db=None) -> Done:
    return transition(upload_id, "return", user, db, comment)


def unlock(province_code: str, frame: str, period: str, user: accounts.User, reason: str | None = None,
           db=None) -> int:
    """An administrator lifts the lock of one province-period (audited); returns locks lifted."""
    if not user.is_admin:
        raise WorkflowError("Chỉ quản trị viên mới mở khóa được.", "Only an administrator can unlock.")
    reason = (reason or "").strip() or None
    with warehouse.writer(db) as con:
        if active_locks(con).query("province_code == @province_code and frame == @frame and period == @period").empty:
            return 0
        at = _now()
        n = _commit_then_log(con, db, lambda: apply_unlock(con, province_code, frame, period, at, user.name, reason),
                             {"event": "unlock", "province_code": province_code, "frame": frame, "period": period,
                              "at": at.isoformat(), "by": user.name, "reason": reason})
    accounts.audit(user.name, "unlock", f"{province_code}-{frame} {period}", [(province_code, frame)],
                   {"period": period, **({"reason": reason} if reason else {})}, db=db)
    return n


def actor_for(user: accounts.User | None) -> str:
    return user.name if user else f"dòng lệnh ({os.environ.get('USER') or 'operator'})"
