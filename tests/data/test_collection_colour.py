"""The collection keeps colour: a colour page is stored and read back in R, G, B (an RGB PNG), a grey page stays
the 8-bit grey PNG it always was, and training reads a page through the one preprocessing path as the canvas
hands it to the network. Reading still sets damaged or oversized entries aside, checked before decoding."""
import csv

import cv2
import numpy as np
import pytest

from cnnviz.data import collection as collection_module
from cnnviz.data.augment import Augmentation, augmented_copy, training_set
from cnnviz.data.collection import load_collection, make_drawing, network_inputs, save_collection, save_session
from cnnviz.data.preprocess import to_network_input

from .test_image_limits import png_claiming

RED = (220, 20, 20)


def red_page() -> np.ndarray:
    """A red circle on white paper, R, G, B (as the canvas's rgb_array)."""
    page = np.full((280, 280, 3), 255, np.uint8)
    cv2.circle(page, (140, 140), 70, RED, 14)          # drawn into an R, G, B array: the tuple is R, G, B here
    return page


def grey_page(k=0) -> np.ndarray:
    page = np.full((280, 280), 255, np.uint8)
    cv2.circle(page, (140, 140), 40 + 10 * k, 0, 8)
    return page


def test_a_colour_page_is_saved_as_an_rgb_png_and_read_back_in_colour(tmp_path):
    drawings = [make_drawing(red_page(), "circle"), make_drawing(grey_page(), "cross")]
    save_collection(drawings, tmp_path / "export")
    save_session(drawings, tmp_path / "session")
    for folder in (tmp_path / "export", tmp_path / "session"):
        with open(folder / "labels.csv", newline="") as f:
            files = [row["file"] for row in csv.DictReader(f)]
        on_disk = cv2.imread(str(folder / files[0]), cv2.IMREAD_UNCHANGED)
        assert on_disk.shape == (280, 280, 3)                               # a colour PNG, any viewer shows red
        assert tuple(on_disk[140, 70]) == RED[::-1]                          # files hold B, G, R as OpenCV writes
        assert cv2.imread(str(folder / files[1]), cv2.IMREAD_UNCHANGED).shape == (280, 280)   # grey stays grey
        report = load_collection(folder, size=280)
        assert report.problems == []
        assert report.drawings[0].is_colour and not report.drawings[1].is_colour
        np.testing.assert_array_equal(report.drawings[0].image, drawings[0].image)
        np.testing.assert_array_equal(report.drawings[1].image, drawings[1].image)


def test_a_grey_collection_is_read_and_saved_again_byte_for_byte(tmp_path):
    """A collection written before colour (8-bit grey PNGs) loads unchanged and re-saves to the same files."""
    old = tmp_path / "old"
    old.mkdir()
    rows = []
    for k in range(3):
        name = f"{k + 1:04d}-circle.png"
        cv2.imwrite(str(old / name), grey_page(k))
        rows.append(f"{name},circle\n")
    (old / "labels.csv").write_text("file,label\n" + "".join(rows))
    report = load_collection(old)
    assert report.problems == []
    for k, drawing in enumerate(report.drawings):
        assert drawing.image.ndim == 2 and drawing.image.dtype == np.uint8
        np.testing.assert_array_equal(drawing.image, grey_page(k))
    save_session(report.drawings, tmp_path / "a")
    save_session(load_collection(tmp_path / "a").drawings, tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    png = next(p for p in (tmp_path / "a").iterdir() if p.suffix == ".png")
    assert cv2.imread(str(png), cv2.IMREAD_UNCHANGED).ndim == 2


def test_pages_of_other_kinds_load_as_pages(tmp_path):
    """A colour PNG of equal channels is a grey page; 16-bit and transparent pages become 8-bit pages."""
    folder = tmp_path / "odd"
    folder.mkdir()
    grey = grey_page()
    cv2.imwrite(str(folder / "a.png"), cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR))
    cv2.imwrite(str(folder / "b.png"), (red_page()[:, :, ::-1].astype(np.uint16) * 257))
    bgra = np.zeros((280, 280, 4), np.uint8)
    bgra[100:180, 100:180] = (0, 0, 255, 255)                          # an opaque red square, the rest transparent
    cv2.imwrite(str(folder / "c.png"), bgra)
    (folder / "labels.csv").write_text("file,label\na.png,circle\nb.png,cross\nc.png,cross\n")
    report = load_collection(folder, size=280)
    assert report.problems == []
    a, b, c = (d.image for d in report.drawings)
    np.testing.assert_array_equal(a, grey)
    np.testing.assert_array_equal(b, red_page())
    assert b.dtype == np.uint8 and tuple(c[140, 140]) == (255, 0, 0) and tuple(c[5, 5]) == (255, 255, 255)


def test_limits_are_checked_before_decoding_and_damaged_pages_are_named(tmp_path, monkeypatch):
    folder = tmp_path / "damaged"
    save_collection([make_drawing(red_page(), "circle"), make_drawing(grey_page(), "cross")], folder)
    (folder / "huge.png").write_bytes(png_claiming(3000, 3000))        # under the image limit, over a page's
    cv2.imwrite(str(folder / "tiny.png"), np.zeros((4, 4), np.uint8))
    cv2.imwrite(str(folder / "wide.png"), np.zeros((280, 400), np.uint8))
    with open(folder / "labels.csv", "a", newline="") as f:
        csv.writer(f).writerows([["huge.png", "cross"], ["tiny.png", "cross"], ["wide.png", "cross"]])
    decoded = []
    real = cv2.imdecode
    monkeypatch.setattr(cv2, "imdecode", lambda data, flags: decoded.append(len(data)) or real(data, flags))
    report = load_collection(folder, size=280)
    assert [d.label for d in report.drawings] == ["circle", "cross"]
    assert len(decoded) == 2                    # only the two pages: the others are refused from their headers
    said = [str(p) for p in report.problems]
    assert said[0].startswith("huge.png: the image is 3000 x 3000 = 9,000,000 pixels, over the limit")
    assert said[1].startswith("tiny.png: is 4 x 4 pixels") and said[2].startswith("wide.png: is 400 x 280 pixels")
    anywhere = load_collection(folder)          # the session's own folder: any size, but still no 4 x 4 page
    assert len(anywhere.drawings) == 3 and any(p.startswith("tiny.png") for p in map(str, anywhere.problems))


def test_pages_beyond_the_memory_budget_are_set_aside(tmp_path, monkeypatch):
    folder = tmp_path / "big"
    save_collection([make_drawing(red_page(), "circle")] * 3 + [make_drawing(grey_page(), "cross")], folder)
    monkeypatch.setattr(collection_module, "MAX_COLLECTION_BYTES", 2 * 280 * 280 * 3 + 280 * 280)
    report = load_collection(folder)
    assert [d.label for d in report.drawings] == ["circle", "circle", "cross"]     # the grey page still fits
    assert len(report.problems) == 1 and str(report.problems[0]).startswith("0003-circle.png: not read")


@pytest.mark.parametrize("channels,size", [(3, (32, 32)), (1, (28, 28))])
def test_training_reads_a_page_as_the_canvas_hands_it_to_the_network(channels, size):
    """What is trained is what is drawn: a red drawing gives a colour model its colours and a grey model the
    grey conversion it sees while drawing (the canvas's input_image is B, G, R once a page holds colour)."""
    page = red_page()
    canvas_input = page[:, :, ::-1].copy()             # what DrawingCanvas.input_image() gives for this page
    drawing = make_drawing(page, "circle")
    for crop in (False, True):
        seen = to_network_input(canvas_input, size, channels=channels, crop=crop)
        x, y = network_inputs([drawing], size, crop=crop, channels=channels)
        np.testing.assert_array_equal(x[0], seen)
        data = training_set([drawing], size=size, crop=crop, channels=channels)
        np.testing.assert_array_equal(data.x[0], seen)
    if channels == 3:
        assert ((x[0][0] > 0.7) & (x[0][1] < 0.3)).sum() > 10             # red cells: R high, G low on the ring
    else:                                                   # the grey conversion, as before colour was kept
        grey = cv2.cvtColor(canvas_input, cv2.COLOR_BGR2GRAY)
        np.testing.assert_array_equal(x[0], to_network_input(grey, size, crop=True))


def test_a_grey_drawing_trains_exactly_as_before():
    drawing = make_drawing(grey_page(2), "cross", [(np.array([[100.0, 100.0], [180.0, 180.0]]), 14.0)])
    x, _ = network_inputs([drawing], (32, 32), channels=3)
    np.testing.assert_array_equal(x[0], to_network_input(grey_page(2), (32, 32), channels=3))
    assert drawing.input_image() is drawing.image


def test_augmented_copies_of_a_colour_drawing_stay_in_colour_on_white_paper():
    drawing = make_drawing(red_page(), "circle")
    rng = np.random.default_rng(0)
    for _ in range(5):
        copy = augmented_copy(drawing, Augmentation(), rng)           # B, G, R, as the canvas's input_image
        assert copy.shape == (280, 280, 3)
        blue, green, red = (copy[..., c].astype(int) for c in range(3))
        assert (red - green).max() > 150                                # still red ink
        assert (copy[0, 0] == 255).all() and (copy[-1, -1] == 255).all()    # margins are white paper
    data = training_set([drawing] * 5, copies=2, augmentation=Augmentation(), size=(32, 32), channels=3,
                        validation_fraction=0.0)
    redness = data.x[:, 0] - data.x[:, 1]                              # R minus G per cell
    assert (redness.reshape(len(data.x), -1).max(axis=1) > 0.5).all()    # every copy trains on red


def red_strokes():
    angles = np.linspace(0, 2 * np.pi, 30)
    return [(np.stack([140 + 70 * np.cos(angles), 140 + 70 * np.sin(angles)], axis=1), 14.0, RED),
            (np.array([[100.0, 100.0], [180.0, 180.0]]), 10.0, (0, 0, 0))]


def test_strokes_keep_their_pen_colour_and_black_strokes_are_stored_as_before(tmp_path):
    import json
    drawing = make_drawing(red_page(), "circle", red_strokes())
    assert [s.colour for s in drawing.strokes] == [RED, (0, 0, 0)]
    save_collection([drawing], tmp_path / "out")
    entry = json.loads((tmp_path / "out" / "strokes.json").read_text())["0001-circle.png"]
    assert entry[0]["colour"] == list(RED) and "colour" not in entry[1]          # black: the old format
    back = load_collection(tmp_path / "out").drawings[0]
    assert [s.colour for s in back.strokes] == [RED, (0, 0, 0)]
    entry[0]["colour"] = [300, "x"]                                               # damaged: said, the page kept
    (tmp_path / "out" / "strokes.json").write_text(json.dumps({"0001-circle.png": entry}))
    report = load_collection(tmp_path / "out")
    assert report.drawings[0].strokes == () and report.drawings[0].is_colour
    assert "strokes are unreadable" in str(report.problems[0])


def test_augmented_copies_redraw_colour_strokes_in_their_colours():
    from cnnviz.data.augment import render_colour_strokes
    from cnnviz.data.sketches import render_strokes
    drawing = make_drawing(red_page(), "circle", red_strokes())
    copy = augmented_copy(drawing, Augmentation(), np.random.default_rng(1))      # B, G, R
    blue, green, red = (copy[..., c].astype(int) for c in range(3))
    assert ((red - green) > 150).sum() > 500                                     # the red ring, re-drawn red
    assert ((red < 60) & (green < 60) & (blue < 60)).sum() > 50                  # the black line, black
    assert (copy[0, 0] == 255).all()
    points = [s for s, _, _ in red_strokes()]
    for one in points:                                       # a black pen gives the grey rendering's pixels
        black = render_colour_strokes([one], [(0, 0, 0)], canvas=280, width=14)
        for c in range(3):
            np.testing.assert_array_equal(black[..., c], render_strokes([one], canvas=280, width=14))
    both = render_colour_strokes(points, [(0, 0, 0)] * 2, canvas=280, width=14).astype(int)
    assert np.abs(both[..., 0] - render_strokes(points, canvas=280, width=14)).max() <= 2    # where they cross
