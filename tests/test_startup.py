"""Start-up stays light: the first screen loads only what it needs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_heavy_libraries_not_loaded_at_start(tmp_path: Path) -> None:
    """openpyxl, pypinyin and printing each cost 1–2× the whole Qt start-up: they load on
    first use, never when the window opens."""
    script = (
        "import os, sys, json\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import main\n"
        f"w = main.create_main_window({str(tmp_path / 'shop.db')!r}, 'zh_CN')\n"
        "w.show(); app.processEvents()\n"
        "print(json.dumps(sorted(m for m in sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    # (chinese_calendar, ~3 ms, is read by the Today board, which names the next holiday.)
    for heavy in ("pypinyin", "openpyxl", "PySide6.QtPrintSupport", "pyqtgraph"):
        assert heavy not in loaded, f"{heavy} is imported at start-up"
