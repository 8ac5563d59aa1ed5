"""Cold start to a painted main window, beside a bare QApplication start (the floor).

Each run is a new process; the time is from process start to the first paint
of the window, as the process itself measures it (so interpreter start counts
in both). Target: ≤ 2.5× the floor.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from common import ROOT, demo_db

PAINTED = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
t0 = float(sys.argv[1])
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{{time.time() - t0:.4f}}")
            sys.stdout.flush()
            os._exit(0)
        return False
app = QApplication([])
{make_window}
watcher = Painted()
painted.installEventFilter(watcher)
window.show()
app.exec()
"""

BARE = "window = QMainWindow(); window.resize(1200, 760); painted = window"
PROGRAM = (
    f"sys.path.insert(0, {str(ROOT)!r})\n"
    "import main\nwindow = main.create_main_window(sys.argv[2], 'zh_CN')\n"
    "painted = window.today  # the first screen, the Today board"
)


def run(code: str, db: str, runs: int) -> list[float]:
    import os
    import time

    env = dict(os.environ)
    # A shop's Python writes bytecode caches; the first (warm-up) run makes them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")

    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code, repr(time.time()), db],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            env=env,
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def main() -> None:
    import shutil
    import tempfile

    # A copy: opening the shop upgrades it, runs the points expiry and the day's grading.
    folder = tempfile.mkdtemp(prefix="bench-start-")
    db = shutil.copy(demo_db(), folder)
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    try:
        run(PAINTED.format(make_window=PROGRAM), db, 1)  # warm the OS file cache
        bare = run(PAINTED.format(make_window=BARE), db, runs)
        program = run(PAINTED.format(make_window=PROGRAM), db, runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result = {
        "bare_qt_ms": statistics.median(bare) * 1000,
        "program_ms": statistics.median(program) * 1000,
        "ratio": statistics.median(program) / statistics.median(bare),
        "runs": runs,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
