"""ONNX import: networks exported from PyTorch come back with the same logits; graphs built by hand cover
MatMul + Add and the old Upsample; everything cnnviz cannot show is refused naming the nodes, and sizes
are checked before any tensor is read."""
from __future__ import annotations

import warnings

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from cnnviz.cli import main  # noqa: E402
from cnnviz.engine import load_model, save_model  # noqa: E402
from cnnviz.engine import onnx_import  # noqa: E402
from cnnviz.engine.onnx_import import OnnxImportError, import_onnx  # noqa: E402


def export_torch(net, shape, path):
    torch = pytest.importorskip("torch")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(net.eval(), (torch.zeros((1,) + shape),), str(path), dynamo=False, input_names=["image"],
                          output_names=["scores"], dynamic_axes={"image": {0: "batch"}})
    return path


def torch_net():
    from torch import nn
    return nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1, output_padding=1), nn.Tanh(),
                         nn.Upsample(scale_factor=2, mode="bilinear"), nn.Conv2d(2, 3, 3, stride=2), nn.Sigmoid(),
                         nn.Upsample(scale_factor=2), nn.AvgPool2d(2, stride=2), nn.LeakyReLU(0.01), nn.Flatten(),
                         nn.Dropout(0.5), nn.Linear(3 * 15 * 13, 8), nn.ReLU(), nn.Linear(8, 3), nn.Softmax(dim=1))


def test_a_network_exported_from_pytorch_gives_the_same_scores(tmp_path):
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    net = torch_net()
    path = export_torch(net, (3, 16, 14), tmp_path / "net.onnx")
    model = import_onnx(path, class_names=("a", "b", "c"))
    assert [layer.kind for layer in model.layers] == [
        "conv2d", "activation", "pool2d", "conv_transpose2d", "activation", "upsample", "conv2d", "activation",
        "upsample", "pool2d", "activation", "flatten", "dense", "activation", "dense", "softmax"]
    assert model.input_shape == (3, 16, 14) and model.class_names == ("a", "b", "c")
    assert model.layer("up1").mode == "bilinear" and model.layer("up2").mode == "nearest"
    x = np.random.default_rng(0).random((6, 3, 16, 14)).astype(np.float32)
    with torch.no_grad():
        expected_logits = net[:-1](torch.from_numpy(x)).numpy()
    trace = model.forward(x)
    np.testing.assert_allclose(trace.logits, expected_logits, rtol=1e-5, atol=1e-5)
    assert "imported from ONNX node '/3/ConvTranspose'" in model.layer("tconv1").notes


def test_an_imported_network_saves_as_a_cnnviz_file_and_opens_by_path(tmp_path, capsys):
    pytest.importorskip("torch")
    path = export_torch(torch_net(), (3, 16, 14), tmp_path / "net.onnx")
    model = load_model(path)                                     # any command's --model takes it
    again = load_model(save_model(model, tmp_path / "net.json"))
    x = np.random.default_rng(1).random((2, 3, 16, 14)).astype(np.float32)
    np.testing.assert_array_equal(again.predict(x), model.predict(x))
    assert main(["info", str(path)]) == 0
    assert "tconv1" in capsys.readouterr().out


def tensor(name, array):
    return numpy_helper.from_array(np.asarray(array, dtype=np.float32), name)


def graph_file(tmp_path, nodes, initializers, *, input_shape=(None, 1, 4, 4), output="y", opset=13, name="g.onnx"):
    dims = ["n" if d is None else d for d in input_shape]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, dims)],
                              [helper.make_tensor_value_info(output, TensorProto.FLOAT, None)], initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    path = tmp_path / name
    onnx.save(model, str(path))
    return path


def test_matmul_plus_add_and_the_old_upsample_become_dense_and_upsample(tmp_path):
    rng = np.random.default_rng(2)
    w, b = rng.normal(size=(21, 2)), rng.normal(size=2)
    nodes = [helper.make_node("Upsample", ["x", "scales"], ["u"], mode="nearest", name="up"),
             helper.make_node("AveragePool", ["u"], ["p"], kernel_shape=[3, 3], strides=[2, 2], name="pool"),
             helper.make_node("Flatten", ["p"], ["f"], axis=1, name="flat"),
             helper.make_node("MatMul", ["f", "w"], ["m"], name="matmul"),
             helper.make_node("Add", ["m", "b"], ["y"], name="bias")]
    path = graph_file(tmp_path, nodes, [tensor("scales", [1, 1, 2, 4]), tensor("w", w), tensor("b", b)], opset=9)
    model = import_onnx(path)
    assert [layer.kind for layer in model.layers] == ["upsample", "pool2d", "flatten", "dense"]
    assert model.layer("up1").scale == (2, 4) and model.class_names == ("class 1", "class 2")
    x = rng.random((3, 1, 4, 4)).astype(np.float32)
    up = x.repeat(2, axis=2).repeat(4, axis=3)
    pooled = np.stack([[up[:, 0, 2 * i:2 * i + 3, 2 * j:2 * j + 3].mean(axis=(1, 2)) for j in range(7)]
                       for i in range(3)]).transpose(2, 0, 1).reshape(3, -1)
    np.testing.assert_allclose(model.forward(x).logits, pooled @ w + b, rtol=1e-5, atol=1e-5)


def test_nodes_cnnviz_cannot_show_are_refused_by_name(tmp_path):
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
             helper.make_node("BatchNormalization", ["c", "s", "b", "m", "v"], ["bn"], name="norm"),
             helper.make_node("Concat", ["bn", "c"], ["cat"], axis=1, name="join"),
             helper.make_node("Flatten", ["cat"], ["y"])]
    path = graph_file(tmp_path, nodes, [tensor("w", np.ones((2, 1, 3, 3)))])
    with pytest.raises(OnnxImportError, match=r"cannot show these nodes: 'norm' \(BatchNormalization\), "
                                              r"'join' \(Concat\) \(it shows Conv"):
        import_onnx(path)


@pytest.mark.parametrize("node,expected", [
    (dict(op_type="Conv", inputs=["x", "w"], dilations=[2, 2]), r"node 'n' \(Conv\): dilations \[2, 2\] is not supported"),
    (dict(op_type="Conv", inputs=["x", "w"], pads=[1, 1, 0, 0]), "pads each side by the same number"),
    (dict(op_type="MaxPool", inputs=["x"], kernel_shape=[2, 2], ceil_mode=1), "ceil_mode 1 is not supported"),
    (dict(op_type="LeakyRelu", inputs=["x"], alpha=0.2), "slope 0.01"),
    (dict(op_type="Resize", inputs=["x", "", "s15"], mode="nearest", coordinate_transformation_mode="asymmetric",
          nearest_mode="floor"), "whole numbers"),
    (dict(op_type="Resize", inputs=["x", "", "s2"], mode="cubic"), "mode cubic is not supported"),
    (dict(op_type="Add", inputs=["x", "w"]), "only right after a MatMul"),
    (dict(op_type="Conv", inputs=["x", "w5"]), r"node 'n' \(Conv\): .*a 5x5 kernel does not fit a 4x4 input"),
])
def test_settings_cnnviz_cannot_show_are_refused_with_the_node_and_why(tmp_path, node, expected):
    settings = dict(node)
    op, inputs = settings.pop("op_type"), settings.pop("inputs")
    nodes = [helper.make_node(op, inputs, ["y"], name="n", **settings)]
    inits = [tensor("w", np.ones((2, 1, 3, 3))), tensor("w5", np.ones((2, 1, 5, 5))), tensor("s15", [1, 1, 1.5, 2]), tensor("s2", [1, 1, 2, 2])]
    with pytest.raises(OnnxImportError, match=expected):
        import_onnx(graph_file(tmp_path, nodes, inits))


def test_a_network_that_is_not_one_chain_is_refused(tmp_path):
    nodes = [helper.make_node("Relu", ["x"], ["a"], name="first"), helper.make_node("Relu", ["x"], ["y"], name="second")]
    with pytest.raises(OnnxImportError, match=r"node 'second' \(Relu\) does not take the previous node's output"):
        import_onnx(graph_file(tmp_path, nodes, []))


def test_sizes_are_checked_before_any_tensor_is_read(tmp_path, monkeypatch):
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv"), helper.make_node("Flatten", ["c"], ["y"])]
    path = graph_file(tmp_path, nodes, [tensor("w", np.ones((2, 1, 3, 3)))])
    read = []
    monkeypatch.setattr(numpy_helper, "to_array", lambda t: read.append(t.name))
    monkeypatch.setattr(onnx_import, "MAX_TENSOR_ELEMENTS", 10)
    with pytest.raises(OnnxImportError, match="tensor 'w' has 18 values, over the limit of 10"):
        import_onnx(path)
    monkeypatch.setattr(onnx_import, "MAX_FILE_BYTES", 100)
    with pytest.raises(OnnxImportError, match="over the limit of 0 MB"):
        import_onnx(path)
    assert read == []


def test_weights_stored_in_another_file_are_never_read(tmp_path):
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv"), helper.make_node("Flatten", ["c"], ["y"])]
    weights = tensor("w", np.ones((2, 1, 3, 3)))
    weights.data_location = TensorProto.EXTERNAL
    weights.ClearField("raw_data")
    entry = weights.external_data.add()
    entry.key, entry.value = "location", "../../etc/passwd"
    with pytest.raises(OnnxImportError, match="tensor 'w' is stored in another file"):
        import_onnx(graph_file(tmp_path, nodes, [weights]))


def test_input_and_file_problems_are_one_clear_sentence(tmp_path):
    nodes = [helper.make_node("Flatten", ["x"], ["y"])]
    with pytest.raises(OnnxImportError, match=r"input 'x' has shape \('\?', 1, '\?', 4\)"):
        import_onnx(graph_file(tmp_path, nodes, [], input_shape=(None, 1, None, 4)))
    with pytest.raises(OnnxImportError, match="the network gives 16 scores"):
        import_onnx(graph_file(tmp_path, nodes, []), class_names=("a", "b"))
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"\xff\x00 not protobuf" * 10)
    with pytest.raises(OnnxImportError, match="junk.onnx: cannot read it as an ONNX model"):
        import_onnx(junk)


def test_the_cli_refuses_an_unsupported_onnx_file_in_one_line(tmp_path, capsys):
    nodes = [helper.make_node("LSTM", ["x", "w", "w"], ["y"], name="memory")]
    path = graph_file(tmp_path, nodes, [tensor("w", np.ones((1, 4, 4)))])
    assert main(["info", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot show these nodes: 'memory' (LSTM)" in err
