"""Training in the engine: the generator trains, reports, and stops when asked."""
import numpy as np
import pytest

from cnnviz.data import make_dataset
from cnnviz.engine import ops
from cnnviz.engine.architectures import build
from cnnviz.engine.train import SGD, Adam, TrainConfig, evaluate, train


@pytest.fixture(scope="module")
def sketches():
    return make_dataset(2400, seed=11), make_dataset(400, seed=12)


@pytest.mark.parametrize("optimizer,lr", [("adam", 0.003), ("sgd", 0.05)])
def test_loss_falls_and_accuracy_reaches_a_set_level(sketches, optimizer, lr):
    (x, y), validation = sketches
    model = build("ox-cnn", np.random.default_rng(0))
    loss_before, _ = evaluate(model, *validation)
    epochs = [p for p in train(model, x, y, config=TrainConfig(epochs=4, optimizer=optimizer, learning_rate=lr),
                               validation=validation) if p.end_of_epoch]
    assert len(epochs) == 4
    assert epochs[-1].train_loss < epochs[0].train_loss
    assert epochs[-1].val_loss < loss_before / 3
    assert epochs[-1].val_accuracy >= 0.9


def test_progress_counts_steps_and_attaches_weight_copies(sketches):
    (x, y), _ = sketches
    model = build("quadrants", np.random.default_rng(1))
    progress = list(train(model, x[:200], y[:200], config=TrainConfig(epochs=2, batch_size=50), weights_every=2))
    assert [(p.epoch, p.step) for p in progress] == [(e, s) for e in (1, 2) for s in (1, 2, 3, 4)]
    with_weights = [p for p in progress if p.weights is not None]
    assert [(p.epoch, p.step) for p in with_weights] == [(1, 2), (1, 4), (2, 2), (2, 4)]
    first = with_weights[0].weights["conv1"]["weight"]
    assert not np.shares_memory(first, model.layer("conv1").weight)
    assert not np.array_equal(first, model.layer("conv1").weight)  # the model kept learning after the copy


def test_stopping_between_steps_leaves_a_usable_model(sketches):
    (x, y), _ = sketches
    model = build("ox-cnn", np.random.default_rng(2))
    before = model.snapshot()
    run = train(model, x, y, config=TrainConfig(epochs=5))
    steps = [next(run) for _ in range(3)]
    run.close()
    assert steps[-1].step == 3 and not steps[-1].end_of_epoch
    assert not np.array_equal(before["conv1"]["weight"], model.layer("conv1").weight)
    assert all(layer._x is None for layer in model.layers)  # batch caches released
    assert model.forward(x[:1]).probabilities.shape == (1, 2)


def test_same_seed_same_model(sketches):
    (x, y), _ = sketches
    weights = []
    for _ in range(2):
        model = build("quadrants", np.random.default_rng(5))
        for _ in train(model, x[:256], y[:256], config=TrainConfig(epochs=1, seed=9)):
            pass
        weights.append(model.layer("dense").weight.copy())
    np.testing.assert_array_equal(weights[0], weights[1])


def test_bad_training_input_is_refused():
    model = build("quadrants", np.random.default_rng(0))
    x = np.zeros((4, 1, 28, 28), np.float32)
    with pytest.raises(ValueError, match="labels"):
        next(train(model, x, np.array([0, 1, 2, 0])))
    with pytest.raises(ValueError, match="as many labels"):
        next(train(model, x, np.array([0, 1])))
    with pytest.raises(ValueError, match="optimizer"):
        next(train(model, x, np.array([0, 1, 1, 0]), config=TrainConfig(optimizer="lbfgs")))


@pytest.mark.parametrize("optimizer_class", [SGD, Adam])
def test_optimizers_step_downhill_on_a_quadratic(optimizer_class):
    """On loss = 0.5 * |p - target|^2 each optimizer moves p toward the target."""
    model = build("quadrants", np.random.default_rng(0))
    layer = model.layer("dense")
    target = np.ones_like(layer.weight)
    optimizer = optimizer_class(model, learning_rate=0.05)
    start = np.abs(layer.weight - target).sum()
    for _ in range(50):
        for lay in model.layers:
            for key, value in lay.params.items():
                lay.grads[key] = value - target if lay is layer and key == "weight" else np.zeros_like(value)
        optimizer.step()
    assert np.abs(layer.weight - target).sum() < start / 4


def test_cross_entropy_gradient_drives_the_model(sketches):
    """One step of plain gradient descent along model.backward lowers the loss on that batch."""
    (x, y), _ = sketches
    model = build("ox-cnn", np.random.default_rng(3))
    batch, labels = x[:64], y[:64]
    trace = model.forward(batch)
    loss = ops.cross_entropy(trace.logits, labels)
    model.backward(ops.cross_entropy_backward(trace.logits, labels))
    for layer, key, value in model.parameters():
        value -= 0.1 * layer.grads[key]
    assert ops.cross_entropy(model.forward(batch).logits, labels) < loss
