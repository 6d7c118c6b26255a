"""The window is not the state, and no panel holds it: the boundary inside ``cnnviz/ui/``.

Panels, docks and installers get the session (the state they render) and a ``Host`` (menus, docks, status,
the window's size and layout); only the window's own modules (the window, its layout and language halves, its
host, the app and the start-up code) may name ``MainWindow``, take a window, or set attributes on one. The
rules read the source (every module under ``cnnviz/ui/`` is walked, so new ones are covered);
tests/ui/test_window_parts.py builds a window and looks at what its parts hold.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "cnnviz" / "ui"
# the window itself: the window, its dock layout and its memory, its language switching, its host, the app
# that starts it, the start-up notes and the guard that reports a failure in whichever window is shown
WINDOW_MODULES = {"window.py", "dock_layout.py", "layout_memory.py", "language_menu.py", "relanguage.py",
                  "host.py", "app.py", "startup.py", "guard.py"}


def panel_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.relative_to(UI).as_posix() not in WINDOW_MODULES)


def _is_window(node: ast.AST) -> bool:
    """``window`` or ``self.window`` / ``self._window``."""
    if isinstance(node, ast.Name):
        return node.id == "window"
    return (isinstance(node, ast.Attribute) and node.attr in ("window", "_window")
            and isinstance(node.value, ast.Name) and node.value.id == "self")


def window_reaches(path: Path) -> list[str]:
    """Where a module names MainWindow, takes a window, or sets attributes on one (line: what)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Name) and node.id == "MainWindow":
            found.append(f"{line}: names MainWindow")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "window":
            found.append(f"{line}: imports the window module")
        elif isinstance(node, ast.ImportFrom) and any(alias.name == "MainWindow" for alias in node.names):
            found.append(f"{line}: imports MainWindow")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
            if any(a.arg == "window" for a in arguments):
                found.append(f"{line}: {node.name}() takes a window")
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and _is_window(target.value):
                    found.append(f"{line}: sets {ast.unparse(target)}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("setattr", "getattr") \
                and node.args and _is_window(node.args[0]):
            found.append(f"{line}: {node.func.id}({ast.unparse(node.args[0])}, ...)")
    return found


def test_the_walk_covers_the_panels_and_leaves_the_window_out():
    names = {p.relative_to(UI).as_posix() for p in panel_modules()}
    for name in ("lecture/__init__.py", "lecture/presentation.py", "lecture/scene_state.py", "experiments/__init__.py",
                 "stage_focus.py", "first_run.py", "image_input.py", "questions.py", "pipeline.py"):
        assert name in names
    assert not names & WINDOW_MODULES
    assert all((UI / name).exists() for name in WINDOW_MODULES)


@pytest.mark.parametrize("path", panel_modules(), ids=lambda p: p.relative_to(UI).as_posix())
def test_no_panel_names_takes_or_patches_the_window(path):
    assert window_reaches(path) == []


def test_the_rule_catches_what_it_forbids(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from .window import MainWindow\n"
                      "def install(window):\n"
                      "    window.lecture = object()\n"
                      "    return getattr(window, 'inspect')\n"
                      "class Panel:\n"
                      "    def __init__(self, session, host):\n"
                      "        self.host = host\n"
                      "        self.window.extra = 1\n", encoding="utf-8")
    found = window_reaches(sample)
    assert [f.split(": ", 1)[0] for f in found] == ["1", "2", "3", "4", "8"]
    assert "window module" in found[0] and "takes a window" in found[1] and "sets window.lecture" in found[2]

