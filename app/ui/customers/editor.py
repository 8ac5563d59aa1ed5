"""The card editor: every field of a customer card, grouped so the counter view stays calm.

It validates as one types, shows each message at its field, and hands the
finished `CustomerData` to a `save` callback from its caller; it never writes
to the database itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Calendar, Gender, Grade
from app.services import birthdays
from app.services.customers import REFERRER_UNKNOWN
from app.services.dto import CustomerData
from app.services.messages import FieldError, Message
from app.services.validation import customer_errors, normalise, split_tags
from app.ui import prompts, texts
from app.ui.customers.birthday_edit import BirthdayEdit
from app.ui.customers.family_table import FamilyTable
from app.ui.customers.photo_field import PhotoField

SaveHandler = Callable[[CustomerData], list[FieldError]]
ERROR_STYLE = "color: #c62828;"


class CustomerEditor(QDialog):
    """Create or edit one card. `save(data)` returns the errors that kept it from saving."""

    def __init__(
        self,
        data: CustomerData | None,
        today: date,
        save: SaveHandler,
        suggestions: dict[str, list[str]] | None = None,
        parent: QWidget | None = None,
        describe_referrer: Callable[[str], str | None] | None = None,
        same_mobile: Callable[[str], list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerEditor")
        self._describe_referrer = describe_referrer
        self._same_mobile = same_mobile
        self._today = today
        self._save = save
        self._suggestions = suggestions or {}
        self._error_labels: dict[str, QLabel] = {}
        self._is_new = data is None
        self.setWindowTitle(
            self.tr("New customer")
            if data is None
            else self.tr("Customer card — {name}").format(name=data.name)
        )
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.validate_now)
        self._build()
        self.set_data(data or CustomerData(name=""))
        self._initial = self.data()
        self._timer.stop()  # filling the form is not typing: no messages yet
        self.resize(720, 620)

    # -- layout -------------------------------------------------------------
    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(objectName=f"field_{name}")
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)
        setattr(self, name, edit)
        return edit

    def _text(self, name: str, height: int = 60) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=f"field_{name}")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(self._changed)
        setattr(self, name, edit)
        return edit

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        combo = QComboBox(objectName=f"field_{name}")
        combo.setEditable(True)
        combo.addItems([""] + items)
        combo.editTextChanged.connect(self._changed)
        setattr(self, name, combo)
        return combo

    def _row(self, form: QFormLayout, name: str, widget: QWidget, label: str | QLabel = "") -> None:
        error = QLabel(objectName=f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self._error_labels[name] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if isinstance(label, QLabel):
            form.addRow(label, box)
        else:
            form.addRow(label or texts.field(name), box)

    def _form_tab(self, tabs: QTabWidget, title: str) -> QFormLayout:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        tabs.addTab(page, title)
        return form

    def _build(self) -> None:
        tabs = QTabWidget(objectName="editorTabs")
        basic = self._form_tab(tabs, self.tr("Basic"))
        self._row(basic, "name", self._line("name", self.tr("Required")), self.tr("Name *"))
        self._row(
            basic,
            "member_no",
            self._line("member_no", self.tr("Given automatically when left empty")),
        )
        self.gender = QComboBox(objectName="field_gender")
        for value in (Gender.UNKNOWN, Gender.FEMALE, Gender.MALE):
            self.gender.addItem(texts.gender(value), value)
        self.gender.currentIndexChanged.connect(self._changed)
        self._row(basic, "gender", self.gender)
        mobile = QWidget()
        mobile_column = QVBoxLayout(mobile)
        mobile_column.setContentsMargins(0, 0, 0, 0)
        mobile_column.setSpacing(2)
        mobile_column.addWidget(self._line("mobile", "138 1234 5678"))
        self.mobile_note = QLabel(objectName="mobileNote")
        self.mobile_note.setStyleSheet("color: #8d6e00;")
        self.mobile_note.setWordWrap(True)
        self.mobile_note.hide()
        mobile_column.addWidget(self.mobile_note)
        self._row(basic, "mobile", mobile)
        self._row(basic, "phone", self._line("phone", self.tr("Landline or foreign number")))
        self._row(basic, "wechat", self._line("wechat"))
        self.grade = QComboBox(objectName="field_grade")
        for value in (Grade.REGULAR, Grade.IMPORTANT, Grade.VIP):
            self.grade.addItem(texts.grade(value), value)
        self.grade.currentIndexChanged.connect(self._changed)
        self._row(basic, "grade", self.grade)
        self._row(basic, "tags", self._line("tags", self.tr("Separate with commas")))
        self.allergies_label = QLabel(self.tr("⚠ Allergies and contraindications"))
        self.allergies_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self._row(basic, "allergies", self._text("allergies", 48), self.allergies_label)
        self.photo = PhotoField()
        self.photo.setObjectName("field_photo")
        self.photo.changed.connect(self._changed)
        self._row(basic, "photo", self.photo)
        self.marketing_consent = QCheckBox(
            texts.field("marketing_consent"), objectName="field_marketing_consent"
        )
        self.marketing_consent.toggled.connect(self._changed)
        basic.addRow("", self.marketing_consent)

        dates = self._form_tab(tabs, self.tr("Birthdays and family"))
        self.birthday = BirthdayEdit()
        self.birthday.setObjectName("field_birthday")
        self.birthday.changed.connect(self._changed)
        self._row(dates, "birthday", self.birthday)
        self.keep_leap_month = QCheckBox(
            self.tr("Born in a leap month: celebrate in the leap month in years that have it"),
            objectName="field_keep_leap_month",
        )
        self.keep_leap_month.toggled.connect(self._changed)
        self.birthday.changed.connect(self._leap_choice)
        dates.addRow("", self.keep_leap_month)
        self.celebrate_both = QCheckBox(objectName="field_celebrate_both")
        self.celebrate_both.toggled.connect(self._changed)
        self.birthday.changed.connect(self._both_choice)
        dates.addRow("", self.celebrate_both)
        self._both_choice()
        self.anniversary = BirthdayEdit(lunar_allowed=False)
        self.anniversary.setObjectName("field_anniversary")
        self.anniversary.changed.connect(self._changed)
        self._row(dates, "anniversary", self.anniversary)
        self._row(dates, "family", self._text("family", 48))
        self.family_members = FamilyTable(self._today)
        self.family_members.changed.connect(self._changed)
        self._row(dates, "family_members", self.family_members)

        work = self._form_tab(tabs, self.tr("Work and preferences"))
        for name in ("occupation", "employer", "position", "address"):
            self._row(work, name, self._line(name))
        self._row(work, "district", self._combo("district", self._suggestions.get("district", [])))
        self._row(work, "income_level", self._line("income_level"))
        for name in ("hobbies", "personality", "preferences"):
            self._row(work, name, self._text(name, 44))
        self._row(work, "skin_hair_type", self._line("skin_hair_type"))

        more = self._form_tab(tabs, self.tr("Source and notes"))
        self._row(more, "source", self._combo("source", self._suggestions.get("source", [])))
        referrer = QWidget()
        referrer_row = QHBoxLayout(referrer)
        referrer_row.setContentsMargins(0, 0, 0, 0)
        referrer_row.addWidget(
            self._line("referrer", self.tr("The referrer's member number or mobile")), 1
        )
        self.referrer_name = QLabel(objectName="referrerName")
        referrer_row.addWidget(self.referrer_name)
        self._row(more, "referrer", referrer)
        self._row(more, "staff", self._combo("staff", self._suggestions.get("staff", [])))
        self.first_visit_known = QCheckBox(self.tr("Known"), objectName="field_first_visit_known")
        self.first_visit = QDateEdit(objectName="field_first_visit", calendarPopup=True)
        self.first_visit.setDisplayFormat("yyyy-MM-dd")
        self.first_visit.setDate(QDate(self._today.year, self._today.month, self._today.day))
        self.first_visit.setEnabled(False)
        self.first_visit_known.toggled.connect(self.first_visit.setEnabled)
        self.first_visit_known.toggled.connect(self._changed)
        self.first_visit.dateChanged.connect(self._changed)
        first = QWidget()
        first_row = QHBoxLayout(first)
        first_row.setContentsMargins(0, 0, 0, 0)
        first_row.addWidget(self.first_visit_known)
        first_row.addWidget(self.first_visit)
        first_row.addStretch(1)
        self._row(more, "first_visit", first)
        self._row(more, "notes", self._text("notes", 120))

        self.summary = QLabel(objectName="editorErrors")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.tabs = tabs

    def _leap_choice(self) -> None:
        """The leap-month choice only means something for a birth in a leap month."""
        value = self.birthday.value()
        self.keep_leap_month.setVisible(value is not None and value.leap)

    def _both_choice(self) -> None:
        """Offer the same birth in the other calendar, named, once the year is known."""
        value = self.birthday.value()
        self.celebrate_both.setVisible(value is not None)
        if value is None:
            return
        other = birthdays.other_calendar_birth(value)
        other_is_lunar = value.calendar == Calendar.SOLAR
        if other is None:
            text = (
                self.tr("Also greet on her lunar birthday (give the birth year to convert it)")
                if other_is_lunar
                else self.tr("Also greet on her solar birthday (give the birth year to convert it)")
            )
        else:
            template = (
                self.tr("Also greet on her lunar birthday: {date}")
                if other_is_lunar
                else self.tr("Also greet on her solar birthday: {date}")
            )
            text = template.format(date=texts.birthday(other))
        self.celebrate_both.setText(text)
        self.celebrate_both.setEnabled(other is not None)

    # -- data ---------------------------------------------------------------
    def data(self) -> CustomerData:
        qd = self.first_visit.date()
        return CustomerData(
            name=self.name.text(),
            member_no=self.member_no.text(),
            gender=self.gender.currentData(),
            mobile=self.mobile.text(),
            phone=self.phone.text(),
            wechat=self.wechat.text(),
            birthday=self.birthday.value(),
            keep_leap_month=self.keep_leap_month.isChecked()
            and not self.keep_leap_month.isHidden(),
            celebrate_both=self.celebrate_both.isChecked() and self.celebrate_both.isEnabled(),
            anniversary=self.anniversary.value(),
            occupation=self.occupation.text(),
            employer=self.employer.text(),
            position=self.position.text(),
            address=self.address.text(),
            district=self.district.currentText(),
            income_level=self.income_level.text(),
            family=self.family.toPlainText(),
            hobbies=self.hobbies.toPlainText(),
            personality=self.personality.toPlainText(),
            preferences=self.preferences.toPlainText(),
            skin_hair_type=self.skin_hair_type.text(),
            allergies=self.allergies.toPlainText(),
            grade=self.grade.currentData(),
            tags=split_tags(self.tags.text()),
            source=self.source.currentText(),
            referrer=self.referrer.text(),
            staff=self.staff.currentText(),
            first_visit=date(qd.year(), qd.month(), qd.day())
            if self.first_visit_known.isChecked()
            else None,
            notes=self.notes.toPlainText(),
            marketing_consent=self.marketing_consent.isChecked(),
            family_members=self.family_members.members(),
            photo=self.photo.photo(),
        )

    def set_data(self, data: CustomerData) -> None:
        for name in (
            "name",
            "member_no",
            "mobile",
            "phone",
            "wechat",
            "occupation",
            "employer",
            "position",
            "address",
            "income_level",
            "skin_hair_type",
            "referrer",
        ):
            getattr(self, name).setText(getattr(data, name))
        for name in ("family", "hobbies", "personality", "preferences", "allergies", "notes"):
            getattr(self, name).setPlainText(getattr(data, name))
        for name in ("district", "source", "staff"):
            getattr(self, name).setEditText(getattr(data, name))
        self.gender.setCurrentIndex(self.gender.findData(data.gender))
        self.grade.setCurrentIndex(self.grade.findData(data.grade))
        self.tags.setText("，".join(data.tags) if texts.is_chinese() else ", ".join(data.tags))
        self.birthday.set_value(data.birthday)
        self.keep_leap_month.setChecked(data.keep_leap_month)
        self._leap_choice()
        self.celebrate_both.setChecked(data.celebrate_both)
        self._both_choice()
        self.anniversary.set_value(data.anniversary)
        self.first_visit_known.setChecked(data.first_visit is not None)
        if data.first_visit is not None:
            fv = data.first_visit
            self.first_visit.setDate(QDate(fv.year, fv.month, fv.day))
        self.marketing_consent.setChecked(data.marketing_consent)
        self.family_members.set_members(data.family_members)
        self.photo.set_photo(data.photo)

    def is_dirty(self) -> bool:
        return self.data() != self._initial

    # -- validation and saving ---------------------------------------------
    def _changed(self, *_: object) -> None:
        self._timer.start()

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(texts.message(error.message))
        for name, label in self._error_labels.items():
            messages = by_field.get(name)
            label.setText("\n".join(messages) if messages else "")
            label.setVisible(bool(messages))
        lines = by_field.get("", [])
        fields = [e.field for e in errors if e.field]
        if fields:
            names = "、".join if texts.is_chinese() else ", ".join
            lines.append(
                self.tr("Please check: {fields}").format(
                    fields=names(dict.fromkeys(texts.field(f) for f in fields))
                )
            )
        self.summary.setText("\n".join(lines))

    def validate_now(self) -> list[FieldError]:
        data = normalise(self.data())
        errors = customer_errors(data, self._today)
        errors.extend(self._referrer_errors(data.referrer))
        self._note_same_mobile(data.mobile)
        self.show_errors(errors)
        return errors

    def _note_same_mobile(self, mobile: str) -> None:
        """Not an error (a family may share a phone), but worth a look before a second card."""
        others = self._same_mobile(mobile) if self._same_mobile and mobile else []
        self.mobile_note.setText(
            self.tr("Also on the card of: {names}").format(names="; ".join(others))
            if others
            else ""
        )
        self.mobile_note.setVisible(bool(others))

    def _referrer_errors(self, text: str) -> list[FieldError]:
        """Who the referrer field names, shown beside it as one types."""
        self.referrer_name.clear()
        if not text or self._describe_referrer is None:
            return []
        found = self._describe_referrer(text)
        if found is None:
            return [FieldError("referrer", Message(REFERRER_UNKNOWN, {"value": text}))]
        self.referrer_name.setText("→ " + found)
        return []

    def try_save(self) -> None:
        self._timer.stop()
        errors = self.validate_now()
        if not errors:
            errors = self._save(self.data())
            self.show_errors(errors)
        if errors:
            self._focus_field(errors[0].field)
            return
        self._initial = self.data()
        self.accept()

    def _focus_field(self, name: str) -> None:
        widget = getattr(self, name, None)
        if isinstance(widget, QWidget):
            page = widget
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if self.is_dirty():
            answer = prompts.save_discard_cancel(
                self,
                self.windowTitle(),
                self.tr("This card has changes that are not saved. Save them?"),
            )
            if answer == "save":
                self.try_save()
                return
            if answer == "cancel":
                return
        super().reject()
