"""Peak memory of the program on the 100,000-customer database: open the window,
scroll the whole list, search, open the heaviest card. Beside it, a bare
QApplication with an empty window (the floor). Target: ≤ 150 MB."""

from __future__ import annotations

import json
import subprocess
import sys

from common import ROOT, demo_db

SCRIPT = """
import os, resource, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if sys.argv[1] == "bare":
    w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
else:
    sys.path.insert(0, {root!r})
    import main
    w = main.create_main_window(sys.argv[1], "zh_CN")
    w.show(); app.processEvents()
    page = w.customers
    table = page.table
    for step in range(0, page.model.rowCount(), 5000):
        table.scrollTo(page.model.index(step, 0)); app.processEvents()
    table.scrollToBottom(); app.processEvents()
    for text in ("zxx", "5678", "王", "100001"):
        page.search.setText(text); page.run_search(); app.processEvents()
    import sqlite3
    con = sqlite3.connect(sys.argv[1])
    heavy = con.execute("SELECT id FROM customer ORDER BY visit_count DESC LIMIT 1").fetchone()[0]
    page.show_customer(heavy); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak(arg: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(root=str(ROOT)), arg],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    db = str(demo_db())
    print(json.dumps({"bare_qt_mb": peak("bare"), "program_mb": peak(db)}, indent=2))


if __name__ == "__main__":
    main()
