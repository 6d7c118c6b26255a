"""The session without Qt: setters validate then notify, edits and undo, the pinned cell across models."""
import numpy as np
import pytest

from cnnviz.analysis import edit
from cnnviz.engine import load_model
from cnnviz.session import CompareSnapshot, Event, Session, SessionError, remap_target


def blank_canvas():
    return np.full((280, 280), 255, np.uint8)


@pytest.fixture
def session():
    s = Session()
    s.set_input_source(blank_canvas)
    s.open_model(load_model("lecture-ox"), "lecture-ox")
    return s


def record(event):
    calls = []
    event.connect(lambda *values: calls.append(values))
    return calls


def test_event_calls_callbacks_in_order_and_disconnects():
    event, seen = Event(), []
    first = event.connect(lambda v: seen.append(("first", v)))
    event.connect(lambda v: seen.append(("second", v)))
    event.connect(first)                     # connecting twice still calls once
    event.emit(1)
    event.disconnect(first)
    event.emit(2)
    assert seen == [("first", 1), ("second", 1), ("second", 2)]


def test_a_failing_callback_does_not_starve_the_others():
    event, seen = Event(), []
    event.connect(lambda: 1 / 0)
    event.connect(lambda: seen.append("ran"))
    with pytest.raises(ZeroDivisionError):
        event.emit()
    assert seen == ["ran"]


def test_opening_a_model_notifies_then_runs_the_input(session):
    models, traces = record(session.model_changed), record(session.trace_changed)
    ox = load_model("ox-cnn")
    session.open_model(ox, "ox-cnn")
    assert models == [(ox,)] and len(traces) == 1
    assert traces[0][0].logits.shape == (1, 2) and session.trace is traces[0][0]
    assert session.levels["conv1"] > 0 and session.source == session.base_source == "ox-cnn"
    assert not session.history.can_undo


def test_edit_undo_redo_restore_models_and_levels(session):
    first = session.model
    weights = np.eye(3)
    result = edit.set_filter(first, "conv1", 0, weights * 9, 0.0)
    session.apply_edit(result.model, "conv1 filter 0", result.notes, keep_levels=True)
    assert session.model is result.model and session.history.can_undo
    assert session.levels["conv1.weight"] >= 9          # grown for the edit, never lowered
    assert session.undo().model is first and session.model is first
    assert session.redo().model is result.model
    assert session.redo() is None


def test_training_keeps_the_weights_before_the_run_for_undo(session):
    model = session.model
    before = model.layer("dense").params["weight"].copy()
    session.training_started(model)
    model.layer("dense").params["weight"][...] += 1.0    # training changes the model in place
    assert session.training_finished(model, "trained 1 epoch")
    session.undo()
    np.testing.assert_array_equal(session.model.layer("dense").params["weight"], before)
    assert not session.training_finished(model, "again")   # another model is shown now


def test_a_model_that_cannot_run_is_reported_not_raised(session):
    failures = record(session.run_failed)
    session.set_input_source(lambda: np.zeros((4, 4, 4, 4), np.uint8))     # not an image
    assert session.run() is None and len(failures) == 1


@pytest.mark.parametrize("setter, value", [("set_palette", "rainbow"), ("set_language", "fr")])
def test_setters_refuse_unknown_values_with_the_choices(session, setter, value):
    with pytest.raises(SessionError, match="choose one of"):
        getattr(session, setter)(value)


def test_setters_notify_only_on_change(session):
    palettes = record(session.palette_changed)
    session.set_palette("blue-orange")
    session.set_palette("blue-orange")
    hidden = record(session.hidden_changed)
    session.set_hidden_stages({"result", "pool1"})
    session.set_hidden_stages({"pool1", "result"})
    assert palettes == [("blue-orange",)] and hidden == [(frozenset({"result", "pool1"}),)]


def test_compare_snapshot_and_mode(session):
    snap = CompareSnapshot(blank_canvas())
    session.set_compare(snap, "B-A")
    assert session.compare_a is snap and session.compare_mode == "B-A"
    session.set_compare(None)
    assert session.compare_mode == "B"
    with pytest.raises(SessionError):
        session.set_compare(snap, "C")


def test_pinning_a_cell_that_does_not_exist_is_refused(session):
    with pytest.raises(SessionError, match="no cell"):
        session.set_pinned(("cell", "conv2", (0, 1, 1)))
    session.set_pinned(("cell", "conv1", (1, 25, 25)))
    assert session.pinned == ("cell", "conv1", (1, 25, 25))


def test_switching_models_remaps_a_pinned_conv_cell(session):
    pins = record(session.pinned_changed)
    session.set_pinned(("cell", "conv1", (1, 12, 8)))
    session.open_model(load_model("ox-cnn"), "ox-cnn")     # conv1 is 8 x 26 x 26 there: the same cell exists
    assert session.pinned == ("cell", "conv1", (1, 12, 8)) and pins == [(session.pinned,)]
    session.set_pinned(("cell", "conv2", (5, 3, 3)))
    session.open_model(load_model("lecture-ox"), "lecture-ox")   # no conv2: dropped, and said so
    assert session.pinned is None and pins[-1] == (None,)


def test_pool_window_change_moves_the_pinned_cell_over_the_same_place(session):
    session.open_model(load_model("ox-cnn"), "ox-cnn")
    session.set_pinned(("cell", "pool1", (3, 12, 6)))            # 8 x 13 x 13
    result = edit.apply_change(session.model, "pool1", {"size": 3, "stride": 3}, rng=np.random.default_rng(0))
    session.apply_edit(result.model, "pool1 3x3", result.notes)
    assert session.model.shapes()[2] == (8, 8, 8)
    assert session.pinned == ("cell", "pool1", (3, 7, 4))        # bottom rows stay bottom, middle stays middle
    session.undo()
    assert session.pinned == ("cell", "pool1", (3, 12, 7))


def test_pinned_map_beyond_the_new_count_is_dropped():
    ox, lecture = load_model("ox-cnn"), load_model("lecture-ox")
    assert remap_target(("cell", "conv1", (5, 0, 0)), ox, lecture) is None
    assert remap_target(("class", 1), ox, lecture) == ("class", 1)
    assert remap_target(("class", 2), ox, lecture) is None


def test_carried_over_session_keeps_state_but_no_subscribers(session):
    session.set_palette("blue-orange")
    session.set_pinned(("class", 0))
    calls = record(session.model_changed)
    new = session.carried_over()
    assert (new.model, new.history, new.palette, new.pinned) == (session.model, session.history, "blue-orange",
                                                                  ("class", 0))
    new.open_model(load_model("ox-cnn"))
    assert calls == [] and session.model is not new.model


def test_a_hovered_cell_follows_the_model_like_a_pinned_one(session):
    session.set_inspected(("cell", "conv1", (0, 1, 20, 5)))     # given with its sample
    assert session.inspected == ("cell", "conv1", (1, 20, 5)) and session.pinned is None
    session.set_inspected(("cell", "conv9", (0,)))
    assert session.inspected is None
    session.set_inspected(("cell", "pool1", (1, 1, 0)))
    session.open_model(load_model("ox-cnn"))                     # pool1: 2 x 2 x 2 -> 8 x 13 x 13
    assert session.inspected == ("cell", "pool1", (1, 9, 3))
