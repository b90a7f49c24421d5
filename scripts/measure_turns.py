"""`make bench`: complete intakes over the REST channel (keep-alive HTTP), 1, 10 and 50
simulated patients at once, against this assistant and, in the same run, a stock `rasa init`
assistant driven through conversations of the same length.

Prints per turn p50/p95/p99, turns per second, the median by position in the conversation
(a cost that grows with the tracker shows there), CPU time per turn and peak memory of each
server process, and the ratios ours/stock. See README "Benchmark".
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from scripts.bench_load import Message, Tap, drive
from scripts.bench_memory import PeakMemory, cpu_seconds
from scripts.bench_table import Measurement, position_table, ratio_table, summary_table
from scripts.local_stack import Assistant, running_assistant
from scripts.stock_rasa import prepared_stock_assistant, running_stock_assistant, stock_messages

FREQUENCY = ["several days", "more than half the days", "not at all", "nearly every day"]
# Between the questions: two replies that answer nothing, a question about the bot and one
# about the process. Two unclear replies stay under the three after which an item is left
# unanswered, so every question is answered as the script says.
NON_ANSWERS = ["hmm", "are you a real person?", "how long does this take?", "not sure"]


def long_intake() -> list[Message]:
    """The whole default intake (deployment.yml), each question after four turns that do not
    answer it, so conversations run long (219 turns) and cost by position shows."""
    messages: list[Message] = ["hi", "yes", "I'm 40", "low mood, poor sleep and constant worry"]
    # Medicines typed, not tapped, so the extractor's cost is in the measurement.
    messages += ["sertraline 50mg", "magnesium at night", "yes that's right", "50 mg since march"]
    # PHQ-9 and GAD-7 typed (the frequency reader); item 9 "not at all", so no risk protocol.
    answers: list[Message] = [FREQUENCY[n % 4] for n in range(1, 9)]
    answers += ["not at all", "somewhat difficult"]
    answers += [FREQUENCY[n % 4] for n in range(1, 8)]
    # PSS-10 and AIS tapped (their labels differ by item), lifestyle skipped in words.
    answers += [Tap(n % 5) for n in range(1, 11)] + [Tap(n % 4) for n in range(1, 9)]
    answers += ["skip"] * 7
    for answer in answers:
        messages += [*NON_ANSWERS, answer]
    return messages + ["no, send them"]  # the review offer: nothing to change


Level = tuple[int, int]  # (patients at once, turns each)


def measure(
    assistant: str, port: int, pids: dict[str, int], conversations: dict[str, list[Message]]
) -> Measurement:
    before = cpu_seconds(pids)
    with PeakMemory(pids) as memory:
        load = drive(port, conversations)
    after = cpu_seconds(pids)
    used = {name: after[name] - before[name] for name in pids}
    result = Measurement(assistant, len(conversations), load, memory.peak_mb, used)
    print(
        f"  {assistant}: {len(conversations)} at once x {result.turns_each} turns in "
        f"{load.wall_s:.0f} s, p50 {result.p50():.1f} ms, {load.turns_per_second:.1f} turns/s",
        flush=True,
    )
    return result


def measure_ours(
    levels: list[Level], extra_env: dict[str, str], label: str = "ours"
) -> list[Measurement]:
    script = long_intake()
    results = []
    with tempfile.TemporaryDirectory() as tmp, running_assistant(Path(tmp), extra_env) as bot:
        bot.send("warm-up", "hi")
        for concurrency, turns in levels:
            senders = [f"bench-{concurrency}-{n}" for n in range(concurrency)]
            conversations = {sender: script[:turns] for sender in senders}
            assert bot.processes is not None
            results.append(measure(label, bot.port, bot.processes.pids, conversations))
            if turns == len(script):
                assert_complete(bot, senders[0])
        print_tracker_shape(bot, senders[0])
    return results


def measure_stock(levels: list[Level]) -> list[Measurement]:
    folder = prepared_stock_assistant()
    results = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_stock_assistant(folder, Path(tmp)) as (
            port,
            pids,
        ),
    ):
        drive(port, {"warm-up": ["hi"]})
        for concurrency, turns in levels:
            script: list[Message] = [*stock_messages(folder, turns)]
            conversations = {f"bench-{concurrency}-{n}": script for n in range(concurrency)}
            results.append(measure("stock", port, pids, conversations))
    return results


def assert_complete(bot: Assistant, sender: str) -> None:
    summary = bot.intake_cli("summary", sender)
    assert '"status": "complete"' in summary.stdout, f"{sender}'s intake did not finish"


def print_tracker_shape(bot: Assistant, sender: str) -> None:
    sizes = [len(session) for session in bot.tracker_sessions(sender)]
    print(
        f"  tracker of one conversation: {sum(sizes)} events in {len(sizes)} Rasa sessions, "
        f"largest session {max(sizes)} events"
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


QUICK_TURNS = 40  # turns per conversation at 10 at once with --quick


def levels_to_run(args: argparse.Namespace, full: int) -> list[Level]:
    if args.quick:
        return [(1, full), (10, QUICK_TURNS)]
    return [(1, full), (10, full), (50, args.turns_at_50)]


def print_report(ours: list[Measurement], stock: list[Measurement]) -> None:
    print("\nms per turn (all turns of all conversations pooled); CPU ms/turn = CPU time of the")
    print("process (children included) / turns; peak RSS sampled every 0.2 s\n")
    print(summary_table(ours + stock))
    print("\nmedian ms per turn by position in the conversation\n")
    print(position_table(ours + stock))
    if stock:
        print("\nours / stock at the same concurrency and conversation length\n")
        print(ratio_table(ours, stock))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"1 patient (whole intake), then 10 at once ({QUICK_TURNS} turns each)",
    )
    parser.add_argument(
        "--turns-at-50",
        type=int,
        default=20,
        help="turns per conversation at 50 at once; default 20",
    )
    parser.add_argument("--no-stock", action="store_true", help="skip the stock assistant")
    parser.add_argument(
        "--alert-latency", action="store_true", help="also time crisis message -> alert"
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="also run ours without session rollover, to show what it saves",
    )
    args = parser.parse_args()
    full = len(long_intake())
    levels = levels_to_run(args, full)
    print(
        f"levels (patients at once x turns each): {levels}; a whole intake is {full} turns; "
        f"at {levels[-1][0]} at once each conversation is cut to {levels[-1][1]} turns "
        "to keep the run short",
        flush=True,
    )
    started = time.perf_counter()
    if args.alert_latency:
        alert_latency()
    print("this assistant", flush=True)
    ours = measure_ours(levels, {})
    stock: list[Measurement] = []
    if not args.no_stock:
        print("stock rasa init assistant", flush=True)
        stock = measure_stock(levels)
    if args.compare:
        print("this assistant without session rollover", flush=True)
        ours += measure_ours(levels[:1], {"INTAKE_TURNS_PER_SESSION": "100000"}, "no-roll")
    print_report(ours, stock)
    print(f"\nbenchmark wall time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
