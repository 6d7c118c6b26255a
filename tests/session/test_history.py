"""The model edit history: linear undo and redo, bounded."""
from cnnviz.engine import load_model
from cnnviz.session import ModelHistory


def test_model_history_is_linear_and_bounded():
    models = [load_model("lecture-ox") for _ in range(5)]
    h = ModelHistory(limit=3)
    h.reset(models[0])
    assert not h.can_undo and not h.can_redo
    for m in models[1:3]:
        h.push(m, label=f"edit {m}")
    assert h.undo().model is models[1] and h.can_redo
    h.push(models[3], label="branch")                          # a new edit drops what was undone
    assert not h.can_redo and len(h) == 3
    h.push(models[4], label="more")
    assert len(h) == 3 and h.current.model is models[4]
    assert h.undo().model is models[3] and h.undo().model is models[1] and h.undo() is None
