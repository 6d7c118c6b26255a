"""What a model file may ask the engine to hold, checked when it is loaded, before anything large is made.

A model file is small text, but its settings decide what running it costs: a 4 KB file asking for a
100000 x 100000 input would pass every shape check and then exhaust memory on the first pen movement.
Loading therefore checks the costs below against named limits, generous for teaching models (the
shipped ones use well under 1% of each), and refuses a file over a limit with one message saying which
limit and by how much. Every check is linear in the size of the file.
"""
from __future__ import annotations

from ..messages import MessageError, message, template

MAX_MODEL_FILE_BYTES = 64 * 1024 * 1024     # the JSON text itself
MAX_LAYERS = 1_000
MAX_CLASSES = 1_000
MAX_INPUT_CELLS = 1_000_000                 # channels x height x width of one input (a 3 x 512 x 512 photo fits)
MAX_ACTIVATION_CELLS = 4_000_000            # one layer's output for one sample (16 MB of float32)
MAX_PATCH_CELLS = 32_000_000                # a convolution's unrolled patches for one sample (128 MB of float32)
MAX_PARAMETERS = 5_000_000                  # weights and biases of the whole model (20 MB of float32)

# One message per limit (a template each, so the interface translates it whole): value, limit and excess
OVER_LIMIT = {
    "file": template("the file is {value:,} bytes, over the limit of {limit:,} by {over:,}"),
    "classes": template("the model has {value:,} classes, over the limit of {limit:,} by {over:,}"),
    "layers": template("the model has {value:,} layers, over the limit of {limit:,} by {over:,}"),
    "input": template("the input has {value:,} cells (channels x height x width), over the limit of "
                      "{limit:,} by {over:,}"),
    "parameters": template("the model has {value:,} parameters up to this layer, over the limit of "
                           "{limit:,} by {over:,}"),
    "output": template("its output has {value:,} cells, over the limit of {limit:,} by {over:,}"),
    "patches": template("its unrolled patches have {value:,} cells (channels x kernel x output "
                        "positions), over the limit of {limit:,} by {over:,}"),
}
LIMITS = {"file": MAX_MODEL_FILE_BYTES, "classes": MAX_CLASSES, "layers": MAX_LAYERS, "input": MAX_INPUT_CELLS,
          "parameters": MAX_PARAMETERS, "output": MAX_ACTIVATION_CELLS, "patches": MAX_PATCH_CELLS}


class LimitError(MessageError):
    """A model asks for more than a limit allows; the message names the limit and by how much (the caller
    says where, around it)."""


def check_limit(kind: str, value: int, limit: int | None = None) -> None:
    """Raise LimitError if ``value`` exceeds the limit of ``kind`` (a key of OVER_LIMIT; ``limit`` overrides)."""
    limit = LIMITS[kind] if limit is None else limit
    if value > limit:
        raise LimitError(message(OVER_LIMIT[kind], value=int(value), limit=int(limit),
                                 over=int(value - limit)))


def conv_patch_cells(in_channels: int, kernel: tuple[int, int], output_hw: tuple[int, int]) -> int:
    """Cells of the unrolled patches (im2col) a convolution builds for one sample: C*KH*KW x H_out*W_out."""
    return in_channels * kernel[0] * kernel[1] * output_hw[0] * output_hw[1]
