"""How many drawings the collection holds of each class: the one wording of the Collected drawings dock's
summary and the Training dock's "Collected" line, for ○ and × and for the user's own classes alike."""
from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from ..i18n import class_symbol


def class_counts_text(total: int, counts: Mapping[str, int], classes: Sequence[str]) -> str:
    """'12 drawings: ○ 5, × 4, triangle 3': ``total`` drawings, then each of ``classes`` (in order) with its
    count from ``counts``; circle and cross as their symbols, another class by its name (triangle translated)."""
    separator = QCoreApplication.translate("ClassCounts", ", ", "between the classes of a list of counts")
    listed = separator.join(f"{class_symbol(name)} {counts.get(name, 0)}" for name in classes)
    return QCoreApplication.translate("ClassCounts", "{0} drawings: {1}").format(total, listed)
