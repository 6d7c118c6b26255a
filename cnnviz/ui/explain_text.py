"""The engine's sentences (``cnnviz.engine.explain`` and ``edit``: notes, formulas, checks) in the interface language.

The engine has no Qt and writes English. Each sentence it can write is listed here as a template, its
values as ``{0}``, ``{1}``...; ``engine_text(sentence)`` finds the template the sentence fills, and fills the
translated template with the same values (values that are words of their own, such as a preset's name, are
translated too). A sentence that fits no template is shown as the engine wrote it. The templates are in the
translation catalogue under the context "EngineText"; a test checks that they still fit the engine's output.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "EngineText"

# The English templates, exactly as the engine writes the sentences (most specific first).
TEMPLATES = (
    QT_TRANSLATE_NOOP("EngineText", "Numbers are shown rounded to {0} decimals. Sums are computed from the unrounded "
                                    "values (in float64), so the shown terms may add up to the shown sum only to "
                                    "within the last digit."),
    QT_TRANSLATE_NOOP("EngineText", "the engine ({0}) gives {1}, exactly this value (picking a value involves no "
                                    "rounding); shown as {2}"),
    QT_TRANSLATE_NOOP("EngineText", "the engine ({0}) gives {1}, a DIFFERENT value (picking a value involves no "
                                    "rounding); shown as {2}"),
    QT_TRANSLATE_NOOP("EngineText", "computed exactly (float64): {0}; the engine ({1}) gives {2}; difference {3} "
                                    "within {4} rounding (±{5}); shown as {6}"),
    QT_TRANSLATE_NOOP("EngineText", "computed exactly (float64): {0}; the engine ({1}) gives {2}; difference {3} "
                                    "OUTSIDE {4} rounding (±{5}); shown as {6}"),
    QT_TRANSLATE_NOOP("EngineText", "cross-correlation: the filter is laid on the patch as stored (what every "
                                    "framework calls convolution)"),
    QT_TRANSLATE_NOOP("EngineText", "true convolution: the stored kernel is rotated by 180° before multiplying; the "
                                    "weights shown are rotated"),
    QT_TRANSLATE_NOOP("EngineText", "average of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5} / {0} = {6}"),
    QT_TRANSLATE_NOOP("EngineText", "max of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5}, at row {6}, col {7}"),
    QT_TRANSLATE_NOOP("EngineText", "min of {0} cells (rows {1}-{2}, cols {3}-{4}) = {5}, at row {6}, col {7}"),
    QT_TRANSLATE_NOOP("EngineText", "Every logit is first shifted by the largest one ({0}): exp(z - m) / sum "
                                    "exp(z - m) equals exp(z) / sum exp(z), and no exp overflows."),
    QT_TRANSLATE_NOOP("EngineText", "{0} filters x ({1} x {2} x {3}) weights + {4} biases = {5} + {6} = {7}"),
    QT_TRANSLATE_NOOP("EngineText", "{0} x {1} weights + {2} biases = {3} + {4} = {5}"),
    QT_TRANSLATE_NOOP("EngineText", "no parameters"),
    QT_TRANSLATE_NOOP("EngineText", "a dense layer from the same {0} inputs to the same {1} outputs would need "
                                    "{2} x {3} + {4} = {5} parameters, {6} times as many: a convolution shares one "
                                    "small filter across every position"),
    QT_TRANSLATE_NOOP("EngineText", "out = floor((n + 2p - k) / s) + 1 = floor(({0} + {1} - {2}) / {3}) + 1 = {4}: "
                                    "nothing (a {5}-wide window does not fit {6} cells)"),
    QT_TRANSLATE_NOOP("EngineText", "adaptive pooling: out = {0} whatever n (n = {1}; bins {2})"),
    # edit notes
    QT_TRANSLATE_NOOP("EngineText", "{0}: filter {1} weights set"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: filter {1} set to the {2} preset on every input channel"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: filter {1} set to the {2} preset on input channel {3}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: filter {1} set to the {2} preset"),
    QT_TRANSLATE_NOOP("EngineText", "{0} computes a true convolution, so this kernel is multiplied rotated by 180° "
                                    "(Sobel flips sign)"),
    QT_TRANSLATE_NOOP("EngineText", "{0} computes a true convolution, so this kernel is multiplied rotated by 180°"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: its input changed from {1} to {2} features, so its weights were "
                                    "re-initialised (undo to restore)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: its input changed from {1} to {2} channels, so its filters were "
                                    "re-initialised (undo to restore)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: kernels resized from {1} to {2} ({3})"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: padding {1} -> {2} (a border of {3} zero cells around the input)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: padding {1} -> {2} (a border of {3} zero cell around the input)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: padding {1} -> {2}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: stride {1} -> {2}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: now computes a true convolution (each kernel rotated by 180°)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: now computes a cross-correlation (kernels used as stored)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: gamma {1} -> {2}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: output {1} -> {2}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: nothing changed"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: activation {1} -> {2}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: added an activation layer '{1}' ({2}) after it"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: {1} -> {2} pooling"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: now pools onto a fixed {1} grid (adaptive)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: output grid {1} -> {2}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: now pools {1} windows with stride {2} (was adaptive onto {3})"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: window {1} -> {2}"),
    # attribution (cnnviz.viz.experiments.attribution_sentence)
    QT_TRANSLATE_NOOP("EngineText", "sum of contributions {0}  +  bias term {1}  =  {2}"),
    QT_TRANSLATE_NOOP("EngineText", "logit  =  {0}"),
    # feature labels (the rows of a dense layer's inspector table)
    QT_TRANSLATE_NOOP("EngineText", "{0} map {1}, row {2}, col {3}"),
    QT_TRANSLATE_NOOP("EngineText", "{0} value {1}"),
    QT_TRANSLATE_NOOP("EngineText", "{0} feature {1}"),
)

# Words the engine puts into its sentences as values: filter presets (``edit.PRESET_TITLES``), pooling modes,
# and "input", the name of the network's input (layer names are the model's own and stay as they are).
TERMS = (
    QT_TRANSLATE_NOOP("EngineText", "input"),
    QT_TRANSLATE_NOOP("EngineText", "\\ diagonal"), QT_TRANSLATE_NOOP("EngineText", "/ diagonal"),
    QT_TRANSLATE_NOOP("EngineText", "horizontal line"), QT_TRANSLATE_NOOP("EngineText", "vertical line"),
    QT_TRANSLATE_NOOP("EngineText", "Sobel x"), QT_TRANSLATE_NOOP("EngineText", "Sobel y"),
    QT_TRANSLATE_NOOP("EngineText", "Laplacian"), QT_TRANSLATE_NOOP("EngineText", "box blur"),
    QT_TRANSLATE_NOOP("EngineText", "identity"), QT_TRANSLATE_NOOP("EngineText", "random (He)"),
    QT_TRANSLATE_NOOP("EngineText", "zero"),
    QT_TRANSLATE_NOOP("EngineText", "max"), QT_TRANSLATE_NOOP("EngineText", "avg"),
    QT_TRANSLATE_NOOP("EngineText", "min"),
)


@lru_cache(maxsize=None)
def _pattern(template: str) -> re.Pattern:
    parts, seen = [], set()
    for piece in re.split(r"(\{\d\})", template):
        match = re.fullmatch(r"\{(\d)\}", piece)
        if match is None:
            parts.append(re.escape(piece))
        elif match.group(1) in seen:
            parts.append(f"(?P=v{match.group(1)})")
        else:
            seen.add(match.group(1))
            parts.append(f"(?P<v{match.group(1)}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


def term(word: str) -> str:
    """A word the engine uses as a value (a preset's name), in the interface language."""
    return QCoreApplication.translate(CONTEXT, word) if word in TERMS else word


def engine_text(sentence: str) -> str:
    """An engine sentence in the interface language (as written when no template fits it)."""
    if not sentence:
        return sentence
    for template in TEMPLATES:
        match = _pattern(template).fullmatch(sentence)
        if match is not None:
            values = {int(k[1:]): term(v) for k, v in match.groupdict().items()}
            translated = QCoreApplication.translate(CONTEXT, template)
            return re.sub(r"\{(\d)\}", lambda m: values.get(int(m.group(1)), m.group(0)), translated)
    return sentence


def engine_lines(text: str, separator: str = "\n") -> str:
    """Several engine sentences joined by ``separator``, each translated."""
    return separator.join(engine_text(line) for line in text.split(separator))
