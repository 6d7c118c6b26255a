"""The convolution stepper in presentation mode: the stepper and the pipeline both readable at 1280 x 720.

While the stepper is open in presentation mode:
- the pipeline leads with the layer being stepped (``cnnviz.viz.stepping_view``): its input stage and the layer,
  at the presenting map size (150 px); when all their maps cannot be read so (``ox-cnn``'s eight conv1 maps),
  each shows the one map the stepper shows, titled "conv1 · channel 3 of 8"; the other stages are named;
- the stepper's dock takes the height its controls need and maps of ``STEPPER_MAP_PX``, no more (the pipeline
  keeps the rest: one row of 150 px maps and the result);
- the stepper is compact: no dock title bar (F6 closes it), its status line ("cell (11, 6) = 0.569 · step 293 of
  676") on the row of its layer and channel, the maps as wide as they are high and the arithmetic the rest.
Closing the stepper or leaving presentation mode gives all of it back (the dock sizes come back through the
window's layout memory and presentation mode's saved layout; the pipeline's order and the stepper's split here).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from cnnviz.viz.stepping_view import Stepping

STEPPER_MAP_PX = 200        # the stepper's input and output maps, in presentation mode (when the pipeline keeps its own)
PIPELINE_MIN_HEIGHT = 310   # pixels the pipeline keeps (a row of 150 px maps, titles, colour bars, the result)
SETTLE_MS = 150             # after full screen (and every resize of the window after it)


class StepperPresenting(QObject):
    """Follows presentation mode, the stepper dock and the stepper's layer; arranges both while they meet."""

    def __init__(self, lecture):
        super().__init__(lecture)
        self.host = lecture.host
        self.presentation = lecture.presentation
        self.stepper = lecture.stepper
        self.dock = lecture.stepper_dock
        self.active = False
        self._split_sizes = None           # the stepper's own split and view height before presentation mode
        self._compact = False
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(lambda: self._arrange())
        self.presentation.presentingChanged.connect(self._on_q_changed)
        self.dock.visibilityChanged.connect(self._on_q_changed)
        self.stepper.selectionChanged.connect(self._on_q_selection)
        self.host.watch_window(self)       # full screen arrives late under load: arrange again once it has

    def wanted(self) -> bool:
        return self.presentation.presenting and not self.dock.isHidden() and not self.dock.isFloating()

    def stepping(self) -> Stepping | None:
        layer, channel, input_channel, kind = self.stepper.selection()
        return Stepping(layer, channel, input_channel, kind == "pool") if layer else None

    def _on_q_changed(self, *_) -> None:
        if self.wanted():
            self.host.pipeline.set_stepping(self.stepping())      # at once: no frame of eight small maps
            self._timer.start()
        else:
            self._timer.stop()
            self._leave()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.wanted():
            self._timer.start()
        return False

    def _on_q_selection(self) -> None:
        if self.active:
            self.host.pipeline.set_stepping(self.stepping())

    def _arrange(self, tries: int = 0) -> None:
        if not self.wanted():
            return
        self.active = True
        self.host.pipeline.set_stepping(self.stepping())
        stepper = self.stepper
        split = stepper.pages.widget(0)
        if self._split_sizes is None:
            self._split_sizes = split.sizes(), stepper.view.minimumHeight()
        self._set_compact(True)
        stepper.view.setMinimumHeight(STEPPER_MAP_PX // 2)      # the dock may be as low as it needs
        stepper.layout().activate()
        height = self.dock_height()
        self.host.resize_dock(self.dock, height)
        if abs(self.dock.height() - height) > 2 and tries < 5:      # the dock's new minimum not laid out yet
            QTimer.singleShot(50, self, lambda: self._arrange(tries + 1))
        total = sum(split.sizes())
        maps = 2 * (height - self._controls_height() - 38) + 30     # two square maps as high as the view (less its
        #                                                                 titles and margins): the arithmetic the rest
        split.setSizes([min(maps, total // 2), total - min(maps, total // 2)])

    def _set_compact(self, on: bool) -> None:
        """No dock title bar; the status line beside the layer and channel (unless it wraps: a transposed
        convolution's note)."""
        if on == self._compact:
            return
        self._compact = on
        stepper, column = self.stepper, self.stepper.layout()
        self._title_bar = QWidget() if on else None        # kept: Python must not free what the dock shows
        self.dock.setTitleBarWidget(self._title_bar)
        if on and not stepper.status.wordWrap():
            column.children()[0].addWidget(stepper.status)          # the row of layer and channels (the first)
        elif not on and column.indexOf(stepper.status) < 0:
            column.insertWidget(2, stepper.status)

    def dock_height(self) -> int:
        """The stepper's controls, a map title and maps of STEPPER_MAP_PX; less if the pipeline would get less
        than PIPELINE_MIN_HEIGHT."""
        dock = self.dock
        controls = self._controls_height()
        wanted = controls + STEPPER_MAP_PX + 40          # the map title and the view's margins
        room = dock.height() + self.host.pipeline.height() - PIPELINE_MIN_HEIGHT
        return max(controls + 120, min(wanted, room))

    def _controls_height(self) -> int:
        """The dock's height above the stepper's maps (its title bar, the rows of controls), once laid out.
        (Widget geometry only: wrappers of the layout's items would outlive the items Qt deletes.)"""
        stepper = self.stepper
        stepper.layout().activate()
        return stepper.pages.geometry().top() + (self.dock.height() - stepper.height())

    def _leave(self) -> None:
        self._set_compact(False)
        self.host.pipeline.set_stepping(None)
        if self._split_sizes is not None:
            sizes, low = self._split_sizes
            self.stepper.pages.widget(0).setSizes(sizes)
            self.stepper.view.setMinimumHeight(low)
            self._split_sizes = None
        self.active = False
