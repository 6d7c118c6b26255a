"""Capturing the lecture state (the session and how the window shows it) as a ``cnnviz.scenes.Scene`` and
applying one back, through the lecture's session and host.

Applying checks everything that could fail first (the file was validated when read; here the canvas
size), so a scene that cannot be shown changes nothing.
"""
from __future__ import annotations

from array import array

import numpy as np
from PySide6.QtWidgets import QDockWidget

from cnnviz.scenes import Scene, SceneStroke, ViewSettings, check_canvas

from ..canvas import Stroke


def named_docks(host) -> dict[str, QDockWidget]:
    """The window's docks by the names saved in scenes."""
    return {d.objectName(): d for d in host.docks() if d.objectName()}


def capture_scene(lecture) -> Scene:
    """The drawing, model, shown docks, palette and presentation settings, and language of ``lecture``'s window."""
    host, session, presentation = lecture.host, lecture.session, lecture.presentation
    canvas = host.canvas
    strokes = tuple(SceneStroke(s.points.copy(), float(s.width), bool(s.erase), tuple(s.colour))
                    for s in canvas.strokes())
    view = ViewSettings(palette=session.palette, presentation=presentation.presenting,
                        predict_reveal=presentation.predict_reveal,
                        hidden_stages=tuple(sorted(presentation.hidden_stages)),
                        docks=tuple(sorted((name, not dock.isHidden()) for name, dock in named_docks(host).items())),
                        timeline=lecture.timeline.fraction)
    picture = canvas.picture()          # an opened picture or camera frame under the strokes
    return Scene(strokes, session.model.copy(), session.source or session.model.name,
                 canvas.size_pixels, float(np.float32(canvas.pen_width)), view, host.language(),
                 None if picture is None else picture.pixels.copy())


def apply_scene(lecture, scene: Scene) -> None:
    """Show a scene: model, drawing (on its picture, if any), docks, palette, presentation and the language setting."""
    host, presentation = lecture.host, lecture.presentation
    check_canvas(scene, host.canvas.size_pixels)
    host.open_model(scene.model.copy(), scene.model_source or scene.model.name)
    host.set_pen_width(scene.pen_width)
    host.canvas.set_stroke_list([Stroke(s.width, s.erase, array("f", s.points.astype(np.float32).ravel().tolist()),
                                        tuple(s.colour)) for s in scene.strokes], picture=scene.picture)
    view = scene.view
    present = named_docks(host)
    for name, shown in view.docks:
        if name in present:
            present[name].setVisible(shown)
    presentation.set_presenting(view.presentation)
    presentation.set_palette(view.palette)
    lecture.sync_actions()
    presentation.hidden_stages = set(view.hidden_stages)
    presentation.set_predict_reveal(view.predict_reveal)
    lecture.timeline.scrub(view.timeline)
    host.set_language(scene.language)
    host.live.run_now()
