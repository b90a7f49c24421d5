"""`intake`: console commands for operators and practitioners.

intake summary SENDER_ID      the latest intake of that patient as summary JSON
intake summary --list         every intake, newest first
intake db upgrade             run the database migrations
intake review [--db URL] [--out PATH] [--min-confidence X] [--since DAYS] [--limit N]
                              the messages the assistant was least sure about, as Rasa NLU
                              training data for a trainer to label (bot/review.py)
intake practitioner add USERNAME [--admin] [--password-stdin]
                              a web-app account (password prompted twice, or read from stdin)
intake practitioner token USERNAME
                              a new API bearer token for that account (printed once)
intake practitioner list      the accounts, their roles and last logins
intake telegram --polling [--rasa-url URL]
                              long-poll Telegram and forward updates to Rasa's webhook
intake telegram --set-webhook URL
                              register Rasa's public HTTPS webhook with Telegram
intake chat-page [--port N] [--host H] [--socket-url URL]
                              serve the web chat page (bot/channels/webchat)
intake purge [--older-than DAYS] [--dry-run] [--tracker-db URL]
                              erase every patient inactive for longer than DAYS (default
                              $INTAKE_RETENTION_DAYS): intake records and Rasa tracker events
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bot import review
from bot.config import load_settings, retention_days, tracker_db_url
from bot.store import IntakeStore, UnknownIntakeError
from bot.store.retention import purge
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


def _cmd_review(args: argparse.Namespace) -> int:
    db_url = args.db or review.default_tracker_url()
    try:
        items = review.find_uncertain(
            db_url, timedelta(days=args.since), args.min_confidence, args.limit
        )
    except review.ReviewError as e:
        print(f"intake review: {e}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(review.to_nlu_yaml(items), encoding="utf-8")
    print(review.format_listing(items))
    print(
        f"\n{len(items)} message(s) to review from the last {args.since:g} days; wrote {out}\n"
        "Relabel or delete each example there, move it into data/nlu/, then `make validate`."
    )
    return 0


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        print("the passwords differ; nothing was changed", file=sys.stderr)
        return None
    return first


def _cmd_practitioner(store: IntakeStore, args: argparse.Namespace) -> int:
    from bot.practitioner import auth
    from bot.store.practitioners import DuplicateUsernameError, PractitionerStore

    accounts = PractitionerStore(store.engine)
    if args.action == "list":
        rows = accounts.all()
        if not rows:
            print("no practitioner accounts yet (intake practitioner add USERNAME)")
        for a in rows:
            last = f"{a.last_login_at:%Y-%m-%d %H:%M}" if a.last_login_at else "never"
            state = "" if a.active else "  (disabled)"
            print(
                f"{a.username:<24} {a.role:<12} last login {last}  "
                f"tokens {accounts.token_count(a.id)}{state}"
            )
        return 0
    username = (args.username or "").strip()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        print("give a USERNAME of 1-64 characters without spaces", file=sys.stderr)
        return 2
    if args.action == "add":
        password = _read_password(args)
        if password is None:
            return 1
        try:
            hashed = auth.hash_password(password)
            accounts.add(username, hashed, "admin" if args.admin else "practitioner")
        except (auth.WeakPasswordError, DuplicateUsernameError) as e:
            print(f"intake practitioner add: {e}", file=sys.stderr)
            return 1
        accounts.audit(
            None,
            "account_added",
            "cli",
            detail=f"{username} ({'admin' if args.admin else 'practitioner'})",
        )
        print(f"added {username} ({'admin' if args.admin else 'practitioner'})")
        return 0
    account = accounts.by_username(username)
    if account is None:
        print(f"no account {username!r} (intake practitioner list)", file=sys.stderr)
        return 1
    token, digest, prefix = auth.new_api_token()
    accounts.add_token(account.id, digest, prefix)
    accounts.audit(None, "token_issued", "cli", detail=f"{username} {prefix}")
    print(token)
    print(
        "Shown once; only its hash is stored. Use it as 'Authorization: Bearer <token>'.",
        file=sys.stderr,
    )
    return 0


def _cmd_purge(store: IntakeStore, args: argparse.Namespace) -> int:
    days = args.older_than if args.older_than is not None else retention_days()
    if days is None:
        print("intake purge: give --older-than DAYS or set INTAKE_RETENTION_DAYS", file=sys.stderr)
        return 2
    result = purge(
        store, args.tracker_db or tracker_db_url(), timedelta(days=days), dry_run=args.dry_run
    )
    verb = "would erase" if result.dry_run else "erased"
    print(
        f"{verb} {len(result.senders)} sender(s) inactive since before "
        f"{result.cutoff:%Y-%m-%d %H:%M} UTC ({days:g} days)"
    )
    for table, n in sorted(result.deleted.items()):
        print(f"  {table:<24} {n} row(s)")
    for sender in result.kept_for_alert:
        print(f"  kept {sender}: an urgent alert has not reached the practitioner yet")
    return 0


def _fraction(value: str) -> float:
    x = float(value)
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return x


def _positive(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    def parse(value: str) -> int | float:
        x = kind(value)
        if x <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0, got {value}")
        return x

    return parse


def _cmd_telegram(args: argparse.Namespace) -> int:
    from telegram.error import TelegramError

    from bot.channels.telegram import commands
    from bot.channels.telegram.polling import WebhookRefused
    from bot.channels.telegram.settings import NotConfigured, telegram_settings

    try:
        settings = telegram_settings(dict(os.environ))
    except NotConfigured as e:
        print(f"intake telegram: {e}", file=sys.stderr)
        return 2
    try:
        if args.set_webhook:
            asyncio.run(commands.set_webhook(settings, args.set_webhook))
            print(f"Telegram will deliver updates to {args.set_webhook}")
            return 0
        print(f"polling Telegram; forwarding to {args.rasa_url} (Ctrl-C stops)", flush=True)
        asyncio.run(commands.run_polling(settings, args.rasa_url))
    except (TelegramError, WebhookRefused) as e:
        message = str(e).replace(settings.token, "<TELEGRAM_BOT_TOKEN>")  # PTB quotes it
        print(f"intake telegram: {type(e).__name__}: {message}", file=sys.stderr)
        return 1
    return 0


def _cmd_chat_page(args: argparse.Namespace) -> int:
    from bot.channels.webchat import server

    page = server.page_from_settings(load_settings(), args.rasa_port, args.socket_url)
    try:
        server.serve(page, args.host, args.port)
    except (server.WidgetMissing, OSError) as e:  # no widget installed; port taken
        print(f"intake chat-page: {e}", file=sys.stderr)
        return 1
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
    rev = sub.add_parser(
        "review",
        help="list the messages the assistant was least sure about; write them for labelling",
    )
    rev.add_argument("--db", help="tracker store SQLAlchemy URL (default: $RASA_TRACKER_DB)")
    rev.add_argument(
        "--out", default=str(review.DEFAULT_OUT), help="YAML to write (reports/review.yml)"
    )
    rev.add_argument(
        "--min-confidence",
        type=_fraction,
        default=review.DEFAULT_MIN_CONFIDENCE,
        help="flag intents below this confidence (0.6)",
    )
    rev.add_argument(
        "--since",
        type=_positive(float),
        default=review.DEFAULT_SINCE_DAYS,
        metavar="DAYS",
        help="only messages of the last DAYS days (30)",
    )
    rev.add_argument(
        "--limit", type=_positive(int), default=review.DEFAULT_LIMIT, help="at most N (200)"
    )
    prac = sub.add_parser("practitioner", help="web-app accounts and API tokens")
    prac.add_argument("action", choices=["add", "token", "list"])
    prac.add_argument("username", nargs="?", help="the account's username")
    prac.add_argument("--admin", action="store_true", help="with add: may read the audit log")
    prac.add_argument(
        "--password-stdin", action="store_true", help="with add: read the password from stdin"
    )
    rasa_port = int(os.environ.get("RASA_PORT", "5005"))
    tg = sub.add_parser("telegram", help="the Telegram channel: polling or webhook set-up")
    mode = tg.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--polling", action="store_true", help="long-poll Telegram (no public HTTPS needed)"
    )
    mode.add_argument("--set-webhook", metavar="URL", help="Rasa's public .../webhook URL")
    tg.add_argument(
        "--rasa-url",
        default=f"http://127.0.0.1:{rasa_port}",
        help="the running Rasa server (default: %(default)s)",
    )
    chat = sub.add_parser("chat-page", help="serve the web chat page")
    chat.add_argument("--port", type=int, default=int(os.environ.get("CHAT_PORT", "8080")))
    chat.add_argument("--host", default=os.environ.get("CHAT_INTERFACE", "127.0.0.1"))
    chat.add_argument("--rasa-port", type=int, default=rasa_port, help=argparse.SUPPRESS)
    chat.add_argument(
        "--socket-url",
        default=os.environ.get("INTAKE_CHAT_SOCKET_URL", ""),
        help="Rasa's socket.io URL as the browser sees it (default: this host, $RASA_PORT)",
    )
    pur = sub.add_parser(
        "purge", help="erase patients inactive for longer than the retention (all their data)"
    )
    pur.add_argument(
        "--older-than",
        type=_positive(float),
        metavar="DAYS",
        help="retention in days (default: $INTAKE_RETENTION_DAYS)",
    )
    pur.add_argument("--dry-run", action="store_true", help="count only; erase nothing")
    pur.add_argument(
        "--tracker-db", help="tracker store SQLAlchemy URL (default: $RASA_TRACKER_DB_URL)"
    )
    args = parser.parse_args(argv)

    if args.command == "telegram":
        return _cmd_telegram(args)
    if args.command == "chat-page":
        return _cmd_chat_page(args)
    if args.command == "review":  # reads Rasa's tracker store only, not the intake records
        return _cmd_review(args)

    store = IntakeStore(load_settings().db_url)
    store.upgrade()
    if args.command == "summary":
        return _cmd_summary(store, args)
    if args.command == "practitioner":
        return _cmd_practitioner(store, args)
    if args.command == "purge":
        return _cmd_purge(store, args)
    print(f"database at {store.url} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
