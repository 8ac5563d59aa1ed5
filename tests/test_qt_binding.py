"""Guards against a PySide6 wheel that would crash a shop's program."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_qt_calls_do_not_abort() -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call and
    aborts after a few thousand (none_dealloc): painting a page of cards makes that many.
    Runs in a child process so a crash fails this test instead of killing the run."""
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
        app = QGuiApplication([])
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        pen = QPen(QColor("black"))
        before = sys.getrefcount(None)
        for i in range(20000):
            painter.setPen(pen)                       # void
            painter.drawLine(0, 0, i % 64, 63)        # void
            painter.fillRect(QRectF(0, 0, 2, 2), Qt.GlobalColor.white)  # void
        painter.end()
        after = sys.getrefcount(None)
        print("ok", before, after)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("ok")
