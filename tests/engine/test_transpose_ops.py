"""Transposed convolution and upsampling: against PyTorch (when installed), finite differences, a slow
stamp-by-stamp reference, and as layers in a model (forward, backward, training, model files)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from cnnviz.engine import (Activation, Conv2D, ConvTranspose2D, Dense, Flatten, ModelFileError, Pool2D,
                           Sequential, Softmax, Upsample, he_init, load_model, model_from_dict, model_to_dict,
                           save_model, ops)
from cnnviz.engine.layers import LayerSettingError
from cnnviz.engine.train import TrainConfig, train

from .numerical import numerical_gradient
from .test_gradients import assert_gradient, rng_for, upstream_loss


def random_settings(rng):
    """One random transposed-convolution setting that gives an output of at least one cell."""
    while True:
        kh, kw = rng.integers(1, 6, 2)
        sh, sw = rng.integers(1, 4, 2)
        ph, pw = rng.integers(0, 3, 2)
        oph, opw = rng.integers(0, sh), rng.integers(0, sw)
        h, w = rng.integers(1, 7, 2)
        if min(ops.conv_transpose_output_size(h, kh, sh, ph, oph),
               ops.conv_transpose_output_size(w, kw, sw, pw, opw)) >= 1:
            return dict(n=int(rng.integers(1, 4)), c_in=int(rng.integers(1, 5)), c_out=int(rng.integers(1, 5)),
                        kernel=(int(kh), int(kw)), stride=(int(sh), int(sw)), padding=(int(ph), int(pw)),
                        output_padding=(int(oph), int(opw)), size=(int(h), int(w)))


def reference_conv_transpose2d(x, w, b, stride, padding, output_padding):
    """Stamp by stamp: every input cell adds its value times the filter onto the output, then crop the padding."""
    (sh, sw), (ph, pw), (oph, opw) = stride, padding, output_padding
    n, c_in, h, wd = x.shape
    _, c_out, kh, kw = w.shape
    full = np.zeros((n, c_out, (h - 1) * sh + kh + oph, (wd - 1) * sw + kw + opw))
    for s in range(n):
        for c in range(c_in):
            for i in range(h):
                for j in range(wd):
                    full[s, :, i * sh:i * sh + kh, j * sw:j * sw + kw] += x[s, c, i, j] * w[c]
    out = full[:, :, ph:full.shape[2] - ph, pw:full.shape[3] - pw]
    return out + b.reshape(1, -1, 1, 1)


@pytest.mark.parametrize("seed", range(40))
def test_conv_transpose2d_matches_the_stamp_by_stamp_reference(seed):
    rng = np.random.default_rng(seed)
    s = random_settings(rng)
    x = rng.normal(size=(s["n"], s["c_in"], *s["size"]))
    w = rng.normal(size=(s["c_in"], s["c_out"], *s["kernel"]))
    b = rng.normal(size=s["c_out"])
    y = ops.conv_transpose2d(x, w, b, s["stride"], s["padding"], s["output_padding"])
    expected = reference_conv_transpose2d(x, w, b, s["stride"], s["padding"], s["output_padding"])
    assert y.shape == expected.shape
    np.testing.assert_allclose(y, expected, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("seed", range(12))
def test_both_ways_of_computing_it_agree_forward_and_backward(seed):
    """Stamping with col2im and convolving the zero-spread input: the engine picks whichever is smaller."""
    rng = np.random.default_rng(100 + seed)
    s = random_settings(rng)
    x = rng.normal(size=(s["n"], s["c_in"], *s["size"]))
    w = rng.normal(size=(s["c_in"], s["c_out"], *s["kernel"]))
    geometry = ops._transpose_geometry(x, w, s["stride"], s["padding"], s["output_padding"])
    expected = reference_conv_transpose2d(x, w, np.zeros(s["c_out"]), s["stride"], s["padding"], s["output_padding"])
    stamped = ops._conv_transpose_by_stamps(x, w, geometry)
    spread = ops._conv_transpose_by_dilation(x, w, geometry)
    np.testing.assert_allclose(stamped, expected, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(spread, expected, rtol=1e-12, atol=1e-12)
    g = rng.normal(size=expected.shape)
    for a, b in zip(ops._conv_transpose_by_stamps_backward(g, x, w, geometry),
                    ops._conv_transpose_by_dilation_backward(g, x, w, geometry)):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("seed", range(12))
def test_conv_transpose2d_gradients_match_finite_differences(seed):
    rng = rng_for("conv_transpose2d", seed)
    s = random_settings(rng)
    x = rng.normal(size=(s["n"], s["c_in"], *s["size"]))
    w = rng.normal(size=(s["c_in"], s["c_out"], *s["kernel"]))
    b = rng.normal(size=s["c_out"])
    args = (s["stride"], s["padding"], s["output_padding"])
    forward = lambda: ops.conv_transpose2d(x, w, b, *args)  # noqa: E731
    g = rng.normal(size=forward().shape)
    dx, dw, db = ops.conv_transpose2d_backward(g, x, w, *args)
    assert_gradient(dx, numerical_gradient(upstream_loss(forward, g), x), f"dx {s}")
    assert_gradient(dw, numerical_gradient(upstream_loss(forward, g), w), f"dw {s}")
    assert_gradient(db, numerical_gradient(upstream_loss(forward, g), b), f"db {s}")


@pytest.mark.parametrize("mode", ops.UPSAMPLE_MODES)
@pytest.mark.parametrize("scale", [1, 2, 3, (2, 3)])
def test_upsample2d_gradient_matches_finite_differences(mode, scale):
    rng = rng_for("upsample2d", mode, scale)
    x = rng.normal(size=(2, 3, 4, 5))
    forward = lambda: ops.upsample2d(x, scale, mode)  # noqa: E731
    g = rng.normal(size=forward().shape)
    assert_gradient(ops.upsample2d_backward(g, x, scale, mode), numerical_gradient(upstream_loss(forward, g), x))


def test_nearest_upsampling_repeats_every_cell_into_a_block():
    x = np.arange(4.0).reshape(1, 1, 2, 2)
    np.testing.assert_array_equal(ops.upsample2d(x, 2)[0, 0], [[0, 0, 1, 1], [0, 0, 1, 1], [2, 2, 3, 3],
                                                               [2, 2, 3, 3]])


def test_bilinear_upsampling_of_two_cells_reads_between_them():
    x = np.array([0.0, 4.0]).reshape(1, 1, 1, 2)
    # sources (i + 0.5) / 2 - 0.5 = -0.25 (clamped to 0), 0.25, 0.75, 1.25 (the edge repeats)
    np.testing.assert_allclose(ops.upsample2d(x, (1, 2), "bilinear")[0, 0, 0], [0, 1, 3, 4])


def test_one_stamp_is_the_filter_scaled_by_the_input_cell():
    w = np.arange(9.0).reshape(1, 1, 3, 3)
    x = np.zeros((1, 1, 3, 3))
    x[0, 0, 1, 1] = 2.0
    y = ops.conv_transpose2d(x, w, stride=2)
    assert y.shape == (1, 1, 7, 7)                                 # (3 - 1) * 2 - 0 + 3 + 0
    np.testing.assert_array_equal(y[0, 0, 2:5, 2:5], 2 * w[0, 0])
    assert np.count_nonzero(y) == 8                                # w has one zero


def test_transposed_convolution_is_the_input_gradient_of_a_convolution():
    """conv_transpose2d(dy, w) == conv2d_backward's dx for the same w, stride and padding."""
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2, 3, 9, 8))
    w = rng.normal(size=(4, 3, 3, 3))
    dy = rng.normal(size=ops.conv2d(x, w, stride=2, padding=1).shape)
    dx = ops.conv2d_backward(dy, x, w, stride=2, padding=1)[0]
    # 8 and 7 columns both map to 4: the transposed convolution gives 7 = (4 - 1)*2 - 2 + 3, and
    # output_padding 1 picks 8 back; 9 rows map to 5 and back to (5 - 1)*2 - 2 + 3 = 9 with none
    np.testing.assert_allclose(ops.conv_transpose2d(dy, w, stride=2, padding=1, output_padding=(0, 1)), dx,
                               rtol=1e-12, atol=1e-12)
    assert ops.conv_transpose2d(dy, w, stride=2, padding=1).shape[2:] == (9, 7)


def test_ops_refuse_what_pytorch_refuses():
    x = np.zeros((1, 2, 3, 3))
    with pytest.raises(ValueError, match="smaller than the stride"):
        ops.conv_transpose2d(x, np.zeros((2, 1, 3, 3)), stride=2, output_padding=2)
    with pytest.raises(ValueError, match="channels"):
        ops.conv_transpose2d(x, np.zeros((3, 1, 3, 3)))
    with pytest.raises(ValueError, match="crops away"):
        ops.conv_transpose2d(np.zeros((1, 2, 1, 1)), np.zeros((2, 1, 1, 1)), padding=1)
    with pytest.raises(ValueError, match="nearest, bilinear"):
        ops.upsample2d(x, 2, "bicubic")
    with pytest.raises(ValueError, match="whole number"):
        ops.upsample2d(x, 0)


# ---------------------------------------------------------------------------------------------
# against PyTorch

@pytest.mark.parametrize("dtype,rtol", [(np.float64, 1e-10), (np.float32, 1e-5)])
def test_conv_transpose2d_matches_pytorch_forward_and_backward(dtype, rtol):
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(7)
    for _ in range(60):
        s = random_settings(rng)
        x = rng.normal(size=(s["n"], s["c_in"], *s["size"])).astype(dtype)
        w = rng.normal(size=(s["c_in"], s["c_out"], *s["kernel"])).astype(dtype)
        b = rng.normal(size=s["c_out"]).astype(dtype)
        args = (s["stride"], s["padding"], s["output_padding"])
        y = ops.conv_transpose2d(x, w, b, *args)
        g = rng.normal(size=y.shape).astype(dtype)
        xt, wt, bt = (torch.tensor(a, requires_grad=True) for a in (x, w, b))
        yt = torch.nn.functional.conv_transpose2d(xt, wt, bt, *args)
        yt.backward(torch.tensor(g))
        ours = (y, *ops.conv_transpose2d_backward(g, x, w, *args))
        theirs = (yt.detach(), xt.grad, wt.grad, bt.grad)
        for name, a, t in zip(("y", "dx", "dw", "db"), ours, theirs):
            t = t.numpy()
            assert a.dtype == dtype, name
            scale = max(1.0, float(np.abs(t).max()))
            np.testing.assert_allclose(a, t, rtol=rtol, atol=rtol * scale, err_msg=f"{name} {s}")


@pytest.mark.parametrize("mode", ops.UPSAMPLE_MODES)
@pytest.mark.parametrize("scale", [1, 2, 3, 4, (2, 3)])
def test_upsample2d_matches_pytorch_forward_and_backward(mode, scale):
    torch = pytest.importorskip("torch")
    rng = rng_for("torch upsample", mode, scale)
    x = rng.normal(size=(3, 2, 5, 7)).astype(np.float32)
    y = ops.upsample2d(x, scale, mode)
    g = rng.normal(size=y.shape).astype(np.float32)
    xt = torch.tensor(x, requires_grad=True)
    factor = scale if isinstance(scale, int) else tuple(float(v) for v in scale)
    extra = {"align_corners": False} if mode == "bilinear" else {}
    yt = torch.nn.functional.interpolate(xt, scale_factor=factor, mode=mode, **extra)
    yt.backward(torch.tensor(g))
    np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(ops.upsample2d_backward(g, x, scale, mode), xt.grad.numpy(), rtol=1e-5, atol=1e-5)


# ---------------------------------------------------------------------------------------------
# as layers

def upsampling_model(rng) -> Sequential:
    """8x8 -> conv 4 -> relu -> pool -> transposed conv back up -> upsample -> conv -> dense: every new kind."""
    layers = [Conv2D(1, 4, 3, padding=1, name="conv1"), Activation("relu", name="relu1"),
              Pool2D(2, name="pool1"),
              ConvTranspose2D(4, 3, 3, stride=2, padding=1, output_padding=1, name="up1"),
              Activation("relu", name="relu2"), Upsample(2, mode="bilinear", name="up2"),
              Conv2D(3, 2, 3, stride=2, name="conv2"), Upsample((1, 2), name="up3"),
              Flatten(name="flatten"), Dense(2 * 7 * 14, 2, name="dense"), Softmax(name="softmax")]
    model = Sequential(layers, ("circle", "cross"), (1, 8, 8), name="up")
    he_init(model, rng)
    for layer in model.layers:
        if "bias" in layer.params:
            layer.params["bias"][...] = rng.normal(size=layer.params["bias"].shape) * 0.1
    return model


def test_layers_report_their_shapes_and_the_trace_holds_them():
    model = upsampling_model(np.random.default_rng(0))
    assert model.shapes()[3:6] == [(3, 8, 8), (3, 8, 8), (3, 16, 16)]
    trace = model.forward(np.random.default_rng(1).random((5, 1, 8, 8)).astype(np.float32))
    assert trace["up1"].shape == (5, 3, 8, 8) and trace["up3"].shape == (5, 2, 7, 14)
    assert trace["up1"].dtype == np.float32
    assert model.layer("up1").parameter_count == 4 * 3 * 9 + 3


def test_model_input_gradient_through_the_new_layers_matches_finite_differences():
    model = upsampling_model(np.random.default_rng(2))
    for layer in model.layers:
        for key in layer.params:
            layer.params[key] = layer.params[key].astype(np.float64)
    x = np.random.default_rng(3).random((2, 1, 8, 8))
    _, dx = model.input_gradient(x, 1)
    numeric = numerical_gradient(lambda: float(model.forward(x).logits[:, 1].sum()), x)
    np.testing.assert_allclose(dx, numeric, rtol=1e-5, atol=1e-7)


def test_weight_gradients_of_the_transposed_layer_match_finite_differences():
    model = upsampling_model(np.random.default_rng(4))
    for layer in model.layers:
        for key in layer.params:
            layer.params[key] = layer.params[key].astype(np.float64)
    x = np.random.default_rng(5).random((2, 1, 8, 8))
    trace = model.forward(x)
    dlogits = np.zeros_like(trace.logits)
    dlogits[:, 0] = 1
    model.backward(dlogits, input_gradient=False)
    up = model.layer("up1")
    loss = lambda: float(model.forward(x).logits[:, 0].sum())  # noqa: E731
    np.testing.assert_allclose(up.grads["weight"], numerical_gradient(loss, up.params["weight"]), rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(up.grads["bias"], numerical_gradient(loss, up.params["bias"]), rtol=1e-5, atol=1e-7)


def test_a_model_with_upsampling_learns_a_separable_task():
    rng = np.random.default_rng(6)
    model = upsampling_model(rng)
    x = rng.random((256, 1, 8, 8)).astype(np.float32) * 0.2
    y = rng.integers(0, 2, 256)
    x[y == 1, 0, :4, :4] += 1.0                                    # class 1: a bright top-left quadrant
    before = model.layer("up1").weight.copy()
    progress = list(train(model, x, y, config=TrainConfig(epochs=6, batch_size=32, learning_rate=0.01, seed=0)))
    accuracy = float((model.predict(x).argmax(axis=1) == y).mean())
    assert accuracy > 0.95, progress[-1]
    assert not np.array_equal(before, model.layer("up1").weight)


def test_model_file_round_trip_keeps_the_new_layers_exactly(tmp_path):
    model = upsampling_model(np.random.default_rng(8))
    loaded = load_model(save_model(model, tmp_path / "up.json"))
    assert [(layer.kind, layer.config()) for layer in loaded.layers] == \
           [(layer.kind, layer.config()) for layer in model.layers]
    for (_, _, a), (_, _, b) in zip(model.parameters(), loaded.parameters()):
        assert a.tobytes() == b.tobytes()
    x = np.random.default_rng(9).random((3, 1, 8, 8)).astype(np.float32)
    np.testing.assert_array_equal(loaded.predict(x), model.predict(x))
    entry = json.loads((tmp_path / "up.json").read_text())["layers"][3]
    assert entry["type"] == "conv_transpose2d" and entry["output_padding"] == [1, 1]
    assert np.array(entry["weight"]).shape == (4, 3, 3, 3)          # (in, out, kh, kw) as PyTorch


def _file_with(layer_changes: dict, index=3) -> dict:
    data = model_to_dict(upsampling_model(np.random.default_rng(10)))
    data["layers"][index].update(layer_changes)
    return data


@pytest.mark.parametrize("changes,index,expected", [
    ({"output_padding": 2}, 3, r"layer 4 \('up1'\): output padding \[2, 2\] must be smaller than the stride \[2, 2\]"),
    ({"output_padding": -1}, 3, r"field 'output_padding' must be an integer >= 0"),
    ({"stride": True}, 3, r"field 'stride' must be an integer >= 1"),
    ({"kernel_size": [3, 3.0]}, 3, r"field 'kernel_size' must be an integer >= 1"),
    ({"in_channels": 5}, 3, r"'weight' has shape \(4, 3, 3, 3\), expected \(5, 3, 3, 3\)"),
    ({"padding": 9}, 3, r"padding \[9, 9\] crops away the whole output.*use padding 4 or less"),
    ({"scale": 0}, 5, r"field 'scale' must be an integer >= 1"),
    ({"scale": 17}, 5, r"scale must be a whole number from 1 to 16, got \[17, 17\]"),
    ({"scale": 1.5}, 5, r"field 'scale' must be an integer or a list"),
    ({"mode": "bicubic"}, 5, r"field 'mode' must be one of nearest, bilinear"),
])
def test_model_files_refuse_bad_new_layers_naming_layer_and_field(changes, index, expected):
    with pytest.raises(ModelFileError, match=expected):
        model_from_dict(_file_with(changes, index), source="m.json")


def test_layer_errors_carry_a_message_for_the_interface():
    with pytest.raises(LayerSettingError) as caught:
        ConvTranspose2D(2, 2, 3, stride=2, output_padding=2, name="up")
    assert caught.value.message.values["layer"] == "up"
    assert caught.value.message.values["reason"].values["largest"] == 1
    assert str(caught.value) == caught.value.message.render()
