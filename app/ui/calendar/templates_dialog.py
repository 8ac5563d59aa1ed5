"""The shop's greeting templates: one per occasion and festival, in Chinese and
English, with placeholders, a live preview on a sample customer, and a check as
one types.

Switching to another template or language never loses what was typed: each
edited template is kept as a draft (marked • in the list) until it is saved or
the dialog is closed, and closing with drafts asks whether to save them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Gender
from app.services import greetings, settings
from app.services.greetings import Template
from app.ui import prompts, texts
from app.ui.calendar.templates_preview import (
    PLACEHOLDER_NAMES,
    SAMPLE_AGE,
    SAMPLE_NAME,
    SAMPLE_POINTS,
    sample_item,
    template_name,
)
from app.ui.signals import app_signals

ERROR_STYLE = "color: #c62828;"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}


class TemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from app.ui.application import current_language

        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Greeting templates"))
        self._stored: dict[str, dict[str, Template]] = {}
        self._drafts: dict[tuple[str, str], tuple[str, bool]] = {}
        self._key = ""
        self._language = current_language()
        self._shop = str(settings.get("shop_name") or "")

        self.list = QListWidget(objectName="templateList")
        self.list.setFixedWidth(200)
        for key in greetings.template_keys():
            if key.startswith("festival:") and self.list.count() == 3:
                self._add_heading(self.tr("Festivals and marketing days"))
            entry = QListWidgetItem(template_name(key), self.list)
            entry.setData(KEY_ROLE, key)
        self.language = QComboBox(objectName="templateLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self._language))
        self.heading = QLabel(objectName="templateHeading")
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.text = QPlainTextEdit(objectName="templateText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        self.text.setMaximumHeight(200)  # at most 500 characters
        self.length = QLabel(objectName="templateLength")
        self.length.setStyleSheet("color: #777;")
        self.error = QLabel(objectName="templateError", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.promotional = QCheckBox(
            self.tr("Contains an offer (promotional)"), objectName="templatePromotional"
        )
        self.promotional.setToolTip(
            self.tr("Customers who have not agreed to marketing messages are never sent it.")
        )
        caption = self.tr(
            "Preview for a sample customer ({name}, {gender}, {age}, {points} points)"
        )
        self.preview_caption = QLabel(
            caption.format(
                name=SAMPLE_NAME,
                gender=texts.gender(Gender.FEMALE),
                age=SAMPLE_AGE,
                points=QLocale().toString(SAMPLE_POINTS),
            ),
            objectName="templatePreviewCaption",
        )
        self.preview = QLabel(objectName="templatePreview", wordWrap=True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMinimumHeight(70)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setStyleSheet("QLabel { background: #f6f8f6; padding: 8px; }")
        self.shop_hint = QLabel(
            self.tr("Set the shop name in Settings so that {shop} is filled in."),
            objectName="templateShopHint",
        )
        self.shop_hint.setStyleSheet("color: #777;")
        self.shop_hint.setVisible(not self._shop)
        self.reset_button = QPushButton(self.tr("Reset to default"), objectName="templateReset")
        self.save_button = QPushButton(self.tr("Save"), objectName="templateSave")
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Close"), objectName="templateClose")
        self._layout(close)

        self.list.currentItemChanged.connect(lambda *_: self._show(self._current_key()))
        self.language.currentIndexChanged.connect(lambda *_: self._switch_language())
        self.text.textChanged.connect(self._edited)
        self.promotional.toggled.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        close.clicked.connect(self.reject)
        self.resize(820, 520)
        self.list.setCurrentRow(0)

    def _layout(self, close: QPushButton) -> None:
        # Two rows of buttons: one row of six would widen the dialog past a small screen.
        placeholders = QGridLayout()
        placeholders.addWidget(QLabel(self.tr("Insert:")), 0, 0)
        per_row = (len(greetings.PLACEHOLDERS) + 1) // 2
        for index, name in enumerate(greetings.PLACEHOLDERS):
            title = QCoreApplication.translate("TemplatesDialog", PLACEHOLDER_NAMES[name])
            button = QPushButton(f"{{{name}}} {title}", objectName=f"insert_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, p=name: self.insert_placeholder(p))
            placeholders.addWidget(button, index // per_row, 1 + index % per_row)
        placeholders.setColumnStretch(per_row + 1, 1)
        language_row = QHBoxLayout()
        language_row.addWidget(self.heading, 1)
        language_row.addWidget(QLabel(self.tr("Language of the greeting:")))
        language_row.addWidget(self.language)
        under_text = QHBoxLayout()
        under_text.addWidget(self.promotional)
        under_text.addStretch()
        under_text.addWidget(self.length)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addLayout(language_row)
        right.addWidget(self.text, 1)
        right.addLayout(under_text)
        right.addWidget(self.error)
        right.addLayout(placeholders)
        right.addSpacing(8)
        right.addWidget(self.preview_caption)
        right.addWidget(self.preview)
        right.addWidget(self.shop_hint)
        right.addStretch()
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)

    def _add_heading(self, text: str) -> None:
        """A line between the customers' own occasions and the festivals; not selectable."""
        heading = QListWidgetItem(text, self.list)
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        heading.setFont(font)
        heading.setForeground(QColor("#777"))

    # -- state ------------------------------------------------------------------------
    def _current_key(self) -> str:
        entry = self.list.currentItem()
        return str(entry.data(KEY_ROLE)) if entry else ""

    def _stored_template(self, key: str, language: str) -> Template:
        if language not in self._stored:
            self._stored[language] = {t.key: t for t in greetings.templates(language)}
        return self._stored[language][key]

    def current_text(self) -> tuple[str, bool]:
        return self.text.toPlainText(), self.promotional.isChecked()

    def _show(self, key: str) -> None:
        """Show a template: its draft if one was typed, else what is stored."""
        if not key:
            return
        self._key = key
        stored = self._stored_template(key, self._language)
        text, promotional = self._drafts.get(
            (key, self._language), (stored.text, stored.promotional)
        )
        for widget in (self.text, self.promotional):
            widget.blockSignals(True)
        self.text.setPlainText(text)
        self.promotional.setChecked(promotional)
        for widget in (self.text, self.promotional):
            widget.blockSignals(False)
        self.heading.setText(template_name(key))
        self._edited()

    def _switch_language(self) -> None:
        self._language = str(self.language.currentData())
        self._refresh_list()
        self._show(self._key)

    def _edited(self, *_args: object) -> None:
        text, promotional = self.current_text()
        stored = self._stored_template(self._key, self._language)
        draft_key = (self._key, self._language)
        if (text.strip(), promotional) == (stored.text, stored.promotional):
            self._drafts.pop(draft_key, None)
        else:
            self._drafts[draft_key] = (text, promotional)
        errors = greetings.template_errors(text)
        self.error.setText("\n".join(texts.message(e.message) for e in errors))
        self.error.setVisible(bool(errors))
        self.length.setText(f"{len(text)} / {greetings.MAX_TEMPLATE}")
        self.save_button.setEnabled(draft_key in self._drafts and not errors)
        self.reset_button.setEnabled(stored.customised or draft_key in self._drafts)
        self._update_preview(text, promotional, errors == [])
        self._refresh_list()

    def _update_preview(self, text: str, promotional: bool, valid: bool) -> None:
        if not valid:
            self.preview.setText("")
            return
        item, label = sample_item(self._key, self._language)
        template = Template(self._key, self._language, text, promotional)
        self.preview.setText(greetings.compose(item, template, self._shop, label))

    def _refresh_list(self) -> None:
        """• for a template with unsaved changes, bold for one in the shop's own words."""
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(KEY_ROLE) is None:
                continue
            key = str(entry.data(KEY_ROLE))
            draft = (key, self._language) in self._drafts
            entry.setText(("• " if draft else "") + template_name(key))
            font = QFont(entry.font())
            font.setBold(self._stored_template(key, self._language).customised)
            font.setItalic(draft)
            entry.setFont(font)

    # -- actions ---------------------------------------------------------------------
    def insert_placeholder(self, name: str) -> None:
        self.text.insertPlainText("{" + name + "}")
        self.text.setFocus()

    def save(self) -> bool:
        """Save the template shown; False (and the reason shown) when it cannot be."""
        return self._save_draft(self._key, self._language)

    def _save_draft(self, key: str, language: str) -> bool:
        text, promotional = self._drafts.get((key, language), ("", False))
        if (key, language) not in self._drafts:
            return True
        if greetings.template_errors(text):
            return False
        greetings.save_template(key, language, text, promotional)
        self._drafts.pop((key, language))
        self._stored.pop(language, None)
        app_signals().calendar_changed.emit()
        if (key, language) == (self._key, self._language):
            self._show(key)
        return True

    def reset(self) -> None:
        if not prompts.confirm(
            self,
            self.tr("Reset to default"),
            self.tr("Replace this greeting with the program's wording? Your text is lost."),
            destructive=True,
        ):
            return
        greetings.reset_template(self._key, self._language)
        self._drafts.pop((self._key, self._language), None)
        self._stored.pop(self._language, None)
        app_signals().calendar_changed.emit()
        self._show(self._key)

    def reject(self) -> None:
        """Close, Esc and the window's button ask before unsaved drafts are lost."""
        if self._drafts:
            answer = prompts.save_discard_cancel(
                self,
                self.tr("Unsaved greetings"),
                self.tr("{count} greeting(s) have unsaved changes. Save them?").format(
                    count=len(self._drafts)
                ),
            )
            if answer == "cancel":
                return
            if answer == "save":
                for key, language in list(self._drafts):
                    if not self._save_draft(key, language):
                        self._go_to(key, language)
                        return
        super().reject()

    def _go_to(self, key: str, language: str) -> None:
        self.language.setCurrentIndex(self.language.findData(language))
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
