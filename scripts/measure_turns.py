"""`make bench`: per-turn latency over a whole, long intake (REST channel, keep-alive HTTP).

A patient who hesitates: every question gets two unclear replies and a question to the bot
before the real answer, so one intake runs 89 turns (real intakes run 80-150). Prints
the median and p95 per block of ten turns, so a cost that grows with the conversation shows.
With --compare it runs the same intake again with session rollover switched off.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from scripts.local_stack import Assistant, running_assistant

FREQUENCY = ["several days", "more than half the days", "not at all", "nearly every day"]


def long_intake() -> list[str]:
    """The whole default intake (deployment.yml), each question after four turns that do not
    answer it, so conversations run long (about 230 turns) and cost by position shows."""
    messages = ["hi", "yes", "I'm 40", "low mood, poor sleep and constant worry"]
    # Medicines typed, not tapped, so the extractor's cost is in the measurement.
    messages += ["sertraline 50mg", "magnesium at night", "yes that's right", "50 mg since march"]
    answers: list[tuple[str, str]] = [(f"phq9:{n}", FREQUENCY[n % 4]) for n in range(1, 9)]
    answers += [("phq9:9", "not at all"), ("phq9:10", "somewhat difficult")]
    answers += [(f"gad7:{n}", FREQUENCY[n % 4]) for n in range(1, 8)]
    answers += [(f"pss10:{n}", "sometimes") for n in range(1, 11)]
    answers += [(f"ais:{n}", "1") for n in range(1, 9)]
    answers += [(f"lifestyle:{n}", "skip") for n in range(1, 8)]
    for _, answer in answers:
        messages += ["hmm", "are you a real person?", "how long does this take?", "not sure"]
        messages.append(answer)
    return messages + ["no, send them"]  # the review offer: nothing to change


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(label: str, patients: int, extra_env: dict[str, str]) -> list[list[float]]:
    script = long_intake()
    runs: list[list[float]] = []
    with tempfile.TemporaryDirectory() as tmp, running_assistant(Path(tmp), extra_env) as bot:
        bot.send("warm-up", "hi")
        for p in range(patients):
            sender = f"bench-{label}-{p}"
            times = []
            for message in script:
                start = time.perf_counter()
                bot.send(sender, message)
                times.append((time.perf_counter() - start) * 1000)
            runs.append(times)
            summary = bot.intake_cli("summary", sender)
            assert '"status": "complete"' in summary.stdout, "the benchmark intake did not finish"
        print_tracker_shape(bot, sender)
    return runs


def print_tracker_shape(bot: Assistant, sender: str) -> None:
    sizes = [len(session) for session in bot.tracker_sessions(sender)]
    print(
        f"tracker of one intake: {sum(sizes)} events in {len(sizes)} Rasa sessions, "
        f"largest session {max(sizes)} events"
    )


def report(label: str, runs: list[list[float]]) -> None:
    turns = len(runs[0])
    print(f"\n{label}: {len(runs)} intakes x {turns} turns (ms per turn, all intakes pooled)")
    print(f"{'turns':>10} {'median':>8} {'p95':>8}")
    for start in range(0, turns, 10):
        block = [t for r in runs for t in r[start : start + 10]]
        end = min(start + 10, turns)
        median, p95 = statistics.median(block), percentile(block, 0.95)
        print(f"{start + 1:>4}-{end:<5} {median:8.1f} {p95:8.1f}")
    first = [t for r in runs for t in r[:10]]
    last = [t for r in runs for t in r[-10:]]
    print(
        f"first 10 turns median {statistics.median(first):.1f} ms, "
        f"last 10 turns median {statistics.median(last):.1f} ms"
    )


def alert_latency(samples: int = 5) -> None:
    """Seconds from a crisis message to the practitioner's alert at a local fake Bot API."""
    from tests.fakes.telegram_api import FakeTelegramAPI

    with FakeTelegramAPI() as fake, tempfile.TemporaryDirectory() as tmp:
        env = {
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_PRACTITIONER_CHAT_ID": "4242",
            "TELEGRAM_API_BASE_URL": fake.base_url,
        }
        with running_assistant(Path(tmp), env) as bot:
            reply_ms, alert_ms = [], []
            for n in range(samples):
                sender = f"bench-alert-{n}"
                bot.send(sender, "hi")
                sent_before = len(fake.sent_messages())
                start = time.perf_counter()
                bot.send(sender, "I keep thinking about killing myself")
                reply_ms.append((time.perf_counter() - start) * 1000)
                while len(fake.sent_messages()) == sent_before:
                    if time.perf_counter() - start > 60:
                        raise RuntimeError("no alert within 60 s")
                    time.sleep(0.005)
                alert_ms.append((time.perf_counter() - start) * 1000)
    print(
        f"\ncrisis message: reply median {statistics.median(reply_ms):.0f} ms, "
        f"practitioner alert at the Bot API median {statistics.median(alert_ms):.0f} ms, "
        f"max {max(alert_ms):.0f} ms ({samples} samples)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=3)
    parser.add_argument(
        "--compare",
        action="store_true",
        help="also run without session rollover, to show what it saves",
    )
    args = parser.parse_args()
    alert_latency()
    report("with session rollover (default)", run("rollover", args.patients, {}))
    if args.compare:
        off = {"INTAKE_TURNS_PER_SESSION": "100000"}
        report("without session rollover", run("no-rollover", args.patients, off))


if __name__ == "__main__":
    main()
