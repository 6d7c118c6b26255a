"""Capturing a window's lecture state (its session and how it shows it) as a ``cnnviz.scenes.Scene`` and
applying one back.

Applying checks everything that could fail first (the file was validated when read; here the canvas
size), so a scene that cannot be shown changes nothing.
"""
from __future__ import annotations

from array import array

import cv2
import numpy as np
from PySide6.QtWidgets import QDockWidget

from cnnviz.scenes import Scene, SceneStroke, ViewSettings, check_canvas

from ..canvas import Stroke


def docks(window) -> dict[str, QDockWidget]:
    return {d.objectName(): d for d in window.findChildren(QDockWidget) if d.objectName() and d.parent() is window}


def capture_scene(window) -> Scene:
    """The window's drawing, model, shown docks, palette and presentation settings, and language."""
    lecture = window.lecture
    presentation = lecture.presentation
    strokes = tuple(SceneStroke(s.points.copy(), float(s.width), bool(s.erase)) for s in window.canvas.strokes())
    session = window.session
    view = ViewSettings(palette=session.palette, presentation=presentation.presenting,
                        predict_reveal=presentation.predict_reveal,
                        hidden_stages=tuple(sorted(presentation.hidden_stages)),
                        docks=tuple(sorted((name, not dock.isHidden()) for name, dock in docks(window).items())),
                        timeline=lecture.timeline.fraction)
    picture = window.canvas.picture()          # an opened picture or camera frame under the strokes
    return Scene(strokes, session.model.copy(), session.source or session.model.name,
                 window.canvas.size_pixels, float(np.float32(window.canvas.pen_width)), view, window.language(),
                 None if picture is None else picture.pixels.copy())


def apply_scene(window, scene: Scene) -> None:
    """Show a scene: model, drawing (on its picture, if any), docks, palette, presentation and the language setting."""
    check_canvas(scene, window.canvas.size_pixels)
    lecture = window.lecture
    presentation = lecture.presentation
    window.set_model(scene.model.copy(), scene.model_source or scene.model.name)
    window.width_spin.blockSignals(True)
    window.width_spin.setValue(int(round(scene.pen_width)))
    window.width_spin.blockSignals(False)
    window.canvas.pen_width = float(scene.pen_width)
    picture = scene.picture
    if picture is not None and picture.ndim == 3:          # a colour picture on this grey canvas
        picture = cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY)
    window.canvas.set_stroke_list([Stroke(s.width, s.erase, array("f", s.points.astype(np.float32).ravel().tolist()))
                                   for s in scene.strokes], picture=picture)
    view = scene.view
    present = docks(window)
    for name, shown in view.docks:
        if name in present:
            present[name].setVisible(shown)
    presentation.set_presenting(view.presentation)
    presentation.set_palette(view.palette)
    lecture.sync_actions()
    presentation.hidden_stages = set(view.hidden_stages)
    presentation.set_predict_reveal(view.predict_reveal)
    lecture.timeline.scrub(view.timeline)
    window.settings.setValue("language", scene.language)
    window.set_language(scene.language)
    window.live.run_now()
