"""Lecture → Scenes: the four shipped scenes that answer the lectures' size questions (``cnnviz.size_scenes``).

Choosing one opens its model in the session (a new edit history, as opening any model), puts its drawing on
the canvas (one undo step), pins a cell of the layer whose size changes, shows the shape flow in *Layers and
model* with that layer selected, and leaves the caption, in the interface language, in the status bar.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from cnnviz.size_scenes import SIZE_SCENES, pen_width, scene_caption, scene_model, scene_strokes, size_change

from ..explain_text import engine_text, translate


class SizeScenes(QObject):
    """The Scenes submenu of one window; ``caption`` is the last caption shown, ``current`` its scene's key."""

    def __init__(self, session, host, *, pin, inspect, parent=None):
        super().__init__(parent if parent is not None else host.parent)
        self.session, self.host = session, host
        self.pin = pin                  # pin(layer, index), as a click on the cell
        self.inspect = inspect          # the window's InspectController: its Layers dock and architecture editor
        self.caption = ""
        self.current: str | None = None
        self.menu = host.menu("&Lecture").addMenu(self.tr("Scenes: &sizes"))
        self.actions = {}
        for scene in SIZE_SCENES:
            action = host.action(translate(scene.title), lambda checked=False, key=scene.key: self.show(key))
            self.menu.addAction(action)
            self.actions[scene.key] = action

    def show(self, key: str) -> None:
        """Set up the scene ``key`` (see the module docstring)."""
        model = scene_model(key)
        scene = next(s for s in SIZE_SCENES if s.key == key)
        self.host.open_model(model, key)
        canvas = self.host.canvas
        canvas.set_strokes(scene_strokes(key, canvas.size_pixels), pen_width(canvas.size_pixels))
        self.host.live.run_now()
        _, (_, height, width) = size_change(model, scene.layer)
        self.pin(scene.layer, (0, height // 2, width // 2))
        self.inspect.architecture_editor.select_layer(scene.layer)
        self.host.show_dock(self.inspect.layers_dock)
        self.current = key
        self.caption = engine_text(scene_caption(key, model))
        self.host.status(self.caption, 0)


def install(session, host, inspect) -> SizeScenes:
    """Add Lecture → Scenes: sizes to the window's menus; ``inspect`` is its InspectController."""
    return SizeScenes(session, host, pin=inspect.pin, inspect=inspect)
