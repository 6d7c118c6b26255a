"""Training in a separate process gives what training in place gives, reports errors, and stops when closed."""
import multiprocessing as mp
import time

import numpy as np
import pytest

from cnnviz.engine.architectures import build
from cnnviz.engine.train import Progress, TrainConfig
from cnnviz.jobs import DataReady, JobError, TrainingRequest, in_process, training_run

REQUEST = TrainingRequest(drawings=(), synthetic=160, config=TrainConfig(epochs=2, batch_size=32), weights_every=3)


def test_a_run_in_another_process_yields_the_same_items_as_in_place():
    here = list(training_run(build("quadrants", np.random.default_rng(4)), REQUEST, (28, 28), False))
    there = list(in_process(training_run, build("quadrants", np.random.default_rng(4)), REQUEST, (28, 28), False))
    assert isinstance(there[0], DataReady) and there[0] == here[0]
    assert [(p.epoch, p.step) for p in there[1:]] == [(p.epoch, p.step) for p in here[1:]]
    assert all(isinstance(p, Progress) for p in there[1:])
    last_here, last_there = here[-1].weights, there[-1].weights
    np.testing.assert_allclose(last_there["dense"]["weight"], last_here["dense"]["weight"], rtol=1e-4, atol=1e-5)


def test_an_error_in_the_other_process_is_raised_here_with_its_message():
    empty = TrainingRequest(drawings=(), synthetic=0)
    with pytest.raises(JobError, match="nothing to train on|no training samples"):
        list(in_process(training_run, build("quadrants", np.random.default_rng(0)), empty, (28, 28), False))


def test_a_refusal_in_the_other_process_comes_back_as_its_own_message_for_the_interface_to_translate():
    from cnnviz.data.augment import NO_SYNTHETIC_SHAPE
    from cnnviz.messages import Message
    own = build("quadrants", np.random.default_rng(0), classes=("ring", "kiss"))
    with pytest.raises(JobError) as caught:          # synthetic sketches asked for classes that are not shapes
        list(in_process(training_run, own, TrainingRequest(drawings=(), synthetic=40), (28, 28), False))
    said = caught.value.message
    assert isinstance(said, Message) and said.template == NO_SYNTHETIC_SHAPE      # not "MessageError: ..."
    assert str(caught.value).startswith("synthetic sketches exist only for")


def test_closing_stops_the_process():
    long = TrainingRequest(drawings=(), synthetic=400, config=TrainConfig(epochs=50, batch_size=8))
    run = in_process(training_run, build("ox-cnn", np.random.default_rng(0)), long, (28, 28), False)
    next(run)
    next(run)
    started = time.perf_counter()
    run.close()
    assert time.perf_counter() - started < 3.5
    assert mp.active_children() == []


def test_a_fresh_colour_network_is_standardised_on_its_training_data_and_the_caller_told():
    import numpy as np
    from cnnviz.data.collection import make_drawing
    from cnnviz.data.sketches import make_sketch
    from cnnviz.engine.architectures import build
    from cnnviz.jobs import DataReady, TrainingRequest, training_run
    from cnnviz.engine.train import TrainConfig

    rng = np.random.default_rng(0)
    drawings = tuple(make_drawing(make_sketch(name, rng)[0], name) for name in ("circle", "triangle") * 3)
    model = build("selfedu-rgb", np.random.default_rng(1), classes=("circle", "triangle"))
    request = TrainingRequest(drawings, synthetic=20, config=TrainConfig(epochs=1, batch_size=8))
    items = list(training_run(model, request, (32, 32), False))
    ready = items[0]
    assert isinstance(ready, DataReady) and ready.standardization is not None
    mean, std = ready.standardization
    assert len(mean) == 3 and all(0.7 < m < 1.0 for m in mean)      # black pen on white paper, as colours
    assert np.allclose(model.standardize_layer.mean, mean)
    # a model that has been standardised already (fine-tuning) keeps its statistics
    again = list(training_run(model, request, (32, 32), False))[0]
    assert again.standardization is None and np.allclose(model.standardize_layer.mean, mean)
