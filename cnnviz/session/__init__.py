"""The user's session, without Qt: the state every view renders (see ``session.py``)."""
from .cells import Target, cell_exists, remap_target, without_sample
from .events import Event
from .history import HistoryEntry, ModelHistory
from .session import (COMPARE_MODES, LANGUAGES, CompareSnapshot, Session, SessionError, calibrated_levels)

__all__ = ["COMPARE_MODES", "LANGUAGES", "CompareSnapshot", "Event", "HistoryEntry", "ModelHistory", "Session",
           "SessionError", "Target", "calibrated_levels", "cell_exists", "remap_target", "without_sample"]
