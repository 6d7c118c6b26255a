"""Every sentence the backward-pass modules say has a Japanese and a Russian translation with the same fields,
waiting in tools/translations_gradients.json until the message catalogues take them in."""
from __future__ import annotations

import importlib
import json
import string
from pathlib import Path

import pytest

from cnnviz.messages import all_templates

MODULES = ["cnnviz.engine.gradients", "cnnviz.analysis.explain_backward", "cnnviz.analysis.learning_step",
           "cnnviz.viz.backward_stepper", "cnnviz.export.backward_sheet"]
TRANSLATIONS = Path(__file__).resolve().parents[2] / "tools" / "translations_gradients.json"


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def backward_templates() -> list[str]:
    found = []
    for name in MODULES:
        module = importlib.import_module(name)
        found += [v for v in vars(module).values() if isinstance(v, str) and v in set(all_templates())]
    return found


def test_every_backward_template_is_translated_with_the_same_fields():
    translations = json.loads(TRANSLATIONS.read_text(encoding="utf-8"))
    templates = backward_templates()
    assert len(templates) >= 35
    assert set(translations) == set(templates)
    for text in templates:
        for language in ("ja", "ru"):
            translated = translations[text][language]
            assert translated and fields(translated) == fields(text), (language, text)


@pytest.mark.parametrize("language", ["ja", "ru"])
def test_translations_render_with_the_values_of_a_real_explanation(language):
    from cnnviz.analysis import explain_backward as eb
    from cnnviz.engine import gradients, load_model
    import numpy as np
    translations = json.loads(TRANSLATIONS.read_text(encoding="utf-8"))
    model = load_model("lecture-ox")
    grads = gradients(model, np.random.default_rng(0).random((1, 28, 28)).astype(np.float32), 0)
    explanation = eb.explain_weight_gradient(grads, "conv1", (0, 0, 1, 1))
    text = explanation.formula.render(lambda t: translations[t][language])
    assert explanation.formula.values["value"] in text and "676" in text
