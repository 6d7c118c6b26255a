"""Collection folders: an export only creates files, the session's auto-save is atomic, and reading sets a
damaged entry aside instead of failing."""
import csv
import os

import cv2
import numpy as np
import pytest

from cnnviz.data.collection import (CollectionError, load_collection, make_drawing, save_collection, save_session)


def drawings(n=3):
    out = []
    for k in range(n):
        image = np.full((280, 280), 255, np.uint8)
        cv2.circle(image, (140, 140), 40 + k * 10, 0, 8)
        out.append(make_drawing(image, "circle" if k % 2 == 0 else "cross",
                                [(np.array([[10.0 + k, 20.0], [30.0, 40.0]]), 14.0)]))
    return out


def test_an_export_never_deletes_the_users_files(tmp_path):
    """It used to delete every PNG an existing labels.csv listed (50 of a user's own files in one try)."""
    folder = tmp_path / "mine"
    folder.mkdir()
    for k in range(50):
        cv2.imwrite(str(folder / f"photo{k}.png"), np.zeros((8, 8), np.uint8))
    (folder / "labels.csv").write_text("file,label\n" + "".join(f"photo{k}.png,circle\n" for k in range(50)))
    with pytest.raises(CollectionError, match="already holds 'labels.csv': export into an empty or new folder"):
        save_collection(drawings(), folder)
    assert len(list(folder.glob("photo*.png"))) == 50
    assert (folder / "labels.csv").read_text().count("photo") == 50


def test_an_export_never_writes_through_a_symlink(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "0001-circle.png").symlink_to(target)
    with pytest.raises(CollectionError, match="already holds '0001-circle.png'"):
        save_collection(drawings(), folder)
    assert target.read_text() == "keep me"
    assert sorted(p.name for p in folder.iterdir()) == ["0001-circle.png"]     # nothing else created


def test_a_failed_export_removes_only_what_it_created(tmp_path, monkeypatch):
    import cnnviz.data.collection as collection
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "notes.txt").write_text("the user's")
    real = collection.create_atomically
    calls = []

    def failing(path, content):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(path, content)

    monkeypatch.setattr(collection, "create_atomically", failing)
    with pytest.raises(CollectionError, match="No space left on device"):
        save_collection(drawings(), folder)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_an_export_reads_back(tmp_path):
    save_collection(drawings(), tmp_path / "out")
    report = load_collection(tmp_path / "out", size=280)
    assert [d.label for d in report.drawings] == ["circle", "cross", "circle"] and not report.problems
    assert all(d.has_strokes for d in report.drawings)


def test_the_session_save_writes_only_what_changed_and_drops_what_was_removed(tmp_path):
    folder = tmp_path / "session"
    items = drawings(3)
    save_session(items, folder)
    first = {p.name: p.stat().st_mtime_ns for p in folder.glob("*.png")}
    assert len(first) == 3
    save_session(items[:2], folder)
    second = {p.name: p.stat().st_mtime_ns for p in folder.glob("*.png")}
    assert set(second) < set(first) and all(second[n] == first[n] for n in second)    # not rewritten
    report = load_collection(folder)
    assert [d.label for d in report.drawings] == ["circle", "cross"] and not report.problems
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]                 # no temporaries


def test_the_session_save_leaves_other_files_alone(tmp_path):
    folder = tmp_path / "session"
    folder.mkdir()
    (folder / "0001-circle.png").write_bytes(b"an older save's file")
    (folder / "mine.png").write_bytes(b"x")
    save_session(drawings(1), folder)
    assert (folder / "0001-circle.png").exists() and (folder / "mine.png").exists()


def test_a_session_save_killed_before_labels_csv_keeps_the_old_collection(tmp_path, monkeypatch):
    import cnnviz.data.collection as collection
    folder = tmp_path / "session"
    save_session(drawings(2), folder)
    real = collection.write_atomically

    def killed_at_labels(path, content, **kw):
        if path.name == "labels.csv":
            raise KeyboardInterrupt
        return real(path, content, **kw)

    monkeypatch.setattr(collection, "write_atomically", killed_at_labels)
    with pytest.raises(KeyboardInterrupt):
        save_session(drawings(3)[2:], folder)
    report = load_collection(folder)
    assert len(report.drawings) == 2 and not report.problems


def test_a_zero_byte_png_is_set_aside_and_left_on_disk(tmp_path):
    """An interrupted auto-save of the old kind left a 0-byte PNG; OpenCV's !buf.empty() stopped every start."""
    folder = tmp_path / "c"
    save_collection(drawings(2), folder)
    (folder / "0002-cross.png").write_bytes(b"")
    report = load_collection(folder, size=280)
    assert [d.label for d in report.drawings] == ["circle"]
    assert report.problems == ["0002-cross.png: not a readable image"]
    assert (folder / "0002-cross.png").exists()


def test_a_picture_bomb_in_a_collection_is_set_aside_with_its_reason(tmp_path):
    from tests.data.test_image_limits import png_claiming
    folder = tmp_path / "c"
    save_collection(drawings(1), folder)
    (folder / "bomb.png").write_bytes(png_claiming(30000, 30000))
    with open(folder / "labels.csv", "a", newline="") as f:
        csv.writer(f).writerow(["bomb.png", "cross"])
    report = load_collection(folder, size=280)
    assert len(report.drawings) == 1
    assert report.problems[0].startswith("bomb.png: the image is 30000 x 30000 = 900,000,000 pixels, over the limit")


def test_deeply_nested_strokes_json_is_ignored_with_a_reason(tmp_path):
    folder = tmp_path / "c"
    save_collection(drawings(1), folder)
    (folder / "strokes.json").write_text("[" * 100000 + "]" * 100000)
    report = load_collection(folder, size=280)
    assert len(report.drawings) == 1
    assert report.problems == ["strokes.json: ignored (lists or objects nested too deeply); the images are used "
                               "without strokes"]


def test_a_pipe_in_a_collection_is_not_read(tmp_path):
    folder = tmp_path / "c"
    save_collection(drawings(1), folder)
    os.mkfifo(folder / "fifo.png")
    with open(folder / "labels.csv", "a", newline="") as f:
        csv.writer(f).writerow(["fifo.png", "cross"])
    report = load_collection(folder, size=280)
    assert len(report.drawings) == 1 and len(report.problems) == 1


def test_a_labels_csv_of_too_many_rows_is_read_up_to_the_limit(tmp_path, monkeypatch):
    import cnnviz.data.collection as collection
    monkeypatch.setattr(collection, "MAX_DRAWINGS", 3)
    folder = tmp_path / "c"
    save_collection(drawings(1), folder)
    (folder / "labels.csv").write_text("file,label\n" + "0001-circle.png,circle\n" * 10)
    report = load_collection(folder, size=280)
    assert len(report.drawings) == 3
    assert report.problems == ["labels.csv lists 10 drawings; only the first 3 are read"]


def test_an_export_into_a_file_says_it_is_not_a_folder(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("x")
    for folder in (target, target / "sub"):
        with pytest.raises(CollectionError, match=f"could not write the collection to {folder}: Not a directory"):
            save_collection(drawings(1), folder)
    assert target.read_text() == "x"
