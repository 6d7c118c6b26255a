"""Pictures as the input: File -> Open image, Edit -> Paste image, and an image file dropped on the canvas.

The picture is read with the data layer's checks (`preprocess.read_image`: size limits, folders, non-images),
fitted to the page (`data.picture.fit_to_page`) and put on the canvas as one undo step; the canvas stays the
session's input source, so the network sees it through the one preprocessing path, and the pen draws on it.
Anything that cannot be read is said once (status bar and a message box) and nothing changes.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog

from cnnviz.data.picture import fit_to_page
from cnnviz.data.preprocess import MAX_IMAGE_PIXELS, ImageError, read_image

from .explain_text import engine_text

IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm"


def qimage_to_array(image: QImage) -> np.ndarray:
    """A QImage as a (H, W, 4) uint8 BGRA array (the layout read_image gives), copied."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    height, width = image.height(), image.width()
    view = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    rgba = view.reshape(height, image.bytesPerLine())[:, :width * 4].reshape(height, width, 4)
    return rgba[:, :, [2, 1, 0, 3]].copy()


class ImageInput(QObject):
    """Opens, pastes and takes dropped pictures onto the window's canvas."""

    def __init__(self, host):
        super().__init__(host.parent)
        self.host = host
        self.canvas = host.canvas
        self.open_action = host.action(self.tr("Open image\u2026"), lambda checked=False: self.open_dialog(), ["Ctrl+I"],
                                          self.tr("Put a picture on the canvas as the input (Ctrl+I)"))
        self.paste_action = host.action(self.tr("Paste image"), lambda checked=False: self.paste(), [QKeySequence.StandardKey.Paste],
                                           self.tr("Put the picture on the clipboard on the canvas (Ctrl+V)"))
        file_menu = host.menu("&File")          # right after "Open model file…"
        actions = file_menu.actions()
        after = actions.index(host.open_model_action) + 1 if host.open_model_action in actions else len(actions)
        if after < len(actions):
            file_menu.insertAction(actions[after], self.open_action)
        else:
            file_menu.addAction(self.open_action)
        edit = host.menu("&Edit")
        edit.addSeparator()
        edit.addAction(self.paste_action)
        self.canvas.setAcceptDrops(True)
        self.canvas.dropped.connect(self.drop)

    # -- the three ways in -------------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.host.parent, self.tr("Open image"), "",
                                              self.tr("Images (%s);;All files (*)") % IMAGE_FILTER)
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Put the image file at ``path`` on the canvas; False (and one message) if it cannot be read."""
        try:
            image = read_image(path)
        except ImageError as error:
            self.host.show_error(engine_text(error), dialog=True)
            return False
        return self.put(image)

    def paste(self) -> bool:
        """Put the clipboard's picture (or the image file copied there) on the canvas."""
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasImage():
            image = QImage(data.imageData())
            if not image.isNull():
                if image.width() * image.height() > MAX_IMAGE_PIXELS:
                    self.host.show_error(self.tr("The picture on the clipboard is too large: %1 x %2 pixels, "
                                                   "over the limit of %3.").replace("%1", str(image.width()))
                                           .replace("%2", str(image.height())).replace("%3", f"{MAX_IMAGE_PIXELS:,}"),
                                           dialog=True)
                    return False
                return self.put(qimage_to_array(image))
        files = [url.toLocalFile() for url in data.urls() if url.isLocalFile()] if data is not None else []
        if files:
            return self.open_file(files[0])
        self.host.show_error(self.tr("The clipboard holds no picture: copy an image or an image file first."),
                               dialog=True)
        return False

    def drop(self, data) -> bool:
        """What was dropped on the canvas: the first local file, or a picture."""
        files = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        if files:
            return self.open_file(files[0])
        if data.hasImage():
            image = QImage(data.imageData())
            if not image.isNull():
                return self.put(qimage_to_array(image))
        self.host.show_error(self.tr("Only an image file can be dropped on the canvas."), dialog=True)
        return False

    # -- onto the canvas ---------------------------------------------------------------------------
    def put(self, image: np.ndarray) -> bool:
        """Fit ``image`` ((H, W) grey, (H, W, 3) BGR or (H, W, 4) BGRA) to the page and show it; one undo step."""
        side = self.canvas.size_pixels
        try:
            page, resized = fit_to_page(image, side)
        except ValueError as error:
            self.host.show_error(engine_text(error), dialog=True)
            return False
        self.canvas.set_picture(page)
        height, width = image.shape[:2]
        if resized:
            self.host.status(
                self.tr("The picture (%1 x %2) was resized to fit the %3 x %3 canvas; Undo takes it back.")
                .replace("%1", str(width)).replace("%2", str(height)).replace("%3", str(side)), 10000)
        else:
            self.host.status(self.tr("Picture on the canvas; Undo takes it back."), 10000)
        return True


def install(host) -> ImageInput:
    """Open, paste and drop pictures onto the canvas of the window behind ``host`` (File and Edit menus)."""
    return ImageInput(host)
