"""Command line: python -m cnnviz {gui,info,train,predict,render,export}."""
from __future__ import annotations

import argparse
import functools
import os
import sys
import unicodedata

from cnnviz.messages import message, template

NOT_A_NUMBER = template("{path}: the model's output is not a number for this image (its weights overflow float32 "
                        "here); no prediction")
INTERNAL_ERROR = template("{kind}: {detail} (this is a bug in cnnviz; please report it)")


def terminal_text(text) -> str:
    """``text`` safe to print on a terminal: control and format characters (ESC, NUL, newline, bidi overrides)
    shown as escapes (``\\x1b``, ``\\n``, ``\\u202e``) instead of acting on the terminal."""
    out = []
    for c in str(text):
        if unicodedata.category(c) in ("Cc", "Cf") and c != "\u200d":
            out.append(c.encode("unicode_escape").decode("ascii"))
        else:
            out.append(c)
    return "".join(out)


def _gui(args) -> int:
    from cnnviz.ui.app import run
    return run(model=args.model, reset_settings=args.reset_settings, language=args.lang)


def _info(args) -> int:
    from cnnviz.engine import load_model, shipped_models
    if args.model is None:
        for name in shipped_models():
            model = load_model(name)
            print(terminal_text(f"{name}: {model.parameter_count:,} parameters. {model.description}"))
        return 0
    print(load_model(args.model).summary(escape=terminal_text))
    return 0


def _progress_bar(fraction: float, width: int = 30) -> str:
    filled = int(round(fraction * width))
    return "[" + "#" * filled + "." * (width - filled) + "]"


def _run_training(model, x, y, config, validation, augment=None) -> None:
    """The training loop with a progress bar and one line per epoch on stderr."""
    from cnnviz.engine.train import train

    print(model.summary(), file=sys.stderr)
    live = sys.stderr.isatty()
    last_bar = None
    for progress in train(model, x, y, config=config, validation=validation, augment=augment):
        bar = _progress_bar(progress.fraction)
        if live and bar != last_bar:
            print(f"\repoch {progress.epoch}/{config.epochs} {bar} loss {progress.loss:.4f}", end="", file=sys.stderr)
            last_bar = bar
        if progress.end_of_epoch:
            print("\r" * live + f"epoch {progress.epoch}/{config.epochs} {bar} train loss {progress.train_loss:.4f} "
                  f"accuracy {progress.train_accuracy:.2%} | validation loss {progress.val_loss:.4f} "
                  f"accuracy {progress.val_accuracy:.2%}", file=sys.stderr)


def _train(args) -> int:
    if args.epochs is not None and args.epochs < 1 or args.samples < 2 or args.batch_size < 1:
        raise ValueError("--epochs and --batch-size must be at least 1 and --samples at least 2")
    from cnnviz.engine.model_files import MODEL_SUFFIX
    from cnnviz.files import writable_target
    writable_target(args.out, MODEL_SUFFIX)       # an unusable --out (a folder, a file as its folder) fails now,
                                                  # not after the training
    return _train_on_folder(args) if args.data is not None else _train_on_sketches(args)


def _train_on_folder(args) -> int:
    import time

    from cnnviz.engine import save_model
    from cnnviz.engine.train import evaluate
    from cnnviz.folder_training import plan_folder_training

    if args.classes is not None:
        raise ValueError("--classes is for synthetic sketches; with --data the class folders are the classes")
    started = time.perf_counter()
    print(f"reading {args.data}", file=sys.stderr)
    plan = plan_folder_training(args.data, arch=args.arch, seed=args.seed, epochs=args.epochs,
                                batch_size=args.batch_size, learning_rate=args.lr, optimizer=args.optimizer)
    counts = ", ".join(f"{n} {c}" for n, c in zip(plan.folder.class_names, plan.folder.counts()))
    print(f"{len(plan.folder.files)} images ({counts}), {'colour' if plan.colour else 'grey'}: {plan.arch} "
          f"{' x '.join(map(str, plan.model.input_shape))}; {len(plan.y)} for training, "
          f"{len(plan.validation[1])} held back for validation", file=sys.stderr)
    _run_training(plan.model, plan.x, plan.y, plan.config, plan.validation, plan.augment)
    seconds = time.perf_counter() - started
    model = plan.model
    model.name = args.name or args.out.stem
    model.description = plan.description()
    path = save_model(model, args.out)
    _, val_accuracy = evaluate(model, *plan.validation)
    print(f"saved {path}: {model.parameter_count:,} parameters, classes {', '.join(model.class_names)}, "
          f"validation accuracy {val_accuracy:.2%}, {seconds:.1f} s")
    return 0


def _train_on_sketches(args) -> int:
    import time

    import numpy as np

    from cnnviz.data import make_dataset
    from cnnviz.data.classes import check_class_names
    from cnnviz.data.colour_shapes import make_colour_dataset
    from cnnviz.engine import save_model
    from cnnviz.engine.architectures import CLASS_NAMES, build
    from cnnviz.engine.model_files import TRAINED_BY_CLI
    from cnnviz.engine.train import TrainConfig, evaluate, fit_standardization
    from cnnviz.messages import message

    arch = args.arch or "ox-cnn"
    classes = check_class_names(args.classes.split(",")) if args.classes else CLASS_NAMES
    started = time.perf_counter()
    model = build(arch, np.random.default_rng(args.seed), classes=classes)
    channels, height, width = model.input_shape
    crop = bool(model.preprocess.get("crop", False))
    if channels == 3:
        kind = "colour pictures"
        make = functools.partial(make_colour_dataset, classes=classes, size=(height, width), crop=crop)
    else:
        kind = "sketches"
        make = functools.partial(make_dataset, classes=classes, size=(height, width), crop=crop)
    print(f"making {args.samples:,} training {kind} (seed {args.seed}) and {args.val_samples:,} validation "
          f"{kind} (seed {args.seed + 1000}) of {', '.join(classes)}", file=sys.stderr)
    x, y = make(args.samples, seed=args.seed)
    validation = make(args.val_samples, seed=args.seed + 1000)
    fit_standardization(model, x)
    epochs = args.epochs or 5
    config = TrainConfig(epochs=epochs, batch_size=args.batch_size, optimizer=args.optimizer,
                         learning_rate=args.lr, seed=args.seed)
    _run_training(model, x, y, config, validation)
    seconds = time.perf_counter() - started
    model.name = args.name or args.out.stem
    model.description = message(TRAINED_BY_CLI, arch=arch, samples=args.samples, epochs=epochs,
                                optimizer=args.optimizer, lr=args.lr, seed=args.seed)
    path = save_model(model, args.out)
    _, val_accuracy = evaluate(model, *validation)
    summary = f"saved {path}: {model.parameter_count:,} parameters, validation accuracy {val_accuracy:.2%}"
    if channels == 1:
        corner = make(args.val_samples, seed=args.seed + 2000, placement="corner")
        summary += f", small sketches in one quadrant {evaluate(model, *corner)[1]:.2%}"
    print(f"{summary}, {seconds:.1f} s")
    return 0


def _predict(args) -> int:
    import json

    import numpy as np

    from cnnviz.data import load_input
    from cnnviz.engine import load_model

    model = load_model(args.model)
    failed = 0
    for path in args.images:
        try:
            x = load_input(path, model.input_shape[1:], channels=model.input_shape[0],
                           crop=bool(model.preprocess.get("crop", False)))
        except ValueError as exc:
            print(f"cnnviz predict: {terminal_text(exc)}", file=sys.stderr)
            failed += 1
            continue
        with np.errstate(all="ignore"):      # an overflow is reported below, once, not as NumPy's warnings
            trace = model.forward(x)
        if not np.all(np.isfinite(trace.probabilities)):      # never print "nan %" or JSON's invalid NaN
            print(f"cnnviz predict: {terminal_text(message(NOT_A_NUMBER, path=path))}", file=sys.stderr)
            failed += 1
            continue
        probabilities = {name: float(p) for name, p in zip(model.class_names, trace.probabilities[0])}
        if args.json:
            print(json.dumps({"path": path, "label": trace.label, "probabilities": probabilities}, allow_nan=False),
                  flush=True)
        else:
            shares = ", ".join(f"{name} {p:.1%}" for name, p in probabilities.items())
            print(terminal_text(f"{path}: {trace.label} ({shares})"), flush=True)
    return 1 if failed else 0


def _render(args) -> int:
    from cnnviz.ui.lecture.render import render_figure
    path = render_figure(args.image, model=args.model, out=args.out, width=args.width)
    print(f"wrote {path}")
    return 0


def _export(args) -> int:
    from cnnviz.engine import load_model
    from cnnviz.export.pytorch import export_pytorch
    script, weights = export_pytorch(load_model(args.model), args.out)
    print(f"wrote {script} and {weights}; in Python: import model; net = model.build()")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cnnviz", description="Watch a convolutional neural network think while you draw.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the drawing window (the default)",
                         description="Open the drawing window: draw a circle or a cross and watch every layer respond.")
    gui.add_argument("--model", help="model name or file to open instead of the last one used")
    gui.add_argument("--reset-settings", action="store_true", help="forget the remembered window geometry and model")
    gui.add_argument("--lang", choices=["en", "ja", "ru"],
                     help="interface language for this run (default: the one chosen in View > Language, else the "
                          "system's)")
    gui.set_defaults(run=_gui)

    info = sub.add_parser("info", help="list the shipped models, or show one model's layers and parameter counts",
                          description="List the shipped models, or show one model's layers and parameter counts.")
    info.add_argument("model", nargs="?", help="model name or file")
    info.set_defaults(run=_info)

    from pathlib import Path
    from cnnviz.engine.architectures import ARCHITECTURES
    tr = sub.add_parser("train", help="train a model from scratch on an image folder or on synthetic sketches",
                        description="Train a model from scratch and save it: on your own images (--data DIR, one "
                                    "subfolder per class, the folder name is the class name) or on synthetic "
                                    "sketches.")
    tr.add_argument("--out", type=Path, required=True, help="model file to write (.json)")
    tr.add_argument("--data", type=Path, metavar="DIR",
                    help="train on DIR: one subfolder per class (2 to 10) holding PNG, JPEG or BMP images of any "
                         "size, grey or colour")
    tr.add_argument("--epochs", type=int, help="passes over the training data (default 5 for sketches; for --data "
                                               "enough for about 500 steps, 5 to 60)")
    tr.add_argument("--seed", type=int, default=0, help="seeds the weights, the data and the batch order")
    tr.add_argument("--arch", choices=sorted(ARCHITECTURES),
                    help="architecture (default: ox-cnn for sketches; for --data, selfedu-rgb for colour images "
                         "and ox-cnn for grey ones)")
    tr.add_argument("--classes", help="comma-separated classes of synthetic data: shapes (circle,cross,triangle) "
                                      "or, for a colour model, inks (red,blue,...) (default circle,cross)")
    tr.add_argument("--samples", type=int, default=16000, help="number of synthetic training samples")
    tr.add_argument("--val-samples", type=int, default=2000, help="number of synthetic validation samples")
    tr.add_argument("--batch-size", type=int, default=64, help="sketches per step (default 64)")
    tr.add_argument("--optimizer", choices=["adam", "sgd"], default="adam", help="default adam")
    tr.add_argument("--lr", type=float, default=0.003, help="learning rate")
    tr.add_argument("--name", help="model name stored in the file (default: the file name)")
    tr.set_defaults(run=_train)

    pr = sub.add_parser("predict", help="classify image files",
                        description="Classify image files (dark ink on light paper, or the reverse).")
    pr.add_argument("images", nargs="+", metavar="IMAGE", help="image file (PNG, JPEG, ...)")
    pr.add_argument("--model", default="ox-cnn", help="shipped model name or model file (default ox-cnn)")
    pr.add_argument("--json", action="store_true", help='one JSON object a line: {"path", "label", "probabilities"}')
    pr.set_defaults(run=_predict)

    rd = sub.add_parser("render", help="draw the pipeline figure of one image as PNG or SVG (headless, for slides)",
                        description="Draw the pipeline figure of one image as PNG or SVG (headless, for slides).")
    rd.add_argument("image", metavar="IMAGE", help="image file to classify and draw")
    rd.add_argument("--model", default="ox-cnn", help="shipped model name or model file (default ox-cnn)")
    rd.add_argument("--out", required=True, help="figure to write: FIG.png or FIG.svg")
    rd.add_argument("--width", type=int, default=1920, help="figure width in pixels (default 1920)")
    rd.set_defaults(run=_render)

    ex = sub.add_parser("export", help="write a model as a PyTorch script (DIR/model.py) and its weights",
                        description="Write DIR/model.py, whose build() returns a torch.nn.Sequential with the "
                                    "model's weights (read from DIR/weights.npz). PyTorch is needed to run it, "
                                    "not to write it.")
    ex.add_argument("model", metavar="MODEL", help="shipped model name or model file")
    ex.add_argument("--to", choices=["pytorch"], required=True, help="what to export to")
    ex.add_argument("--out", required=True, metavar="DIR", help="folder to write model.py and weights.npz into")
    ex.set_defaults(run=_export)
    return parser


def _one_blas_thread_for_training(argv: list[str]) -> None:
    """Training runs many small matrix products: on a busy 2-core machine OpenBLAS's second thread spinning
    made each step about 5x slower (18 ms vs 100 ms a batch of 64), as the app's training worker found. The
    window's live loop likewise: a 3x3 convolution making 4x256x256 maps took 8 ms with two BLAS threads and 0.75 ms
    with one on a busy machine (benchmarks/bench_live.py, the largest editable model). Only effective before
    NumPy is first imported; an explicit setting is kept."""
    if argv[:1] in (["train"], ["gui"], []) and "numpy" not in sys.modules:
        for key in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
            os.environ.setdefault(key, "1")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _one_blas_thread_for_training(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    if args.command in ("train", "render"):      # commands that write: first remove what killed runs left
        from cnnviz.files import clean_after_killed_runs
        clean_after_killed_runs()
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except (ValueError, OSError) as exc:
        text = str(exc)
        if isinstance(exc, OSError) and exc.strerror:   # without Python's "[Errno 13] " in front
            text = f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
        print(f"cnnviz {args.command}: error: {terminal_text(text)}", file=sys.stderr)
        return 1
    except MemoryError:
        print(f"cnnviz {args.command}: error: not enough memory", file=sys.stderr)
        return 1
    except Exception as exc:        # a bug: still one line, not a traceback
        text = message(INTERNAL_ERROR, kind=type(exc).__name__, detail=str(exc))
        print(f"cnnviz {args.command}: error: {terminal_text(text)}", file=sys.stderr)
        return 1
