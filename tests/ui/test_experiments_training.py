"""Training in the app: a worker thread, live weights on the pipeline, accuracy, cancel, save and open."""
import numpy as np
import pytest

from cnnviz.data.augment import Augmentation
from cnnviz.engine import Conv2D, load_model
from cnnviz.engine.train import TrainConfig
from cnnviz.ui.experiments.training import TrainingRequest

from .experiments_helpers import collect, experiment_window  # noqa: F401


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
    training.arch_combo.setCurrentText("ox-cnn")
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
    training.similarity_combo.setCurrentIndex(training.similarity_combo.findData(similarity))
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
    training.arch_combo.setCurrentText("quadrants")
    training.start_combo.setCurrentIndex(training.start_combo.findData("hand-set"))
    assert training.start(request_for(window, synthetic=100, config=TrainConfig(epochs=1, batch_size=32)))
    np.testing.assert_array_equal(training.before, load_model("lecture-ox").layer("conv1").weight)
    qtbot.waitUntil(lambda: not training.running, timeout=30000)
    trained = window.model
    training.finetune_radio.setChecked(True)
    assert training.start(request_for(window, synthetic=100, config=TrainConfig(epochs=1, batch_size=32)))
    assert training.model is trained                      # fine-tuning trains the current model
    qtbot.waitUntil(lambda: not training.running, timeout=30000)


def test_a_trained_model_is_saved_and_opened_like_any_model_file(experiment_window, qtbot, tmp_path):
    window = experiment_window("ox-cnn")
    collect(window, 4, seed=500)
    training = window.experiments.training
    training.similarity_combo.setCurrentIndex(training.similarity_combo.findData("cosine"))
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
