"""Help → Keyboard shortcuts: every action of the window that has a shortcut, by menu."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout


def shortcut_rows(host) -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) for every action of the window behind ``host`` with a shortcut, in menu order;
    actions in no menu last."""
    rows, seen = [], set()
    for top in host.menu_bar_actions():
        menu = top.menu()
        if menu is None:
            continue
        stack = [(top.text().replace("&", ""), menu)]
        while stack:
            title, current = stack.pop(0)
            for action in current.actions():
                if action.menu() is not None:
                    stack.append((f"{title} \u203a {action.text().replace('&', '')}", action.menu()))
                elif _keys(action) and id(action) not in seen:
                    seen.add(id(action))
                    rows.append((title, action.text().replace("&", ""), _keys(action)))
    for action in host.actions():
        if _keys(action) and id(action) not in seen and action.text():
            seen.add(id(action))
            rows.append(("", action.text().replace("&", ""), _keys(action)))
    return rows


def _keys(action: QAction) -> str:
    return ",  ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


def show_shortcuts(host) -> QDialog:
    """The table of shortcuts, shown (non-modal) over the window behind ``host``."""
    dialog = QDialog(host.parent)
    dialog.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    rows = shortcut_rows(host)
    table = QTableWidget(len(rows), 3)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Shortcuts", "Menu"), QCoreApplication.translate("Shortcuts", "Action"), QCoreApplication.translate("Shortcuts", "Keys")])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    dialog.open()
    return dialog
