"""Update the translation sources and compile them: python tools/translations.py [--check]

1. ``pyside6-lupdate`` reads every ``tr()``, ``translate()`` and ``QT_TRANSLATE_NOOP()`` in ``cnnviz/ui`` and
   merges the strings into ``resources/translations/cnnviz_ja.ts`` and ``cnnviz_ru.ts``: new strings are added
   unfinished, translations of unchanged strings are kept, strings no longer in the sources are dropped. No
   source locations are written, so the files change only when strings do. What the Qt-free layers say
   (``cnnviz.messages``: every template registered by the modules outside cnnviz.ui) goes in too, under the
   context "Message": lupdate cannot see them, so it is given a generated file that lists them.
2. Translate the new strings (Qt Linguist: ``pyside6-linguist resources/translations/cnnviz_ja.ts``, or any
   editor), then run this again:
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` beside it, which the app loads.

Running it twice changes nothing. ``--check`` changes nothing and exits 1 if the sources have strings the
``.ts`` files lack, a translation is unfinished, or a ``.qm`` is out of date (as the tests check).
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "cnnviz" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"ja": "ja_JP", "ru": "ru_RU"}


def tool(name: str) -> str:
    """The path of pyside6-lupdate / pyside6-lrelease (beside this Python first)."""
    for candidate in (Path(sys.executable).parent / name, shutil.which(name)):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6-Essentials")


# The Qt-free modules that say things to a person: every module of the package outside cnnviz.ui (their
# templates are registered when they are imported), found by walking the package, so none is forgotten.
def message_modules() -> list[str]:
    import pkgutil
    import cnnviz
    return sorted(info.name for info in pkgutil.walk_packages(cnnviz.__path__, "cnnviz.")
                  if not info.name.startswith(("cnnviz.ui", "cnnviz.__main__")))


MESSAGE_CONTEXT = "Message"


def message_templates() -> list[str]:
    """Every template the Qt-free layers register (cnnviz.messages.all_templates after importing them)."""
    sys.path.insert(0, str(ROOT))
    try:
        for name in message_modules():
            importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT))
    from cnnviz.messages import all_templates
    return all_templates()


def _python_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def message_source(folder: Path) -> Path:
    """A Python file in ``folder`` that names every template for lupdate: QT_TRANSLATE_NOOP("Message", ...)."""
    path = folder / "cnnviz_messages.py"
    lines = [f'QT_TRANSLATE_NOOP("{MESSAGE_CONTEXT}", {_python_string(text)})' for text in message_templates()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([tool("pyside6-lupdate"), *source_files(), str(message_source(Path(tmp))), "-ts", str(ts),
                        "-locations", "none", "-no-obsolete", "-target-language", language, "-silent"],
                       cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> <message>."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    bad = []
    for (context, source, _), message in messages(ts).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else \
            [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
            bad.append((context, source))
    return bad


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for code, language in LANGUAGES.items():
            ts = TRANSLATIONS / f"cnnviz_{code}.ts"
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh, language)
            missing = set(messages(fresh)) - set(messages(ts))
            problems += [f"{ts.name}: not in the catalogue: {context}: {source!r}" for context, source, _ in missing]
            problems += [f"{ts.name}: unfinished: {context}: {source!r}" for context, source in unfinished(fresh)]
            qm = Path(tmp) / f"cnnviz_{code}.qm"
            lrelease(ts, qm)
            shipped = TRANSLATIONS / qm.name
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is out of date: run python tools/translations.py")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for code, language in LANGUAGES.items():
        ts = TRANSLATIONS / f"cnnviz_{code}.ts"
        lupdate(ts, language)
        lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} messages, {len(left)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
