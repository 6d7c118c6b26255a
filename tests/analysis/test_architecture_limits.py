"""The editor's size limits: the largest model they allow is the one bench_live.py times (p95 <= 16 ms), the
lectures' 128x128 input still fits, and one step over a limit is refused in one sentence."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from cnnviz.analysis import architecture as arch
from cnnviz.analysis.edit import set_conv_options
from cnnviz.engine import load_model

ROOT = Path(__file__).resolve().parents[2]


def rng():
    return np.random.default_rng(0)


def test_the_lectures_128_input_fits_and_a_larger_side_is_refused():
    model = arch.set_input(load_model("lecture-ox"), channels=3, height=128, width=128, rng=rng()).model
    assert model.shapes()[0] == (2, 126, 126)
    with pytest.raises(arch.ArchitectureError, match="from 1 to 128, not 129"):
        arch.set_input(model, height=129, rng=rng())


def test_an_input_a_drawing_cannot_give_is_refused_saying_what_fits():
    """A drawing, picture or camera frame gives 1 or 3 channels; any other count would fail on every pen move."""
    for channels in (2, 4):
        with pytest.raises(arch.ArchitectureError, match=r"(cannot be drawn.*choose 1 \(grey\) or 3)|from 1 to 3"):
            arch.set_input(load_model("lecture-ox"), channels=channels, rng=rng())
    assert arch.set_input(load_model("lecture-ox"), channels=3, rng=rng()).model.input_shape[0] == 3


def test_a_stack_one_filter_over_the_cell_limit_is_refused():
    model = arch.set_input(load_model("lecture-ox"), channels=3, height=128, width=128, rng=rng()).model
    model = set_conv_options(model, "conv1", padding=1).model
    assert arch.set_filters(model, "conv1", 8, rng=rng()).model.shapes()[0] == (8, 128, 128)     # 2^17 cells
    with pytest.raises(arch.ArchitectureError, match="9 x 128 x 128 = 147456 cells, over the limit of 131072"):
        arch.set_filters(model, "conv1", 9, rng=rng())


def test_the_benchmarks_largest_model_is_at_every_limit():
    spec = importlib.util.spec_from_file_location("bench_live", ROOT / "benchmarks" / "bench_live.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    model = bench.largest_editable_model()
    assert model.input_shape == (3, arch.MAX_INPUT_SIDE, arch.MAX_INPUT_SIDE)
    cells = [int(np.prod(s)) for s in model.shapes()]
    assert cells[:5] == [arch.MAX_CELLS, arch.MAX_CELLS, arch.MAX_CELLS // 4, arch.MAX_CELLS, arch.MAX_CELLS]
    assert max(cells) <= arch.MAX_CELLS
