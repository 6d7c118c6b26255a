"""Presentation mode (full screen, large fonts, high contrast, the colour-blind-safe palette) and
"predict, then reveal" (chosen stages concealed until a key press, so the class guesses first).

Everything switched on is remembered and switched back exactly: the window state, the application
font, palette and style sheet, the pipeline's palette, font scale and background.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from .. import presentation_layout
from ..panels import BACKGROUND

PRESENTATION_PALETTE = "blue-orange"
PRESENTATION_FONT_SCALE = 1.5          # menus, toolbar, docks
PIPELINE_FONT_SCALE = 1.3              # the pipeline's titles, colour bars and result (its maps need the room)
PRESENTATION_BACKGROUND = QColor(255, 255, 255)


def high_contrast_palette(base: QPalette) -> QPalette:
    """Black on white with a strong blue selection: reads best on a washed-out projector."""
    palette = QPalette(base)
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    for role, colour in ((QPalette.ColorRole.Window, white), (QPalette.ColorRole.WindowText, black),
                         (QPalette.ColorRole.Base, white), (QPalette.ColorRole.AlternateBase, QColor(235, 235, 235)),
                         (QPalette.ColorRole.Text, black), (QPalette.ColorRole.Button, QColor(240, 240, 240)),
                         (QPalette.ColorRole.ButtonText, black), (QPalette.ColorRole.ToolTipBase, white),
                         (QPalette.ColorRole.ToolTipText, black), (QPalette.ColorRole.Highlight, QColor(0, 60, 160)),
                         (QPalette.ColorRole.HighlightedText, white)):
        palette.setColor(role, colour)
    return palette


class Presentation(QObject):
    """Switches the window (through its host) into presentation mode and back; conceals and reveals stages."""

    presentingChanged = Signal(bool)
    concealedChanged = Signal(bool)

    def __init__(self, session, host, parent=None):
        super().__init__(parent or host.parent)
        self.host = host
        self.presenting = False
        self.predict_reveal = False
        self.concealed = False
        self.session = session
        self._saved = None
        host.canvas.changed.connect(self._on_q_canvas_changed)

    # -- presentation mode -------------------------------------------------------------------------
    def set_presenting(self, on: bool) -> None:
        on = bool(on)
        if on == self.presenting:
            return
        app = QApplication.instance()
        host = self.host
        pipeline = host.pipeline
        if on:
            keep = {"dock-stepper", "dock-timeline"}
            docks = [d for d in host.docks() if not d.isHidden() and d.objectName() not in keep]
            self._saved = {"font": app.font(), "palette": app.palette(),
                           "style": app.styleSheet(), "pipeline_palette": self.session.palette, "docks": docks,
                           "front": [d for d in docks if not d.visibleRegion().isEmpty()],   # of their tab groups
                           "layout": host.save_layout()}      # window state, dock state, splitter, size, place
            with host.docks_put_away():      # a clean stage: the pipeline gets the room (the View menu brings them back)
                for dock in docks:
                    dock.hide()
            big = app.font()
            size = big.pointSizeF() if big.pointSizeF() > 0 else 10.0
            big.setPointSizeF(size * PRESENTATION_FONT_SCALE)
            app.setFont(big)
            app.setPalette(high_contrast_palette(app.palette()))
            # widgets with fonts of their own (the toolbar, the status bar) grow too. Not by an application
            # style sheet: taking one away leaves the toolbar's and the docks' child widgets at the
            # application's small font instead of their parent's.
            own_fonts = []
            for widget in host.own_font_widgets():
                own_fonts.append((widget, QFont(widget.font()), widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)))
                grown = QFont(widget.font())
                grown.setPointSizeF(size * PRESENTATION_FONT_SCALE)
                widget.setFont(grown)
            self._saved["own_fonts"] = own_fonts
            pipeline.setBackground(PRESENTATION_BACKGROUND)
            # read from the back: maps of 150 px, later stages give way (cnnviz.ui.presentation_layout)
            self._saved["sizes"] = presentation_layout.enter(host)
            pipeline.set_font_scale(PIPELINE_FONT_SCALE)
            self.set_palette(PRESENTATION_PALETTE)
            host.show_full_screen()          # the canvas fitted once the window has its full-screen size
        else:
            saved = self._saved or {}
            app.setFont(saved.get("font", app.font()))
            app.setPalette(saved.get("palette", app.palette()))
            app.setStyleSheet(saved.get("style", ""))
            for widget, own_font, explicit in saved.get("own_fonts", []):
                widget.setFont(own_font if explicit else QFont())
            pipeline.setBackground(BACKGROUND)
            presentation_layout.leave(host, saved.get("sizes"))
            pipeline.set_font_scale(1.0)
            self.set_palette(saved.get("pipeline_palette", self.session.palette))
            with host.docks_put_away():
                for dock in saved.get("docks", []):
                    dock.show()
            for dock in saved.get("front", []):     # showing a tabbed dock brings it to the front: put back the tab
                dock.raise_()                        # the user had chosen (the inspector, not the last one shown)
            QTimer.singleShot(250, self, host.fit_canvas)      # not after the window is gone
            layout = saved.get("layout")
            host.restore_window_state(layout["state"] if layout else Qt.WindowState.WindowNoState)
            if layout is not None:       # exactly the layout before: window, dock sizes, canvas split
                QTimer.singleShot(200, self, lambda: self._restore_layout(layout))   # not after the window is gone
        self.presenting = on
        self.presentingChanged.emit(on)

    def _restore_layout(self, layout: dict) -> None:
        if not self.presenting:
            self.host.restore_layout(layout)

    def toggle_presenting(self) -> None:
        self.set_presenting(not self.presenting)

    def set_palette(self, name: str) -> None:
        """The diverging palette of every view (the session's: the pipeline, the stepper... follow)."""
        self.session.set_palette(name)

    # -- predict, then reveal ----------------------------------------------------------------------
    def conceal_text(self) -> str:
        return self.tr("Predict first!\nPress Space to reveal.")

    def set_predict_reveal(self, on: bool) -> None:
        """While on, the chosen stages are concealed whenever a new drawing begins, until ``reveal()``."""
        self.predict_reveal = bool(on)
        self.conceal() if on else self.reveal()

    @property
    def hidden_stages(self) -> set[str]:
        """The stages concealed until revealed (the session's)."""
        return set(self.session.hidden_stages)

    @hidden_stages.setter
    def hidden_stages(self, stages) -> None:
        self.session.set_hidden_stages(stages)

    def set_hidden_stages(self, stages) -> None:
        self.session.set_hidden_stages(stages)
        if self.concealed:
            self.conceal()

    def conceal(self) -> None:
        self.concealed = True
        self.host.pipeline.set_hidden(self.hidden_stages, self.conceal_text())
        self.concealedChanged.emit(True)

    def reveal(self) -> None:
        self.concealed = False
        self.host.pipeline.set_hidden(())
        self.concealedChanged.emit(False)

    def _on_q_canvas_changed(self) -> None:
        if self.predict_reveal and not self.concealed and self.host.canvas.is_blank():
            self.conceal()          # a new drawing: hide the answer again
