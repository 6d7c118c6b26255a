"""The Backward view's state without Qt: target class, learning rate, and Step as one undoable edit."""
import numpy as np
import pytest

from cnnviz.analysis.learning_step import LearningStepError, loss_shown
from cnnviz.data.sketches import make_sketch
from cnnviz.engine import gradients, load_model
from cnnviz.session import Session
from cnnviz.session.backward import BackwardError


def sketch_canvas(label="circle", seed=3):
    image, _ = make_sketch(label, np.random.default_rng(seed), width=14)
    return image


@pytest.fixture
def session():
    s = Session()
    image = sketch_canvas()
    s.set_input_source(lambda: image)
    s.open_model(load_model("lecture-ox"), "lecture-ox")
    return s


def test_default_target_is_the_prediction_and_a_chosen_class_retargets(session):
    backward = session.backward
    predicted = int(session.trace.predicted[0])
    grads = backward.gradients()
    assert grads.label == predicted
    other = 1 - predicted
    seen = []
    backward.target_changed.connect(seen.append)
    backward.set_target(other)
    assert seen == [other]
    grads = backward.gradients()
    assert grads.label == other
    expected = gradients(session.model, session.trace.input[0], other)
    np.testing.assert_array_equal(grads.logits, expected.logits)
    assert grads.logits[0, other] < 0         # softmax - one-hot: only the target is negative
    with pytest.raises(BackwardError, match="no class 7"):
        backward.set_target(7)
    with pytest.raises(LearningStepError):
        backward.set_learning_rate(0)
    assert backward.target == other


def test_step_moves_every_weight_by_minus_eta_g_and_undo_restores_exactly(session):
    backward = session.backward
    backward.set_learning_rate(0.05)
    before = session.model.copy()
    grads = backward.gradients()
    step = backward.step()
    assert session.history.can_undo and "0.05" in session.history.undo_label
    for old, new in zip(before.layers, session.model.layers):
        for key, value in old.params.items():
            g = (grads.weights if key == "weight" else grads.biases)[old.name]
            change = -(np.float32(0.05) * g.astype(value.dtype))
            np.testing.assert_array_equal(new.params[key], value + change)
    assert step.loss_after < step.loss_before
    losses = [step.loss_after]
    for _ in range(3):
        losses.append(backward.step().loss_after)
    assert all(b < a for a, b in zip(losses, losses[1:]))     # repeating Step keeps lowering the loss
    for _ in range(4):
        session.undo()
    for old, new in zip(before.layers, session.model.layers):
        for key, value in old.params.items():
            np.testing.assert_array_equal(new.params[key], value)


def test_step_without_a_drawing_says_so():
    s = Session()
    s.open_model(load_model("lecture-ox"), "lecture-ox")
    with pytest.raises(BackwardError, match="draw something first"):
        s.backward.step()


def test_each_model_starts_with_its_own_default_learning_rate_and_a_chosen_one_survives_a_step():
    from cnnviz.analysis.learning_step import default_learning_rate
    session = Session()
    image = sketch_canvas("cross")
    session.set_input_source(lambda: image)
    session.open_model(load_model("ox-cnn"), "ox-cnn")
    rates = []
    session.backward.rate_changed.connect(rates.append)
    assert session.backward.learning_rate == default_learning_rate(session.model) == 0.03
    session.open_model(load_model("lecture-ox"), "lecture-ox")
    assert session.backward.learning_rate == 0.01 and rates == [0.01]
    session.backward.set_learning_rate(0.05)
    session.run()
    session.backward.step()                       # a stepped copy of the same model: the chosen η stays
    assert session.backward.learning_rate == 0.05


def test_steps_in_a_row_on_one_drawing_list_the_falling_loss_and_a_new_drawing_starts_again(session):
    backward = session.backward
    assert backward.loss_history() is None
    first = backward.step()
    assert backward.losses == [first.loss_before, first.loss_after] and backward.loss_history() is None
    steps = [first] + [backward.step() for _ in range(3)]
    assert backward.losses == [first.loss_before] + [s.loss_after for s in steps]
    assert all(b < a for a, b in zip(backward.losses, backward.losses[1:]))          # the loss falls each time
    assert str(backward.loss_history()) == ("loss after each Step on this drawing: "
                                            + " → ".join(loss_shown(v) for v in backward.losses))
    for _ in range(6):
        backward.step()
    assert str(backward.loss_history()).split(": ")[1].startswith("… → ")             # the last 8 written out
    # undo, a new drawing or another target class: the next Step starts a new row
    session.undo()
    backward.step()
    assert len(backward.losses) == 2
    image = sketch_canvas("cross", 5)
    session.set_input_source(lambda: image)
    session.run()
    backward.step()
    assert len(backward.losses) == 2
    backward.set_target(1 - backward.label())
    backward.step()
    assert len(backward.losses) == 2


def test_undo_step_takes_a_learning_step_back_and_nothing_else(session):
    backward = session.backward
    opened = [layer.params["weight"].copy() for layer in session.model.layers if "weight" in layer.params]
    assert not backward.can_undo_step() and backward.undo_step() is False     # the opening is not a step
    backward.step()
    backward.step()
    assert backward.can_undo_step()
    assert backward.undo_step() and backward.undo_step() and not backward.can_undo_step()
    now = [layer.params["weight"] for layer in session.model.layers if "weight" in layer.params]
    for a, b in zip(opened, now):
        np.testing.assert_array_equal(a, b)


def test_with_standardisation_off_the_backward_pass_is_that_of_the_forward_pass_shown():
    """selfedu-rgb's Standardize stage switched off passes the input through: the gradients, the loss and a Step
    are those of the network the window shows, not of the standardised one."""
    from cnnviz.engine import Sequential
    s = Session()
    image = np.random.default_rng(3).random((64, 64, 3)) * 255
    s.set_input_source(lambda: image.astype(np.uint8))
    s.open_model(load_model("selfedu-rgb"), "selfedu-rgb")
    s.set_standardize(False)
    grads = s.backward.gradients()
    np.testing.assert_array_equal(grads.trace.probabilities, s.trace.probabilities)
    body = s.model.copy()
    without = Sequential(body.layers[1:], body.class_names, body.input_shape)     # the same network, no stage
    expected = gradients(without, s.trace.input[0], grads.label)
    np.testing.assert_array_equal(grads.input, expected.input)
    for name, value in expected.weights.items():
        np.testing.assert_array_equal(grads.weights[name], value)
    step = s.backward.step()
    assert step.loss_before == pytest.approx(grads.loss)
