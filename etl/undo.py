"""`python -m etl.undo UPLOAD_ID... [--db PATH] [--as NAME] [--json] [--lang vi|en]`: take back
whole uploads (the upload page's "Hoàn tác", same code path: etl.pipeline.undo).

The upload id is the `upload_id` that `python -m etl.ingest --json` prints. Without --as the
command acts as an administrator (any upload, approved ones too); with --as NAME the account's
rules apply (its provinces only; an approved upload only for an administrator). Every undo is
logged, so `etl.build` replays it, and audited.
Exit status: 0 every upload undone (or undone already), 1 one was refused or could not be
written, 2 a usage error, 3 the warehouse is busy."""
from __future__ import annotations

import argparse
import json
import sys

from etl import pipeline, workflow
from etl.messages import pick, say
from metrics import accounts, store
from metrics.store import WarehouseBusy


def undo_one(upload_id: str, db, user: accounts.User | None, lang: str) -> dict:
    """One upload taken back: {"upload_id", "status": undone|already_undone|refused|busy, "facts", "message"}."""
    out = {"upload_id": upload_id, "status": "refused", "facts": 0}
    try:
        n = pipeline.undo(upload_id, db, user=user)
    except KeyError:
        out["message"] = say("undo_unknown", lang, upload_id=upload_id)
    except workflow.WorkflowError as exc:
        out["message"] = pick(str(exc), exc.en, lang)
    except pipeline.WriteFailed as exc:
        out["message"] = pick(exc.message_vi, exc.message_en, lang)
    except WarehouseBusy:
        out.update(status="busy", message=say("busy", lang))
    else:
        out.update(status="undone" if n else "already_undone", facts=n,
                   message=say("undone" if n else "already_undone", lang, upload_id=upload_id, facts=n))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.undo", description=__doc__.splitlines()[0])
    ap.add_argument("upload_ids", nargs="+", metavar="UPLOAD_ID")
    ap.add_argument("--db", help=f"warehouse file (default: ${store.DB_ENV} or {store.DEFAULT_DB})")
    ap.add_argument("--as", dest="as_user", metavar="NAME", help="undo with this account's rights")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--lang", choices=["vi", "en"], default="vi")
    args = ap.parse_args(argv)
    user = None
    if args.as_user:
        user = accounts.get(args.as_user, args.db)
        if user is None or user.disabled:
            ap.error(say("no_such_account", args.lang, name=args.as_user))
    results = [undo_one(u, args.db, user, args.lang) for u in args.upload_ids]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for r in results:
            print(r["message"], file=sys.stdout if r["status"] in ("undone", "already_undone") else sys.stderr)
    if any(r["status"] == "busy" for r in results):
        return 3
    return 0 if all(r["status"] in ("undone", "already_undone") for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
