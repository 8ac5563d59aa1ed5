"""Export the 100,000-customer list to .xlsx, beside XlsxWriter writing the same rows.

The program's time is `exports.export("customers", ...)` from the database to the
closed file (ids of the list, one query per 500 customers, the workbook written and
renamed), in a fresh process whose peak RSS is the memory figure. The floor is
XlsxWriter in constant_memory mode writing the same rows, already in memory, with
the same header, widths, frozen header, autofilter and formats. For reference,
openpyxl's own write-only `append` of the same values without formats: the cell by
cell writer that `excel._StreamedSheet` replaces. Targets: time ≤ 1.5× the floor,
peak ≤ 200 MB.

    .venv/bin/python bench/bench_export.py [RUNS]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile

from common import ROOT, demo_db

PROGRAM = """
import resource, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, {root!r})
from app.models.connection import close, connect
from app.services import exports
connect(sys.argv[1])
started = time.perf_counter()
exports.export("customers", Path(sys.argv[2]), "zh_CN", today=date.today())
seconds = time.perf_counter() - started
close()
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

FLOOR = """
import sys, time
from datetime import date, datetime
sys.path.insert(0, {root!r})
import xlsxwriter
from openpyxl import Workbook
from app.models.connection import close, connect
from app.services import exports
from app.services.customer_columns import Kind
from app.services.search import SearchQuery, search
connect(sys.argv[1])
columns = exports.customers_sheet([], "zh_CN").columns
rows = list(exports.customer_rows(search(SearchQuery()).ids, "zh_CN"))
close()


def xlsxwriter_floor(path):
    book = xlsxwriter.Workbook(path, {{"constant_memory": True}})
    ws = book.add_worksheet("客户")
    header = book.add_format({{"bold": True, "num_format": "@"}})
    text = book.add_format({{"num_format": "@"}})
    day = book.add_format({{"num_format": "yyyy-mm-dd"}})
    money = book.add_format({{"num_format": "¥#,##0.00"}})
    for index, column in enumerate(columns):
        ws.set_column(index, index, column.width)
        ws.write_string(0, index, column.header, header)
    ws.freeze_panes(1, 0)
    kinds = [c.kind for c in columns]
    for r, row in enumerate(rows, 1):
        for c, (kind, value) in enumerate(zip(kinds, row)):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value, text)
            elif kind == Kind.MONEY:
                ws.write_number(r, c, value / 100, money)
            elif isinstance(value, date):
                ws.write_datetime(r, c, datetime(value.year, value.month, value.day), day)
            else:
                ws.write_number(r, c, value)
    ws.autofilter(0, 0, len(rows), len(columns) - 1)
    book.close()


def openpyxl_append(path):
    book = Workbook(write_only=True)
    ws = book.create_sheet("客户")
    ws.freeze_panes = "A2"
    ws.append([c.header for c in columns])
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    book.save(path)


which = {{"xlsxwriter": xlsxwriter_floor, "openpyxl": openpyxl_append}}[sys.argv[3]]
started = time.perf_counter()
which(sys.argv[2])
print(time.perf_counter() - started)
"""


def run(script: str, *args: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", script.format(root=str(ROOT)), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    return [float(v) for v in out.stdout.split()]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    db = str(demo_db())
    rows = subprocess.run(
        [sys.executable, "-c", f"import sqlite3; print(sqlite3.connect({db!r}).execute("
         "'SELECT COUNT(*) FROM customer WHERE archived = 0').fetchone()[0])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    program, memory, floor = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for index in range(runs):
            seconds, peak = run(PROGRAM, db, f"{folder}/program-{index}.xlsx")
            program.append(seconds)
            memory.append(peak)
            floor.extend(run(FLOOR, db, f"{folder}/floor-{index}.xlsx", "xlsxwriter"))
        (openpyxl,) = run(FLOOR, db, f"{folder}/openpyxl.xlsx", "openpyxl")
    median_program, median_floor = statistics.median(program), statistics.median(floor)
    print(
        json.dumps(
            {
                "rows": int(rows),
                "runs": runs,
                "program_s": median_program,
                "program_all_s": program,
                "xlsxwriter_s": median_floor,
                "xlsxwriter_all_s": floor,
                "ratio": median_program / median_floor,
                "openpyxl_append_s": openpyxl,
                "peak_mb": max(memory),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
