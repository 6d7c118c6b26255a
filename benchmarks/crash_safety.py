"""Kill a process at random moments while it saves, and count what the kill left behind.

    python benchmarks/crash_safety.py [--rounds 30] [--seed S] [--kinds model,scene,collection,xlsx,gif]

For each kind of save (a model file, a scene, the collection's auto-save, an .xlsx export, a GIF export) and
each round: a child process saves the file once, says "ready", then saves it again and again with alternating
contents (as the app does: ``save_model``, ``save_scene``, ``save_session``, ``export_workbook``,
``write_animation``), and is killed with SIGKILL after a random 0.05-0.8 s. Then:

  partial    the target is not a whole file of one of the two versions (it fails to load, or loads differently)
  left       temporaries of the killed process found right after the kill (beside the target, or its scratch
             folder in the temporary folder): what a kill inevitably leaves
  stray      of those, what is still there after a next start (``cnnviz.files.clean_after_killed_runs``, which
             the app runs when it starts)

Target: 0 partial and 0 stray for every kind.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The child: prepare two versions, save once, say ready, then save alternately until killed.
CHILD = r'''
import sys
import numpy as np
kind, target = sys.argv[1], sys.argv[2]
versions = []
if kind == "model":
    from cnnviz.engine import load_model, save_model
    for k in range(2):
        m = load_model("ox-cnn"); m.layers[0].params["bias"][0] = k
        versions.append(m)
    save = lambda v: save_model(v, target)
elif kind == "scene":
    from cnnviz.engine import load_model
    from cnnviz.scenes import Scene, SceneStroke, save_scene
    for k in range(2):
        points = np.random.default_rng(k).uniform(0, 280, (4000, 3)).astype(np.float32)
        versions.append(Scene((SceneStroke(points, 14.0),), load_model("ox-cnn"), "ox-cnn"))
    save = lambda v: save_scene(v, target)
elif kind == "collection":
    from cnnviz.data import make_sketch
    from cnnviz.data.collection import make_drawing, save_session
    rng = np.random.default_rng(0)
    drawings = [make_drawing(*make_sketch(("circle", "cross")[i % 2], rng, placement="centre")[:1],
                             ("circle", "cross")[i % 2]) for i in range(60)]
    versions = [drawings[:40], drawings[20:]]            # 20 drawings written, 20 dropped at every save
    save = lambda v: save_session(v, target)
elif kind == "xlsx":
    from cnnviz.engine import load_model
    from cnnviz.export import export_workbook
    model = load_model("ox-cnn")
    for k in range(2):
        x = np.random.default_rng(k).random((1, 1, 28, 28), dtype=np.float32)
        versions.append(model.forward(x))
    save = lambda v: export_workbook(model, v, target)
elif kind == "gif":
    from cnnviz.viz.animation import write_animation
    for k in range(2):
        versions.append([np.full((240, 320, 3), (k * 80 + f) % 255, np.uint8) for f in range(40 + k)])
    save = lambda v: write_animation(v, target, fps=10)
save(versions[0])
print("ready", flush=True)
k = 1
while True:
    save(versions[k % 2])
    k += 1
'''


def valid(kind: str, target: Path) -> bool:
    """Whether the target is a whole file of one of the two versions the child writes."""
    try:
        if kind == "model":
            from cnnviz.engine import load_model
            return float(load_model(target).layers[0].params["bias"][0]) in (0.0, 1.0)
        if kind == "scene":
            from cnnviz.scenes import load_scene
            return len(load_scene(target).strokes[0].points) == 4000
        if kind == "collection":
            from cnnviz.data.collection import load_collection
            report = load_collection(target)
            return not report.problems and len(report.drawings) == 40
        if kind == "xlsx":
            from cnnviz.export import read_layout
            return read_layout(target).model == "ox-cnn"
        if kind == "gif":
            from PIL import Image
            with Image.open(target) as image:
                return image.n_frames in (40, 41)
    except Exception:
        return False
    return False


def temporaries(folder: Path, tmpdir: Path, pid: int) -> list[Path]:
    """The killed process's temporaries: beside its targets, and its scratch folders."""
    mark = f".cnnviz-{pid}-"
    found = [p for p in folder.rglob("*") if mark in p.name]
    found += [p for p in tmpdir.iterdir() if p.name.startswith(f"cnnviz-{pid}-")]
    return found


def one_round(kind: str, rng: random.Random, work: Path) -> tuple[bool, int, int]:
    folder = work / "out"
    folder.mkdir(parents=True)
    tmpdir = work / "tmp"
    tmpdir.mkdir()
    target = folder / {"model": "m.json", "scene": "s.cnnscene", "collection": "collection", "xlsx": "w.xlsx",
                       "gif": "a.gif"}[kind]
    env = dict(os.environ, PYTHONPATH=str(ROOT), CNNVIZ_STATE_DIR=str(work / "state"), TMPDIR=str(tmpdir),
               OPENBLAS_NUM_THREADS="1")
    child = subprocess.Popen([sys.executable, "-c", CHILD, kind, str(target)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env, text=True)
    if child.stdout.readline().strip() != "ready":
        child.kill()
        raise RuntimeError(f"{kind}: the child did not start (exit code {child.wait()})")
    time.sleep(rng.uniform(0.05, 0.8))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    left = len(temporaries(folder, tmpdir, child.pid))
    # the next start: the app (and every CLI command that writes) cleans what killed runs left
    subprocess.run([sys.executable, "-c", "from cnnviz.files import clean_after_killed_runs; "
                                          "clean_after_killed_runs()"], env=env, check=True)
    stray = len(temporaries(folder, tmpdir, child.pid))
    return valid(kind, target), left, stray


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kinds", default="model,scene,collection,xlsx,gif")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"{'save':<12}{'kills':>7}{'partial':>9}{'left':>7}{'stray':>7}")
    failed = False
    for kind in args.kinds.split(","):
        partial = left = stray = 0
        for _ in range(args.rounds):
            with tempfile.TemporaryDirectory(prefix="cnnviz-crash-") as work:
                ok, round_left, round_stray = one_round(kind, rng, Path(work))
            partial += not ok
            left += round_left
            stray += round_stray
        failed |= bool(partial or stray)
        print(f"{kind:<12}{args.rounds:>7}{partial:>9}{left:>7}{stray:>7}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
