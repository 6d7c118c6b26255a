"""What the Qt-free layers say to a person: a message id and its values, never a finished sentence.

The id is the English template itself (``"layer '{layer}': stride must be at least 1, not {stride}"``), so
``str(message)`` reads well on the command line and in logs, and the interface translates the template
through Qt's catalogues (context ``"Message"``) and fills in the same values. A value may itself be a
``Message`` (a reason inside an error); it is formatted, and translated, the same way.

A ``Message`` is also a ``str``: the English sentence. Code that prints it, compares it, joins it or saves it
in a file sees the English text, as before; only the interface looks at ``template`` and ``values``. So that
``str(error)`` keeps them too, ``str(message)`` is the message itself, and a ``MessageError`` (or an
``OSError`` made by ``os_error``) gives its message. Text built around a message (``"a; " + note``) is plain
English again: build a message around it instead (a template with the message as a value).

Every template is written once, as a module-level constant made with ``template()``, so the translation
tools can list them all (``all_templates()``) without running the code that raises them.
"""
from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Any, Callable, Mapping

_TEMPLATES: dict[str, None] = {}


def template(text: str) -> str:
    """Register an English template (its id) and return it unchanged."""
    _TEMPLATES[text] = None
    return text


def all_templates() -> list[str]:
    """Every template registered so far (import the modules that define them first)."""
    return list(_TEMPLATES)


TEXT = "{text}"          # a text said as it is (not registered: there is nothing to translate)


class Message(str):
    """One thing to say: ``template`` (the id, English, with ``{name}`` fields) and its ``values``; as a
    ``str``, the English sentence."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any] | None = None):
        values = MappingProxyType(dict(values or {}))
        self = super().__new__(cls, template.format(**values))
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "values", values)
        return self

    def __setattr__(self, name, value):
        raise AttributeError("a Message cannot be changed")

    def render(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """The sentence, with ``translate`` applied to this template and to every nested message."""
        values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.values.items()}
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {dict(self.values)!r})"

    def __reduce__(self):                       # pickled (to and from a worker process) with its id and values
        return Message, (self.template, dict(self.values))


def message(text: str, /, **values: Any) -> Message:
    return Message(text, values)


class MessageError(ValueError):
    """An error whose text is a ``Message``: ``str(error)`` is the English sentence (the Message itself),
    ``error.message`` what the interface translates."""

    def __init__(self, msg: Message | str, /, **values: Any):
        self.message = msg if isinstance(msg, Message) else Message(msg, values)
        super().__init__(self.message)

    def __str__(self) -> Message:
        return self.message


def as_message(value: Any) -> Message:
    """Anything said or raised, as a Message: a Message or MessageError's own message, an error whose text
    is a Message (``os_error``), else its plain text."""
    if isinstance(value, Message):
        return value
    if isinstance(value, MessageError):
        return value.message
    text = str(value)
    return text if isinstance(text, Message) else Message(TEXT, {"text": text})


ERRNO = template("[Errno {number}] {reason}")       # Python's own text of an OSError


@lru_cache(maxsize=None)
def _said_os_error(kind: type) -> type:
    """A subclass of ``kind`` (PermissionError, ...) whose ``str()`` is its message."""
    return type(kind.__name__, (kind,), {"__str__": lambda self: message(ERRNO, number=self.errno, reason=self.strerror),
                                         "__module__": kind.__module__, "__qualname__": kind.__qualname__})


def os_error(number: int, reason: Message) -> OSError:
    """The OSError for ``number`` (PermissionError for EACCES, ...) with ``reason`` as its ``strerror``:
    ``str(error)`` is Python's "[Errno N] REASON", as a Message (so the reason can be translated)."""
    return _said_os_error(type(OSError(number, "")))(number, reason)


def message_to_data(said: Message) -> dict:
    """A message as plain JSON data: ``{"template": ..., "values": {...}}`` (nested messages alike)."""
    return {"template": said.template,
            "values": {k: message_to_data(v) if isinstance(v, Message) else v for k, v in said.values.items()}}


def message_from_data(data, english: str) -> Message | None:
    """The message ``message_to_data`` wrote, if every template in it is registered, its values are plain
    (text and numbers) and it says exactly ``english``; else None (a file may have been edited by hand)."""
    def build(item):
        if not (isinstance(item, dict) and isinstance(item.get("template"), str) and item["template"] in _TEMPLATES
                and isinstance(item.get("values"), dict)):
            raise ValueError
        values = {}
        for key, value in item["values"].items():
            if isinstance(value, dict):
                value = build(value)
            elif isinstance(value, bool) or not isinstance(value, (str, int, float)):
                raise ValueError
            values[key] = value
        return Message(item["template"], values)
    try:
        said = build(data)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError, RecursionError):
        return None
    return said if said == english else None
