"""Training in the app: a worker thread, live weights on the pipeline, accuracy, cancel, save and open."""
import numpy as np
import pytest

from cnnviz.data.augment import Augmentation
from cnnviz.engine import Conv2D, load_model
from cnnviz.engine.train import TrainConfig
from cnnviz.ui.experiments.training_dock import TrainingRequest

from .experiments_helpers import collect, experiment_window, put_sketch  # noqa: F401


def request_for(window, **changes):
    base = dict(drawings=tuple(window.experiments.collection.drawings), synthetic=1500, copies=3,
                augmentation=Augmentation(), config=TrainConfig(epochs=12, batch_size=32, learning_rate=0.006, seed=3),
                seed=3)
    base.update(changes)
    return TrainingRequest(**base)


def test_training_in_the_worker_reaches_90_percent_and_updates_the_pipeline(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    collect(window, 20, seed=100)
    training = window.experiments.training
    training.network.arch_combo.setCurrentText("ox-cnn")
    before_tiles = window.pipeline.panels["conv1"].mosaic.rgba.copy()
    assert training.start(request_for(window))
    model = training.model
    assert window.model is model and model is not None
    runs = window.live.runs
    qtbot.waitUntil(lambda: not training.running, timeout=60000)
    assert training.validation_accuracy >= 0.9
    assert training.applied >= 3                          # weight copies reached the window's model
    assert window.live.runs > runs                        # ...and the canvas was re-run on them
    assert window.model is model
    assert not np.array_equal(window.pipeline.panels["conv1"].mosaic.rgba, before_tiles)
    assert not np.array_equal(training.before, model.layer("conv1").weight)
    assert training.save_button.isEnabled()


def test_cancel_stops_within_a_step(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    collect(window, 6, seed=200)
    training = window.experiments.training
    assert training.start(request_for(window, synthetic=400, config=TrainConfig(epochs=500, batch_size=16)))
    qtbot.waitUntil(lambda: len(training.history["x"]) > 5, timeout=20000)
    training.cancel()
    qtbot.waitUntil(lambda: not training.running, timeout=1000)
    steps = len(training.history["x"])
    qtbot.wait(200)
    assert len(training.history["x"]) == steps
    assert training.last_progress.epoch < 500
    assert "Cancelled" in training.status.text()


@pytest.mark.parametrize("similarity", ["cosine", "rbf"])
def test_training_a_model_with_another_similarity(experiment_window, qtbot, similarity):
    window = experiment_window("ox-cnn")
    collect(window, 4, seed=300)
    training = window.experiments.training
    training.network.similarity_combo.setCurrentIndex(training.network.similarity_combo.findData(similarity))
    failures = []
    assert training.start(request_for(window, synthetic=200, config=TrainConfig(epochs=2, batch_size=32)))
    training.job.failed.connect(failures.append)
    qtbot.waitUntil(lambda: not training.running, timeout=30000)
    assert failures == []
    convs = [layer for layer in window.model.layers if isinstance(layer, Conv2D)]
    assert convs and all(layer.similarity == similarity for layer in convs)
    assert np.isfinite(training.history["loss"]).all() and len(training.history["x"]) > 0


def test_hand_set_start_and_fine_tuning(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    collect(window, 4, seed=400)
    training = window.experiments.training
    training.network.arch_combo.setCurrentText("quadrants")
    training.network.start_combo.setCurrentIndex(training.network.start_combo.findData("hand-set"))
    assert training.start(request_for(window, synthetic=100, config=TrainConfig(epochs=1, batch_size=32)))
    np.testing.assert_array_equal(training.before, load_model("lecture-ox").layer("conv1").weight)
    qtbot.waitUntil(lambda: not training.running, timeout=30000)
    trained = window.model
    training.network.finetune_radio.setChecked(True)
    assert training.start(request_for(window, synthetic=100, config=TrainConfig(epochs=1, batch_size=32)))
    assert training.model is trained                      # fine-tuning trains the current model
    qtbot.waitUntil(lambda: not training.running, timeout=30000)


def test_a_trained_model_is_saved_and_opened_like_any_model_file(experiment_window, qtbot, tmp_path):
    window = experiment_window("ox-cnn")
    collect(window, 4, seed=500)
    training = window.experiments.training
    training.network.similarity_combo.setCurrentIndex(training.network.similarity_combo.findData("cosine"))
    assert training.start(request_for(window, synthetic=100, config=TrainConfig(epochs=1, batch_size=32)))
    qtbot.waitUntil(lambda: not training.running, timeout=30000)
    path = training.save_to(tmp_path / "mine.json")
    trained = window.model
    assert window.load_model(str(path))
    assert window.model is not trained
    for (_, _, a), (_, _, b) in zip(trained.parameters(), window.model.parameters()):
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-7)
    assert window.model.layer("conv1").similarity == "cosine"


def test_closing_the_window_stops_training(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    collect(window, 2, seed=600)
    training = window.experiments.training
    assert training.start(request_for(window, synthetic=400, config=TrainConfig(epochs=500, batch_size=16)))
    qtbot.waitUntil(lambda: len(training.history["x"]) > 2, timeout=20000)
    job = training.job
    window.close()
    assert training.job is None and not job.running


# -- a training run in the model edit history ---------------------------------------------------------------

def weights_of(model):
    return [value.copy() for _, _, value in model.parameters()]


def assert_weights(model, expected):
    actual = weights_of(model)
    assert len(actual) == len(expected)
    for a, e in zip(actual, expected):
        np.testing.assert_array_equal(a, e)


def edited_and_drawn(window):
    """ox-cnn with one filter edit (so the history has an entry before training) and a circle on the canvas."""
    c = window.inspect
    c.filter_editor.set_from_model(window.model, "conv1", 0)
    c.filter_editor.apply_preset("sobel_x")
    assert len(c.history) == 2
    put_sketch(window, "circle", 7)
    return c


def test_a_finished_run_is_one_undoable_model_edit(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    collect(window, 4, seed=700)
    training = window.experiments.training
    c = edited_and_drawn(window)
    before = weights_of(window.model)
    shown_before = {name: values.copy() for name, values in window.pipeline.panel_values().items()}
    tiles_before = window.pipeline.panels["conv1"].mosaic.rgba.copy()
    training.network.finetune_radio.setChecked(True)
    assert training.start(request_for(window, synthetic=200, config=TrainConfig(epochs=2, batch_size=16, seed=5)))
    qtbot.waitUntil(lambda: not training.running, timeout=30000)
    assert training.applied >= 2                          # weight copies were shown while it trained...
    assert len(c.history) == 3 and c.history.position == 2   # ...and the whole run is one entry
    assert window.model is training.model
    trained = weights_of(window.model)
    assert not np.array_equal(trained[0], before[0])
    assert c.history.undo_label == "trained for 2 epoch(s)"
    assert c.undo_action.isEnabled() and c.undo_action.text() == "Undo model edit: trained for 2 epoch(s)"

    assert c.undo()
    assert_weights(window.model, before)                  # exactly the weights from before the run
    assert window.pipeline.model is window.model and window.live.model is window.model
    for name, values in window.pipeline.panel_values().items():
        np.testing.assert_array_equal(values, shown_before[name])
    np.testing.assert_array_equal(window.pipeline.panels["conv1"].mosaic.rgba, tiles_before)
    assert "trained for 2 epoch(s)" in window.statusBar().currentMessage()

    assert c.redo()
    assert_weights(window.model, trained)
    assert len(c.history) == 3
    assert c.undo() and c.undo()                          # the filter edit before the run is undone as before
    assert_weights(window.model, weights_of(load_model("ox-cnn")))
    assert not c.history.can_undo


def fine_tune_until_shown(window, qtbot, *, seed):
    """After a filter edit, start a long fine-tuning run and wait until it has shown two weight copies:
    (the training panel, the inspect controller, the weights from before the run)."""
    collect(window, 4, seed=seed)
    training = window.experiments.training
    c = edited_and_drawn(window)
    before = weights_of(window.model)
    training.network.finetune_radio.setChecked(True)
    assert training.start(request_for(window, synthetic=400, config=TrainConfig(epochs=500, batch_size=16)))
    qtbot.waitUntil(lambda: training.applied >= 2, timeout=20000)
    return training, c, before


def test_a_cancelled_run_with_weights_shown_is_one_undoable_model_edit(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    training, c, before = fine_tune_until_shown(window, qtbot, seed=710)
    training.cancel()
    qtbot.waitUntil(lambda: not training.running, timeout=2000)
    assert len(c.history) == 3
    steps = len(training.history["x"])
    assert c.history.undo_label == f"trained for {steps} step(s), then stopped"
    trained = weights_of(window.model)
    assert c.undo()
    assert_weights(window.model, before)
    assert c.redo()
    assert_weights(window.model, trained)


def test_a_run_from_scratch_undoes_to_its_starting_weights(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    collect(window, 4, seed=720)
    training = window.experiments.training
    c = window.inspect
    assert training.start(request_for(window, synthetic=100, config=TrainConfig(epochs=1, batch_size=32)))
    start = weights_of(window.model)                      # a new network: a new history, like opening a model
    assert len(c.history) == 1
    qtbot.waitUntil(lambda: not training.running, timeout=30000)
    assert len(c.history) == 2 and c.history.undo_label == "trained for 1 epoch(s)"
    assert window.model_source == window.model.name == "ox-cnn-trained"
    trained = weights_of(window.model)
    assert c.undo()
    assert_weights(window.model, start)
    assert not c.history.can_undo
    assert c.redo()
    assert_weights(window.model, trained)


def test_undo_while_training_leaves_the_run_and_keeps_the_weights_from_before_it(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    training, c, before = fine_tune_until_shown(window, qtbot, seed=730)
    assert c.undo()                                       # takes back the filter edit, as without training
    assert c.redo()                                       # the model as it was when the run started...
    assert_weights(window.model, before)                  # ...not the weights the run has changed since
    assert window.model is not training.model
    applied = training.applied
    qtbot.waitUntil(lambda: training.applied > applied, timeout=20000)
    assert_weights(window.model, before)                  # the run goes on, off screen
    training.cancel()
    qtbot.waitUntil(lambda: not training.running, timeout=2000)
    assert len(c.history) == 2 and c.history.position == 1    # no entry: the trained model is not the one shown
    assert_weights(window.model, before)
    assert not np.array_equal(weights_of(training.model)[0], before[0])


def three_class_drawings(per_class, seed=0):
    """`per_class` generated ○, × and △ drawings each, as collected drawings."""
    from cnnviz.data.collection import make_drawing
    from cnnviz.data.sketches import make_sketch
    rng = np.random.default_rng(seed)
    return [make_drawing(make_sketch(label, rng, placement="centre", width=14)[0], label, [])
            for _ in range(per_class) for label in ("circle", "cross", "triangle")]


def test_the_collections_own_classes_drive_training_and_every_panel(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    collection, training = window.experiments.collection, window.experiments.training
    collection.extend(three_class_drawings(12, seed=5))
    assert collection.class_names() == ("circle", "cross", "triangle")
    assert "triangle 12" in training.data.collected_label.text()
    training.network.arch_combo.setCurrentText("selfedu-rgb")
    assert training.start(request_for(window, synthetic=0, copies=0, augmentation=None,
                                      config=TrainConfig(epochs=2, batch_size=8, learning_rate=0.01, seed=3)))
    qtbot.waitUntil(lambda: not training.running, timeout=60000)
    model = window.session.model
    assert model.class_names == ("circle", "cross", "triangle") and model.input_shape == (3, 32, 32)
    window.live.run_now()
    assert window.session.trace.probabilities.shape == (1, 3)          # every panel follows three classes
    training.network.finetune_radio.setChecked(True)
    collection.remove([0])
    collection.extend([d for d in three_class_drawings(1, seed=9) if d.label == "circle"])
    classes = window.experiments.collection.class_names()
    assert training.network.network(window.session, classes)[0] is model      # same classes: fine-tuning allowed
    collection.remove_class("triangle")
    with pytest.raises(ValueError, match="triangle"):                  # ○/× only now: the model's classes differ
        training.network.network(window.session, window.experiments.collection.class_names())
