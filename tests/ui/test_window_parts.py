"""What the window's parts hold: the session and the host, never the window (see tests/test_ui_boundaries.py)."""
from __future__ import annotations


def test_the_window_parts_hold_the_session_and_host_never_the_window(make_window):
    window = make_window("lecture-ox")
    parts = {"lecture": window.lecture, "presentation": window.lecture.presentation, "files": window.lecture.files,
             "experiments": window.experiments, "stage_focus": window.stage_focus, "first_run": window.first_run,
             "image_input": window.image_input, "questions": window.questions, "inspect": window.inspect,
             "pipeline": window.pipeline, "training": window.experiments.training}
    for name, part in parts.items():
        held = vars(part)
        assert not [key for key, value in held.items() if value is window], name
        assert held.get("host", window.host) is window.host, name
        if "session" in held:
            assert held["session"] is window.session, name
    # a panel's model is the session's (the pipeline has no copy of its own)
    assert window.pipeline.model is window.session.model and window.pipeline.levels is window.session.levels
    assert "model" not in vars(window.pipeline) and "levels" not in vars(window.pipeline)
