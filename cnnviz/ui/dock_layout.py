"""Where the window's docks go and how big the canvas is: the layout half of ``MainWindow``.

Bottom: the inspector, filter editor and layer controls (and, when asked for, the stepper and the stroke
timeline) as tabs in one strip under the canvas and the pipeline. Right, full height: the experiment docks
as tabs, hidden until asked for. Saved on close, restored on start; View \u2192 Reset layout puts them back.
The canvas gets a square about as tall as the window allows, unless the user dragged the splitter.

The bottom strip takes the height its front tab needs: the inspector's two lines of hint alone (about 110 px,
not a quarter of the window), BOTTOM_SHARE once it explains a cell (it stays so while the pointer moves from cell
to cell: one change, not one per hover), the hint's height again a moment after it is cleared; the filter
editor and layer controls their BOTTOM_SHARE. A height the user drags the strip to is kept (for the hint and for
tables apart) until View \u2192 Reset layout. Docks that size themselves (the stepper, the timeline) are left alone.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar, QWidget

from .startup import setting_bytes


class DockLayout:
    """Mixed into ``MainWindow`` (a QMainWindow with ``splitter`` and ``settings``): docks and the canvas square."""

    LAYOUT_VERSION = 2          # a saved dock state of another version is ignored (the docks changed since)
    DOCK_STATE_KEY = "dock_state"
    BOTTOM_SHARE = 0.28         # of the window's height for the bottom tabs
    BOTTOM_MIN = 170            # pixels, at least
    SIDE_SHARE = 0.30           # of the window's width for the right-hand tabs
    SIDE_RANGE = (470, 470)     # pixels, between (the experiment panels need 470)
    STRIP_SHRINK_MS = 600       # the strip shrinks back to the hint this long after the inspector is cleared

    def _init_dock_layout(self) -> None:
        self._dock_homes: list[tuple[QDockWidget, Qt.DockWidgetArea, bool]] = []   # (dock, area, shown by default)
        self._user_split = False          # the user dragged the canvas/pipeline handle: keep their split
        self._state_restored = False
        self._strip = None                # (inspector, its dock): the strip sized to what the inspector holds
        self._strip_user: dict[bool, int] = {}     # filled or not -> the height the user dragged the strip to
        self._strip_sizing = False
        self.splitter.splitterMoved.connect(self._on_q_split_moved)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_canvas_unless_moved)
        self.splitter.installEventFilter(self)

    def _restore_dock_state(self) -> None:
        state = setting_bytes(self.settings, self.DOCK_STATE_KEY, self.set_aside)
        self._state_restored = bool(not state.isEmpty() and self.restoreState(state, self.LAYOUT_VERSION))

    def reset_layout(self) -> None:
        """The first-start arrangement: every dock docked in its own area, one tab group per area (the first
        dock added in front), the default docks shown and the rest hidden, default sizes, the canvas fitted."""
        groups: dict = {}
        for dock, area, shown in self._dock_homes:
            self.removeDockWidget(dock)
            dock.setFloating(False)
            self.addDockWidget(area, dock)
            first = groups.setdefault(area, dock)
            if first is not dock:
                self.tabifyDockWidget(first, dock)
        for dock, area, shown in self._dock_homes:
            dock.setVisible(shown)
        for first in groups.values():
            first.raise_()
        self._user_split = False
        if getattr(self, "layout_memory", None) is not None:
            self.layout_memory.forget()
        self._strip_user = {}
        QTimer.singleShot(0, self.size_docks)

    def _first_layout(self) -> None:
        for head in {a: d for d, a, _ in reversed(self._dock_homes)}.values():
            head.raise_()              # the first dock of each area in front (the inspector at the bottom)
        self.size_docks()

    def side_width(self) -> int:
        low, high = self.SIDE_RANGE
        return int(min(high, max(low, self.width() * self.SIDE_SHARE)))

    def size_docks(self) -> None:
        """Default sizes: the bottom tabs BOTTOM_SHARE of the height, right-hand tabs ``side_width()``; then
        the canvas gets its square."""
        shown = [(d, a) for d, a, _ in self._dock_homes if not d.isHidden() and not d.isFloating()]
        bottom = [d for d, a in shown if a == Qt.DockWidgetArea.BottomDockWidgetArea]
        side = [d for d, a in shown if a == Qt.DockWidgetArea.RightDockWidgetArea]
        if bottom:        # a shown dock that asks for more (the stepper) gets it
            share = max([self.BOTTOM_SHARE] + [float(d.property("height_share") or 0) for d in bottom])
            self.resizeDocks([bottom[0]], [max(self.BOTTOM_MIN, int(self.height() * share))], Qt.Orientation.Vertical)
        if side:
            self.resizeDocks([side[0]], [self.side_width()], Qt.Orientation.Horizontal)
        self.layout().activate()
        self.fit_strip()
        self.fit_canvas()

    def show_dock(self, dock: QDockWidget, *, height_share: float | None = None, width: int | None = None) -> None:
        """Show a dock in front of its tab group; grow its area to ``height_share`` of the window (bottom) or
        ``width`` pixels (right) if it is smaller now."""
        dock.show()
        dock.raise_()
        self.keep_tab_titles_whole()
        if dock.property("fit_content"):       # a strip (the timeline's slider): only the height it needs
            self.resizeDocks([dock], [dock.sizeHint().height()], Qt.Orientation.Vertical)
        elif height_share is not None:
            wanted = int(self.height() * height_share)
            if dock.height() < wanted:
                self.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)
        if width is not None and dock.width() < width:
            self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _on_q_dock_toggled(self, checked: bool) -> None:
        """A dock shown from a menu comes to the front of its tabs, with room (its ``height_share`` property,
        else BOTTOM_SHARE, of the height at the bottom; ``side_width()`` on the right)."""
        action = self.sender()
        self.keep_tab_titles_whole()
        for dock, area, _ in self._dock_homes:
            if checked and dock.toggleViewAction() is action and not dock.isFloating():
                if area == Qt.DockWidgetArea.RightDockWidgetArea:
                    self.show_dock(dock, width=self.side_width())
                else:
                    share = dock.property("height_share")
                    self.show_dock(dock, height_share=float(share) if share else self.BOTTOM_SHARE)

    # -- the bottom strip: the height its front tab needs --------------------------------------
    def fit_strip_to(self, inspector, dock: QDockWidget) -> None:
        """Size the bottom strip to what ``inspector`` (an InspectorPanel in ``dock``) holds while it is in
        front: its hint, or BOTTOM_SHARE for an explanation."""
        self._strip = (inspector, dock)
        self._strip_timer = QTimer(self, singleShot=True, interval=self.STRIP_SHRINK_MS)
        self._strip_timer.timeout.connect(self.fit_strip)
        inspector.filled_changed.connect(self._on_q_strip_filled)
        dock.visibilityChanged.connect(self._on_q_strip_front)
        dock.installEventFilter(self)

    def open_strip_height(self) -> int:
        return max(self.BOTTOM_MIN, int(self.height() * self.BOTTOM_SHARE))

    def strip_hint_height(self) -> int:
        """The strip's height for the inspector's hint: its lines at the dock's width, and the dock's frame."""
        inspector, dock = self._strip
        content = dock.widget()             # a scroll area: its width is the text's, with no scroll bar
        view = content.viewport() if hasattr(content, "viewport") else content
        needed = inspector.heightForWidth(max(200, content.width())) if inspector.hasHeightForWidth() \
            else inspector.sizeHint().height()
        return int(self._strip_tabs() + dock.height() - view.height() +
                   max(needed, inspector.minimumSizeHint().height()) + 8)

    def _strip_tabs(self) -> int:
        """The height of the tab bar under the strip's docks (resizeDocks counts it in a tabbed dock's height)."""
        _, dock = self._strip
        title = dock.windowTitle()
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self and bar.isVisible() and any(bar.tabText(i) == title for i in range(bar.count())):
                return bar.height()
        return 0

    def fit_strip(self) -> None:
        """The strip to the height the inspector needs now, when it is the bottom tab in front."""
        if self._strip is None:
            return
        inspector, dock = self._strip
        if dock.isFloating() or not dock.isVisible() or dock.visibleRegion().isEmpty():
            return
        filled = inspector.filled
        height = self._strip_user.get(filled) or (self.open_strip_height() if filled else self.strip_hint_height())
        if abs(dock.height() + self._strip_tabs() - height) > 2:
            self._resize_strip(dock, height)

    def _resize_strip(self, dock: QDockWidget, height: int) -> None:
        self._strip_sizing = True
        try:
            self.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        finally:
            self._strip_sizing = False

    def _on_q_strip_filled(self, filled: bool) -> None:
        if filled:                       # a cell to explain: room for its tables now
            self._strip_timer.stop()
            self.fit_strip()
        else:                            # back to the hint: shrink a moment later (a new model shows its cell again)
            self._strip_timer.start()

    def _on_q_strip_front(self, visible: bool) -> None:
        # the inspector's tab came to the front (fit it), or a plain tab (filter editor, layers) came in front of
        # it while the strip holds only the hint: that tab gets BOTTOM_SHARE
        if visible:
            QTimer.singleShot(0, self.fit_strip)
            return
        _, dock = self._strip
        QTimer.singleShot(0, lambda: self._open_front_tab(dock))

    def _open_front_tab(self, inspector_dock: QDockWidget) -> None:
        for other, area, _ in self._dock_homes:
            if other is inspector_dock or area != Qt.DockWidgetArea.BottomDockWidgetArea or other.isFloating() \
                    or not other.isVisible() or other.visibleRegion().isEmpty():
                continue
            if other.property("fit_content") or other.property("height_share"):
                return                   # the stepper, the timeline: they size themselves
            if other.height() + self._strip_tabs() < self.open_strip_height() - 2:
                self._resize_strip(other, self.open_strip_height())
            return

    def keep_tab_titles_whole(self) -> None:
        """Tabbed docks write their whole titles ("Collected drawings", not "Collecte…"): a tab bar too narrow
        for them scrolls (arrows at its end) instead of eliding them. Qt makes these tab bars as docks are
        tabbed together, so this runs whenever a dock is shown."""
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)

    # -- the canvas's square ----------------------------------------------------------------
    canvas_share = 0.36     # at most this fraction of the width for the canvas
    PIPELINE_MIN = 800      # pixels the pipeline keeps (the result and a few stages a row): the canvas gives way
    CANVAS_MIN = 180        # ... down to this (a side dock open at 1280 x 720: two stages keep whole labels)

    def fit_canvas(self) -> None:
        """Give the canvas a square about as tall as the window allows, at most ``canvas_share`` of the width
        and leaving the pipeline PIPELINE_MIN (a side dock is open: the canvas gives way, down to CANVAS_MIN)."""
        total = max(2, self.splitter.width())
        side = min(self.splitter.height() - 40 - self._strip_saved(), int(total * self.canvas_share),
                   total - self.PIPELINE_MIN)
        side = max(side, min(self.CANVAS_MIN, total // 2))
        self.splitter.setSizes([side, total - side])

    def _strip_saved(self) -> int:
        """Pixels the strip gives the central area now by holding only the hint: they go to the pipeline, not
        the canvas (the canvas keeps its size whether the inspector holds its hint or tables)."""
        if self._strip is None or self._strip_user:
            return 0
        inspector, dock = self._strip
        if dock.isFloating() or not dock.isVisible() or inspector.filled:
            return 0
        return max(0, self.open_strip_height() - dock.height() - self._strip_tabs())

    def _on_q_split_moved(self, pos: int, index: int) -> None:
        self._user_split = True

    def _fit_canvas_unless_moved(self) -> None:
        if not self._user_split:
            self.fit_canvas()

    def eventFilter(self, watched, event) -> bool:
        # the central area changed size (the window, or a dock shown, hidden or resized): fit the canvas again
        if watched is getattr(self, "splitter", None) and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        elif self._strip is not None and watched is self._strip[1] and event.type() == QEvent.Type.Resize \
                and not self._strip_sizing and QApplication.mouseButtons() & Qt.MouseButton.LeftButton \
                and event.oldSize().width() == event.size().width():
            # the user drags the strip's edge: keep that height (for the hint, or for tables)
            self._strip_user[self._strip[0].filled] = event.size().height() + self._strip_tabs()
        elif self._strip is not None and watched is self._strip[1] and event.type() == QEvent.Type.Resize \
                and event.oldSize().width() != event.size().width() and not self._strip[0].filled:
            QTimer.singleShot(0, self.fit_strip)        # narrower or wider: the hint's lines wrap otherwise
        return super().eventFilter(watched, event)

    def add_side_panel(self, widget: QWidget, title: str,
                       area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea, *,
                       name: str | None = None, shown: bool = True) -> QDockWidget:
        """Dock a widget (an inspector, a filter editor...) beside the pipeline. ``name`` (default
        "dock-<title>") names the dock in saved layouts and scenes: pass one when the title is translated.
        Docks of one area share it as tabs (the first one added is the first tab); ``shown=False`` keeps
        the dock hidden until asked for (and hides it again on View \u2192 Reset layout)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name or f"dock-{title}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        same_area = [d for d, a, _ in self._dock_homes if a == area]
        if same_area:
            self.tabifyDockWidget(same_area[0], dock)
        self._dock_homes.append((dock, area, bool(shown)))
        dock.toggleViewAction().triggered.connect(self._on_q_dock_toggled)
        if not shown:
            dock.hide()
        return dock
