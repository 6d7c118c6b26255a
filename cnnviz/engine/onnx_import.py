"""Import a small sequential CNN from an ONNX file (needs the optional ``onnx`` package: ``cnnviz[onnx]``).

The file is parsed as data, never executed: its graph must be one chain of nodes from one image input
(N, C, H, W) to the output, each node a layer cnnviz can show:

    Conv, ConvTranspose (group 1, no dilation, symmetric padding), Relu, LeakyRelu (slope 0.01), Sigmoid, Tanh,
    MaxPool, AveragePool (no padding, floor sizes), GlobalMaxPool, GlobalAveragePool, Flatten (axis 1),
    Gemm, MatMul (+ Add of a bias), Softmax, Resize and Upsample (whole-number scales: nearest, or linear
    with half-pixel centres = bilinear), and Identity, Dropout (nothing to do at inference).

Anything else is refused, naming every node at fault. Sizes (the file, the number of nodes, every weight
tensor's element count, the input) are checked before any tensor is turned into an array, and weights
stored outside the file are refused (nothing but the file given is read).
"""
from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np

from ..messages import MessageError, message, template
from .layers import (Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Layer, Pool2D, Softmax, Upsample)
from .model import ModelError, Sequential

MAX_FILE_BYTES = 64 << 20
MAX_NODES = 256
MAX_TENSOR_ELEMENTS = 1 << 22
MAX_TOTAL_ELEMENTS = 1 << 24
MAX_INPUT_SIDE = 512
MAX_INPUT_CHANNELS = 16

NEEDS_ONNX = template("reading ONNX files needs the onnx package: pip install \"cnnviz[onnx]\" (or pip install onnx)")
CANNOT_READ = template("{file}: cannot read it as an ONNX model ({reason})")
FILE_TOO_LARGE = template("{file}: {size} MB is over the limit of {limit} MB for an ONNX model cnnviz can show")
TOO_MANY_NODES = template("{file}: {count} nodes, over the limit of {limit}; cnnviz shows small networks")
TENSOR_TOO_LARGE = template("{file}: tensor '{tensor}' has {count} values, over the limit of {limit}")
TOTAL_TOO_LARGE = template("{file}: the weights hold {count} values in all, over the limit of {limit}")
EXTERNAL_DATA = template("{file}: tensor '{tensor}' is stored in another file; cnnviz reads only the file "
                         "given (save the model with its weights inside)")
UNSUPPORTED = template("{file}: cnnviz cannot show these nodes: {nodes} (it shows Conv, ConvTranspose, Relu, "
                       "LeakyRelu, Sigmoid, Tanh, MaxPool, AveragePool, Flatten, Gemm, MatMul + Add, Softmax, "
                       "Resize and Upsample in one chain)")
ONE_INPUT = template("{file}: the network must have one image input shaped (N, C, H, W), it has {inputs}")
INPUT_SHAPE = template("{file}: input '{input}' has shape {shape}; cnnviz needs (N, C, H, W) with C from 1 to "
                       "{channels} and H, W from 1 to {side}")
NOT_A_CHAIN = template("{file}: node {node} does not take the previous node's output; cnnviz shows only "
                       "networks that are one chain of layers")
NODE_SETTING = template("{file}: node {node}: {setting} is not supported ({reason})")
NODE_REFUSED = template("{file}: node {node}: {reason}")
MISSING_TENSOR = template("{file}: node {node} needs the constant tensor '{tensor}', which the file does not hold")
WRONG_OUTPUT = template("{file}: the chain of layers ends at '{last}', but the network's output is '{output}'")
NOT_A_CLASSIFIER = template("{file}: {reason}")
CLASS_NAMES = template("{file}: {count} class names given, the network gives {outputs} scores")

SUPPORTED = {"Conv", "ConvTranspose", "Relu", "LeakyRelu", "Sigmoid", "Tanh", "MaxPool", "AveragePool",
             "GlobalMaxPool", "GlobalAveragePool", "Flatten", "Gemm", "MatMul", "Add", "Softmax", "Resize",
             "Upsample", "Identity", "Dropout", "Constant"}
ACTIVATIONS = {"Relu": "relu", "LeakyRelu": "leaky_relu", "Sigmoid": "sigmoid", "Tanh": "tanh"}
PREFIXES = {Conv2D: "conv", ConvTranspose2D: "tconv", Pool2D: "pool", Upsample: "up", Dense: "dense",
            Flatten: "flatten", Softmax: "softmax"}


class OnnxImportError(MessageError):
    """An ONNX file cannot be shown by cnnviz; the message names the file and the node at fault."""


def _node_label(node, index: int) -> str:
    return f"'{node.name}' ({node.op_type})" if node.name else f"#{index + 1} ({node.op_type})"


class _Graph:
    """The parsed graph's constant tensors (size-checked) and helpers that refuse with the file's name."""

    def __init__(self, onnx, proto, file: str):
        self.onnx, self.file = onnx, file
        self.tensors = {t.name: t for t in proto.graph.initializer}
        for node in proto.graph.node:
            if node.op_type == "Constant":
                value = next((a.t for a in node.attribute if a.name == "value"), None)
                if value is not None:
                    self.tensors[node.output[0]] = value
        total = 0
        for name, tensor in self.tensors.items():
            if tensor.data_location == onnx.TensorProto.EXTERNAL:
                raise OnnxImportError(message(EXTERNAL_DATA, file=file, tensor=name))
            count = math.prod(tensor.dims)
            if count > MAX_TENSOR_ELEMENTS:
                raise OnnxImportError(message(TENSOR_TOO_LARGE, file=file, tensor=name, count=count,
                                              limit=MAX_TENSOR_ELEMENTS))
            total += count
        if total > MAX_TOTAL_ELEMENTS:
            raise OnnxImportError(message(TOTAL_TOO_LARGE, file=file, count=total, limit=MAX_TOTAL_ELEMENTS))

    def array(self, node, label, k: int, *, optional=False):
        """The node's input k as a float32 array (an initializer or a Constant's value)."""
        if k >= len(node.input) or not node.input[k]:
            if optional:
                return None
            raise OnnxImportError(message(MISSING_TENSOR, file=self.file, node=label, tensor=f"input {k + 1}"))
        name = node.input[k]
        if name not in self.tensors:
            raise OnnxImportError(message(MISSING_TENSOR, file=self.file, node=label, tensor=name))
        try:
            return np.asarray(self.onnx.numpy_helper.to_array(self.tensors[name]), dtype=np.float32)
        except (ValueError, TypeError) as exc:
            raise OnnxImportError(message(CANNOT_READ, file=self.file, reason=str(exc))) from None

    def refuse(self, label, setting, reason):
        raise OnnxImportError(message(NODE_SETTING, file=self.file, node=label, setting=setting, reason=reason))

    def attributes(self, node) -> dict:
        values = {a.name: self.onnx.helper.get_attribute_value(a) for a in node.attribute}
        return {k: v.decode() if isinstance(v, bytes) else v for k, v in values.items()}


def _symmetric_pads(graph, label, attrs) -> tuple[int, int]:
    if attrs.get("auto_pad", "NOTSET") not in ("NOTSET", "VALID"):
        graph.refuse(label, f"auto_pad {attrs['auto_pad']}", "give explicit pads")
    pads = list(attrs.get("pads", [0, 0, 0, 0]))
    if len(pads) != 4 or pads[:2] != pads[2:]:
        graph.refuse(label, f"pads {pads}", "cnnviz pads each side by the same number of zeros")
    return int(pads[0]), int(pads[1])


def _check_plain(graph, label, attrs, *, ceil=False):
    if any(d != 1 for d in attrs.get("dilations", [1, 1])):
        graph.refuse(label, f"dilations {attrs['dilations']}", "cnnviz has no dilated convolutions")
    if attrs.get("group", 1) != 1:
        graph.refuse(label, f"group {attrs['group']}", "cnnviz has no grouped convolutions")
    if ceil and attrs.get("ceil_mode", 0):
        graph.refuse(label, "ceil_mode 1", "cnnviz floors output sizes")


def _upsample_scale(graph, label, node, attrs, shape) -> tuple[int, int]:
    if node.op_type == "Upsample" and "scales" in attrs:
        scales = np.asarray(attrs["scales"], dtype=np.float64)
    else:
        k = 2 if node.op_type == "Resize" else 1
        scales = graph.array(node, label, k, optional=True)
        if (scales is None or scales.size == 0) and node.op_type == "Resize":
            sizes = graph.array(node, label, 3)
            scales = np.asarray(sizes, np.float64) / np.asarray((1,) + tuple(shape), np.float64)
    scales = np.asarray(scales, dtype=np.float64).ravel()
    if scales.size != 4 or scales[0] != 1 or scales[1] != 1 or np.any(scales[2:] != np.round(scales[2:])) \
            or np.any(scales[2:] < 1):
        graph.refuse(label, f"scales {scales.tolist()}", "cnnviz enlarges height and width by whole numbers")
    return int(scales[2]), int(scales[3])


def _upsample_mode(graph, label, node, attrs) -> str:
    mode = attrs.get("mode", "nearest")
    if mode == "nearest":
        if node.op_type == "Resize" and (attrs.get("coordinate_transformation_mode", "half_pixel") != "asymmetric"
                                         or attrs.get("nearest_mode", "round_prefer_floor") != "floor"):
            graph.refuse(label, "this nearest resampling", "cnnviz repeats cells: coordinate_transformation_mode "
                                                           "asymmetric with nearest_mode floor")
        return "nearest"
    if mode == "linear" and node.op_type == "Resize" and \
            attrs.get("coordinate_transformation_mode", "half_pixel") in ("half_pixel", "pytorch_half_pixel"):
        return "bilinear"
    graph.refuse(label, f"mode {mode}", "cnnviz upsamples by nearest cells, or bilinearly with half-pixel centres")


def _layer(graph, node, label, shape, matmul: Dense | None) -> Layer | None:
    """The cnnviz layer for one node, given its input shape; None for a node that adds no layer (Identity,
    Dropout, or an Add that gives `matmul`, the dense layer of the MatMul just before, its bias)."""
    op, attrs = node.op_type, graph.attributes(node)
    if op in ("Identity", "Dropout"):
        return None
    if op == "Conv":
        _check_plain(graph, label, attrs)
        w, b = graph.array(node, label, 1), graph.array(node, label, 2, optional=True)
        layer = Conv2D(w.shape[1], w.shape[0], w.shape[2:], stride=tuple(attrs.get("strides", (1, 1))),
                       padding=_symmetric_pads(graph, label, attrs))
    elif op == "ConvTranspose":
        _check_plain(graph, label, attrs)
        if "output_shape" in attrs:
            graph.refuse(label, "output_shape", "give output_padding instead")
        w, b = graph.array(node, label, 1), graph.array(node, label, 2, optional=True)
        layer = ConvTranspose2D(w.shape[0], w.shape[1], w.shape[2:], stride=tuple(attrs.get("strides", (1, 1))),
                                padding=_symmetric_pads(graph, label, attrs),
                                output_padding=tuple(attrs.get("output_padding", (0, 0))))
    elif op in ACTIVATIONS:
        if op == "LeakyRelu" and abs(attrs.get("alpha", 0.01) - 0.01) > 1e-6:
            graph.refuse(label, f"alpha {attrs['alpha']:g}", "cnnviz's leaky ReLU has slope 0.01")
        return Activation(ACTIVATIONS[op])
    elif op in ("MaxPool", "AveragePool"):
        _check_plain(graph, label, attrs, ceil=True)
        if any(attrs.get("pads", [0])):
            graph.refuse(label, f"pads {attrs['pads']}", "cnnviz pools without padding")
        size = tuple(attrs["kernel_shape"])
        return Pool2D(size, tuple(attrs.get("strides", (1, 1))), mode="max" if op == "MaxPool" else "avg")
    elif op in ("GlobalMaxPool", "GlobalAveragePool"):
        return Pool2D(mode="max" if op == "GlobalMaxPool" else "avg", output_size=(1, 1))
    elif op == "Flatten":
        if attrs.get("axis", 1) != 1:
            graph.refuse(label, f"axis {attrs['axis']}", "cnnviz flattens everything but the batch")
        return Flatten()
    elif op == "Gemm":
        if attrs.get("transA", 0) or attrs.get("alpha", 1.0) != 1.0 or attrs.get("beta", 1.0) != 1.0:
            graph.refuse(label, "transA, alpha or beta", "cnnviz's dense layer is x @ W.T + b")
        w = graph.array(node, label, 1)
        w = w if attrs.get("transB", 0) else w.T
        b = graph.array(node, label, 2, optional=True)
        layer = Dense(w.shape[1], w.shape[0])
    elif op == "MatMul":
        w = graph.array(node, label, 1).T
        b = None
        layer = Dense(w.shape[1], w.shape[0])
    elif op == "Add":
        if matmul is None:
            graph.refuse(label, "Add", "cnnviz adds a bias only right after a MatMul")
        bias = graph.array(node, label, 1).ravel()
        if bias.size != matmul.out_features:
            graph.refuse(label, f"a bias of {bias.size} values", f"the MatMul gives {matmul.out_features}")
        matmul.params["bias"][...] = bias
        return None
    elif op == "Softmax":
        if attrs.get("axis", -1) not in (1, -1):
            graph.refuse(label, f"axis {attrs['axis']}", "cnnviz's softmax is over the classes")
        return Softmax()
    else:                                                           # Resize, Upsample
        return Upsample(_upsample_scale(graph, label, node, attrs, shape), mode=_upsample_mode(graph, label, node, attrs))
    if w.shape != layer.params["weight"].shape:
        graph.refuse(label, f"weights of shape {w.shape}", f"expected {layer.params['weight'].shape}")
    layer.params["weight"][...] = w
    if b is not None:
        if b.size != layer.params["bias"].size:
            graph.refuse(label, f"a bias of {b.size} values", f"expected {layer.params['bias'].size}")
        layer.params["bias"][...] = b.ravel()
    return layer


def _input_shape(graph, proto, file: str) -> tuple[str, tuple[int, int, int]]:
    inputs = [i for i in proto.graph.input if i.name not in graph.tensors]
    if len(inputs) != 1:
        raise OnnxImportError(message(ONE_INPUT, file=file, inputs=len(inputs)))
    dims = [d.dim_value if d.HasField("dim_value") else None for d in inputs[0].type.tensor_type.shape.dim]
    shape = tuple(dims[1:])
    if len(dims) != 4 or None in shape or not (1 <= shape[0] <= MAX_INPUT_CHANNELS) \
            or not all(1 <= v <= MAX_INPUT_SIDE for v in shape[1:]):
        raise OnnxImportError(message(INPUT_SHAPE, file=file, input=inputs[0].name,
                                      shape=tuple("?" if d is None else d for d in dims),
                                      channels=MAX_INPUT_CHANNELS, side=MAX_INPUT_SIDE))
    return inputs[0].name, shape


def _name_layers(layers: list[Layer]) -> None:
    counts: dict[str, int] = {}
    for layer in layers:
        prefix = layer.function if isinstance(layer, Activation) else PREFIXES[type(layer)]
        counts[prefix] = counts.get(prefix, 0) + 1
        layer.name = f"{prefix}{counts[prefix]}"


def import_onnx(path, *, class_names=None) -> Sequential:
    """The ONNX file's network as a cnnviz model (float32). Class names default to "class 1", "class 2", ..."""
    try:
        import onnx
    except ImportError:
        raise OnnxImportError(message(NEEDS_ONNX)) from None
    path = Path(path)
    file = str(path)
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise OnnxImportError(message(CANNOT_READ, file=file, reason=exc.strerror or str(exc))) from None
    if size > MAX_FILE_BYTES:
        raise OnnxImportError(message(FILE_TOO_LARGE, file=file, size=round(size / 2**20, 1),
                                      limit=MAX_FILE_BYTES >> 20))
    try:
        proto = onnx.load_model(file, load_external_data=False)
    except Exception as exc:            # protobuf's DecodeError and friends: a file that is not an ONNX model
        raise OnnxImportError(message(CANNOT_READ, file=file, reason=type(exc).__name__)) from None
    nodes = list(proto.graph.node)
    if len(nodes) > MAX_NODES:
        raise OnnxImportError(message(TOO_MANY_NODES, file=file, count=len(nodes), limit=MAX_NODES))
    unsupported = [_node_label(node, k) for k, node in enumerate(nodes) if node.op_type not in SUPPORTED]
    if unsupported:
        raise OnnxImportError(message(UNSUPPORTED, file=file, nodes=", ".join(unsupported)))
    graph = _Graph(onnx, proto, file)
    current, input_shape = _input_shape(graph, proto, file)
    layers, shape, matmul = [], input_shape, None
    for k, node in enumerate(nodes):
        if node.op_type == "Constant":
            continue
        label = _node_label(node, k)
        if not node.input or node.input[0] != current:
            raise OnnxImportError(message(NOT_A_CHAIN, file=file, node=label))
        try:
            layer = _layer(graph, node, label, shape, matmul)
            if layer is not None:
                shape = layer.output_shape(shape)
        except OnnxImportError:
            raise
        except (MessageError, ValueError) as exc:              # the layer's own check of its settings or input
            raise OnnxImportError(message(NODE_REFUSED, file=file, node=label,
                                          reason=getattr(exc, "message", str(exc)))) from None
        matmul = layer if node.op_type == "MatMul" else None
        if layer is not None:
            layer.notes = f"imported from ONNX node {label}"
            layers.append(layer)
        current = node.output[0]
    outputs = [o.name for o in proto.graph.output]
    if outputs != [current]:
        raise OnnxImportError(message(WRONG_OUTPUT, file=file, last=current, output=", ".join(outputs)))
    _name_layers(layers)
    outputs_count = int(np.prod(shape))
    names = tuple(class_names) if class_names is not None else tuple(f"class {k + 1}" for k in range(outputs_count))
    if len(names) != outputs_count:
        raise OnnxImportError(message(CLASS_NAMES, file=file, count=len(names), outputs=outputs_count))
    try:
        return Sequential(layers, class_names=names, input_shape=input_shape, name=path.stem,
                          description=f"Imported from the ONNX file {path.name}.", preprocess={"crop": False})
    except ModelError as exc:
        raise OnnxImportError(message(NOT_A_CLASSIFIER, file=file, reason=str(exc))) from None
