"""Run the counter benchmarks (start, search, card, memory) on the 100,000-customer demo
database and refresh their table at the top of RESULTS.md (between the `core` markers);
the sections of the other benchmarks (export, import, printing) stay as they are.

    python bench/run_all.py
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(script: str, *args: str) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=HERE,
    )
    return json.loads(out.stdout[out.stdout.index("{") :])


def main() -> None:
    start = run("bench_start.py", "9")
    search = run("bench_search.py")
    card = run("bench_card.py")
    memory = run("bench_memory.py")
    lines = [
        f"Measured {date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, offscreen Qt, on `demo --customers 100000 "
        "--seed 1` (100,000 customers, ~850,000 visits). Each figure stands beside its floor, "
        "measured in the same run. Produced by `python bench/run_all.py`.",
        "",
        "| what | program | floor | target |",
        "|---|---|---|---|",
        f"| cold start to the painted list (median of {start['runs']}) | "
        f"{start['program_ms']:.0f} ms | bare QApplication + empty window painted: "
        f"{start['bare_qt_ms']:.0f} ms (**{start['ratio']:.2f}×**) | ≤ 2.5× |",
    ]
    for kind, values in search.items():
        p, f = values["program_ms"], values["raw_sqlite_ms"]
        lines.append(
            f"| keystroke → list model, {kind} (p50 / p95 of {p['n']}) | "
            f"{p['p50']:.2f} / **{p['p95']:.2f} ms** | raw SQLite query: "
            f"{f['p50']:.3f} / {f['p95']:.3f} ms | p95 ≤ 20 ms |"
        )
    p, f = card["program_ms"], card["raw_sqlite_ms"]
    lines.append(
        f"| open a card with {card['visits_per_card']} visits (p50 / p95) | "
        f"{p['p50']:.1f} / **{p['p95']:.1f} ms** | raw SQLite reads of the same rows: "
        f"{f['p50']:.2f} / {f['p95']:.2f} ms | ≤ 100 ms |"
    )
    lines.append(
        f"| peak memory (open, scroll all, search, open the heaviest card) | "
        f"**{memory['program_mb']:.0f} MB** | bare QApplication + empty window: "
        f"{memory['bare_qt_mb']:.0f} MB | ≤ 150 MB |"
    )
    table = "\n".join(lines)
    results = HERE / "RESULTS.md"
    text = results.read_text(encoding="utf-8")
    begin, end = "<!-- core -->", "<!-- /core -->"
    if begin in text and end in text:
        text = (
            text[: text.index(begin) + len(begin)] + "\n" + table + "\n" + text[text.index(end) :]
        )
    else:
        text = begin + "\n" + table + "\n" + end + "\n" + text
    results.write_text(text, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
