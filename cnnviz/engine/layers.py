"""Layers: thin objects over the ops that hold parameters and remember only their last forward.

Every layer has a ``name``, a ``kind`` (the word used in model files), ``params`` and ``grads``
(dicts of arrays with the same keys), ``forward(x)``, ``backward(dy) -> dx``,
``output_shape(input_shape)`` for one sample's (C, H, W) or (features,) and ``parameter_count``.
"""
from __future__ import annotations

import numpy as np

from . import ops
from ..messages import Message, MessageError, message, template

STANDARDIZE_LENGTHS = template("mean has {means} values and std {stds}; give one of each per "
                               "input channel")
STANDARDIZE_STD = template("every std must be a finite number > 0 (the spread of that channel "
                           "in the training data), got {std}")
STANDARDIZE_MEAN = template("every mean must be a finite number, got {mean}")
STANDARDIZE_CHANNELS = template("the input has {channels} channels, its mean and std are for "
                                "{expected}")


class ShapeError(MessageError):
    """A layer cannot process the shape it is given."""


# What a layer says when it cannot be built or cannot take its input (the ids of its messages; cnnviz.messages)
IN_LAYER = template("layer '{layer}': {reason}")
SIMILARITY_ONE_OF = template("similarity must be one of {choices}, got {similarity}")
GAMMA_POSITIVE = template("gamma must be a number > 0, got {gamma}")
CONV_SIZES = template("kernel, channels and stride must be >= 1 and padding >= 0")
EXPECTS_CHW = template("expects (channels, height, width) input, got {shape}")
CHANNELS_MISMATCH = template("input has {channels} channels, its filters expect {expected}")
KERNEL_TOO_LARGE = template("a {kernel_height}x{kernel_width} kernel does not fit a {height}x{width} input")
UNKNOWN_ACTIVATION = template("unknown activation {function}; choose one of {choices}")
POOL_MODE_ONE_OF = template("pooling mode must be one of {choices}, got {mode}")
OUTPUT_SIZE_POSITIVE = template("output_size must be >= 1")
POOL_SIZES = template("size and stride must be >= 1")
CANNOT_POOL_ONTO = template("cannot pool a {height}x{width} input onto a {grid_height}x{grid_width} grid")
WINDOW_TOO_LARGE = template("a {window_height}x{window_width} window does not fit a {height}x{width} input")
DENSE_SIZES = template("in_features and out_features must be >= 1")
EXPECTS_FLAT = template("expects a flat input of {features} features, got shape {shape} (add a flatten layer before "
                        "it)")
FEATURES_MISMATCH = template("gets {features} input features, its weights expect {expected}")
EXPECTS_LOGITS = template("expects a flat vector of logits, got {shape}")


def in_layer(name: str, reason: str, **values) -> Message:
    """``layer 'NAME': REASON`` with the reason's values filled in."""
    return message(IN_LAYER, layer=name, reason=message(reason, **values))


class Layer:
    kind = "layer"

    def __init__(self, name: str | None = None):
        self.name = name or self.kind
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self._x = None

    @property
    def parameter_count(self) -> int:
        return int(sum(p.size for p in self.params.values()))

    def output_shape(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(input_shape)

    def config(self) -> dict:
        """Settings (not weights) as they are written in a model file."""
        return {}

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dy: np.ndarray, *, input_gradient: bool = True) -> np.ndarray | None:
        """Fill ``grads`` and return d loss / d input (None when input_gradient is False)."""
        raise NotImplementedError

    def forget(self) -> None:
        """Drop what the last forward kept for backward."""
        self._x = None

    def _saved_input(self):
        if self._x is None:
            raise RuntimeError(f"layer '{self.name}': backward called before forward")
        return self._x

    def __repr__(self):
        settings = ", ".join(f"{k}={v!r}" for k, v in self.config().items())
        return f"{type(self).__name__}({self.name!r}{', ' if settings else ''}{settings})"


class Conv2D(Layer):
    """Filters (F, C, KH, KW) slid over the input; each output cell is an inner product of a filter
    with the patch under it, plus the filter's bias.

    ``similarity`` replaces the inner product: "dot" (the standard), "cosine" ((w . p) / (|w| |p| + eps))
    or "rbf" (exp(-gamma |p - w|^2)), each over all input channels together; see ops.conv2d_similarity.
    """
    kind = "conv2d"

    def __init__(self, in_channels: int, out_channels: int, kernel_size=3, *, stride=1, padding=0,
                 flip: bool = False, name: str | None = None, dtype=np.float32, similarity: str = "dot",
                 gamma: float = ops.RBF_GAMMA):
        super().__init__(name)
        kh, kw = ops.pair(kernel_size)
        self.stride = ops.pair(stride)
        self.padding = ops.pair(padding)
        self.flip = bool(flip)
        if similarity not in ops.SIMILARITIES:
            raise MessageError(in_layer(self.name, SIMILARITY_ONE_OF, choices=", ".join(ops.SIMILARITIES),
                                        similarity=repr(similarity)))
        if isinstance(gamma, bool) or not isinstance(gamma, (int, float, np.integer, np.floating)) \
                or not (np.isfinite(gamma) and gamma > 0):
            raise MessageError(in_layer(self.name, GAMMA_POSITIVE, gamma=repr(gamma)))
        self.similarity = similarity
        self.gamma = float(gamma)
        if min(kh, kw, in_channels, out_channels, *self.stride) < 1 or min(self.padding) < 0:
            raise ShapeError(in_layer(self.name, CONV_SIZES))
        self.params["weight"] = np.zeros((out_channels, in_channels, kh, kw), dtype=dtype)
        self.params["bias"] = np.zeros(out_channels, dtype=dtype)
        self._cols = None

    weight = property(lambda self: self.params["weight"])
    bias = property(lambda self: self.params["bias"])

    @property
    def in_channels(self) -> int:
        return self.weight.shape[1]

    @property
    def out_channels(self) -> int:
        return self.weight.shape[0]

    @property
    def kernel_size(self) -> tuple[int, int]:
        return self.weight.shape[2], self.weight.shape[3]

    def config(self):
        return {"in_channels": self.in_channels, "out_channels": self.out_channels,
                "kernel_size": list(self.kernel_size), "stride": list(self.stride),
                "padding": list(self.padding), "flip": self.flip, **self._similarity_config()}

    def _similarity_config(self) -> dict:
        """Written only when not the default, so files of standard networks stay exactly as they were."""
        if self.similarity == "dot":
            return {}
        if self.similarity == "rbf":
            return {"similarity": "rbf", "gamma": self.gamma}
        return {"similarity": self.similarity}

    def output_shape(self, input_shape):
        if len(input_shape) != 3:
            raise ShapeError(in_layer(self.name, EXPECTS_CHW, shape=tuple(input_shape)))
        c, h, w = input_shape
        if c != self.in_channels:
            raise ShapeError(in_layer(self.name, CHANNELS_MISMATCH, channels=c, expected=self.in_channels))
        oh, ow = ops.conv_output_shape(h, w, self.kernel_size, self.stride, self.padding)
        if oh < 1 or ow < 1:
            raise ShapeError(in_layer(self.name, KERNEL_TOO_LARGE, kernel_height=self.kernel_size[0],
                                      kernel_width=self.kernel_size[1], height=h, width=w))
        return (self.out_channels, oh, ow)

    def forward(self, x):
        self._x = x
        if self.similarity == "dot":
            y, self._cols = ops.conv2d_im2col(x, self.weight, self.bias, self.stride, self.padding, flip=self.flip)
        else:
            y, self._cols = ops.conv2d_similarity_im2col(x, self.weight, self.bias, self.stride, self.padding,
                                                         similarity=self.similarity, gamma=self.gamma,
                                                         flip=self.flip)
        return y

    def backward(self, dy, *, input_gradient=True):
        if self.similarity == "dot":
            dx, dw, db = ops.conv2d_backward(dy, self._saved_input(), self.weight, self.stride, self.padding,
                                             flip=self.flip, cols=self._cols, input_gradient=input_gradient)
        else:
            dx, dw, db = ops.conv2d_similarity_backward(dy, self._saved_input(), self.weight, self.stride,
                                                        self.padding, similarity=self.similarity,
                                                        gamma=self.gamma, flip=self.flip, cols=self._cols,
                                                        input_gradient=input_gradient)
        self.grads["weight"], self.grads["bias"] = dw, db
        return dx

    def forget(self):
        super().forget()
        self._cols = None


class Activation(Layer):
    kind = "activation"

    def __init__(self, function: str = "relu", *, name: str | None = None):
        if function not in ops.ACTIVATION_FUNCTIONS:
            raise MessageError(message(UNKNOWN_ACTIVATION, function=repr(function), choices=", ".join(ops.ACTIVATIONS)))
        super().__init__(name or function)
        self.function = function

    def config(self):
        return {"function": self.function}

    def forward(self, x):
        self._x = x
        return ops.ACTIVATION_FUNCTIONS[self.function][0](x)

    def backward(self, dy, *, input_gradient=True):
        return ops.ACTIVATION_FUNCTIONS[self.function][1](dy, self._saved_input())


class Pool2D(Layer):
    """Max, min or average pooling, over size x size windows moved by stride, or onto a fixed
    output grid (``output_size=(2, 2)``: one value per quadrant, whatever the input size)."""
    kind = "pool2d"

    def __init__(self, size=2, stride=None, *, mode: str = "max", output_size=None, name: str | None = None):
        super().__init__(name)
        if mode not in ops.POOL_MODES:
            raise MessageError(in_layer(self.name, POOL_MODE_ONE_OF, choices=", ".join(ops.POOL_MODES), mode=repr(mode)))
        self.mode = mode
        self._pooled = None
        self.output_size = ops.pair(output_size) if output_size is not None else None
        self.size = ops.pair(size) if self.output_size is None else None
        self.stride = ops.pair(stride if stride is not None else size) if self.output_size is None else None
        if self.output_size is not None and min(self.output_size) < 1:
            raise ShapeError(in_layer(self.name, OUTPUT_SIZE_POSITIVE))
        if self.size is not None and min(*self.size, *self.stride) < 1:
            raise ShapeError(in_layer(self.name, POOL_SIZES))

    @property
    def adaptive(self) -> bool:
        return self.output_size is not None

    def config(self):
        if self.adaptive:
            return {"mode": self.mode, "output_size": list(self.output_size)}
        return {"mode": self.mode, "size": list(self.size), "stride": list(self.stride)}

    def output_shape(self, input_shape):
        if len(input_shape) != 3:
            raise ShapeError(in_layer(self.name, EXPECTS_CHW, shape=tuple(input_shape)))
        c, h, w = input_shape
        if self.adaptive:
            oh, ow = self.output_size
            if h < oh or w < ow:
                raise ShapeError(in_layer(self.name, CANNOT_POOL_ONTO, height=h, width=w, grid_height=oh, grid_width=ow))
            return (c, oh, ow)
        oh, ow = ops.output_size(h, self.size[0], self.stride[0]), ops.output_size(w, self.size[1], self.stride[1])
        if oh < 1 or ow < 1:
            raise ShapeError(in_layer(self.name, WINDOW_TOO_LARGE, window_height=self.size[0], window_width=self.size[1],
                                      height=h, width=w))
        return (c, oh, ow)

    def forward(self, x):
        self._x = x
        if self.adaptive:
            return ops.adaptive_pool2d(x, self.output_size, self.mode)
        self._pooled = ops.pool2d(x, self.size, self.stride, self.mode)
        return self._pooled

    def backward(self, dy, *, input_gradient=True):
        x = self._saved_input()
        if self.adaptive:
            return ops.adaptive_pool2d_backward(dy, x, self.output_size, self.mode)
        return ops.pool2d_backward(dy, x, self.size, self.stride, self.mode, pooled=self._pooled)

    def forget(self):
        super().forget()
        self._pooled = None


class Flatten(Layer):
    kind = "flatten"

    def output_shape(self, input_shape):
        return (int(np.prod(input_shape)),)

    def forward(self, x):
        self._x = x
        return ops.flatten(x)

    def backward(self, dy, *, input_gradient=True):
        return ops.flatten_backward(dy, self._saved_input())


class Dense(Layer):
    """Fully connected: every output is an inner product of a weight row (out, in) with the input."""
    kind = "dense"

    def __init__(self, in_features: int, out_features: int, *, name: str | None = None, dtype=np.float32):
        super().__init__(name)
        if min(in_features, out_features) < 1:
            raise ShapeError(in_layer(self.name, DENSE_SIZES))
        self.params["weight"] = np.zeros((out_features, in_features), dtype=dtype)
        self.params["bias"] = np.zeros(out_features, dtype=dtype)

    weight = property(lambda self: self.params["weight"])
    bias = property(lambda self: self.params["bias"])
    in_features = property(lambda self: self.weight.shape[1])
    out_features = property(lambda self: self.weight.shape[0])

    def config(self):
        return {"in_features": self.in_features, "out_features": self.out_features}

    def output_shape(self, input_shape):
        if len(input_shape) != 1:
            raise ShapeError(in_layer(self.name, EXPECTS_FLAT, features=self.in_features, shape=tuple(input_shape)))
        if input_shape[0] != self.in_features:
            raise ShapeError(in_layer(self.name, FEATURES_MISMATCH, features=input_shape[0], expected=self.in_features))
        return (self.out_features,)

    def forward(self, x):
        self._x = x
        return ops.dense(x, self.weight, self.bias)

    def backward(self, dy, *, input_gradient=True):
        dx, dw, db = ops.dense_backward(dy, self._saved_input(), self.weight)
        self.grads["weight"], self.grads["bias"] = dw, db
        return dx


class Softmax(Layer):
    """Turns logits into probabilities that sum to 1."""
    kind = "softmax"

    def output_shape(self, input_shape):
        if len(input_shape) != 1:
            raise ShapeError(in_layer(self.name, EXPECTS_LOGITS, shape=tuple(input_shape)))
        return tuple(input_shape)

    def forward(self, x):
        self._x = ops.softmax(x, axis=1)
        return self._x

    def backward(self, dy, *, input_gradient=True):
        return ops.softmax_backward(dy, self._saved_input(), axis=1)


class Standardize(Layer):
    """Per-channel standardisation, (x - mean[c]) / std[c], with mean and std (C,) measured on the training
    data: what a photo must go through to look to the network like the pictures it learned from.

    Not trained (no ``params``); mean and std are settings written in the model file. Input and output
    (N, C, H, W). ``Sequential.forward(x, standardize=False)`` passes the input through unchanged instead.
    """
    kind = "standardize"

    def __init__(self, mean, std, *, name: str | None = None):
        super().__init__(name)
        mean = np.asarray(mean, dtype=np.float64).ravel()
        std = np.asarray(std, dtype=np.float64).ravel()
        if mean.size != std.size or mean.size < 1:
            raise ShapeError(str(in_layer(self.name, STANDARDIZE_LENGTHS, means=mean.size, stds=std.size)))
        bad_std = next((v for v in std if not (np.isfinite(v) and v > 0)), None)
        if bad_std is not None:
            raise MessageError(in_layer(self.name, STANDARDIZE_STD, std=float(bad_std)))
        bad_mean = next((v for v in mean if not np.isfinite(v)), None)
        if bad_mean is not None:
            raise MessageError(in_layer(self.name, STANDARDIZE_MEAN, mean=float(bad_mean)))
        self.mean, self.std = mean, std          # float64; ops cast them to the dtype of the input

    @property
    def channels(self) -> int:
        return self.mean.size

    def config(self):
        return {"mean": [float(v) for v in self.mean], "std": [float(v) for v in self.std]}

    def set_statistics(self, mean, std) -> None:
        """Replace mean and std (C,) (checked as in the constructor)."""
        checked = Standardize(mean, std, name=self.name)
        if checked.channels != self.channels:
            raise ShapeError(str(in_layer(self.name, STANDARDIZE_CHANNELS, channels=checked.channels,
                                         expected=self.channels)))
        self.mean, self.std = checked.mean, checked.std

    def output_shape(self, input_shape):
        if len(input_shape) != 3:
            raise ShapeError(in_layer(self.name, EXPECTS_CHW, shape=tuple(input_shape)))
        if input_shape[0] != self.channels:
            raise ShapeError(str(in_layer(self.name, STANDARDIZE_CHANNELS, channels=input_shape[0],
                                         expected=self.channels)))
        return tuple(input_shape)

    def forward(self, x):
        self._x = x
        return ops.standardize(x, self.mean, self.std)

    def backward(self, dy, *, input_gradient=True):
        self._saved_input()
        return ops.standardize_backward(dy, self.std)


class LayerSettingError(ShapeError, MessageError):
    """A layer's settings cannot work; carries a cnnviz.messages Message."""


CHANNELS_KERNEL_STRIDE = template("kernel, channels and stride must be at least 1 and padding "
                                  "at least 0, got kernel {kernel}, channels {channels}, stride {stride}, "
                                  "padding {padding}")
OUTPUT_PADDING_TOO_LARGE = template("output padding {output_padding} must be smaller than the "
                                    "stride {stride} (try output padding 0 to {largest})")
TRANSPOSE_CROPPED_AWAY = template("padding {padding} crops away the whole output of a {kernel} "
                                  "transposed convolution on a {size} input "
                                  "(out = (n - 1)s - 2p + k + output_padding would be {out}); "
                                  "use padding {largest} or less")
UPSAMPLE_MODE = template("upsampling mode must be one of {modes}, got {mode}")
UPSAMPLE_SCALE = template("the upsampling scale must be a whole number from 1 to {limit}, "
                          "got {scale}")
UPSAMPLE_MAX_SCALE = 16


class ConvTranspose2D(Layer):
    """Transposed convolution, weights (C_in, C_out, KH, KW) as PyTorch's ConvTranspose2d: every input cell
    stamps its filters, scaled by its value, onto the output, stride cells apart; overlapping stamps add.
    Output size (n - 1)s - 2p + k + output_padding."""
    kind = "conv_transpose2d"

    def __init__(self, in_channels: int, out_channels: int, kernel_size=3, *, stride=1, padding=0,
                 output_padding=0, name: str | None = None, dtype=np.float32):
        super().__init__(name)
        kh, kw = ops.pair(kernel_size)
        self.stride, self.padding = ops.pair(stride), ops.pair(padding)
        self.output_padding = ops.pair(output_padding)
        if min(kh, kw, in_channels, out_channels, *self.stride) < 1 or min(self.padding) < 0:
            raise LayerSettingError(in_layer(self.name, CHANNELS_KERNEL_STRIDE, kernel=f"{kh}x{kw}",
                                            channels=f"{in_channels} -> {out_channels}",
                                            stride=list(self.stride), padding=list(self.padding)))
        if min(self.output_padding) < 0 or any(op >= s for op, s in zip(self.output_padding, self.stride)):
            raise LayerSettingError(in_layer(self.name, OUTPUT_PADDING_TOO_LARGE,
                                            output_padding=list(self.output_padding), stride=list(self.stride),
                                            largest=min(self.stride) - 1))
        self.params["weight"] = np.zeros((in_channels, out_channels, kh, kw), dtype=dtype)
        self.params["bias"] = np.zeros(out_channels, dtype=dtype)

    weight = property(lambda self: self.params["weight"])
    bias = property(lambda self: self.params["bias"])
    in_channels = property(lambda self: self.weight.shape[0])
    out_channels = property(lambda self: self.weight.shape[1])
    kernel_size = property(lambda self: (self.weight.shape[2], self.weight.shape[3]))

    def config(self):
        return {"in_channels": self.in_channels, "out_channels": self.out_channels,
                "kernel_size": list(self.kernel_size), "stride": list(self.stride),
                "padding": list(self.padding), "output_padding": list(self.output_padding)}

    def output_shape(self, input_shape):
        if len(input_shape) != 3:
            raise LayerSettingError(in_layer(self.name, EXPECTS_CHW, shape=tuple(input_shape)))
        c, h, w = input_shape
        if c != self.in_channels:
            raise LayerSettingError(in_layer(self.name, CHANNELS_MISMATCH, channels=c,
                                            expected=self.in_channels))
        sizes = [ops.conv_transpose_output_size(n, k, s, p, op) for n, k, s, p, op in
                 zip((h, w), self.kernel_size, self.stride, self.padding, self.output_padding)]
        if min(sizes) < 1:
            largest = min((n - 1) * s + k + op - 1 for n, k, s, op in
                          zip((h, w), self.kernel_size, self.stride, self.output_padding)) // 2
            raise LayerSettingError(in_layer(self.name, TRANSPOSE_CROPPED_AWAY, padding=list(self.padding),
                                            kernel="{}x{}".format(*self.kernel_size), size=f"{h}x{w}",
                                            out=min(sizes), largest=largest))
        return (self.out_channels, *sizes)

    def forward(self, x):
        self._x = x
        return ops.conv_transpose2d(x, self.weight, self.bias, self.stride, self.padding, self.output_padding)

    def backward(self, dy, *, input_gradient=True):
        dx, dw, db = ops.conv_transpose2d_backward(dy, self._saved_input(), self.weight, self.stride,
                                                   self.padding, self.output_padding)
        self.grads["weight"], self.grads["bias"] = dw, db
        return dx if input_gradient else None


class Upsample(Layer):
    """Enlarges every map by a whole-number scale: "nearest" repeats each cell into a block, "bilinear"
    interpolates (align_corners=False, as PyTorch). No weights."""
    kind = "upsample"

    def __init__(self, scale=2, *, mode: str = "nearest", name: str | None = None):
        super().__init__(name)
        if mode not in ops.UPSAMPLE_MODES:
            raise LayerSettingError(in_layer(self.name, UPSAMPLE_MODE, modes=", ".join(ops.UPSAMPLE_MODES),
                                            mode=repr(mode)))
        scale_pair = ops.pair(scale)
        if not 1 <= min(scale_pair) <= max(scale_pair) <= UPSAMPLE_MAX_SCALE:
            raise LayerSettingError(in_layer(self.name, UPSAMPLE_SCALE, limit=UPSAMPLE_MAX_SCALE,
                                            scale=list(scale_pair)))
        self.scale, self.mode = scale_pair, mode

    def config(self):
        return {"scale": list(self.scale), "mode": self.mode}

    def output_shape(self, input_shape):
        if len(input_shape) != 3:
            raise LayerSettingError(in_layer(self.name, EXPECTS_CHW, shape=tuple(input_shape)))
        c, h, w = input_shape
        return (c, h * self.scale[0], w * self.scale[1])

    def forward(self, x):
        self._x = x
        return ops.upsample2d(x, self.scale, self.mode)

    def backward(self, dy, *, input_gradient=True):
        return ops.upsample2d_backward(dy, self._saved_input(), self.scale, self.mode)


LAYER_TYPES = {cls.kind: cls for cls in (Conv2D, Activation, Pool2D, Flatten, Dense, Softmax, Standardize,
                                         ConvTranspose2D, Upsample)}
