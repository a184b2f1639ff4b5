"""`python -m etl.check [--db PATH] [--repair] [--json]`: do the upload log, the kept files and
the warehouse agree?

The database is the truth. Reported: damaged log lines; logged uploads or undos the database
never got; uploads or undos the database holds that the log lacks (a crash between commit and
log); kept files missing or no longer matching their SHA-256. With --repair the log is brought
in line with the database (events appended, never rewritten); missing files cannot be made up
and stay reported. `etl.build` runs the same reconciliation before every build.
Exit status: 0 they agree, 1 they do not (after --repair: what could not be repaired), 3 busy."""
from __future__ import annotations

import argparse
import json
import sys

import duckdb

from etl import pipeline, warehouse
from metrics import store
from metrics.store import WarehouseBusy


def check(db=None, repair: bool = False) -> pipeline.Agreement:
    folder = store.uploads_dir(db)
    if not store.db_path(db).exists():
        return pipeline.reconcile(None, folder, repair=False, check_files=True)
    with warehouse.writer(db) as con:
        found = pipeline.reconcile(con, folder, repair=repair, check_files=True)
    if repair and found.repaired:
        with warehouse.writer(db) as con:
            again = pipeline.reconcile(con, folder, repair=False, check_files=True)
        again.repaired = found.repaired
        return again
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.check", description=__doc__.splitlines()[0])
    ap.add_argument("--db", help=f"warehouse file (default: ${store.DB_ENV} or {store.DEFAULT_DB})")
    ap.add_argument("--repair", action="store_true", help="bring the log in line with the database")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    try:
        found = check(args.db, args.repair)
    except WarehouseBusy as exc:
        print(exc, file=sys.stderr)
        return 3
    except (OSError, duckdb.Error) as exc:
        print(f"Không kiểm tra được kho dữ liệu: {pipeline.write_failed(exc, 'kho dữ liệu').message_vi}",
              file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"agrees": found.agrees, **{k: v for k, v in vars(found).items()}},
                         ensure_ascii=False, indent=1, default=str))
    else:
        print("Nhật ký, tệp đã lưu và kho dữ liệu khớp nhau." if found.agrees else
              "Nhật ký, tệp đã lưu và kho dữ liệu KHÔNG khớp:")
        for line in found.lines():
            print(f"  - {line}")
    return 0 if found.agrees else 1


if __name__ == "__main__":
    sys.exit(main())
