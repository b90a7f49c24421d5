"""`intake`: console commands for operators and practitioners.

intake summary SENDER_ID      the latest intake of that patient as summary JSON
intake summary --list         every intake, newest first
intake db upgrade             run the database migrations
"""

from __future__ import annotations

import argparse
import json
import sys

from bot.config import load_settings
from bot.store import IntakeStore, UnknownIntakeError
from bot.summary import build_summary


def _cmd_summary(store: IntakeStore, args: argparse.Namespace) -> int:
    if args.list:
        rows = store.list_intakes()
        if not rows:
            print("no intakes yet")
        for r in rows:
            print(
                f"{r.public_id}  {r.patient_ref:<24}  {r.status:<16}  "
                f"{r.created_at:%Y-%m-%d %H:%M}  step={r.step}"
            )
        return 0
    if not args.sender_id and not args.intake:
        print("intake summary: give a SENDER_ID, --intake ID, or --list", file=sys.stderr)
        return 2
    if args.intake:
        try:
            intake = store.get_by_public_id(args.intake)
        except UnknownIntakeError:
            print(f"no intake {args.intake}", file=sys.stderr)
            return 1
    else:
        found = store.latest_intake(str(args.sender_id))
        if found is None:
            print(
                f"no intake for sender {args.sender_id!r} (try: intake summary --list)",
                file=sys.stderr,
            )
            return 1
        intake = found
    print(json.dumps(build_summary(store, intake), indent=2, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="intake", description="Intake assistant commands")
    sub = parser.add_subparsers(dest="command", required=True)
    summary = sub.add_parser("summary", help="print an intake summary as JSON")
    summary.add_argument("sender_id", nargs="?", help="the patient's sender id (pseudonym)")
    summary.add_argument("--list", action="store_true", help="list intakes instead")
    summary.add_argument("--intake", help="a specific intake id instead of the latest")
    db = sub.add_parser("db", help="database maintenance")
    db.add_argument("action", choices=["upgrade"])
    args = parser.parse_args(argv)

    store = IntakeStore(load_settings().db_url)
    store.upgrade()
    if args.command == "summary":
        return _cmd_summary(store, args)
    print(f"database at {store.url} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
