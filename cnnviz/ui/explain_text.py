"""The engine's sentences (``cnnviz.analysis.explain`` and ``edit``: notes, formulas, checks) in the interface language.

The engine has no Qt and writes English. Each sentence it can write is listed here as a template, its
values as ``{0}``, ``{1}``...; ``engine_text(sentence)`` finds the template the sentence fills, and fills the
translated template with the same values (values that are words of their own, such as a preset's name, are
translated too). A sentence that fits no template is shown as the engine wrote it. The templates are in the
translation catalogue under the context "EngineText"; a test checks that they still fit the engine's output.

The same goes for what the engine, ``cnnviz.data`` and ``cnnviz.scenes`` say about a file the user opened (a
model file, a scene, an image, a collection; MESSAGES), about an edit it refuses, a file it cannot write and a
training run that failed, and for the shipped models' descriptions and those of networks trained in the app:
their values (file names, field and layer names, numbers, shapes) are shown as written. Such a message is often
one inside another ("FILE: layer 5 ('dense'): 'weight' has shape ..."): a frame (FRAMES) fits when the message
inside it, its last value, fits a template too.
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
    QT_TRANSLATE_NOOP("EngineText", "{0}: filter {1} weights set, bias {2}"),
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
    QT_TRANSLATE_NOOP("EngineText", "{0}: similarity {1} -> dot (each cell is the inner product filter · patch, plus "
                                    "the bias)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: similarity {1} -> cosine (each cell is the cosine of the angle between "
                                    "filter and patch, in [-1, 1], plus the bias: how alike, whatever the brightness)"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: similarity {1} -> rbf (each cell is exp(-gamma |patch - filter|²), plus the "
                                    "bias: 1 where the patch equals the filter, towards 0 as they differ)"),
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
# how kernels were resized, and "input", the name of the network's input (layer names are the model's own and
# stay as they are).
TERMS = (
    QT_TRANSLATE_NOOP("EngineText", "input"),
    QT_TRANSLATE_NOOP("EngineText", "centre-cropped"),
    QT_TRANSLATE_NOOP("EngineText", "zero-padded around the centre"),
    QT_TRANSLATE_NOOP("EngineText", "centre-cropped and zero-padded around the centre"),
    QT_TRANSLATE_NOOP("EngineText", "\\ diagonal"), QT_TRANSLATE_NOOP("EngineText", "/ diagonal"),
    QT_TRANSLATE_NOOP("EngineText", "horizontal line"), QT_TRANSLATE_NOOP("EngineText", "vertical line"),
    QT_TRANSLATE_NOOP("EngineText", "Sobel x"), QT_TRANSLATE_NOOP("EngineText", "Sobel y"),
    QT_TRANSLATE_NOOP("EngineText", "Laplacian"), QT_TRANSLATE_NOOP("EngineText", "box blur"),
    QT_TRANSLATE_NOOP("EngineText", "identity"), QT_TRANSLATE_NOOP("EngineText", "random (He)"),
    QT_TRANSLATE_NOOP("EngineText", "zero"),
    QT_TRANSLATE_NOOP("EngineText", "max"), QT_TRANSLATE_NOOP("EngineText", "avg"),
    QT_TRANSLATE_NOOP("EngineText", "min"),
)

# What the engine (cnnviz.engine.model_files, model, layers), cnnviz.data (images, collections) and cnnviz.scenes say
# about a file the user opened, exactly as written there, and the shipped models' descriptions. Values are
# shown as written (no TERMS). Most specific first: a template fits only the whole message.
MESSAGES = (
    # model files (cnnviz.engine.model_files)
    QT_TRANSLATE_NOOP("EngineText", "it is a directory"),
    QT_TRANSLATE_NOOP("EngineText", "no such file and no shipped model of that name (shipped: {0})"),
    QT_TRANSLATE_NOOP("EngineText", "not valid JSON ({0} at line {1}, column {2})"),
    QT_TRANSLATE_NOOP("EngineText", "not a model file (lists or objects nested too deeply)"),
    QT_TRANSLATE_NOOP("EngineText", "expected an object, got {0}"),
    QT_TRANSLATE_NOOP("EngineText", "missing field '{0}'"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be an integer, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a string, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a list, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be an object, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be true or false, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be an integer or a list, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be int or float, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a finite number, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be >= {1}, got {2}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be an integer >= {1} or a pair of them, got {2}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be one of {1}, got {2}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a nested list of numbers of shape {1}, got {2}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a nested list of numbers of shape {1}"),
    QT_TRANSLATE_NOOP("EngineText", "'{0}' has shape {1}, expected {2}"),
    QT_TRANSLATE_NOOP("EngineText", "'{0}' contains NaN or infinite values (weights must be finite numbers)"),
    QT_TRANSLATE_NOOP("EngineText", "unknown layer type '{0}' (known: {1})"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be \"{1}\", got \"{2}\""),
    QT_TRANSLATE_NOOP("EngineText", "format version {0} is not supported (this cnnviz reads version {1})"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must list at least two different names"),
    # what Python and NumPy say inside them
    QT_TRANSLATE_NOOP("EngineText", "Unable to allocate {0} for an array with shape {1} and data type {2}"),
    QT_TRANSLATE_NOOP("EngineText", "Exceeds the limit ({0} digits) for integer string conversion: value has {1} "
                                    "digits; use sys.set_int_max_str_digits() to increase the limit"),
    QT_TRANSLATE_NOOP("EngineText", "invalid start byte"),
    QT_TRANSLATE_NOOP("EngineText", "invalid continuation byte"),
    QT_TRANSLATE_NOOP("EngineText", "unexpected end of data"),
    QT_TRANSLATE_NOOP("EngineText", "[Errno {0}] Permission denied: {1}"),
    QT_TRANSLATE_NOOP("EngineText", "Permission denied"),
    QT_TRANSLATE_NOOP("EngineText", "Is a directory"),
    QT_TRANSLATE_NOOP("EngineText", "Not a directory"),
    QT_TRANSLATE_NOOP("EngineText", "No such file or directory"),
    QT_TRANSLATE_NOOP("EngineText", "File exists"),
    QT_TRANSLATE_NOOP("EngineText", "No space left on device"),
    QT_TRANSLATE_NOOP("EngineText", "Read-only file system"),
    # models (cnnviz.engine.model) and layers (cnnviz.engine.layers)
    QT_TRANSLATE_NOOP("EngineText", "two layers are named '{0}'; layer names must be unique"),
    QT_TRANSLATE_NOOP("EngineText", "input shape must be (channels, height, width) >= 1, got {0}"),
    QT_TRANSLATE_NOOP("EngineText", "a classifier needs at least two class names"),
    QT_TRANSLATE_NOOP("EngineText", "the model has no layers"),
    QT_TRANSLATE_NOOP("EngineText", "the last layer gives shape {0}, but there are {1} classes ({2})"),
    QT_TRANSLATE_NOOP("EngineText", "similarity must be one of {0}, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "gamma must be a number > 0, got {0}"),
    QT_TRANSLATE_NOOP("EngineText", "kernel, channels and stride must be >= 1 and padding >= 0"),
    QT_TRANSLATE_NOOP("EngineText", "expects (channels, height, width) input, got {0}"),
    QT_TRANSLATE_NOOP("EngineText", "input has {0} channels, its filters expect {1}"),
    QT_TRANSLATE_NOOP("EngineText", "a {0}x{1} kernel does not fit a {2}x{3} input"),
    QT_TRANSLATE_NOOP("EngineText", "unknown activation {0}; choose one of {1}"),
    QT_TRANSLATE_NOOP("EngineText", "pooling mode must be one of {0}, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "output_size must be >= 1"),
    QT_TRANSLATE_NOOP("EngineText", "size and stride must be >= 1"),
    QT_TRANSLATE_NOOP("EngineText", "cannot pool a {0}x{1} input onto a {2}x{3} grid"),
    QT_TRANSLATE_NOOP("EngineText", "a {0}x{1} window does not fit a {2}x{3} input"),
    QT_TRANSLATE_NOOP("EngineText", "in_features and out_features must be >= 1"),
    QT_TRANSLATE_NOOP("EngineText", "expects a flat input of {0} features, got shape {1} (add a flatten layer "
                                    "before it)"),
    QT_TRANSLATE_NOOP("EngineText", "gets {0} input features, its weights expect {1}"),
    QT_TRANSLATE_NOOP("EngineText", "expects a flat vector of logits, got {0}"),
    # model edits the engine refuses (cnnviz.analysis.edit.EditError)
    QT_TRANSLATE_NOOP("EngineText", "the '\\' preset needs a square kernel of at least 2x2, not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "the '/' preset needs a square kernel of at least 2x2, not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "the 'horizontal' preset needs an odd kernel height of at least 3 (a middle "
                                    "row), not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "the 'vertical' preset needs an odd kernel width of at least 3 (a middle "
                                    "column), not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "the 'sobel_x' preset needs a kernel of at least 2x2, not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "the 'sobel_y' preset needs a kernel of at least 2x2, not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "the 'laplacian' preset needs odd kernel sizes (a centre cell), not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "the 'identity' preset needs odd kernel sizes (a centre cell), not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "the 'random' preset needs a random generator (rng)"),
    QT_TRANSLATE_NOOP("EngineText", "unknown preset {0}; choose one of {1}"),
    QT_TRANSLATE_NOOP("EngineText", "no layer named {0} (layers: {1})"),
    QT_TRANSLATE_NOOP("EngineText", "layer '{0}' is a {1} layer, not a convolution layer"),
    QT_TRANSLATE_NOOP("EngineText", "layer '{0}' is a {1} layer, not a pooling layer"),
    QT_TRANSLATE_NOOP("EngineText", "layer '{0}' is a {1} layer, not a dense layer"),
    QT_TRANSLATE_NOOP("EngineText", "layer '{0}' is a {1} layer: activations follow convolution or dense layers"),
    QT_TRANSLATE_NOOP("EngineText", "layer '{0}' is a {1} layer: it has no settings to change"),
    QT_TRANSLATE_NOOP("EngineText", "layer '{0}' has filters 0 to {1}, not {2}"),
    QT_TRANSLATE_NOOP("EngineText", "layer '{0}' has input channels 0 to {1}, not {2}"),
    QT_TRANSLATE_NOOP("EngineText", "filter weights must be numbers"),
    QT_TRANSLATE_NOOP("EngineText", "filter {0} weights have shape {1}, expected {2}"),
    QT_TRANSLATE_NOOP("EngineText", "filter weights must be finite numbers"),
    QT_TRANSLATE_NOOP("EngineText", "the bias must be a finite number"),
    QT_TRANSLATE_NOOP("EngineText", "similarity must be one of {0}, not {1}"),
    QT_TRANSLATE_NOOP("EngineText", "gamma must be a number > 0, not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "padding must be 0 or more, not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "stride must be 1 or more, not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "kernel size must be 1 or more, not {0}"),
    QT_TRANSLATE_NOOP("EngineText", "a {0}x{1} kernel with padding {2} does not fit its {3}x{4} input (out = "
                                    "floor((n + 2p - k) / s) + 1 would be {5})"),
    QT_TRANSLATE_NOOP("EngineText", "pooling mode must be one of {0}, not {1}"),
    QT_TRANSLATE_NOOP("EngineText", "give either an output grid or a window size and stride, not both"),
    QT_TRANSLATE_NOOP("EngineText", "unknown conv setting(s) {0}"),
    QT_TRANSLATE_NOOP("EngineText", "unknown pooling setting(s) {0}"),
    QT_TRANSLATE_NOOP("EngineText", "no change given"),
    # scenes (cnnviz.scenes; the canvas size is checked by cnnviz.ui.lecture)
    QT_TRANSLATE_NOOP("EngineText", "{0}: the scene must be a JSON object"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: {1} must be a JSON object"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' is missing"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a whole number, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a number, got {1}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be \"{1}\", got \"{2}\" (is this a scene file?)"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a language code such as \"en\", \"ja\" or \"ru\", got "
                                    "\"{1}\""),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be between {1} and {2} canvas pixels, got {3}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be between {1} and {2} pixels, got {3}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be between {1} and {2}, got {3}"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a list of [x, y, pressure] number triples"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' holds a number that is not finite"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' is empty (a stroke has at least one point)"),
    QT_TRANSLATE_NOOP("EngineText", "field '{0}' must be a list of stage names"),
    QT_TRANSLATE_NOOP("EngineText", "scene format version {0} is not supported (this cnnviz reads version {1})"),
    QT_TRANSLATE_NOOP("EngineText", "no such scene file"),
    QT_TRANSLATE_NOOP("EngineText", "not a scene file (not UTF-8 text)"),
    QT_TRANSLATE_NOOP("EngineText", "not valid JSON (line {0}, column {1}: {2})"),
    QT_TRANSLATE_NOOP("EngineText", "the scene was drawn on a {0}-pixel canvas; this canvas has {1} pixels"),
    # limits and files that are not what they claim (cnnviz.engine.limits, model files, images, scenes,
    # collections, workbooks)
    QT_TRANSLATE_NOOP("EngineText", "the file is {0} bytes, over the limit of {1} by {2}"),
    QT_TRANSLATE_NOOP("EngineText", "the model has {0} classes, over the limit of {1} by {2}"),
    QT_TRANSLATE_NOOP("EngineText", "the model has {0} layers, over the limit of {1} by {2}"),
    QT_TRANSLATE_NOOP("EngineText", "the input has {0} cells (channels x height x width), over the limit of {1} by "
                                    "{2}"),
    QT_TRANSLATE_NOOP("EngineText", "the model has {0} parameters up to this layer, over the limit of {1} by {2}"),
    QT_TRANSLATE_NOOP("EngineText", "its output has {0} cells, over the limit of {1} by {2}"),
    QT_TRANSLATE_NOOP("EngineText", "its unrolled patches have {0} cells (channels x kernel x output positions), "
                                    "over the limit of {1} by {2}"),
    QT_TRANSLATE_NOOP("EngineText", "it is not a regular file (a pipe, device or socket)"),
    QT_TRANSLATE_NOOP("EngineText", "'{0}' holds a value beyond float32's range (about ±3.4e38); weights must "
                                    "fit in float32"),
    QT_TRANSLATE_NOOP("EngineText", "the image is {0} x {1} = {2} pixels, over the limit of {3} by {4}"),
    QT_TRANSLATE_NOOP("EngineText", "the file is {0} bytes, over the limit of {1}"),
    QT_TRANSLATE_NOOP("EngineText", "not a regular file (a pipe, device or socket)"),
    QT_TRANSLATE_NOOP("EngineText", "{0} already holds '{1}': export into an empty or new folder (an export never "
                                    "overwrites or deletes files)"),
    QT_TRANSLATE_NOOP("EngineText", "ignored (lists or objects nested too deeply); the images are used without "
                                    "strokes"),
    QT_TRANSLATE_NOOP("EngineText", "the drawing has {0} recorded points, over the limit of {1} by {2}"),
    QT_TRANSLATE_NOOP("EngineText", "the scene file is {0} bytes, over the limit of {1}"),
    QT_TRANSLATE_NOOP("EngineText", "not a scene file (lists or objects nested too deeply)"),
    QT_TRANSLATE_NOOP("EngineText", "the workbook unpacks to {0} bytes, over the limit of {1}"),
    QT_TRANSLATE_NOOP("EngineText", "{0} lists {1} drawings; only the first {2} are read"),
    QT_TRANSLATE_NOOP("EngineText", "not an .xlsx workbook (its XML is nested too deeply)"),
    # images (cnnviz.data.preprocess.ImageError) and collections (cnnviz.data.collection)
    QT_TRANSLATE_NOOP("EngineText", "is a directory"),
    QT_TRANSLATE_NOOP("EngineText", "file not found"),
    QT_TRANSLATE_NOOP("EngineText", "permission denied"),
    QT_TRANSLATE_NOOP("EngineText", "the file is empty"),
    QT_TRANSLATE_NOOP("EngineText", "not an image or an unsupported format"),
    QT_TRANSLATE_NOOP("EngineText", "{0} has no {1}: export a collection first, or choose its folder"),
    QT_TRANSLATE_NOOP("EngineText", "{0} needs the columns 'file' and 'label', found {1}"),
    QT_TRANSLATE_NOOP("EngineText", "could not encode {0} as PNG"),
    QT_TRANSLATE_NOOP("EngineText", "ignored (not an object of file names); the images are used without strokes"),
    QT_TRANSLATE_NOOP("EngineText", "ignored ({0}); the images are used without strokes"),
    QT_TRANSLATE_NOOP("EngineText", "its strokes are unreadable ({0}); the image is used alone"),
    QT_TRANSLATE_NOOP("EngineText", "{0} line {1}: unknown label {2} (expected {3} or {4})"),
    QT_TRANSLATE_NOOP("EngineText", "{0} line {1}: file {2} is missing"),
    QT_TRANSLATE_NOOP("EngineText", "not a readable image"),
    QT_TRANSLATE_NOOP("EngineText", "is {0} x {1} pixels, expected {2} x {3}"),
    # files that cannot be written (cnnviz.files.write_atomically) and animations (cnnviz.viz.animation)
    QT_TRANSLATE_NOOP("EngineText", "it is a directory, not a file name"),
    QT_TRANSLATE_NOOP("EngineText", "'{0}': an animation is saved as .gif or .mp4, not 'no suffix'"),
    QT_TRANSLATE_NOOP("EngineText", "'{0}': an animation is saved as .gif or .mp4, not '{1}'"),
    # a training run that failed (cnnviz.data.augment, cnnviz.jobs)
    QT_TRANSLATE_NOOP("EngineText", "there is nothing to train on: add drawings with \"Add as ○/×\" or ask for "
                                    "synthetic sketches"),
    QT_TRANSLATE_NOOP("EngineText", "no training samples: collect at least a few drawings or add synthetic "
                                    "sketches"),
    QT_TRANSLATE_NOOP("EngineText", "the worker process ended unexpectedly (exit code {0})"),
    QT_TRANSLATE_NOOP("EngineText", "the worker process ended unexpectedly"),
    # the shipped models' descriptions, and the one ``python -m cnnviz train`` writes
    QT_TRANSLATE_NOOP("EngineText", "The hand-set circle/cross detector of the lecture: two 3x3 diagonal filters, "
                                    "ReLU, max-pooling into the four quadrants, 8 hand-set weights per class, "
                                    "softmax. 38 parameters."),
    QT_TRANSLATE_NOOP("EngineText", "Trained by cnnviz: {0}, {1} synthetic sketches, {2} epochs, {3} lr {4}, "
                                    "seed {5}."),
    # ... and those the Training dock writes (cnnviz.ui.experiments.training_dock.app_description, with the notes of
    # cnnviz.engine.recipes.starting_model: a new network, random or starting from lecture-ox's filters, and its
    # similarity), each a whole: the notes' own "{0}: ..." would fit any text before them
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights"),
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights; convolutions use cosine "
                                    "similarity"),
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights; convolutions use rbf "
                                    "similarity"),
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters "
                                    "start from {4}'s"),
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters "
                                    "start from {4}'s; convolutions use cosine similarity"),
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights; {1}: {2} of {3} filters "
                                    "start from {4}'s; convolutions use rbf similarity"),
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits "
                                    "{0}; all filters are random"),
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits "
                                    "{0}; all filters are random; convolutions use cosine similarity"),
    QT_TRANSLATE_NOOP("EngineText", "trained in the app; {0}: random (He) initial weights; no conv layer of {1} fits "
                                    "{0}; all filters are random; convolutions use rbf similarity"),
)

# Frames: a message around another one, its last value (a file's name, then what is wrong with the file; a
# layer, then what is wrong with the layer). That value is looked up among MESSAGES and FRAMES in turn; where
# nothing fits it, the frame is translated and the inner message shown as written. "{0}: {1}" (last) takes a
# file's name, or a field's such as "input" or "model", off the front of any message.
FRAMES = (
    QT_TRANSLATE_NOOP("EngineText", "cannot read model '{0}': {1}"),
    QT_TRANSLATE_NOOP("EngineText", "cannot read '{0}': {1}"),
    QT_TRANSLATE_NOOP("EngineText", "cannot be read: {0}"),
    QT_TRANSLATE_NOOP("EngineText", "could not read {0}: {1}"),
    QT_TRANSLATE_NOOP("EngineText", "could not write the collection to {0}: {1}"),
    QT_TRANSLATE_NOOP("EngineText", "its settings ask for weights too large to hold ({0})"),
    QT_TRANSLATE_NOOP("EngineText", "'{0}' codec can't decode byte {1} in position {2}: {3}"),
    QT_TRANSLATE_NOOP("EngineText", "'{0}' codec can't decode bytes in position {1}-{2}: {3}"),
    QT_TRANSLATE_NOOP("EngineText", "[Errno {0}] cannot write '{1}': {2}"),
    QT_TRANSLATE_NOOP("EngineText", "cannot write '{0}': {1}"),
    QT_TRANSLATE_NOOP("EngineText", "this change cannot be made, nothing was changed: {0}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}; nothing was changed"),
    QT_TRANSLATE_NOOP("EngineText", "{0}; re-initialising it needs a random generator (rng)"),
    QT_TRANSLATE_NOOP("EngineText", "layer {0} ('{1}'): {2}"),
    QT_TRANSLATE_NOOP("EngineText", "layer '{0}': {1}"),
    QT_TRANSLATE_NOOP("EngineText", "layer {0}: {1}"),
    QT_TRANSLATE_NOOP("EngineText", "[Errno {0}] {1}"),
    QT_TRANSLATE_NOOP("EngineText", "{0}: {1}"),
)

# The order of looking up: messages and frames before the explanations, whose loose templates (such as
# "{0} value {1}") would take a message that happens to contain their words.
TEMPLATES = MESSAGES + FRAMES + TEMPLATES
_INNER = MESSAGES + FRAMES             # what a frame's inner message may fit
_AS_WRITTEN = frozenset(_INNER)
_FRAMES = frozenset(FRAMES)


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
            parts.append(f"(?P<v{match.group(1)}>.*?)")      # a value may be empty: got ""
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=None)
def _longest_literal(template: str) -> str:
    """The longest text between placeholders: a sentence without it cannot fit (a quick test before the regex)."""
    return max(re.split(r"\{\d\}", template), key=len)


def term(word: str) -> str:
    """A word the engine uses as a value (a preset's name), in the interface language."""
    return QCoreApplication.translate(CONTEXT, word) if word in TERMS else word


def _lookup(sentence: str, templates=None) -> tuple[str, bool] | None:
    """(the sentence in the interface language, whether templates fit all of it), or None when none fits.
    The first template that fits all of it wins; else the first frame that fits around an unknown message."""
    partly = None
    for template in TEMPLATES if templates is None else templates:
        match = _pattern(template).fullmatch(sentence) if _longest_literal(template) in sentence else None
        if match is None:
            continue
        values, fits = {int(k[1:]): v for k, v in match.groupdict().items()}, True
        if template in _FRAMES:
            inner = _lookup(values[max(values)], _INNER)
            fits = inner is not None and inner[1]
            if inner is not None:
                values[max(values)] = inner[0]
        elif template not in _AS_WRITTEN:
            values = {k: term(v) for k, v in values.items()}
        translated = QCoreApplication.translate(CONTEXT, template)
        text = re.sub(r"\{(\d)\}", lambda m: values.get(int(m.group(1)), m.group(0)), translated)
        if fits:
            return text, True
        partly = partly or (text, False)
    return partly


def fits_template(sentence: str) -> bool:
    """Whether templates fit the whole sentence (a frame and the message inside it alike)."""
    found = _lookup(sentence) if sentence else None
    return found is not None and found[1]


def engine_text(sentence: str) -> str:
    """An engine sentence in the interface language (as written when no template fits it)."""
    if not sentence:
        return sentence
    found = _lookup(sentence)
    return sentence if found is None else found[0]


def engine_lines(text: str, separator: str = "\n") -> str:
    """Several engine sentences joined by ``separator``, each translated."""
    return separator.join(engine_text(line) for line in text.split(separator))
