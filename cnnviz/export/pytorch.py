"""Export a model to PyTorch: DIR/model.py, a standalone script whose ``build()`` returns a
``torch.nn.Sequential`` with the model's weights, read from DIR/weights.npz written beside it.

The script needs only NumPy and PyTorch (cnnviz does not need PyTorch: the script is written as text).
Layouts are already PyTorch's, so weights are copied as they are, except that a true convolution
(``flip``) is exported as PyTorch's cross-correlation with each kernel rotated by 180 degrees.
Files are written atomically; a file this export did not write is never overwritten, and symbolic links
are refused. No Qt here.
"""
from __future__ import annotations

import io
import keyword
import re
from pathlib import Path

import numpy as np

from ..engine.layers import (Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Layer, Pool2D, Softmax, Standardize,
                             Upsample)
from ..engine.model import Sequential
from ..files import write_atomically
from ..messages import MessageError, message, template

SCRIPT_NAME = "model.py"
WEIGHTS_NAME = "weights.npz"
MARKER = "# cnnviz-export: written by `python -m cnnviz export`; running the export again may overwrite it."
WEIGHTS_MARKER = "cnnviz_export"          # an array in weights.npz saying the same

NOT_OURS = template("{path} already exists and was not written by cnnviz export; choose another folder or "
                    "move that file away")
SYMLINK = template("{path} is a symbolic link; cnnviz export writes only to plain folders and files")
NOT_A_FOLDER = template("{path} is not a folder")
NOT_EXPORTABLE = template("layer '{layer}' cannot be exported to PyTorch: {reason}")
SIMILARITY_REASON = template("it scores patches with the {similarity} similarity, which torch.nn.Conv2d does "
                             "not compute (only the standard inner product, 'dot', exports)")
UNKNOWN_KIND_REASON = template("PyTorch export does not know the layer type '{kind}'")

_TORCH_ATTRIBUTES = {"forward", "training", "train", "eval", "type", "float", "double", "half", "cuda", "cpu",
                     "to", "apply", "parameters", "modules", "children", "state_dict", "named_modules"}
_ACTIVATIONS = {"relu": "nn.ReLU()", "identity": "nn.Identity()", "sigmoid": "nn.Sigmoid()", "tanh": "nn.Tanh()",
                "leaky_relu": "nn.LeakyReLU(0.01)"}


class ExportError(MessageError):
    """The export cannot be written; nothing was written."""


def _module_names(model: Sequential) -> list[str]:
    """Each layer's name as a torch module name (a Python identifier, unique, no clash with nn.Module)."""
    names, taken = [], set()
    for i, layer in enumerate(model.layers):
        name = re.sub(r"\W", "_", layer.name)
        if not name.isidentifier() or keyword.iskeyword(name) or name in _TORCH_ATTRIBUTES or name in taken:
            name = f"layer{i}"
        taken.add(name)
        names.append(name)
    return names


def _torch_module(layer: Layer) -> str:
    """The torch.nn constructor call that computes what `layer` computes."""
    if isinstance(layer, Conv2D):
        if layer.similarity != "dot":
            raise ExportError(message(NOT_EXPORTABLE, layer=layer.name,
                                      reason=message(SIMILARITY_REASON, similarity=layer.similarity)))
        return (f"nn.Conv2d({layer.in_channels}, {layer.out_channels}, kernel_size={layer.kernel_size}, "
                f"stride={layer.stride}, padding={layer.padding})")
    if isinstance(layer, ConvTranspose2D):
        return (f"nn.ConvTranspose2d({layer.in_channels}, {layer.out_channels}, kernel_size={layer.kernel_size}, "
                f"stride={layer.stride}, padding={layer.padding}, output_padding={layer.output_padding})")
    if isinstance(layer, Upsample):
        if layer.mode == "bilinear":
            return f"nn.Upsample(scale_factor={tuple(float(s) for s in layer.scale)}, mode='bilinear', align_corners=False)"
        return f"nn.Upsample(scale_factor={tuple(float(s) for s in layer.scale)}, mode='nearest')"
    if isinstance(layer, Activation):
        return _ACTIVATIONS[layer.function]
    if isinstance(layer, Pool2D):
        if layer.adaptive:
            pool = f"nn.Adaptive{'Avg' if layer.mode == 'avg' else 'Max'}Pool2d({layer.output_size})"
        else:
            pool = f"nn.{'AvgPool2d' if layer.mode == 'avg' else 'MaxPool2d'}({layer.size}, stride={layer.stride})"
        return f"MinPool({pool})" if layer.mode == "min" else pool
    if isinstance(layer, Standardize):          # numbers only: repr of floats
        return f"Standardize({[float(v) for v in layer.mean]!r}, {[float(v) for v in layer.std]!r})"
    if isinstance(layer, Flatten):
        return "nn.Flatten()"
    if isinstance(layer, Dense):
        return f"nn.Linear({layer.in_features}, {layer.out_features})"
    if isinstance(layer, Softmax):
        return "nn.Softmax(dim=1)"
    raise ExportError(message(NOT_EXPORTABLE, layer=layer.name, reason=message(UNKNOWN_KIND_REASON, kind=layer.kind)))


def _torch_weights(model: Sequential, names: list[str]) -> dict[str, np.ndarray]:
    """state_dict entries ("conv1.weight": array), in PyTorch's layouts."""
    weights = {}
    for name, layer in zip(names, model.layers):
        for key, value in layer.params.items():
            if key == "weight" and isinstance(layer, Conv2D) and layer.flip:
                value = value[:, :, ::-1, ::-1]                  # true convolution = correlation, kernel rotated
            weights[f"{name}.{key}"] = np.ascontiguousarray(value, dtype=np.float32)
    return weights


SCRIPT = '''"""A cnnviz model as a PyTorch network, with the same weights and the same logits.

    import model                       # this file
    net = model.build()                # torch.nn.Sequential, weights read from {weights} beside this file
    probabilities = net(x)             # x: float32 tensor (N, {c}, {h}, {w}), ink 1.0 on paper 0.0
    {logits_line}# the scores before the softmax

Run it (python model.py) to print the network and one prediction of a blank input.
"""
{marker}
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch
from torch import nn

NAME = {name!r}
DESCRIPTION = {description!r}
CLASS_NAMES = {class_names!r}
INPUT_SHAPE = {input_shape!r}           # (channels, height, width) of one sample
WEIGHTS = Path(__file__).with_name({weights!r})


class MinPool(nn.Module):
    """Min pooling, which torch.nn lacks: the minimum is minus the maximum of minus the input."""

    def __init__(self, max_pool):
        super().__init__()
        self.max_pool = max_pool

    def forward(self, x):
        return -self.max_pool(-x)


class Standardize(nn.Module):
    """(x - mean) / std for each input channel, with the mean and std of the training pictures."""

    def __init__(self, mean, std):
        super().__init__()
        self.register_buffer("mean", torch.tensor(mean, dtype=torch.float32).view(1, -1, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(std, dtype=torch.float32).view(1, -1, 1, 1), persistent=False)

    def forward(self, x):
        return (x - self.mean) / self.std


def build() -> nn.Sequential:
    """The network with its trained weights, in evaluation mode."""
    net = nn.Sequential(OrderedDict([
{modules}
    ]))
    with np.load(WEIGHTS, allow_pickle=False) as stored:
        state = {{key: torch.from_numpy(stored[key]) for key in stored.files if key != {weights_marker!r}}}
    net.load_state_dict(state)
    return net.eval()


if __name__ == "__main__":
    net = build()
    print(NAME, "-", DESCRIPTION)
    print(net)
    with torch.no_grad():
        probabilities = net(torch.zeros((1,) + INPUT_SHAPE))[0]
    print("blank input:", ", ".join(f"{{name}} {{p:.1%}}" for name, p in zip(CLASS_NAMES, probabilities.tolist())))
'''


def pytorch_script(model: Sequential) -> str:
    """The text of model.py for `model`."""
    names = _module_names(model)
    lines = []
    for name, layer in zip(names, model.layers):
        comment = "  # true convolution: kernels stored rotated by 180 degrees" \
            if isinstance(layer, Conv2D) and layer.flip else ""
        lines.append(f"        ({name!r}, {_torch_module(layer)}),{comment}")
    c, h, w = model.input_shape
    # free text from the model file (name, description, class names) only ever enters as a repr()
    return SCRIPT.format(weights=WEIGHTS_NAME, c=c, h=h, w=w, name=str.__str__(model.name),
                         description=str.__str__(model.description),
                         logits_line=f"logits = net[:{model.logits_index + 1}](x)".ljust(35), marker=MARKER,
                         class_names=tuple(str.__str__(n) for n in model.class_names), input_shape=tuple(model.input_shape),
                         modules="\n".join(lines), weights_marker=WEIGHTS_MARKER)


def _written_by_us(path: Path) -> bool:
    if path.name == SCRIPT_NAME:
        try:
            with path.open(encoding="utf-8") as handle:
                head = handle.read(4096)
        except (OSError, UnicodeDecodeError):
            return False
        return MARKER in head
    try:
        with np.load(path, allow_pickle=False) as stored:
            return WEIGHTS_MARKER in stored.files
    except Exception:                    # unreadable, not a zip, a damaged zip, a pickle: not ours to overwrite
        return False


def _check_target(folder: Path) -> None:
    if folder.is_symlink():
        raise ExportError(message(SYMLINK, path=str(folder)))
    if folder.exists() and not folder.is_dir():
        raise ExportError(message(NOT_A_FOLDER, path=str(folder)))
    for name in (SCRIPT_NAME, WEIGHTS_NAME):
        path = folder / name
        if path.is_symlink():
            raise ExportError(message(SYMLINK, path=str(path)))
        if path.exists() and not _written_by_us(path):
            raise ExportError(message(NOT_OURS, path=str(path)))


def export_pytorch(model: Sequential, folder) -> tuple[Path, Path]:
    """Write folder/model.py and folder/weights.npz; returns their paths. Everything is checked before
    anything is written."""
    folder = Path(folder)
    _check_target(folder)
    script = pytorch_script(model)
    weights = _torch_weights(model, _module_names(model))
    buffer = io.BytesIO()
    np.savez(buffer, **weights, **{WEIGHTS_MARKER: np.array(1, dtype=np.int8)})
    weights_path = write_atomically(folder / WEIGHTS_NAME, buffer.getvalue())
    script_path = write_atomically(folder / SCRIPT_NAME, script.encode("utf-8"))
    return script_path, weights_path
