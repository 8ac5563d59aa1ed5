"""Categories… of the customer structure: every item name the shop has sold, with what
it brought in, and its product/service category (品类) — typed, picked from the ones in
use, or given to many chosen items at once. The dialog returns the changes; the tab
hands them to the service."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.structure_categories import MAX_CATEGORY, SoldItem
from app.services.visits import format_fen
from app.ui.points.views import fit_columns, points_table

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_QUANTITY, COL_REVENUE, COL_CATEGORY = range(4)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class CategoryChanges:
    """Item name → its new category ("" : none)."""

    categories: dict[str, str]


def category_box(name: str, offered: Iterable[str], parent: QWidget | None = None) -> QComboBox:
    """A combo to type a category in or pick one in use; at most 50 characters."""
    box = QComboBox(parent, objectName=name, editable=True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(list(offered))
    box.setCurrentIndex(-1)
    line = box.lineEdit()
    if line is not None:
        line.setMaxLength(MAX_CATEGORY)
    return box


class CategoryModel(QAbstractTableModel):
    """The items sold; the category column is edited in place."""

    def __init__(self, items: list[SoldItem], parent: Any = None) -> None:
        super().__init__(parent)
        self._items = items
        self._categories = [i.category for i in items]
        self._headers = [self.tr("Item"), self.tr("Sold"), self.tr("Revenue"), self.tr("Category")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_QUANTITY, COL_REVENUE):
            return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_CATEGORY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_NAME:
                return item.name
            if column == COL_QUANTITY:
                return str(item.quantity) if role == Qt.ItemDataRole.DisplayRole else item.quantity
            if column == COL_REVENUE:
                return f"¥{format_fen(item.revenue_fen)}"
            return self._categories[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_QUANTITY, COL_REVENUE):
            return _RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != COL_CATEGORY:
            return False
        text = str(value or "").strip()
        if len(text) > MAX_CATEGORY:
            return False
        if text != self._categories[index.row()]:
            self._categories[index.row()] = text
            self.dataChanged.emit(index, index)
        return True

    def assign(self, rows: Iterable[int], category: str) -> None:
        for row in rows:
            self.setData(self.index(row, COL_CATEGORY), category)

    def categories(self) -> dict[str, str]:
        return {item.name: c for item, c in zip(self._items, self._categories, strict=True)}

    def changes(self) -> dict[str, str]:
        return {
            item.name: category
            for item, category in zip(self._items, self._categories, strict=True)
            if category != item.category
        }

    def in_use(self) -> list[str]:
        return sorted(set(self._categories) - {""})


class CategoryDelegate(QStyledItemDelegate):
    """Edits a category in a combo of the ones offered and in use."""

    def __init__(self, offered: list[str], model: CategoryModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._offered = offered
        self._model = model

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        return category_box("categoryEditor", _merged(self._offered, self._model.in_use()), parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())


def _merged(*lists: Iterable[str]) -> list[str]:
    return sorted({c for group in lists for c in group if c})


class CategoryDialog(QDialog):
    def __init__(self, items: list[SoldItem], offered: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("structureCategoryDialog")
        self.setWindowTitle(self.tr("Categories of the items"))
        self._offered = offered
        self.model = CategoryModel(items, self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.model)
        self.filtered.setFilterKeyColumn(COL_NAME)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = points_table("structureItems", self.filtered, True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.delegate = CategoryDelegate(offered, self.model, self)
        self.table.setItemDelegateForColumn(COL_CATEGORY, self.delegate)
        self.search = QLineEdit(objectName="structureItemFilter")
        self.search.setPlaceholderText(self.tr("Find an item"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filtered.setFilterFixedString)
        self.bulk = category_box("structureBulkCategory", _merged(offered, self.model.in_use()))
        self.bulk.setMinimumWidth(160)
        self.bulk.lineEdit().setPlaceholderText(self.tr("Category"))
        self.assign_button = QPushButton(self.tr("Give to the chosen items"))
        self.assign_button.setObjectName("structureAssign")
        self.assign_button.clicked.connect(lambda: self.assign_chosen())
        self.clear_button = QPushButton(self.tr("Remove their category"))
        self.clear_button.setObjectName("structureClearCategory")
        self.clear_button.clicked.connect(lambda: self.assign_chosen(""))
        self.count = QLabel(objectName="structureCategoryCount")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._changed)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self._build()
        self._changed()
        self._chosen()
        fit_columns(self.table)
        self.resize(640, 520)

    def _build(self) -> None:
        hint = QLabel(
            self.tr(
                "Give each item a category (hair, beauty, products …): the customer "
                "structure then shows the revenue by category. Double-click a category to "
                "change it, or choose several items and give them one together."
            ),
            wordWrap=True,
        )
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("Chosen items:")))
        bulk.addWidget(self.bulk, 1)
        bulk.addWidget(self.assign_button)
        bulk.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(bulk)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.buttons)
        layout.addLayout(footer)

    def chosen_rows(self) -> list[int]:
        """The chosen rows of the model (whatever the filter shows)."""
        rows = {
            self.filtered.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()
        }
        return sorted(rows)

    def assign_chosen(self, category: str | None = None) -> None:
        """Give the chosen items the bulk combo's category (or `category`)."""
        text = (self.bulk.currentText() if category is None else category).strip()
        self.model.assign(self.chosen_rows(), text)

    def _chosen(self) -> None:
        some = bool(self.chosen_rows())
        self.assign_button.setEnabled(some)
        self.clear_button.setEnabled(some)

    def _changed(self) -> None:
        categories = self.model.categories()
        given = sum(1 for c in categories.values() if c)
        self.count.setText(
            self.tr("{given} of {items} have a category").format(
                given=given, items=self.tr("%n item(s)", "", len(categories))
            )
        )
        # A category typed here is offered for the next items too.
        current = self.bulk.currentText()
        self.bulk.clear()
        self.bulk.addItems(_merged(self._offered, self.model.in_use()))
        self.bulk.setCurrentText(current)

    def result_changes(self) -> CategoryChanges:
        return CategoryChanges(self.model.changes())
