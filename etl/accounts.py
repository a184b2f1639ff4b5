"""`python -m etl.accounts list|add|set-role|disable|enable|reset-password`: the accounts of the
dashboard, beside the warehouse that `--db` (or ST_DASHBOARD_DB) names.

Whoever can run this on the server is an operator: no login. Passwords come from the environment
variable ST_DASHBOARD_PASSWORD when it is set (for scripts), else they are asked for (twice).
Every change is audited. Exit status: 0 done, 1 refused (exists, unknown, short password), 2 usage.

    python -m etl.accounts add NAME --role admin|reviewer|editor [--province CODE[,CODE...]] [--db PATH]
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from etl import workflow
from metrics import accounts

ROLE_VI = {"editor": "biên tập (tải lên)", "reviewer": "duyệt", "admin": "quản trị"}


def operator() -> str:
    """How the shell user appears in the audit log."""
    return f"dòng lệnh ({getpass.getuser()})"


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"{self.prog}: lỗi: {message}", file=sys.stderr)
        sys.exit(2)


def _password() -> str:
    from_env = os.environ.get(accounts.PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise accounts.AccountError(
            f"Chưa có mật khẩu: đặt biến môi trường {accounts.PASSWORD_ENV} hoặc chạy lệnh trong một terminal.",
            f"No password: set {accounts.PASSWORD_ENV} or run in a terminal.")
    first = getpass.getpass(f"Mật khẩu (ít nhất {accounts.MIN_PASSWORD_LENGTH} ký tự): ")
    accounts.check_password(first)
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise accounts.AccountError("Hai lần nhập mật khẩu không khớp.", "The passwords do not match.")
    return first


def _describe(u: accounts.User) -> str:
    state = "đã khóa tài khoản" if u.disabled else (
        f"tạm khóa đến {u.locked_until:%d/%m/%Y %H:%M} UTC" if u.locked_until and u.locked_until > accounts.now()
        else "hoạt động")
    where = workflow.scope_words(u.scope) if (u.provinces or u.role != "editor") else "—"
    return f"{u.name}\t{u.role} ({ROLE_VI[u.role]})\t{where}\t{state}"


def main(argv: list[str] | None = None) -> int:
    ap = _Parser(prog="python -m etl.accounts", description="Tài khoản của bảng số liệu (quản trị viên máy chủ).")
    ap.add_argument("--db", help="kho dữ liệu (mặc định $ST_DASHBOARD_DB); tài khoản nằm cạnh tệp này")
    sub = ap.add_subparsers(dest="command", required=True, parser_class=_Parser)
    ls = sub.add_parser("list", help="liệt kê tài khoản")
    ls.add_argument("--json", action="store_true")
    for name, helptext in (("add", "thêm tài khoản"), ("set-role", "đổi vai trò / tỉnh")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("name")
        p.add_argument("--role", required=True, choices=accounts.ROLES)
        p.add_argument("--province", help="mã tỉnh (khung 34; khung 63 cho số liệu cũ), cách nhau bởi dấu phẩy")
    for name, helptext in (("disable", "khóa tài khoản"), ("enable", "mở lại tài khoản"),
                           ("reset-password", "đặt lại mật khẩu (và gỡ tạm khóa)")):
        sub.add_parser(name, help=helptext).add_argument("name")
    # --db accepted after the command too, as the contract writes it
    for p in sub.choices.values():
        p.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    db = getattr(args, "db_sub", None) or args.db
    by = operator()
    try:
        if args.command == "list":
            users = accounts.users(db)
            if args.json:
                print(json.dumps([{"name": u.name, "role": u.role, "provinces": list(u.provinces),
                                   "disabled": u.disabled, "locked_until": u.locked_until,
                                   "last_login": u.last_login} for u in users], ensure_ascii=False, default=str))
            elif not users:
                print("Chưa có tài khoản nào. Tạo quản trị viên đầu tiên: python -m etl.accounts add TÊN --role admin")
            else:
                print("\n".join(_describe(u) for u in users))
            return 0
        if args.command in ("add", "set-role"):
            provinces = accounts.parse_provinces(args.province)
            if args.command == "add":
                accounts.check_name(args.name)
                accounts.check_role(args.role, provinces)
                if accounts.get(args.name, db):
                    raise accounts.AccountError(f"Tài khoản “{args.name}” đã có.", "exists")
                user = accounts.add(args.name, args.role, _password(), provinces, actor=by, db=db)
                print(f"Đã thêm tài khoản: {_describe(user)}")
            else:
                user = accounts.set_role(args.name, args.role, provinces if args.province is not None else None,
                                         actor=by, db=db)
                print(f"Đã đổi: {_describe(user)}")
        elif args.command in ("disable", "enable"):
            user = accounts.set_disabled(args.name, args.command == "disable", actor=by, db=db)
            print(f"Đã {'khóa' if user.disabled else 'mở lại'}: {_describe(user)}")
        elif args.command == "reset-password":
            if accounts.get(args.name, db) is None:
                raise accounts.AccountError(f"Không có tài khoản “{args.name}”.", "unknown")
            user = accounts.reset_password(args.name, _password(), actor=by, db=db)
            print(f"Đã đặt lại mật khẩu: {_describe(user)}")
    except accounts.AccountError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
