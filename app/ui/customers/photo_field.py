"""The customer's photo on the card: choose a picture, shrunk to a small JPEG, or remove it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import prompts

MAX_SIDE = 400
THUMB = 96


def shrink_to_jpeg(image: QImage) -> bytes:
    """A phone photo of several MB becomes a JPEG of a few dozen KB."""
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.set_photo(shrink_to_jpeg(image), notify=True)
        return True

    def _choose(self) -> None:
        path = prompts.open_file(
            self,
            self.tr("Choose a photo"),
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"),
        )
        if path:
            self.load_file(path)
