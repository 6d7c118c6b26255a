"""What the Qt-free layers say (``cnnviz.messages``: explanations, notes, errors, descriptions) in the
interface language.

A ``Message`` is a template (its id, English, with ``{name}`` fields) and its values. ``engine_text`` looks
the template up in the translation catalogue under the context "Message" and fills the translation with the
same values; a value that is a message itself (the reason inside an error, a preset's name) is translated the
same way. ``tools/translations.py`` puts every registered template into the catalogues.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import Message, all_templates

CONTEXT = "Message"


def translate(template: str) -> str:
    """A template in the interface language (the English template when it has no translation)."""
    return QCoreApplication.translate(CONTEXT, template)


def _translated(said: Message) -> str:
    try:
        return said.render(translate)
    except (KeyError, IndexError, ValueError):       # a translation whose fields do not match: say it in English
        return str.__str__(said)


def engine_text(said) -> str:
    """What the engine said, in the interface language: a Message (or an error carrying one, such as a
    MessageError) by its id and values; anything else (plain text) as it is."""
    if isinstance(said, BaseException):
        carried = getattr(said, "message", None)
        said = carried if isinstance(carried, Message) else str(said)      # an OSError's str may be a Message
    return _translated(said) if isinstance(said, Message) else said


def term(word: str) -> str:
    """A word the engine uses as a value (a preset's name, "input"), in the interface language."""
    if isinstance(word, Message):
        return _translated(word)
    return translate(word) if word in all_templates() else word


CLASS_FIELDS = ("name", "target")          # fields of the backward pass's messages that hold a class name


def class_text(said) -> str:
    """engine_text of a message whose ``name`` / ``target`` fields are class names (the logits and softmax
    gradients, a dense bias at the logits): those in the interface language too ("circle" -> "丸")."""
    from .i18n import class_name
    if isinstance(said, Message):
        values = {k: class_name(v) if k in CLASS_FIELDS and isinstance(v, str) else v for k, v in said.values.items()}
        said = Message(said.template, values)
    return engine_text(said)
