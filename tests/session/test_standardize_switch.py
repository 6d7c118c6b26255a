"""The session's "Standardise like the training data": off, the model's Standardize stage passes the input
through, so the trace and the prediction are those of an unstandardised picture; the explanation of a cell of
that stage gives (x - mean) / std with the numbers either way."""
import cv2
import numpy as np

from cnnviz.analysis.explain import explain_cell
from cnnviz.analysis.explain_standardize import StandardizeCell
from cnnviz.engine import load_model
from cnnviz.session import Session


def red_disc_photo():
    photo = np.full((96, 96, 3), (200, 190, 170), np.uint8)        # warm grey paper (B, G, R)
    cv2.circle(photo, (48, 48), 30, (30, 30, 220), -1)
    return photo


def rgb_session():
    session = Session()
    photo = red_disc_photo()
    session.set_input_source(lambda: photo)
    session.open_model(load_model("selfedu-rgb"), "selfedu-rgb")
    return session


def test_switching_off_runs_again_with_the_stage_passing_the_input_through():
    session = rgb_session()
    layer = session.model.standardize_layer
    on = session.trace
    x = on.input
    np.testing.assert_allclose(on[layer.name], (x - layer.mean[None, :, None, None]) / layer.std[None, :, None, None],
                               rtol=1e-5, atol=1e-5)
    seen = []
    session.standardize_changed.connect(seen.append)
    session.set_standardize(False)
    off = session.trace
    assert seen == [False] and off is not on
    np.testing.assert_array_equal(off[layer.name], off.input)         # the network sees x itself
    assert not np.allclose(off.probabilities, on.probabilities)       # and predicts something else from it
    session.set_standardize(False)
    assert seen == [False]                                             # no change, no event
    carried = session.carried_over()
    assert carried.standardize is False


def test_a_standardize_cell_is_explained_with_its_numbers_on_and_off():
    session = rgb_session()
    layer = session.model.standardize_layer
    cell = explain_cell(session.trace, layer.name, (0, 16, 16))
    assert isinstance(cell, StandardizeCell) and cell.applied and cell.channel == "R"
    x = float(session.trace.input[0, 0, 16, 16])
    assert cell.x == x and cell.mean == layer.mean[0] and cell.std == layer.std[0]
    assert abs(cell.value - (x - layer.mean[0]) / layer.std[0]) < 1e-5 and cell.matches_engine
    session.set_standardize(False)
    cell = explain_cell(session.trace, layer.name, (2, 16, 16))
    assert not cell.applied and cell.channel == "B" and cell.value == cell.x and cell.matches_engine
    assert abs(cell.standardised - (cell.x - layer.mean[2]) / layer.std[2]) < 1e-9
