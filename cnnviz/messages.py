"""What the Qt-free layers say to a person: a message id and its values, never a finished sentence.

The id is the English template itself (``"layer '{layer}': stride must be at least 1, not {stride}"``), so
``str(message)`` reads well on the command line and in logs, and the interface translates the template
through Qt's catalogues (context ``"Message"``) and fills in the same values. A value may itself be a
``Message`` (a reason inside an error); it is formatted, and translated, the same way.

Every template is written once, as a module-level constant made with ``template()``, so the translation
tools can list them all (``all_templates()``) without running the code that raises them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

_TEMPLATES: dict[str, None] = {}


def template(text: str) -> str:
    """Register an English template (its id) and return it unchanged."""
    _TEMPLATES[text] = None
    return text


def all_templates() -> list[str]:
    """Every template registered so far (import the modules that define them first)."""
    return list(_TEMPLATES)


@dataclass(frozen=True)
class Message:
    """One thing to say: ``template`` (the id, English, with ``{name}`` fields) and its ``values``."""

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """The sentence, with ``translate`` applied to this template and to every nested message."""
        values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.values.items()}
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.render()


def message(text: str, **values: Any) -> Message:
    return Message(text, values)


class MessageError(ValueError):
    """An error whose text is a ``Message``: ``str(error)`` is the English sentence, ``error.message``
    what the interface translates."""

    def __init__(self, msg: Message | str, **values: Any):
        self.message = msg if isinstance(msg, Message) else Message(msg, values)
        super().__init__(str(self.message))


def as_message(value: Any) -> Message:
    """Anything said or raised, as a Message: a MessageError's own message, else its plain text."""
    if isinstance(value, Message):
        return value
    if isinstance(value, MessageError):
        return value.message
    return Message("{text}", {"text": str(value)})
