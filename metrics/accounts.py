"""Accounts, roles, scopes and the audit log: a small SQLite file beside the warehouse.

Takes account names, roles, province codes and passwords; gives verified users with their
scope (which provinces and periods they may write or review) and an append-only audit trail.

Why a file of its own, and why SQLite: the warehouse is rebuilt from data/ plus the kept uploads
(etl.build), so anything stored only inside it would be lost on a rebuild; and a login failure
must be recorded by any app process at any moment without waiting for the warehouse's single
writer. SQLite gives transactions across processes from the standard library. The file sits
beside the warehouse (`<name>.accounts.sqlite`, under the git-ignored data/warehouse/ by
default), is created readable by its owner only, and holds Argon2id hashes, never passwords.

Passwords are hashed with argon2-cffi (Argon2id, RFC 9106 low-memory profile: salted, ~0.2 s
per check here). Repeated wrong passwords are slowed down (a growing pause) and, after
MAX_FAILURES in a row, the account is locked out for LOCKOUT_MINUTES; the right password does
not open a locked-out account early.

Sessions (so a browser reload keeps a local login): a login starts a session here, and the
browser keeps its token in a cookie. The token is `<id>.<expiry>.<HMAC-SHA256>`, signed with a
key of 32 random bytes kept beside the warehouse (`<name>.session-key`, owner-only, never in a
backup); the file stores only the id's SHA-256. A token opens nothing unless its signature,
expiry and row all hold: the session not ended, used within SESSION_IDLE_MINUTES, younger than
SESSION_MAX_HOURS, its account enabled. Logout ends it; disabling the account or resetting its
password ends all of that account's sessions.
"""
from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import sqlite3
import time
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import argon2
import pandas as pd

from metrics import registry, store

ROLES = ("editor", "reviewer", "admin")
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024          # a longer "password" is an attempt to burn CPU
MAX_FAILURES = 5                    # wrong passwords in a row before the lockout
LOCKOUT_MINUTES = 15
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$")
PASSWORD_ENV = "ST_DASHBOARD_PASSWORD"
SESSION_IDLE_MINUTES = 30           # a session unused this long ends
SESSION_MAX_HOURS = 12              # and any session ends this long after the login
SESSION_TOUCH_SECONDS = 60          # last use written at most this often (one write a minute, not a click)

_hasher = argon2.PasswordHasher()   # argon2-cffi's defaults: Argon2id, RFC 9106 low-memory profile
# verifying against this when the name is unknown costs the same time as a real check, so the
# answer's timing does not tell which names exist
_DUMMY_HASH = _hasher.hash("not-a-password-of-anyone")

# the pause before answering a wrong password; tests replace it to record the pauses
sleep = time.sleep


class AccountError(ValueError):
    """A refused account operation; the message is in Vietnamese, `en` in English."""

    def __init__(self, vi: str, en: str):
        super().__init__(vi)
        self.en = en


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def accounts_path(db: str | os.PathLike | None = None) -> Path:
    p = store.db_path(db)
    return p.parent / f"{p.stem}.accounts.sqlite"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
    provinces TEXT NOT NULL DEFAULT '',          -- codes as given, comma-separated; '' = all
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_count INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_login TEXT);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    provinces TEXT NOT NULL DEFAULT '',          -- ',56-34,58-63,' for filtering by province
    detail TEXT);
CREATE INDEX IF NOT EXISTS audit_at ON audit (at);
CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,                    -- SHA-256 of the token's id: the token itself is never stored
    account TEXT NOT NULL COLLATE NOCASE,
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    expires INTEGER NOT NULL,                    -- Unix time, as signed in the token
    ended_at TEXT,
    end_reason TEXT);                            -- logout | expired | disabled | password_reset
CREATE INDEX IF NOT EXISTS sessions_account ON sessions (account);
"""


@contextlib.contextmanager
def _connect(db=None, create: bool = True):
    path = accounts_path(db)
    if not path.exists():
        if not create:
            yield None
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        # hashes only, but still nobody else's business: owner read/write
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    con = sqlite3.connect(path, timeout=15, isolation_level=None)
    try:
        con.executescript(_SCHEMA)
        yield con
    finally:
        con.close()


# --- scopes ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scope:
    """Which facts a person may write (editor) or review (reviewer).

    `codes` are the province codes given to the account. A frame-34 code gives that province and,
    through the registry's lineage, its frame-63 predecessors for periods before the merger
    (1 July 2025); a code that exists only in frame 63 gives that province's history."""
    codes: tuple[str, ...]
    everything: bool = False

    @property
    def pairs(self) -> dict[tuple[str, str], bool]:
        """(code, frame) -> True when only periods before the merger are covered."""
        out: dict[tuple[str, str], bool] = {}
        for code in self.codes:
            p34 = registry.provinces().get((code, "34"))
            if p34 is not None:
                out[(code, "34")] = False
                for q in registry.predecessors(p34):
                    out.setdefault((q.code, "63"), True)
            elif (code, "63") in registry.provinces():
                out[(code, "63")] = True
        return out

    def allows(self, province_code: str, frame: str, period_end: date | None = None) -> bool:
        if self.everything:
            return True
        before_only = self.pairs.get((str(province_code).zfill(2), str(frame)))
        if before_only is None:
            return False
        if before_only and period_end is not None:
            end = period_end.date() if isinstance(period_end, datetime) else period_end
            return end < registry.MERGER_DATE
        return True

    def mask(self, df: pd.DataFrame) -> pd.Series:
        """allows() for every row of a frame with province_code, frame and period_end."""
        if self.everything:
            return pd.Series(True, index=df.index)
        if df.empty:
            return pd.Series(False, index=df.index, dtype=bool)
        pairs = self.pairs
        key = list(zip(df["province_code"], df["frame"]))
        before_only = pd.Series([pairs.get(k) for k in key], index=df.index, dtype=object)
        ends = pd.to_datetime(df["period_end"])
        return before_only.notna() & ((before_only != True) | (ends < pd.Timestamp(registry.MERGER_DATE)))  # noqa: E712

    def province_names(self, lang: str = "vi") -> str:
        """The scope's provinces by name, "Khánh Hòa (34), Ninh Thuận (63)"; empty for a scope of
        every province (each layer says "all provinces" from its own message table)."""
        if self.everything:
            return ""
        names = []
        for (code, frame), before in self.pairs.items():
            p = registry.province(code, frame)
            names.append(f"{p.name(lang)} ({frame})")
        return ", ".join(names)


def parse_provinces(text: str | None) -> tuple[str, ...]:
    """'56,58' -> ('56', '58'); every code must be in the registry (either frame)."""
    if not text:
        return ()
    codes = []
    known = {c for c, _ in registry.provinces()}
    for part in str(text).replace(" ", ",").split(","):
        if not part:
            continue
        code = part.zfill(2)
        if code not in known:
            raise AccountError(f"Mã tỉnh không có trong danh mục: {part}", f"Unknown province code: {part}")
        if code not in codes:
            codes.append(code)
    return tuple(codes)


# --- accounts --------------------------------------------------------------------------------

@dataclass(frozen=True)
class User:
    name: str
    role: str
    provinces: tuple[str, ...]
    disabled: bool = False
    locked_until: datetime | None = None
    last_login: datetime | None = None

    @property
    def scope(self) -> Scope:
        return Scope(self.provinces, everything=self.role == "admin" or (self.role == "reviewer" and not self.provinces))

    @property
    def can_upload(self) -> bool:
        return self.role in ("editor", "admin")

    @property
    def can_review(self) -> bool:
        return self.role in ("reviewer", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _user(row) -> User:
    name, role, provinces, disabled, locked_until, last_login = row
    return User(name, role, tuple(c for c in provinces.split(",") if c), bool(disabled),
                datetime.fromisoformat(locked_until) if locked_until else None,
                datetime.fromisoformat(last_login) if last_login else None)


_USER_COLUMNS = "name, role, provinces, disabled, locked_until, last_login"


def check_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name or "").strip()
    if not NAME_PATTERN.match(name):
        raise AccountError(
            f"Tên tài khoản không hợp lệ: “{name}” (2–64 ký tự: chữ không dấu, số, . _ @ -).",
            f"Invalid account name: “{name}” (2–64 characters: a-z, digits, . _ @ -).")
    return name


def check_password(password: str) -> str:
    password = unicodedata.normalize("NFC", password or "")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.",
                           f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"Mật khẩu dài quá {MAX_PASSWORD_LENGTH} ký tự.",
                           f"The password is longer than {MAX_PASSWORD_LENGTH} characters.")
    return password


def check_role(role: str, provinces: tuple[str, ...]) -> None:
    if role not in ROLES:
        raise AccountError(f"Vai trò không hợp lệ: {role} (editor, reviewer, admin).",
                           f"Invalid role: {role} (editor, reviewer, admin).")
    if role == "editor" and not provinces:
        raise AccountError("Tài khoản biên tập (editor) cần --province: tỉnh mà người này được tải lên.",
                           "An editor account needs --province: the provinces it may upload for.")


def has_accounts(db=None) -> bool:
    with _connect(db, create=False) as con:
        return con is not None and con.execute("SELECT count(*) FROM accounts").fetchone()[0] > 0


def users(db=None) -> list[User]:
    with _connect(db, create=False) as con:
        if con is None:
            return []
        return [_user(r) for r in con.execute(f"SELECT {_USER_COLUMNS} FROM accounts ORDER BY name")]


def get(name: str, db=None) -> User | None:
    with _connect(db, create=False) as con:
        if con is None:
            return None
        row = con.execute(f"SELECT {_USER_COLUMNS} FROM accounts WHERE name = ?", [name]).fetchone()
        return _user(row) if row else None


def _require(con, name: str) -> str:
    row = con.execute("SELECT name FROM accounts WHERE name = ?", [name]).fetchone()
    if row is None:
        raise AccountError(f"Không có tài khoản “{name}”.", f"No account “{name}”.")
    return row[0]


def add(name: str, role: str, password: str, provinces: tuple[str, ...] = (), *, actor: str, db=None) -> User:
    name, password = check_name(name), check_password(password)
    check_role(role, provinces)
    at = now().isoformat()
    hashed = _hasher.hash(password)
    with _connect(db) as con:
        con.execute("BEGIN IMMEDIATE")
        try:
            if con.execute("SELECT 1 FROM accounts WHERE name = ?", [name]).fetchone():
                raise AccountError(f"Tài khoản “{name}” đã có.", f"Account “{name}” already exists.")
            con.execute("INSERT INTO accounts (name, role, provinces, password_hash, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)", [name, role, ",".join(provinces), hashed, at, at])
            _audit(con, actor, "account_add", name, _scope_pairs(provinces), {"role": role, "provinces": list(provinces)})
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return get(name, db)


def set_role(name: str, role: str, provinces: tuple[str, ...] | None = None, *, actor: str, db=None) -> User:
    with _connect(db) as con:
        con.execute("BEGIN IMMEDIATE")
        try:
            name = _require(con, name)
            if provinces is None:
                provinces = tuple(c for c in con.execute("SELECT provinces FROM accounts WHERE name = ?",
                                                         [name]).fetchone()[0].split(",") if c)
            check_role(role, provinces)
            con.execute("UPDATE accounts SET role = ?, provinces = ?, updated_at = ? WHERE name = ?",
                        [role, ",".join(provinces), now().isoformat(), name])
            _audit(con, actor, "account_set_role", name, _scope_pairs(provinces),
                   {"role": role, "provinces": list(provinces)})
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return get(name, db)


def set_disabled(name: str, disabled: bool = True, *, actor: str, db=None) -> User:
    with _connect(db) as con:
        name = _require(con, name)
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE accounts SET disabled = ?, updated_at = ? WHERE name = ?",
                    [int(disabled), now().isoformat(), name])
        if disabled:
            _end_sessions(con, name, "disabled")
        _audit(con, actor, "account_disable" if disabled else "account_enable", name)
        con.execute("COMMIT")
    return get(name, db)


def reset_password(name: str, password: str, *, actor: str, db=None) -> User:
    """A new password; also lifts a lockout (the operator vouches for the person)."""
    password = check_password(password)
    hashed = _hasher.hash(password)
    with _connect(db) as con:
        name = _require(con, name)
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE accounts SET password_hash = ?, failed_count = 0, locked_until = NULL, updated_at = ? "
                    "WHERE name = ?", [hashed, now().isoformat(), name])
        _end_sessions(con, name, "password_reset")
        _audit(con, actor, "account_reset_password", name)
        con.execute("COMMIT")
    return get(name, db)


def failure_pause(failures: int) -> float:
    """Seconds to wait before answering the n-th wrong password in a row: 0.5, 1, 2, 4, 4 …"""
    return min(0.5 * 2 ** (failures - 1), 4.0) if failures > 0 else 0.0


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    reason: str | None = None        # None (ok) | wrong | locked | disabled
    locked_until: datetime | None = None
    failures: int = 0


def authenticate(name: str, password: str, db=None, *, via: str = "") -> LoginResult:
    """Check a name and password; every attempt is audited. Wrong passwords are answered after a
    growing pause, and MAX_FAILURES in a row lock the account for LOCKOUT_MINUTES."""
    name = unicodedata.normalize("NFC", name or "").strip()
    password = unicodedata.normalize("NFC", password or "")[:MAX_PASSWORD_LENGTH + 1]
    with _connect(db) as con:
        row = con.execute("SELECT name, password_hash, disabled, failed_count, locked_until FROM accounts "
                          "WHERE name = ?", [name]).fetchone()
        at = now()
        if row is None:
            with contextlib.suppress(argon2.exceptions.VerificationError):
                _hasher.verify(_DUMMY_HASH, password)
            _audit(con, name or "?", "login_failed", name, detail={"reason": "unknown_name", "via": via})
            sleep(failure_pause(1))
            return LoginResult(None, "wrong")
        name, hashed, disabled, failures, locked_until = row
        locked = datetime.fromisoformat(locked_until) if locked_until else None
        if locked and locked > at:
            _audit(con, name, "login_locked", name, detail={"until": locked.isoformat(), "via": via})
            return LoginResult(None, "locked", locked, failures)
        try:
            ok = _hasher.verify(hashed, password)
        except (argon2.exceptions.VerificationError, argon2.exceptions.InvalidHashError):
            ok = False
        if not ok:
            failures += 1
            new_lock = at + timedelta(minutes=LOCKOUT_MINUTES) if failures >= MAX_FAILURES else None
            con.execute("UPDATE accounts SET failed_count = ?, locked_until = ? WHERE name = ?",
                        [0 if new_lock else failures, new_lock.isoformat() if new_lock else None, name])
            _audit(con, name, "login_failed", name, detail={"failures": failures, "via": via,
                                                             **({"locked_until": new_lock.isoformat()} if new_lock else {})})
            sleep(failure_pause(failures))
            if new_lock:
                return LoginResult(None, "locked", new_lock, failures)
            return LoginResult(None, "wrong", None, failures)
        if disabled:
            _audit(con, name, "login_failed", name, detail={"reason": "disabled", "via": via})
            return LoginResult(None, "disabled")
        if _hasher.check_needs_rehash(hashed):
            con.execute("UPDATE accounts SET password_hash = ? WHERE name = ?", [_hasher.hash(password), name])
        con.execute("UPDATE accounts SET failed_count = 0, locked_until = NULL, last_login = ? WHERE name = ?",
                    [at.isoformat(), name])
        _audit(con, name, "login", name, detail={"via": via} if via else None)
    return LoginResult(get(name, db))


# --- sessions: a login that survives a browser reload ---------------------------------------

def session_key_path(db=None) -> Path:
    p = store.db_path(db)
    return p.parent / f"{p.stem}.session-key"


def _session_key(db=None) -> bytes:
    """The signing key beside the warehouse, made on first use (owner-only; atomic: a second
    process racing to make it reads the first one's)."""
    path = session_key_path(db)
    with contextlib.suppress(FileNotFoundError):
        key = path.read_bytes()
        if len(key) >= 32:
            return key
        raise AccountError(f"Tệp khóa phiên hỏng: {path}", f"Damaged session key file: {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(32))
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)          # fails when another process made it first: theirs is kept
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _signature(key: bytes, session_id: str, account: str, expires: int) -> str:
    return _b64(hmac.new(key, f"v1|{session_id}|{account.lower()}|{expires}".encode(), hashlib.sha256).digest())


def _id_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


_TOKEN = re.compile(r"^([A-Za-z0-9_-]{43})\.(\d{10})\.([A-Za-z0-9_-]{43})$")


def start_session(name: str, db=None) -> str:
    """A new session for `name` (after authenticate said yes): the token the browser keeps."""
    session_id = secrets.token_urlsafe(32)
    at = now()
    expires = int(time.time()) + SESSION_MAX_HOURS * 3600
    with _connect(db) as con:
        con.execute("INSERT INTO sessions (id_hash, account, created_at, last_seen, expires) VALUES (?, ?, ?, ?, ?)",
                    [_id_hash(session_id), name, at.isoformat(), at.isoformat(), expires])
    return f"{session_id}.{expires}.{_signature(_session_key(db), session_id, name, expires)}"


def token_expires(token: str) -> int:
    """The Unix time a well-formed token expires (0 for anything else)."""
    m = _TOKEN.match(token or "")
    return int(m.group(2)) if m else 0


def session_user(token: str, db=None) -> tuple[User | None, str]:
    """The account a session token stands for, or (None, why): "invalid" (malformed, forged,
    unknown), "ended" (logged out, or ended by disabling or a password reset), "expired" (idle or
    too old: ended now, and audited), "disabled". Marks the session used (at most once a
    minute)."""
    m = _TOKEN.match(token or "")
    if not m:
        return None, "invalid"
    session_id, expires = m.group(1), int(m.group(2))
    with _connect(db, create=False) as con:
        if con is None:
            return None, "invalid"
        row = con.execute("SELECT account, created_at, last_seen, expires, ended_at FROM sessions WHERE id_hash = ?",
                          [_id_hash(session_id)]).fetchone()
        if row is None or row[3] != expires:
            return None, "invalid"
        account, created_at, last_seen, _, ended_at = row
        if not hmac.compare_digest(m.group(3), _signature(_session_key(db), session_id, account, expires)):
            return None, "invalid"
        if ended_at:
            return None, "ended"
        at = now()
        idle = at - datetime.fromisoformat(last_seen) > timedelta(minutes=SESSION_IDLE_MINUTES)
        if idle or at - datetime.fromisoformat(created_at) > timedelta(hours=SESSION_MAX_HOURS) or time.time() > expires:
            con.execute("UPDATE sessions SET ended_at = ?, end_reason = 'expired' WHERE id_hash = ? AND ended_at IS NULL",
                        [at.isoformat(), _id_hash(session_id)])
            _audit(con, account, "logout", account, detail={"reason": "expired"})
            return None, "expired"
        row = con.execute(f"SELECT {_USER_COLUMNS} FROM accounts WHERE name = ?", [account]).fetchone()
        if row is None or row[3]:
            return None, "disabled"
        if at - datetime.fromisoformat(last_seen) > timedelta(seconds=SESSION_TOUCH_SECONDS):
            con.execute("UPDATE sessions SET last_seen = ? WHERE id_hash = ?", [at.isoformat(), _id_hash(session_id)])
        return _user(row), ""


def end_session(token: str, reason: str = "logout", db=None) -> None:
    """End one session (logout): its token opens nothing any more, wherever it was copied."""
    m = _TOKEN.match(token or "")
    if not m:
        return
    with _connect(db, create=False) as con:
        if con is not None:
            con.execute("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id_hash = ? AND ended_at IS NULL",
                        [now().isoformat(), reason, _id_hash(m.group(1))])


def _end_sessions(con, name: str, reason: str) -> None:
    con.execute("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE account = ? AND ended_at IS NULL",
                [now().isoformat(), reason, name])


# --- audit -----------------------------------------------------------------------------------

AUDIT_ACTIONS = (
    "login", "login_failed", "login_locked", "logout",
    "account_add", "account_set_role", "account_disable", "account_enable", "account_reset_password",
    "load", "upload", "upload_refused", "submit", "approve", "return", "unlock", "undo", "alias",
    "label_confirm", "label_reject", "label_approve", "label_remove",
)


def _scope_pairs(codes) -> list[tuple[str, str]]:
    return list(Scope(tuple(codes)).pairs)


def _audit(con, actor: str, action: str, target: str | None = None, provinces=(), detail: dict | None = None) -> None:
    tags = "," + ",".join(f"{c}-{f}" for c, f in provinces) + "," if provinces else ""
    con.execute("INSERT INTO audit (at, actor, action, target, provinces, detail) VALUES (?, ?, ?, ?, ?, ?)",
                [now().isoformat(), actor, action, target, tags,
                 json.dumps(detail, ensure_ascii=False, default=str) if detail else None])


def audit(actor: str, action: str, target: str | None = None, provinces=(), detail: dict | None = None,
          db=None) -> None:
    """Append one entry. provinces: (code, frame) pairs the action touched."""
    with _connect(db) as con:
        _audit(con, actor, action, target, sorted(set(provinces)), detail)


def audit_log(person: str | None = None, province: tuple[str, str] | None = None,
              since: date | None = None, until: date | None = None, db=None) -> pd.DataFrame:
    """Audit entries, newest first, filtered by person (actor or target), province (code, frame)
    and date range (inclusive days)."""
    columns = ["id", "at", "actor", "action", "target", "provinces", "detail"]
    with _connect(db, create=False) as con:
        if con is None:
            return pd.DataFrame(columns=columns)
        where, params = ["1 = 1"], []
        if person:
            where.append("(actor = ? COLLATE NOCASE OR target = ? COLLATE NOCASE)")
            params += [person, person]
        if province:
            where.append("provinces LIKE ?")
            params.append(f"%,{province[0]}-{province[1]},%")
        if since:
            where.append("at >= ?")
            params.append(since.isoformat())
        if until:
            where.append("at < ?")
            params.append((until + timedelta(days=1)).isoformat())
        rows = con.execute(f"SELECT {', '.join(columns)} FROM audit WHERE {' AND '.join(where)} "
                           "ORDER BY id DESC", params).fetchall()
    df = pd.DataFrame(rows, columns=columns)
    df["at"] = pd.to_datetime(df["at"])
    df["provinces"] = df["provinces"].str.strip(",")
    return df
