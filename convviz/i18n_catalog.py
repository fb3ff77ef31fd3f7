"""The translation catalog: collect every `tr("...")` sentence and keep the .ts files in step (a dev tool).

Qt's lupdate does not know `convviz.i18n.tr` (a plain function, usable without
Qt), so this module reads the source with `ast` instead: every call
`tr("literal")` or `tr_noop("literal")` in convviz/ is a message of the one
context "convviz". Run

    python3 -m convviz.i18n_catalog            # update resources/translations/*.ts and compile the .qm
    python3 -m convviz.i18n_catalog --check    # say what is missing or stale, exit 1 if anything is

after adding or changing a sentence. Updating keeps every translation already
made, adds new sentences as unfinished, and keeps sentences no longer in the
code as "vanished" (lrelease leaves them out; a translator can reuse them).
Translations are edited in the .ts files (by hand or in Qt Linguist); the
compiled .qm files beside them are what the app loads (`pyside6-lrelease`,
which ships with PySide6).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from convviz.i18n import CONTEXT

PACKAGE = Path(__file__).resolve().parent
TRANSLATIONS = PACKAGE.parent / "resources" / "translations"
#: the shipped languages: file suffix -> the language tag written into the .ts
LANGUAGES = {"de": "de_DE", "es": "es_ES", "fr": "fr_FR", "zh_CN": "zh_CN"}
MARKERS = ("tr", "tr_noop")
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


@dataclass(frozen=True)
class Message:
    """One sentence to translate and the file it was first seen in (relative to the repository)."""

    source: str
    filename: str


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"convviz_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"convviz_{language}.qm"


def collect(package: Path = PACKAGE) -> list[Message]:
    """Every tr/tr_noop literal under `package`, in file order, each sentence once."""
    seen: dict[str, Message] = {}
    for path in sorted(package.rglob("*.py")):
        for source in literals_in(path.read_text(encoding="utf-8")):
            seen.setdefault(source, Message(source, path.relative_to(package.parent).as_posix()))
    return list(seen.values())


def literals_in(code: str) -> list[str]:
    """The string literals passed to tr()/tr_noop() in one module, in the order they appear."""
    found = []
    for node in ast.walk(ast.parse(code)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((node.lineno, node.col_offset, node.args[0].value))
    return [text for *_, text in sorted(found)]


def placeholders(text: str) -> list[str]:
    """The `{name}` fields of a sentence, sorted ("{{" is a literal brace, not a field)."""
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


@dataclass
class Entry:
    source: str
    translation: str
    finished: bool
    vanished: bool = False


def read_ts(path: Path) -> dict[str, Entry]:
    """The messages of one .ts file by source sentence (empty when the file does not exist yet)."""
    if not path.exists():
        return {}
    entries = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        kind = element.get("type", "") if element is not None else "unfinished"
        text = (element.text or "") if element is not None else ""
        entries[source] = Entry(source, text, finished=kind == "" and bool(text), vanished=kind in ("vanished", "obsolete"))
    return entries


def write_ts(path: Path, language: str, messages: list[Message], old: dict[str, Entry]) -> None:
    """Write the catalog for one language: current messages in code order, then the vanished ones."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language])
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    current = {m.source for m in messages}
    rows = [(m.source, m.filename, old.get(m.source), False) for m in messages]
    rows += [(e.source, None, e, True) for e in old.values() if e.source not in current and e.translation]
    for source, filename, entry, vanished in rows:
        message = ET.SubElement(context, "message")
        if filename is not None:
            ET.SubElement(message, "location", filename=f"../../{filename}")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        translation.text = entry.translation if entry is not None else ""
        if vanished:
            translation.set("type", "vanished")
        elif entry is None or not entry.finished:
            translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(language: str, messages: list[Message]) -> list[str]:
    """What keeps one language from being complete: missing, unfinished, or placeholders that differ."""
    entries = read_ts(ts_path(language))
    found = []
    for message in messages:
        entry = entries.get(message.source)
        if entry is None:
            found.append(f"{language}: missing {message.source!r} ({message.filename})")
        elif not entry.finished:
            found.append(f"{language}: unfinished {message.source!r} ({message.filename})")
        elif placeholders(entry.translation) != placeholders(message.source):
            found.append(f"{language}: placeholders differ in {message.source!r}: {entry.translation!r}")
    return found


def lrelease() -> str:
    tool = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease is not on PATH (it comes with PySide6)")
    return tool


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile one .ts into a .qm with Qt's lrelease (finished translations only)."""
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def qm_is_current(language: str) -> bool:
    """True when the shipped .qm is exactly what the .ts compiles to."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.qm"
        compile_qm(ts_path(language), fresh)
        return qm_path(language).exists() and fresh.read_bytes() == qm_path(language).read_bytes()


def update() -> None:
    messages = collect()
    for language in LANGUAGES:
        write_ts(ts_path(language), language, messages, read_ts(ts_path(language)))
        compile_qm(ts_path(language), qm_path(language))
    print(f"{len(messages)} sentences; .ts and .qm written to {TRANSLATIONS}")


def check() -> int:
    messages = collect()
    found = [p for language in LANGUAGES for p in problems(language, messages)]
    found += [f"{language}: {qm_path(language).name} is older than its .ts" for language in LANGUAGES
              if not qm_is_current(language)]
    for problem in found:
        print(problem)
    print(f"{len(messages)} sentences, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(check() if "--check" in sys.argv[1:] else update())
