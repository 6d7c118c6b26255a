"""Every refusal of a file that is too large, not a regular file, nested too deeply or would be overwritten
by an export reaches the user whole in Japanese and Russian (the same check as every other file message)."""
import copy
import csv
import json
import os

import cv2
import numpy as np
import pytest

from cnnviz.ui import i18n


@pytest.fixture
def english():
    i18n.install_language("en")
    yield
    i18n.install_language("en")


def _refusal(call, error=ValueError) -> str:
    with pytest.raises(error) as caught:
        call()
    return str(caught.value)


def refusals(tmp_path) -> list[str]:
    from cnnviz.data import read_image
    from cnnviz.data.collection import load_collection, make_drawing, save_collection
    from cnnviz.engine import load_model, model_to_dict
    from cnnviz.engine.model_files import model_from_dict
    from cnnviz.export.spreadsheet import read_layout
    from cnnviz.scenes import load_scene, scene_from_dict, scene_to_dict
    from tests.data.test_image_limits import png_claiming
    from tests.test_scenes import make_scene

    ox = model_to_dict(load_model("lecture-ox"))
    broken = []

    def edit(change):
        data = copy.deepcopy(ox)
        change(data)
        broken.append(data)

    edit(lambda d: d.update(input={"channels": 3, "height": 1000, "width": 1000}))
    edit(lambda d: d.update(class_names=[f"c{i}" for i in range(2000)]))
    edit(lambda d: d.update(layers=[{"type": "flatten"}] * 2000))
    edit(lambda d: d["layers"][0].update(out_channels=10 ** 6, kernel_size=[9, 9]))
    edit(lambda d: d["layers"][0].update(padding=[2000, 2000]))
    edit(lambda d: d.update(input={"channels": 1, "height": 1000, "width": 1000})      # 49 x 994 x 994 patches
         or d["layers"][0].update(out_channels=1, kernel_size=[7, 7], weight=[[[[0.0] * 7] * 7]], bias=[0.0]))
    edit(lambda d: d["layers"][4]["weight"][0].__setitem__(0, 1e39))
    edit(lambda d: d.update(preprocess={"crop": "no"}))
    messages = [_refusal(lambda data=data: model_from_dict(data, source=str(tmp_path / "m.json"))) for data in broken]
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    messages.append(_refusal(lambda: load_model(str(fifo))))
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_claiming(30000, 30000))
    messages.append(_refusal(lambda: read_image(bomb)))
    messages.append(_refusal(lambda: read_image(fifo)))
    folder = tmp_path / "collection"
    drawing = make_drawing(np.full((280, 280), 255, np.uint8), "circle")
    save_collection([drawing], folder)
    messages.append(_refusal(lambda: save_collection([drawing], folder)))
    (folder / "strokes.json").write_text("[" * 100000 + "]" * 100000)
    (folder / "bomb.png").write_bytes(png_claiming(30000, 30000))
    with open(folder / "labels.csv", "a", newline="") as f:
        csv.writer(f).writerow(["bomb.png", "cross"])
    messages += load_collection(folder, size=280).problems
    scene = scene_to_dict(make_scene())
    scene["canvas"]["strokes"] = [{"width": 14.0, "points": [[1.0, 2.0, 1.0]] * 60000}]
    messages.append(_refusal(lambda: scene_from_dict(scene, source=str(tmp_path / "s.cnnscene"))))
    deep = tmp_path / "deep.cnnscene"
    deep.write_text("[" * 100000 + "]" * 100000)
    messages.append(_refusal(lambda: load_scene(deep)))
    return messages


def test_every_refusal_is_translated_whole(qapp, english, tmp_path):
    from tests.ui.test_i18n import assert_translated_everywhere
    messages = refusals(tmp_path)
    assert len(messages) == 16 and len(set(messages)) == 16, "\n".join(messages)
    assert_translated_everywhere(messages, [tmp_path])
