"""Shared helpers for the benchmarks: the large demo database and simple statistics."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
CUSTOMERS = 100_000


def demo_db(customers: int = CUSTOMERS, seed: int = 1) -> Path:
    """The demo database with `customers` customers, made once and reused."""
    path = DATA / f"demo-{customers}-{seed}.db"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--db",
                str(path),
                "demo",
                "--customers",
                str(customers),
                "--seed",
                str(seed),
            ],
            check=True,
        )
        print(f"made {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": statistics.median(values),
        "p95": percentile(values, 95),
        "max": max(values),
        "n": len(values),
    }
