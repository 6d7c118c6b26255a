"""The pipeline beside the convolution stepper in presentation mode: the stepped layer first.

At a projector's 1280 x 720 the stepper (its input, its output filling in, the arithmetic) and a whole
pipeline cannot both be read: the stepper needs about half the height, and ``ox-cnn``'s eight conv1 maps need
all of it at 150 px. So while the stepper is open in presentation mode the pipeline leads with the layer being
stepped: its input stage, then the layer itself, then the other stages (which the pipeline names when there is no
room for them). If the two stages' maps cannot all be read, each is reduced to the one map the stepper shows:
the input channel under the window and the output channel being computed.

``stepping_stages(stages, layer, channel, input_channel, one_map=...)`` returns that order; ``reduce_to(stage, i)``
is a stage showing only its map ``i``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .layout import Stage


@dataclass(frozen=True)
class Stepping:
    """What the stepper steps through: a layer, the output channel computed, the input channel shown."""
    layer: str
    channel: int = 0
    input_channel: int = 0
    pooling: bool = False           # a pooling layer: each output channel reads only its own input channel


def reduce_to(stage: Stage, index: int) -> Stage:
    """``stage`` showing only its map ``index`` (with that map's filter, for a convolution)."""
    if stage.count <= 1:
        return stage
    index = max(0, min(int(index), stage.count - 1))
    lead = None if stage.lead is None else stage.lead[index:index + 1]
    names = stage.map_names[index:index + 1] if len(stage.map_names) == stage.count else ()
    return replace(stage, count=1, first_map=stage.first_map + index, lead=lead, map_names=names)


def stepping_stages(stages: list[Stage], stepping: Stepping, *, one_map: bool) -> list[Stage]:
    """The stepped layer's input stage and the layer first, then every other stage in pipeline order;
    ``one_map``: those two reduced to the maps the stepper shows. Unchanged if the layer has no stage."""
    names = [stage.name for stage in stages]
    if stepping.layer not in names:
        return list(stages)
    at = names.index(stepping.layer)
    lead = list(range(max(0, at - 1), at + 1))
    first = [stages[i] for i in lead]
    if one_map:
        shown_input = stepping.channel if stepping.pooling else stepping.input_channel
        first = [reduce_to(stage, stepping.channel if i == at else shown_input) for i, stage in zip(lead, first)]
    return first + [stage for i, stage in enumerate(stages) if i not in lead]
