"""Start the app again and again on randomly damaged settings and collection folders; count the windows.

    python benchmarks/launch_resilience.py [--launches 100] [--seed S] [--jobs 2]

Each launch gets its own home folder holding a settings file and a session collection damaged in a few random
ways at once (junk of the wrong type under known keys, ``@Variant`` values Qt cannot read, binary noise, a
remembered model that is huge, missing, a pipe or a folder; 0-byte, truncated or picture-bomb PNGs, a binary
labels.csv, a deeply nested strokes.json, links to /dev/zero, temporaries of a killed save...). Then
``python main.py`` runs offscreen and must paint its window (``first-paint``), close with exit code 0, print no
traceback, and leave every damaged file of the collection where it was (set aside, not deleted).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

JUNK_VALUES = ["hello", "1, 2, 3", "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1cQJunk)", "@ByteArray(\\xff\\0garbage)",
               "@Rect(1 2 3 4)", "true", "-1", "99999999999999999999", "\\x1b[2J", "@Invalid()", "A" * 20000, ""]


def png(width: int, height: int) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


def bad_models(home: Path) -> dict[str, str]:
    from cnnviz.engine import load_model, model_to_dict
    data = model_to_dict(load_model("lecture-ox"))
    models = home / "models"
    models.mkdir()
    huge = dict(data, input={"channels": 1, "height": 100000, "width": 100000})
    (models / "huge.json").write_text(json.dumps(huge))
    big_weight = json.loads(json.dumps(data))
    big_weight["layers"][4]["weight"][0][0] = 1e39
    (models / "float32.json").write_text(json.dumps(big_weight))
    (models / "cut.json").write_text(json.dumps(data)[:300])
    os.mkfifo(models / "fifo.json")
    (models / "folder.json").mkdir()
    return {"huge": str(models / "huge.json"), "float32": str(models / "float32.json"), "cut": str(models / "cut.json"),
            "fifo": str(models / "fifo.json"), "folder": str(models / "folder.json"),
            "missing": str(models / "gone.json"), "unknown": "no-such-model", "good": "lecture-ox"}


def damage_settings(rng: random.Random, config: Path, models: dict[str, str], collection: Path) -> list[str]:
    lines, done = ["[General]"], []
    choices = {
        "geometry": lambda: rng.choice(JUNK_VALUES),
        "dock_state": lambda: rng.choice(JUNK_VALUES),
        "model": lambda: rng.choice(list(models.values()) + JUNK_VALUES[:4]),
        "language": lambda: rng.choice(["xx", "ja", "ru", "en"] + JUNK_VALUES[:4]),
        "experiments/collection_dir": lambda: rng.choice([str(collection), str(collection / "labels.csv"),
                                                          "/nonexistent/folder", "/dev/null"] + JUNK_VALUES[:3]),
    }
    for key in rng.sample(sorted(choices), rng.randint(2, len(choices))):
        value = choices[key]()
        lines.append(f"{key}={value}")
        done.append(f"{key}={value[:30]}")
    for k in range(rng.randint(0, 3)):
        lines.append(f"junk{k}={rng.choice(JUNK_VALUES)}")
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.15:                                  # noise through the whole file
        raw = bytearray(text.encode("utf-8", "surrogateescape"))
        for _ in range(rng.randint(1, 20)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        text = raw.decode("latin-1")
        done.append("noise")
    config.mkdir(parents=True, exist_ok=True)
    (config / "cnnviz.conf").write_text(text, encoding="latin-1", errors="replace")
    return done


def damage_collection(rng: random.Random, folder: Path) -> tuple[list[str], list[Path]]:
    """A session collection with a few good drawings and a few damaged entries; returns what was done and the
    damaged files that must still exist after the launch."""
    import cv2
    import numpy as np
    folder.mkdir(parents=True, exist_ok=True)
    rows, kept, done = [], [], []
    for k in range(3):
        name = f"good{k}.png"
        cv2.imwrite(str(folder / name), np.full((280, 280), 255, np.uint8))
        rows.append((name, "circle"))
    damages = {
        "zero-byte": lambda p: p.write_bytes(b""),
        "truncated": lambda p: p.write_bytes(cv2.imencode(".png", np.zeros((280, 280), np.uint8))[1].tobytes()[:60]),
        "bomb": lambda p: p.write_bytes(png(60000, 60000)),
        "text": lambda p: p.write_text("not a picture"),
        "fifo": lambda p: os.mkfifo(p),
        "dev-zero": lambda p: p.symlink_to("/dev/zero"),
        "wrong-size": lambda p: cv2.imwrite(str(p), np.zeros((50, 50), np.uint8)),
    }
    for kind in rng.sample(sorted(damages), rng.randint(1, 4)):
        path = folder / f"{kind}.png"
        damages[kind](path)
        rows.append((path.name, rng.choice(["circle", "cross", "square"])))
        kept.append(path)
        done.append(kind)
    labels = "file,label\n" + "".join(f"{name},{label}\n" for name, label in rows)
    if rng.random() < 0.15:
        labels = bytes(rng.randrange(256) for _ in range(300)).decode("latin-1")
        done.append("binary-labels")
    (folder / "labels.csv").write_text(labels, encoding="latin-1")
    strokes = rng.choice(["nested", "junk", "none", "wrong-types"])
    if strokes != "none":
        (folder / "strokes.json").write_text({"nested": "[" * 100000 + "]" * 100000, "junk": "{broken",
                                              "wrong-types": '{"good0.png": 5, "good1.png": [{"points": "x"}]}'
                                              }[strokes])
        done.append(f"strokes-{strokes}")
        kept.append(folder / "strokes.json")
    if rng.random() < 0.5:
        (folder / ".good0.png.cnnviz-999999-0123456789ab.tmp").write_bytes(b"half")   # a killed save's
        done.append("stale-temporary")
    return done, kept


def launch(index: int, seed: int, timeout: float) -> tuple[bool, str]:
    rng = random.Random(seed * 1000 + index)
    with tempfile.TemporaryDirectory(prefix="cnnviz-launch-") as work:
        home = Path(work)
        collection = home / "data" / "cnnviz" / "cnnviz" / "collection"
        models = bad_models(home)
        damage = damage_settings(rng, home / "config" / "cnnviz", models, collection)
        done, kept = damage_collection(rng, collection)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6", HOME=str(home),
                   XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_STATE_HOME=str(home / "state"), CNNVIZ_QUIT_AFTER_MS="300", CNNVIZ_REPORT_STARTUP="1",
                   OPENBLAS_NUM_THREADS="1", PYTHONPATH=str(ROOT))
        env.pop("CNNVIZ_STATE_DIR", None)
        what = ", ".join(damage + done)
        try:
            run = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True,
                                 timeout=timeout)
        except subprocess.TimeoutExpired:
            return False, f"launch {index}: no window closed within {timeout:g} s ({what})"
        lost = [p.name for p in kept if not os.path.lexists(p)]
        ok = run.returncode == 0 and "first-paint" in run.stdout and "Traceback" not in run.stderr and not lost
        if ok:
            return True, ""
        if lost:
            return False, f"launch {index}: deleted {lost} ({what})"
        tail = run.stderr.strip().splitlines()[-1:] if run.stderr.strip() else [""]
        return False, f"launch {index}: exit {run.returncode}, lost {lost} ({what}): {tail[0][:200]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--launches", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda i: launch(i, args.seed, args.timeout), range(args.launches)))
    windows = sum(ok for ok, _ in results)
    deleted = sum("deleted" in text for _, text in results)
    print(f"{windows}/{args.launches} launches painted a window, closed with exit code 0 and kept every damaged "
          f"collection file; {deleted} deleted one")
    for ok, text in results:
        if not ok:
            print("  " + text)
    return 0 if windows == args.launches else 1


if __name__ == "__main__":
    sys.exit(main())
