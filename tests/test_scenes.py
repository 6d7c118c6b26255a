"""Scene files: exact round trips, clear errors, no Qt."""
import json

import numpy as np
import pytest

from cnnviz.engine import load_model
from cnnviz.scenes import (Scene, SceneError, SceneStroke, ViewSettings, load_scene, save_scene, scene_from_dict,
                           scene_to_dict, scene_to_json)


def make_scene():
    rng = np.random.default_rng(0)
    model = load_model("lecture-ox")
    model.layers[0].params["weight"][0, 0, 1, 1] = 0.1234567          # an edit that must survive
    strokes = (SceneStroke(rng.uniform(0, 280, (37, 3)).astype(np.float32), 14.0),
               SceneStroke(rng.uniform(0, 280, (5, 3)).astype(np.float32), 23.5, erase=True))
    view = ViewSettings(palette="blue-orange", presentation=True, predict_reveal=True, hidden_stages=("conv1", "result"),
                        docks=(("dock-stepper", True), ("dock-timeline", False)), timeline=0.25)
    return Scene(strokes, model, "lecture-ox", 280, 14.0, view, "ja")


def test_round_trip_is_exact(tmp_path):
    scene = make_scene()
    path = save_scene(scene, tmp_path / "lecture")
    assert path.suffix == ".cnnscene"
    back = load_scene(path)
    assert back.strokes == scene.strokes
    assert back.view == scene.view and back.language == "ja" and back.model_source == "lecture-ox"
    for (la, ka, va), (lb, kb, vb) in zip(scene.model.parameters(), back.model.parameters()):
        assert (la.name, ka) == (lb.name, kb) and va.dtype == vb.dtype
        np.testing.assert_array_equal(va, vb)
    again = save_scene(back, tmp_path / "again.cnnscene")
    assert again.read_bytes() == path.read_bytes()


def test_the_file_is_readable_json():
    data = json.loads(scene_to_json(make_scene()))
    assert data["format"] == "cnnviz-scene" and data["version"] == 1
    assert data["canvas"]["strokes"][1]["erase"] is True
    assert len(data["canvas"]["strokes"][0]["points"]) == 37


def broken(change):
    data = scene_to_dict(make_scene())
    change(data)
    return data


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="cnnviz-model"), "field 'format' must be \"cnnviz-scene\""),
    (lambda d: d.update(version=7), "version 7 is not supported"),
    (lambda d: d["canvas"]["strokes"][1].update(points=[[1, 2]]), "canvas.strokes[1].points' must be a list of"),
    (lambda d: d["canvas"]["strokes"][0].update(points=[]), "canvas.strokes[0].points' is empty"),
    (lambda d: d["canvas"]["strokes"][0].update(width="wide"), "canvas.strokes[0].width' must be a number"),
    (lambda d: d["canvas"]["strokes"][0].update(width=1e9), "canvas.strokes[0].width' must be between 0 and 200"),
    (lambda d: d["canvas"].update(pen_width=0), "canvas.pen_width' must be between 0 and 200"),
    (lambda d: d["canvas"].pop("strokes"), "field 'canvas.strokes' is missing"),
    (lambda d: d["view"].update(palette="rainbow"), "view.palette' must be one of"),
    (lambda d: d["view"].update(timeline=2), "view.timeline' must be between 0 and 1"),
    (lambda d: d.update(language=""), "field 'language' must be a language code"),
    (lambda d: d["model"]["layers"][0].pop("weight"), "model"),
])
def test_malformed_scenes_name_the_field(change, message):
    with pytest.raises(SceneError) as info:
        scene_from_dict(broken(change), source="talk.cnnscene")
    assert message in str(info.value) and str(info.value).startswith("talk.cnnscene")


def test_unreadable_files(tmp_path):
    with pytest.raises(SceneError, match="no such scene file"):
        load_scene(tmp_path / "missing.cnnscene")
    bad = tmp_path / "bad.cnnscene"
    bad.write_text("{\"format\": ", encoding="utf-8")
    with pytest.raises(SceneError, match="not valid JSON"):
        load_scene(bad)



def test_a_deeply_nested_scene_is_refused_cleanly(tmp_path):
    path = tmp_path / "deep.cnnscene"
    path.write_text("[" * 100000 + "]" * 100000)
    with pytest.raises(SceneError, match="nested too deeply"):
        load_scene(path)


def test_a_scene_with_a_number_of_too_many_digits_is_refused_cleanly(tmp_path):
    path = tmp_path / "digits.cnnscene"
    path.write_text('{"version": ' + "9" * 5000 + "}")
    with pytest.raises(SceneError, match="a number has more than .* digits"):
        load_scene(path)


def test_a_scene_with_too_many_points_is_refused_before_they_are_read(tmp_path):
    from cnnviz.scenes import MAX_SCENE_POINTS, scene_to_dict
    data = scene_to_dict(make_scene())
    data["canvas"]["strokes"] = [{"width": 14.0, "points": [[1.0, 2.0, 1.0]] * 1_000_000}]
    with pytest.raises(SceneError, match=f"1,000,000 recorded points, over the limit of {MAX_SCENE_POINTS:,}"):
        scene_from_dict(data, source="big.cnnscene")


def test_a_pipe_named_like_a_scene_is_not_read(tmp_path):
    import os
    fifo = tmp_path / "x.cnnscene"
    os.mkfifo(fifo)
    with pytest.raises(SceneError, match="not a regular file"):
        load_scene(fifo)


def test_a_coloured_stroke_keeps_its_colour_and_black_ones_write_none():
    scene = make_scene()
    red = SceneStroke(np.array([[10, 10, 1], [200, 200, 1]], np.float32), 14.0, colour=(220, 20, 20))
    scene = Scene(scene.strokes + (red,), scene.model, "lecture-ox")
    data = scene_to_dict(scene)
    assert "colour" not in data["canvas"]["strokes"][0]                 # black: as files always were
    assert data["canvas"]["strokes"][2]["colour"] == [220, 20, 20]
    back = scene_from_dict(json.loads(json.dumps(data)), source="talk.cnnscene")
    assert back.strokes[2].colour == (220, 20, 20) and back.strokes[0].colour == (0, 0, 0)
    assert back.strokes == scene.strokes


@pytest.mark.parametrize("colour", [[300, 0, 0], [1, 2], "red", [0.5, 0, 0]])
def test_a_bad_pen_colour_is_named(colour):
    data = broken(lambda d: d["canvas"]["strokes"][0].update(colour=colour))
    with pytest.raises(SceneError) as info:
        scene_from_dict(data, source="talk.cnnscene")
    assert "field 'canvas.strokes[0].colour' must be a" in str(info.value)        # a pen colour, or a list
def ring_picture(channels=1, size=280):
    import cv2
    page = np.full((size, size, 3), 240, np.uint8)
    cv2.circle(page, (140, 140), 90, (30, 60, 200), 16)
    return page if channels == 3 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)


@pytest.mark.parametrize("channels", [1, 3])
def test_a_picture_under_the_strokes_round_trips_exactly(tmp_path, channels):
    import dataclasses
    scene = dataclasses.replace(make_scene(), picture=ring_picture(channels))
    path = save_scene(scene, tmp_path / "photo")
    back = load_scene(path)
    np.testing.assert_array_equal(back.picture, scene.picture)
    assert back.strokes == scene.strokes
    assert save_scene(back, tmp_path / "again").read_bytes() == path.read_bytes()
    assert "picture" not in scene_to_dict(make_scene())["canvas"]          # scenes without one are as before


@pytest.mark.parametrize("picture", [
    "not base64 at all!",
    "aGVsbG8=",                                                           # base64, but not a PNG
    "small",                                                              # a PNG of another size, set below
    "bomb",                                                               # a PNG header claiming 60000 x 60000
])
def test_a_bad_picture_is_refused_naming_the_field(picture):
    import base64
    import struct
    import cv2
    if picture == "small":
        picture = base64.b64encode(cv2.imencode(".png", np.zeros((20, 20), np.uint8))[1].tobytes()).decode()
    elif picture == "bomb":
        data = bytearray(cv2.imencode(".png", np.zeros((280, 280), np.uint8))[1].tobytes())
        data[16:24] = struct.pack(">II", 60000, 60000)
        picture = base64.b64encode(bytes(data)).decode()
    with pytest.raises(SceneError) as info:
        scene_from_dict(broken(lambda d: d["canvas"].update(picture=picture)), source="talk.cnnscene")
    assert "canvas.picture' must be a PNG picture of 280 x 280 pixels" in str(info.value)
