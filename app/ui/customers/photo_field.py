"""A picture on a card or in the settings: choose one (shrunk before it is stored), or remove it.

Customer photos become small JPEGs; the shop's logo stays a PNG, so a transparent
background prints as paper, not as black."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import prompts

MAX_SIDE = 400
THUMB = 96


def shrink(image: QImage, as_png: bool = False, max_side: int = MAX_SIDE) -> bytes:
    """A phone photo of several MB becomes a JPEG of a few dozen KB (or a small PNG)."""
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if as_png:
        image.save(buffer, "PNG")
    else:
        image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())


def thumbnail(data: bytes | None, side: int = THUMB) -> QPixmap:
    pixmap = QPixmap()
    if data:
        pixmap.loadFromData(data)
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class PhotoField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, as_png: bool = False) -> None:
        super().__init__(parent)
        self._as_png = as_png
        self._data: bytes | None = None
        self.picture = QLabel(objectName="photoPicture")
        self.picture.setFixedSize(THUMB, THUMB)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px solid #bbb; background: #fafafa;")
        self.choose = QPushButton(self.tr("Choose…"), objectName="photoChoose")
        self.remove = QPushButton(self.tr("Remove"), objectName="photoRemove")
        self.problem = QLabel(objectName="photoProblem")
        self.problem.setStyleSheet("color: #c62828;")
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.set_photo(None, notify=True))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.problem)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_photo(None)

    def photo(self) -> bytes | None:
        return self._data

    def set_photo(self, data: bytes | None, notify: bool = False) -> None:
        self._data = data
        pixmap = thumbnail(data)
        self.picture.setPixmap(pixmap)
        self.picture.setText("" if not pixmap.isNull() else self.tr("No photo"))
        self.remove.setEnabled(data is not None)
        self.problem.clear()
        if notify:
            self.changed.emit()

    def load_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.problem.setText(self.tr("This file is not a picture."))
            return False
        self.set_photo(shrink(image, self._as_png), notify=True)
        return True

    def _choose(self) -> None:
        path = prompts.open_file(
            self,
            self.tr("Choose a photo"),
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"),
        )
        if path:
            self.load_file(path)
