"""A folder of images as a training set, laid out as torchvision's ImageFolder:

    DIR/circle/0001.png  DIR/circle/photo.jpg  DIR/cross/...  DIR/triangle/...

Each subfolder is a class and its name the class name (classes in sorted order, as ImageFolder);
every PNG, JPEG or BMP file inside it (subfolders included, hidden files skipped) is an example of
any size, grey or colour. ``scan_image_folder`` checks the layout, the counts and the file sizes
without decoding anything; ``read_examples`` decodes each file through ``read_image`` and THE
preprocessing function (``to_network_input``), as the canvas, an opened image and the camera are.

NumPy + OpenCV only; never Qt.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..messages import MessageError, message, template
from .classes import MAX_CLASSES, MIN_CLASSES, ClassNameError, check_class_name
from .preprocess import ImageError, read_image, to_network_input

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp")
MIN_IMAGES_PER_CLASS = 5
MAX_FILE_BYTES = 50 * 2 ** 20     # a training image larger than this is refused before it is read
COLOUR_SAMPLE = 30                # images per class looked at to decide whether the data is in colour
_COLOUR_LEVEL = 0.06              # channels differing by more than this (of full scale) ...
_COLOUR_SHARE = 0.005             # ... at this share of the pixels make an image a colour image

NOT_A_FOLDER = template("{folder}: no such folder")
NO_CLASS_FOLDERS = template("{folder} has no class folders: put each class's images in a subfolder named after "
                            "the class (for example {example})")
CLASS_FOLDER_COUNT = template("class folders in {folder}: {count} ({names}); training needs {low} to {high}")
BAD_FOLDER_NAME = template("{folder}: the folder name cannot be a class name: {reason}")
TOO_FEW_IMAGES = template("images in class '{name}': {count} ({folder}); each class needs at least {minimum} "
                          "PNG, JPEG or BMP files")       # worded for any count: 0, 1 ("has 1 images" was not)
FILE_TOO_LARGE = template("{path}: {megabytes} MB is too large for a training image (the limit is {limit} MB)")
UNREADABLE_IMAGE = template("{path}: cannot be used for training: {reason}")


class ImageFolderError(MessageError):
    """An image folder that cannot be trained on; the message names the folder, class or file."""


@dataclass(frozen=True)
class ImageFolder:
    """The examples of an image folder, not yet decoded: files (path, class index) in class order."""
    root: Path
    class_names: tuple[str, ...]
    files: tuple[tuple[Path, int], ...]

    def counts(self) -> list[int]:
        """Images per class, in class order."""
        labels = np.array([label for _, label in self.files], dtype=np.int64)
        return np.bincount(labels, minlength=len(self.class_names)).tolist()


def _visible(path: Path) -> bool:
    return not path.name.startswith(".")


def _images_in(folder: Path) -> list[Path]:
    found = []
    for directory, subfolders, names in os.walk(folder):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [Path(directory) / n for n in sorted(names)
                  if not n.startswith(".") and n.lower().endswith(IMAGE_SUFFIXES)]
    return found


def scan_image_folder(root: str | os.PathLike, *, minimum: int = MIN_IMAGES_PER_CLASS) -> ImageFolder:
    """List the classes and image files of `root` without decoding; ImageFolderError when there are no
    class folders, fewer than 2 or more than 10, a class with fewer than `minimum` images, or a file over
    MAX_FILE_BYTES."""
    root = Path(root).expanduser()
    if not root.is_dir():
        raise ImageFolderError(message(NOT_A_FOLDER, folder=str(root)))
    folders = sorted((p for p in root.iterdir() if p.is_dir() and _visible(p)), key=lambda p: p.name)
    if not folders:
        raise ImageFolderError(message(NO_CLASS_FOLDERS, folder=str(root),
                                       example=str(Path(root.name) / "circle" / "1.png")))
    if not MIN_CLASSES <= len(folders) <= MAX_CLASSES:
        raise ImageFolderError(message(CLASS_FOLDER_COUNT, folder=str(root), count=len(folders),
                                       names=", ".join(p.name for p in folders), low=MIN_CLASSES, high=MAX_CLASSES))
    names, files = [], []
    for index, folder in enumerate(folders):
        try:
            names.append(check_class_name(folder.name))
        except ClassNameError as exc:
            raise ImageFolderError(message(BAD_FOLDER_NAME, folder=str(folder), reason=exc.message)) from None
        images = _images_in(folder)
        if len(images) < minimum:
            raise ImageFolderError(message(TOO_FEW_IMAGES, name=folder.name, count=len(images), folder=str(folder),
                                           minimum=minimum))
        for path in images:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ImageFolderError(message(FILE_TOO_LARGE, path=str(path), megabytes=round(size / 2 ** 20, 1),
                                               limit=MAX_FILE_BYTES // 2 ** 20))
            files.append((path, index))
    return ImageFolder(root, tuple(names), tuple(files))


def _read(path: Path) -> np.ndarray:
    try:
        return read_image(path)
    except ImageError as exc:
        raise ImageFolderError(message(UNREADABLE_IMAGE, path=str(path), reason=exc.reason)) from None


def is_colour_image(image: np.ndarray) -> bool:
    """Whether an image as read (gray, BGR or BGRA) holds colour: channels that differ visibly somewhere,
    not only by compression noise."""
    if image.ndim != 3:
        return False
    planes = image[:, :, :3].astype(np.float32)
    full = 255.0 if image.dtype == np.uint8 else 65535.0 if image.dtype == np.uint16 else max(1.0, planes.max())
    spread = (planes.max(axis=2) - planes.min(axis=2)) / full
    return float(np.mean(spread > _COLOUR_LEVEL)) > _COLOUR_SHARE


@dataclass(frozen=True)
class FolderSurvey:
    """What a look at (a sample of) the images says about the data: colour or grey, and the typical size."""
    colour: bool
    side: int              # median short side in pixels


def survey(folder: ImageFolder, *, per_class: int = COLOUR_SAMPLE) -> FolderSurvey:
    """Decode up to `per_class` evenly spaced images of each class: the data is colour when any of them is."""
    colour, sides = False, []
    for label in range(len(folder.class_names)):
        paths = [p for p, k in folder.files if k == label]
        for path in paths[::max(1, -(-len(paths) // per_class))]:
            image = _read(path)
            colour = colour or is_colour_image(image)
            sides.append(min(image.shape[:2]))
    return FolderSurvey(colour, int(np.median(sides)))


def read_examples(folder: ImageFolder, size: tuple[int, int], *, channels: int, crop: bool = False
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Every example as network input: x float32 (N, channels, H, W) through ``to_network_input``,
    y int64 (N,) indexing ``folder.class_names``. ImageFolderError naming the first file that cannot be read."""
    x = np.empty((len(folder.files), channels) + tuple(size), np.float32)
    y = np.empty(len(folder.files), np.int64)
    for i, (path, label) in enumerate(folder.files):
        image = _read(path)
        try:
            x[i] = to_network_input(image, tuple(size), channels=channels, crop=crop)
        except ValueError as exc:
            raise ImageFolderError(message(UNREADABLE_IMAGE, path=str(path), reason=str(exc))) from None
        y[i] = label
    return x, y
