"""The learner questions as plain data: every set-up names a model, drawing and cell that exist."""
import numpy as np
import pytest

from cnnviz.data import to_network_input
from cnnviz.data.sketches import render_strokes
from cnnviz.lecture_questions import QUESTIONS, caption, question, question_model, question_strokes
from cnnviz.session.cells import cell_exists


def network_input(model, strokes):
    """(1, C, H, W): the strokes as the canvas would draw them, prepared for ``model``."""
    channels, height, width = model.input_shape
    image = render_strokes(strokes, canvas=280, width=16)
    return to_network_input(image, (height, width), channels=channels)[None]


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.key)
def test_every_question_sets_up_a_model_drawing_and_cell_that_exist(q):
    model = question_model(q)
    strokes = question_strokes(q)
    assert strokes and all(s.ndim == 2 and s.shape[1] == 2 for s in strokes)
    assert all((s >= 0).all() and (s <= 280).all() for s in strokes)          # on the canvas
    assert q.pin is None or cell_exists(model, q.pin)
    assert q.focus is None or q.focus in [layer.name for layer in model.layers]
    assert q.pin or q.dock or q.focus                                         # something to look at
    said = caption(q, model)
    assert "{" not in said and len(said) < 160                                # one line, every field filled
    probabilities = model.forward(network_input(model, strokes)).probabilities
    assert np.isfinite(probabilities).all()


def test_keys_are_unique_and_every_question_is_found_by_its_key():
    keys = [q.key for q in QUESTIONS]
    assert len(set(keys)) == len(keys) >= 19
    assert question("softmax").key == "softmax"
    with pytest.raises(KeyError, match="inner-product"):
        question("nope")


def test_variants_change_the_shapes_the_captions_speak_of():
    assert question_model(question("padding")).shapes()[0] == (2, 28, 28)
    assert question_model(question("odd-kernels")).shapes()[0] == (2, 126, 126)
    shapes = question_model(question("transposed-convolution")).shapes()
    assert shapes[1] == (2, 26, 26) and shapes[2] == (2, 28, 28)


def test_flipping_changes_the_asymmetric_filter_only():
    flipped = question_model(question("convolution-flip"))
    conv = flipped.layers[0]
    assert conv.flip
    x = network_input(flipped, question_strokes(question("convolution-flip")))
    as_convolution = flipped.forward(x)["conv1"][0]
    conv.flip = False
    as_correlation = flipped.forward(x)["conv1"][0]
    assert not np.allclose(as_convolution[0], as_correlation[0])     # the corner filter turned by 180 degrees
    np.testing.assert_allclose(as_convolution[1], as_correlation[1], atol=1e-6)     # "/" is symmetric


def test_the_parameter_count_captions_quote_the_models_own_numbers():
    q = question("conv-vs-dense")
    said = caption(q, question_model(q))
    assert said.values == {"outputs": "5,408", "conv": "80", "dense": f"{5408 * 785:,}"}
    assert question_model(question("parameters")).parameter_count == 38
    assert caption(question("dense-layer"), question_model(question("dense-layer"))).values == {"inputs": 8}


def run(key):
    q = question(key)
    model = question_model(q)
    return model.forward(network_input(model, question_strokes(q)))


def test_the_drawings_show_what_the_captions_say():
    line = run("inner-product")
    assert line["conv1"][0][0, 12, 12] > 1.0          # the "\" filter on the "\" line: a large inner product
    assert line["conv1"][0][0, 10, 12] < -0.5         # beside the line: negative
    assert abs(run("corner-circle").probabilities[0, 0] - 0.5) < 0.05     # the small corner circle: no answer
