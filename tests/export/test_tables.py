"""CSV of single tables: every table the app shows round-trips exactly through numpy.loadtxt and the
csv reader, with its header and row names."""
from __future__ import annotations

import csv

import numpy as np
import pytest

from cnnviz.data import make_sketch, to_network_input
from cnnviz.engine import load_model
from cnnviz.export import (
    Table,
    dense_weights_table,
    feature_map_table,
    filter_table,
    input_table,
    output_table,
    pooled_table,
    table_to_csv,
    table_to_csv_text,
)


@pytest.fixture(scope="module")
def ox():
    model = load_model("ox-cnn")
    x = to_network_input(make_sketch("cross", np.random.default_rng(4))[0])
    return model, model.forward(x)


def read_rows(path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_plain_grids_round_trip_exactly(ox, tmp_path):
    model, trace = ox
    grids = {
        "input": input_table(trace),
        "filter": filter_table(model, "conv2", 5, channel=7),
        "map": feature_map_table(trace, "conv1", 3),
        "relu": feature_map_table(trace, "relu2", 15),
        "pooled": pooled_table(trace, "pool2", 0),
    }
    expected = {"input": trace.input[0, 0], "filter": model.layer("conv2").weight[5, 7],
                "map": trace["conv1"][0, 3], "relu": trace["relu2"][0, 15], "pooled": trace["pool2"][0, 0]}
    for name, table in grids.items():
        path = table_to_csv(table, tmp_path / f"{name}.csv")
        back = np.loadtxt(path, delimiter=",", dtype=np.float32, ndmin=2)
        np.testing.assert_array_equal(back, expected[name], err_msg=name)
        assert back.dtype == expected[name].dtype
        assert path.read_text(encoding="utf-8") == table_to_csv_text(table)
    assert input_table(trace).values.shape == (28, 28)
    assert grids["filter"].title == "conv2 filter 5 channel 7"
    # shortest decimals, not float64 expansions of float32 values
    first = (tmp_path / "filter.csv").read_text().split(",")[0]
    assert len(first) <= 15 and float(first) == pytest.approx(float(model.layer("conv2").weight[5, 7, 0, 0]))


def test_any_array_round_trips_exactly(tmp_path):
    rng = np.random.default_rng(1)
    values = np.concatenate([rng.normal(size=(3, 4)) * 10.0 ** rng.integers(-30, 30, (3, 4)),
                             [[0.1, -0.0, 1e-310, 1 / 3]]])
    back = np.loadtxt(table_to_csv(values, tmp_path / "a.csv"), delimiter=",")
    np.testing.assert_array_equal(back, values)
    assert np.signbit(back[3, 1])
    single = np.loadtxt(table_to_csv(np.float32([0.5, 0.1]), tmp_path / "row.csv"), delimiter=",", dtype=np.float32)
    np.testing.assert_array_equal(single, np.float32([0.5, 0.1]))
    assert (tmp_path / "row.csv").read_text() == "0.5,0.1\n"
    integers = np.arange(6).reshape(2, 3)
    assert table_to_csv_text(integers) == "0,1,2\n3,4,5\n"
    with pytest.raises(ValueError, match=r"a table is 2-D \(rows, columns\), got shape \(2, 2, 2\)"):
        table_to_csv(np.zeros((2, 2, 2)), tmp_path / "cube.csv")


def test_outputs_have_the_class_names_as_header(ox, tmp_path):
    _, trace = ox
    path = table_to_csv(output_table(trace), tmp_path / "out.csv")
    rows = read_rows(path)
    assert rows[0] == ["", "circle", "cross"]
    assert [r[0] for r in rows[1:]] == ["logit", "probability"]
    back = np.loadtxt(path, delimiter=",", skiprows=1, usecols=(1, 2), dtype=np.float32)
    np.testing.assert_array_equal(back, np.stack([trace.logits[0], trace.probabilities[0]]))


def test_dense_weights_name_their_rows_and_columns(ox, tmp_path):
    model, _ = ox
    table = dense_weights_table(model)
    path = table_to_csv(table, tmp_path / "dense.csv")
    rows = read_rows(path)
    assert rows[0][:3] == ["output", "ch0 row0 col0", "ch0 row0 col1"]
    assert rows[0][-2:] == ["ch15 row4 col4", "bias"] and len(rows[0]) == 1 + 400 + 1
    assert [r[0] for r in rows[1:]] == ["circle", "cross"]
    values = np.array([[np.float32(v) for v in r[1:]] for r in rows[1:]])
    dense = model.layer("dense")
    np.testing.assert_array_equal(values[:, :400], dense.weight)
    np.testing.assert_array_equal(values[:, 400], dense.bias)
    np.testing.assert_array_equal(dense_weights_table(model, "dense", bias=False).values, dense.weight)


def test_text_is_utf8_and_quoted(tmp_path):
    table = Table(np.float32([[0.25, 0.75]]), columns=("丸", "バツ, крест"), rows=("確率",), corner="класс")
    path = table_to_csv(table, tmp_path / "ja.csv")
    assert read_rows(path) == [["класс", "丸", "バツ, крест"], ["確率", "0.25", "0.75"]]
    with pytest.raises(ValueError, match="1 column names for 2 columns"):
        Table(np.zeros((1, 2)), columns=("a",), title="t")


def test_helpers_fail_clearly(ox):
    model, trace = ox
    with pytest.raises(ValueError, match=r"model 'ox-cnn' has no layer named 'conv9' \(layers: conv1, relu1"):
        filter_table(model, "conv9", 0)
    with pytest.raises(ValueError, match="layer 'pool1' is a pool2d layer, not a conv2d layer"):
        filter_table(model, "pool1", 0)
    with pytest.raises(ValueError, match="filter must be an index from 0 to 7, got 8"):
        filter_table(model, "conv1", 8)
    with pytest.raises(ValueError, match="layer 'conv1' is a conv2d layer, not a pooling layer"):
        pooled_table(trace, "conv1", 0)
    with pytest.raises(ValueError, match="layer 'dense' gives a flat vector, not feature maps"):
        feature_map_table(trace, "dense", 0)
    with pytest.raises(ValueError, match="the trace has no layer named 'nope'"):
        feature_map_table(trace, "nope", 0)
    with pytest.raises(ValueError, match="sample must be an index from 0 to 0, got 1"):
        output_table(trace, sample=1)
