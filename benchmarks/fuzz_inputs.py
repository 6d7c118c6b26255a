"""Feed cnnviz several hundred malformed files and count what happens to each.

    python benchmarks/fuzz_inputs.py [--seed S] [--timeout SECONDS] [--memory-mb MB] [--keep DIR]

Generates model files, images, scenes, collection folders and workbooks, each broken in one way (a field of
the wrong type, a huge size, a header claiming a picture bomb, truncation, random bytes, deep nesting, a pipe,
a symbolic link...), and opens each the way the app and the command line do, in a worker process with its
address space capped (``--memory-mb``). Each case ends as one of:

  refused    the loader raised its own error (a ValueError subclass) with a one-line message, or (collections)
             read what it could and listed the rest as problems
  accepted   loaded; a model then also ran a forward pass with finite probabilities
  crashed    any other exception (MemoryError, RecursionError, KeyError...), or the worker died
  hung       no answer within --timeout seconds (the worker is killed and restarted)

Prints one line per kind and the totals, and the worker's peak resident memory. Target: 0 crashed, 0 hung.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import select
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

JUNK = [None, True, False, "no", "", -1, 0, 1, 10 ** 9, 10 ** 100, 1e39, -1e308, 0.5, [], {}, [[[]]], "A" * 5000,
        {"x": 1}, [1, 2, 3], "\x1b[31m", "=cmd|' /C calc'!A0"]


# ------------------------------------------------------------------------------------------------ generators
def _paths(value, prefix=()):
    """Every path to a value inside nested dicts and lists (lists: only their first two items)."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value[:2]):
            yield from _paths(item, prefix + (index,))


def _set(data, path, value):
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _png(width: int, height: int, body: bytes = b"") -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(body)) + chunk(b"IEND", b""))


def model_cases(rng, folder: Path) -> list[tuple[str, str, Path]]:
    from cnnviz.engine import load_model, model_to_dict
    base = model_to_dict(load_model("lecture-ox"))
    cases = []

    def write(name: str, content) -> None:
        path = folder / f"{len(cases):03d}-{name}.json"
        path.write_bytes(content if isinstance(content, bytes) else
                         (content if isinstance(content, str) else json.dumps(content)).encode("utf-8", "surrogatepass"))
        cases.append(("model", name, path))

    paths = [p for p in _paths(base) if p]
    for k in range(110):                                       # one field replaced by junk
        data = copy.deepcopy(base)
        path = paths[rng.integers(len(paths))]
        _set(data, path, JUNK[rng.integers(len(JUNK))])
        write("field-" + "-".join(map(str, path))[:40], data)
    for name, change in [
        ("huge-input", lambda d: d.update(input={"channels": 1, "height": 100000, "width": 100000})),
        ("huge-channels", lambda d: d.update(input={"channels": 10 ** 6, "height": 28, "width": 28})),
        ("huge-padding", lambda d: d["layers"][0].update(padding=[10 ** 6, 10 ** 6])),
        ("huge-kernel", lambda d: d["layers"][0].update(kernel_size=[10 ** 5, 10 ** 5])),
        ("huge-out-channels", lambda d: d["layers"][0].update(out_channels=10 ** 8)),
        ("huge-dense", lambda d: d["layers"][4].update(in_features=10 ** 6, out_features=10 ** 6)),
        ("huge-adaptive-grid", lambda d: d["layers"][2].update(output_size=[10 ** 5, 10 ** 5])),
        ("many-layers", lambda d: d.update(layers=[{"type": "flatten", "name": f"f{i}"} for i in range(100000)])),
        ("many-classes", lambda d: d.update(class_names=[f"c{i}" for i in range(100000)])),
        ("duplicate-names", lambda d: [layer.update(name="x") for layer in d["layers"]]),
        ("weights-1e39", lambda d: d["layers"][4]["weight"][0].__setitem__(0, 1e39)),
        ("weights-3e38", lambda d: d["layers"][4].update(weight=[[3e38] * 8, [-3e38] * 8])),
        ("crop-no", lambda d: d.update(preprocess={"crop": "no"})),
        ("control-names", lambda d: d.update(name="a\x1b[2J\x00\n", class_names=["\x07", "\u202e"])),
        ("no-layers", lambda d: d.update(layers=[])),
        ("unknown-type", lambda d: d["layers"][0].update(type="lstm")),
        ("stride-zero", lambda d: d["layers"][0].update(stride=[0, 0])),
        ("pool-window-huge", lambda d: d["layers"][2].pop("output_size") and d["layers"][2].update(size=[99, 99])),
    ]:
        data = copy.deepcopy(base)
        change(data)
        write(name, data)
    text = json.dumps(base)
    for k in range(12):
        write(f"truncated-{k}", text[:int(rng.integers(1, len(text)))])
    for k in range(6):
        write(f"random-bytes-{k}", rng.integers(0, 256, int(rng.integers(1, 4000)), dtype="uint8").tobytes())
    write("empty", b"")
    write("utf16", text.encode("utf-16"))
    write("nested-array", _nested(200000))
    write("nested-object", '{"a":' * 200000 + "1" + "}" * 200000)
    write("nested-weights", json.dumps(base).replace('"weight": [', '"weight": ' + "[" * 50000, 1))
    write("huge-number-literal", text.replace('"version": 1', '"version": 1' + "0" * 5000))
    fifo = folder / "fifo.json"
    os.mkfifo(fifo)
    cases.append(("model", "fifo", fifo))
    (folder / "a-folder.json").mkdir()
    cases.append(("model", "directory", folder / "a-folder.json"))
    (folder / "link-to-zero.json").symlink_to("/dev/zero")
    cases.append(("model", "symlink-to-dev-zero", folder / "link-to-zero.json"))
    return cases


def image_cases(rng, folder: Path) -> list[tuple[str, str, Path]]:
    import cv2
    import numpy as np
    cases = []

    def write(name: str, content: bytes, suffix=".png") -> None:
        path = folder / f"{len(cases):03d}-{name}{suffix}"
        path.write_bytes(content)
        cases.append(("image", name, path))

    good = {suffix: cv2.imencode(suffix, (rng.random((60, 80)) * 255).astype("uint8"))[1].tobytes()
            for suffix in (".png", ".jpg", ".bmp", ".webp", ".tiff", ".pgm")}
    for k in range(25):                                        # header bombs of every kind read here
        w, h = (int(v) for v in rng.integers(8000, 65535, 2))
        write(f"png-bomb-{w}x{h}", _png(w, h))
    write("png-bomb-20000", _png(20000, 20000, b"\x00" * 20001 * 64))
    write("png-bomb-30000", _png(30000, 30000, b"\x00" * 30001 * 64))
    bmp = bytearray(good[".bmp"])
    bmp[18:26] = struct.pack("<ii", 60000, -60000)
    write("bmp-bomb", bytes(bmp), ".bmp")
    gif = b"GIF89a" + struct.pack("<HH", 65535, 65535) + b"\x00" * 20
    write("gif-bomb", gif, ".gif")
    jpg = bytearray(good[".jpg"])
    at = jpg.find(b"\xff\xc0")
    jpg[at + 5:at + 9] = struct.pack(">HH", 65000, 65000)
    write("jpeg-bomb", bytes(jpg), ".jpg")
    for suffix, data in good.items():                          # truncated and bit-flipped files of every format
        for k in range(6):
            write(f"truncated{suffix}-{k}", data[:int(rng.integers(1, len(data)))], suffix)
        for k in range(4):
            flipped = bytearray(data)
            for _ in range(int(rng.integers(1, 30))):
                flipped[int(rng.integers(len(flipped)))] = int(rng.integers(256))
            write(f"flipped{suffix}-{k}", bytes(flipped), suffix)
        write(f"valid{suffix}", data, suffix)
    for k in range(5):
        write(f"random-{k}", rng.integers(0, 256, int(rng.integers(1, 3000)), dtype="uint8").tobytes())
    write("empty", b"")
    nan = np.full((20, 20), 0.5, np.float32)
    nan[3, 3] = np.nan
    write("nan-tiff", cv2.imencode(".tiff", nan)[1].tobytes(), ".tiff")
    write("one-pixel", cv2.imencode(".png", np.zeros((1, 1), np.uint8))[1].tobytes())
    write("one-row-wide", cv2.imencode(".png", np.zeros((1, 40000), np.uint8))[1].tobytes())
    fifo = folder / "fifo.png"
    os.mkfifo(fifo)
    cases.append(("image", "fifo", fifo))
    (folder / "dir.png").mkdir()
    cases.append(("image", "directory", folder / "dir.png"))
    (folder / "zero.png").symlink_to("/dev/zero")
    cases.append(("image", "symlink-to-dev-zero", folder / "zero.png"))
    return cases


def scene_cases(rng, folder: Path) -> list[tuple[str, str, Path]]:
    import numpy as np
    from cnnviz.engine import load_model
    from cnnviz.scenes import Scene, SceneStroke, scene_to_dict
    points = np.array([[40, 40, 1], [120, 140, 1], [240, 240, 1]], np.float32)
    base = scene_to_dict(Scene((SceneStroke(points, 14.0),), load_model("lecture-ox"), "lecture-ox"))
    cases = []

    def write(name, content) -> None:
        path = folder / f"{len(cases):03d}-{name}.cnnscene"
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
        cases.append(("scene", name, path))

    paths = [p for p in _paths(base) if p and p[0] != "model"] + [("model", "input"), ("model", "layers")]
    for k in range(50):
        data = copy.deepcopy(base)
        path = paths[rng.integers(len(paths))]
        _set(data, path, JUNK[rng.integers(len(JUNK))])
        write("field-" + "-".join(map(str, path))[:40], data)
    data = copy.deepcopy(base)
    data["canvas"]["strokes"] = [{"width": 14.0, "points": [[1.0, 2.0, 1.0]] * 1_000_000}]
    write("million-points", data)
    data = copy.deepcopy(base)
    data["canvas"]["strokes"] = [{"width": 14.0, "points": [[1.0, 2.0, 1.0]]}] * 100_000
    write("many-strokes", data)
    data = copy.deepcopy(base)
    data["model"]["input"] = {"channels": 1, "height": 100000, "width": 100000}
    write("huge-model", data)
    write("nested", _nested(200000))
    text = json.dumps(base)
    for k in range(8):
        write(f"truncated-{k}", text[:int(rng.integers(1, len(text)))])
    return cases


def collection_cases(rng, folder: Path) -> list[tuple[str, str, Path]]:
    import cv2
    import numpy as np
    good = cv2.imencode(".png", np.full((280, 280), 255, np.uint8))[1].tobytes()
    cases = []

    def make(name, labels: bytes | str, files: dict, strokes=None) -> None:
        path = folder / f"{len(cases):03d}-{name}"
        path.mkdir()
        (path / "labels.csv").write_bytes(labels if isinstance(labels, bytes) else labels.encode("utf-8"))
        for file, content in files.items():
            if content == "fifo":
                os.mkfifo(path / file)
            elif isinstance(content, tuple):
                (path / file).symlink_to(content[1])
            else:
                (path / file).write_bytes(content)
        if strokes is not None:
            (path / "strokes.json").write_text(strokes)
        cases.append(("collection", name, path))

    rows = "file,label\na.png,circle\nb.png,cross\n"
    make("zero-byte-png", rows, {"a.png": good, "b.png": b""})
    make("png-bomb", rows, {"a.png": good, "b.png": _png(30000, 30000)})
    make("truncated-png", rows, {"a.png": good, "b.png": good[:50]})
    make("fifo-png", rows, {"a.png": good, "b.png": "fifo"})
    make("symlink-dev-zero", rows, {"a.png": good, "b.png": ("link", "/dev/zero")})
    make("symlink-loop", rows, {"a.png": good, "b.png": ("link", "b.png")})
    make("path-escape", "file,label\n../../../../etc/passwd,circle\n/etc/hostname,cross\n", {})
    make("binary-labels", bytes(rng.integers(0, 256, 500, dtype="uint8")), {})
    make("wrong-columns", "name,class\na.png,circle\n", {"a.png": good})
    make("unknown-label", "file,label\na.png,square\n", {"a.png": good})
    make("nested-strokes", rows, {"a.png": good, "b.png": good}, _nested(200000))
    make("junk-strokes", rows, {"a.png": good, "b.png": good}, '{"a.png": [{"width": "x", "points": [[1]]}], '
                                                                 '"b.png": 5}')
    make("many-rows", "file,label\n" + "a.png,circle\n" * 20000, {"a.png": good})
    make("empty-labels", "", {})
    make("nul-in-csv", b"file,label\na.png\x00,circle\n", {"a.png": good})
    colour = cv2.imencode(".png", np.full((280, 280, 3), (30, 30, 220), np.uint8))[1].tobytes()
    make("colour-page", rows, {"a.png": good, "b.png": colour})
    make("rgba-16-bit-page", rows, {"a.png": good, "b.png": cv2.imencode(".png", np.full((280, 280, 4), 40000,
                                                                                         np.uint16))[1].tobytes()})
    make("tiny-page", rows, {"a.png": good, "b.png": cv2.imencode(".png", np.zeros((3, 3), np.uint8))[1].tobytes()})
    make("page-over-the-page-limit", rows, {"a.png": good, "b.png": _png(4000, 4000)})
    make("colour-page-bombs", "file,label\n" + "b.png,cross\n" * 5000, {"b.png": _png(2048, 2048)})
    for k in range(15):
        make(f"random-strokes-{k}", rows, {"a.png": good, "b.png": good},
             rng.integers(32, 127, int(rng.integers(1, 400)), dtype="uint8").tobytes().decode("ascii"))
    return cases


def workbook_cases(rng, folder: Path) -> list[tuple[str, str, Path]]:
    import numpy as np
    from cnnviz.engine import load_model
    from cnnviz.export import export_workbook
    model = load_model("lecture-ox")
    good = export_workbook(model, model.forward(np.zeros((1, 1, 28, 28), np.float32)), folder / "good.xlsx")
    with zipfile.ZipFile(good) as archive:
        parts = {item.filename: archive.read(item.filename) for item in archive.infolist()}
    cases = []

    def make(name, parts_out: dict) -> None:
        path = folder / f"{len(cases):03d}-{name}.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for part, content in parts_out.items():
                archive.writestr(part, content)
        cases.append(("workbook", name, path))

    names = sorted(parts)
    for k in range(20):                                    # one part damaged
        part = names[int(rng.integers(len(names)))]
        damaged = dict(parts)
        data = bytearray(damaged[part])
        mode = k % 4
        if mode == 0:
            damaged[part] = bytes(data[:int(rng.integers(0, max(1, len(data))))])
        elif mode == 1:
            for _ in range(20):
                data[int(rng.integers(len(data)))] = int(rng.integers(256))
            damaged[part] = bytes(data)
        elif mode == 2:
            damaged[part] = b'<?xml version="1.0"?>' + b"<a>" * 100000 + b"</a>" * 100000
        else:
            del damaged[part]
        make(f"{['cut', 'flipped', 'nested', 'missing'][mode]}-{part.replace('/', '_')}", damaged)
    make("zip-bomb", {**parts, "xl/worksheets/sheet1.xml": b"<a>" + b" " * (400 * 1024 * 1024) + b"</a>"})
    make("entity-expansion", {**parts, "xl/workbook.xml": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "'
                              + b"x" * 1000 + b'"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><a>&c;</a>'})
    path = folder / "random.xlsx"
    path.write_bytes(rng.integers(0, 256, 5000, dtype="uint8").tobytes())
    cases.append(("workbook", "random-bytes", path))
    path = folder / "not-zip.xlsx"
    path.write_text("hello")
    cases.append(("workbook", "text", path))
    return cases


# ------------------------------------------------------------------------------------------------ the worker
def open_case(kind: str, path: str) -> str:
    """Open one case as the app does; returns "refused" or "accepted" (any other exception escapes)."""
    import numpy as np
    if kind == "model":
        from cnnviz.engine import ModelFileError, load_model
        try:
            model = load_model(path)
        except ModelFileError:
            return "refused"
        with np.errstate(all="ignore"):
            probabilities = model.predict(np.zeros((1,) + model.input_shape, np.float32))
        if not np.all(np.isfinite(probabilities)):
            return "accepted-not-finite"            # the CLI and the app report this instead of printing NaN
        model.summary()
        return "accepted"
    if kind == "image":
        from cnnviz.data import ImageError, load_input
        try:
            load_input(path)
        except ImageError:
            return "refused"
        return "accepted"
    if kind == "scene":
        from cnnviz.scenes import SceneError, load_scene
        try:
            load_scene(path)
        except SceneError:
            return "refused"
        return "accepted"
    if kind == "collection":
        from cnnviz.data.collection import CollectionError, load_collection
        try:
            report = load_collection(path, size=280)
        except CollectionError:
            return "refused"
        return "refused" if report.problems else "accepted"
    if kind == "workbook":
        from cnnviz.engine import load_model
        from cnnviz.export import WorkbookError, import_filters
        try:
            import_filters(path, load_model("lecture-ox"))
        except WorkbookError:
            return "refused"
        return "accepted"
    raise ValueError(kind)


def worker(memory_mb: int) -> None:
    import resource
    import warnings
    warnings.simplefilter("ignore")
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024, memory_mb * 1024 * 1024))
    from cnnviz.data.preprocess import quiet_stderr  # noqa: F401  (imports cv2 once, before the cases)
    for line in sys.stdin:
        kind, path = json.loads(line)
        try:
            outcome, detail = open_case(kind, path), ""
        except BaseException as exc:                # what a user must never see
            outcome, detail = "crashed", f"{type(exc).__name__}: {str(exc)[:200]}"
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps([outcome, detail, peak_mb]), flush=True)


class Worker:
    def __init__(self, memory_mb: int):
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen([sys.executable, __file__, "--worker", "--memory-mb", str(memory_mb)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True, env=env)

    def run(self, kind: str, path: Path, timeout: float):
        self.process.stdin.write(json.dumps([kind, str(path)]) + "\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return "hung", f"no answer in {timeout:g} s", 0.0
        line = self.process.stdout.readline()
        if not line:
            return "crashed", f"the worker died (exit code {self.process.wait()})", 0.0
        return tuple(json.loads(line))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a case counts as hung")
    parser.add_argument("--memory-mb", type=int, default=3072, help="the worker's address-space cap")
    parser.add_argument("--keep", type=Path, help="write the cases into this folder and keep them")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.memory_mb)
        return 0
    runner = Worker(args.memory_mb)      # started first: a process forked later inherits this one's peak memory
    import numpy as np
    rng = np.random.default_rng(args.seed)
    base = args.keep or Path(tempfile.mkdtemp(prefix="cnnviz-fuzz-"))
    cases = []
    for name, make in (("models", model_cases), ("images", image_cases), ("scenes", scene_cases),
                       ("collections", collection_cases), ("workbooks", workbook_cases)):
        (base / name).mkdir(parents=True, exist_ok=True)
        cases += make(rng, base / name)
    print(f"{len(cases)} cases in {base}; worker memory cap {args.memory_mb} MB, timeout {args.timeout:g} s")
    counts: dict[str, Counter] = {}
    failures, peak, started, heaviest = [], 0.0, time.perf_counter(), []
    try:
        for kind, name, path in cases:
            outcome, detail, peak_mb = runner.run(kind, path, args.timeout)
            if peak_mb > peak + 20:
                heaviest.append((peak_mb, f"{kind} {name}"))
            peak = max(peak, peak_mb)
            outcome = "accepted" if outcome == "accepted-not-finite" else outcome
            counts.setdefault(kind, Counter())[outcome] += 1
            if outcome in ("crashed", "hung"):
                failures.append(f"  {kind} {name}: {outcome}: {detail}")
                runner.stop()
                runner = Worker(args.memory_mb)
    finally:
        runner.stop()
        if args.keep is None:
            import shutil
            shutil.rmtree(base, ignore_errors=True)
    columns = ("tried", "refused", "accepted", "crashed", "hung")
    print(f"{'':<12}" + "".join(f"{c:>10}" for c in columns))
    total = Counter()
    for kind, count in counts.items():
        row = {"tried": sum(count.values()), **count}
        total.update(row)
        print(f"{kind:<12}" + "".join(f"{row.get(c, 0):>10}" for c in columns))
    print(f"{'total':<12}" + "".join(f"{total.get(c, 0):>10}" for c in columns))
    print(f"worker peak resident memory {peak:.0f} MB (raised last by: "
          f"{', '.join(f'{name} {mb:.0f} MB' for mb, name in heaviest[-6:])}); "
          f"{time.perf_counter() - started:.0f} s")
    if failures:
        print("crashed or hung:\n" + "\n".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
