"""A terminal chat with the running assistant over Rasa's REST channel (stdlib only).

Buttons are numbered: type the number to tap one, or type any answer in your own words.
usage: python scripts/chat.py [--url http://localhost:5005] [--sender patient-1]
"""

from __future__ import annotations

import argparse
import json
import textwrap
import urllib.request
import uuid


def send(url: str, sender: str, message: str) -> list[dict[str, object]]:
    body = json.dumps({"sender": sender, "message": message}).encode()
    req = urllib.request.Request(
        f"{url.rstrip('/')}/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        result: list[dict[str, object]] = json.loads(resp.read())
        return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:5005")
    parser.add_argument("--sender", default=f"shell-{uuid.uuid4().hex[:8]}")
    args = parser.parse_args()
    print(f"Talking as {args.sender}. Ctrl-D or Ctrl-C to leave.\n")
    buttons: list[dict[str, str]] = []
    message = "hi"
    while True:
        if message.strip().isdigit() and 1 <= int(message) <= len(buttons):
            message = buttons[int(message) - 1]["payload"]
        for reply in send(args.url, args.sender, message):
            for line in str(reply.get("text", "")).splitlines():
                print(textwrap.fill(line, 88, initial_indent="bot> ", subsequent_indent="     "))
            buttons = list(reply.get("buttons") or [])  # type: ignore[call-overload]
            for n, b in enumerate(buttons, start=1):
                print(f"     [{n}] {b['title']}")
        try:
            message = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return


if __name__ == "__main__":
    main()
