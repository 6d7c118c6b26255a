"""Class names chosen by a person: what a valid name is, and what a valid list of them is.

A name labels a collected drawing, names an image folder's subfolder and ends up in file names
(``0001-circle.png``) and in a model file, so it must be non-empty, short, on one line and free of
characters that cannot stand in a file name. A model has 2 to 10 classes, all different.
"""
from __future__ import annotations

from typing import Iterable

from ..messages import MessageError, message, template

MIN_CLASSES, MAX_CLASSES = 2, 10
MAX_NAME_LENGTH = 40
_FORBIDDEN = set('/\\:*?"<>|') | {chr(c) for c in range(32)}

BAD_CLASS_NAME = template("'{name}' cannot be a class name: use 1 to {limit} characters, on one line, without "
                          "/ \\ : * ? \" < > |")
CLASS_LIST_SIZE = template("there are {count} classes ({names}); a model needs {low} to {high}")
REPEATED_CLASS = template("the class '{name}' is listed twice; every class needs its own name")
UNKNOWN_CLASS = template("'{name}' is not one of the classes {names}")


class ClassNameError(MessageError):
    """A class name, or a list of class names, that cannot be used."""


def check_class_name(name) -> str:
    """The name with surrounding spaces removed; raises ClassNameError when it cannot be a class name."""
    text = name.strip() if isinstance(name, str) else ""
    if not text or len(text) > MAX_NAME_LENGTH or set(text) & _FORBIDDEN or text in (".", ".."):
        raise ClassNameError(message(BAD_CLASS_NAME, name=str(name)[:60], limit=MAX_NAME_LENGTH))
    return text


def check_class_names(names: Iterable[str]) -> tuple[str, ...]:
    """2 to 10 valid, different names, in the order given."""
    names = tuple(check_class_name(n) for n in names)
    repeated = next((n for i, n in enumerate(names) if n in names[:i]), None)
    if repeated is not None:
        raise ClassNameError(message(REPEATED_CLASS, name=repeated))
    if not MIN_CLASSES <= len(names) <= MAX_CLASSES:
        raise ClassNameError(message(CLASS_LIST_SIZE, count=len(names), names=", ".join(names) or "none",
                                     low=MIN_CLASSES, high=MAX_CLASSES))
    return names


def class_index(name: str, names: tuple[str, ...]) -> int:
    """The position of `name` in `names`; ClassNameError when it is not there."""
    try:
        return names.index(name)
    except ValueError:
        raise ClassNameError(message(UNKNOWN_CLASS, name=name, names=", ".join(names))) from None
