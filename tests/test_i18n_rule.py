"""The rule that keeps the computing half translatable: no raise carries a sentence that skipped `tr`.

One walker for every Qt-free package (core, lessons, export, model, session,
state and the top-level modules): a refusal written as a literal, an f-string,
or a literal glued or formatted without tr would reach a German student's
dialog in English; `tr(f"...")` would be translated never (the catalog cannot
read it). Sites allowed to pass a message on are listed with their reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

import convviz

PACKAGE = Path(convviz.__file__).resolve().parent
AREA = sorted(
    path for folder in ("core", "lessons", "export", "model", "session", "state")
    for path in (PACKAGE / folder).rglob("*.py")
) + [PACKAGE / f"{name}.py" for name in ("limits", "safe_files", "safe_json", "new_files", "samples", "resources",
                                         "i18n", "i18n_ts")]
#: (path under convviz/, a fragment of the raise line) -> why it may carry a message of its own
ALLOWED = {
    ("lessons/loader.py", 'f"{error}."'): "the error is already a translated sentence; only the stop is added",
    ("model/class_digits.py", 'f"{error}."'): "passes on a translated sentence, adding only the stop",
    ("model/train_process.py", "stopped before it started"): "never shown: a killed run reports 'Training was stopped.'",
}


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"


def _untranslated_text(node: ast.AST | None) -> bool:
    """True for a message written in place without tr: a literal with words, an f-string, or one glued or formatted."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _untranslated_text(node.left) or _untranslated_text(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated_text(node.body) or _untranslated_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _untranslated_text(node.func.value)
    return False


def _message(call: ast.Call) -> ast.expr | None:
    """The sentence of `raise Error(sentence)`, `raise reader.fail(where, sentence)` or
    `raise StateDictError(kind, sentence, detail)`."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    position = 1 if name in ("fail", "StateDictError") else 0
    return call.args[position] if len(call.args) > position else None


def offences(path: Path, root: Path = PACKAGE) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    where = path.relative_to(root).as_posix()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and _untranslated_text(_message(node.exc)):
            line = lines[node.lineno - 1]
            if not any(where == file and fragment in line for file, fragment in ALLOWED):
                found.append(f"{where}:{node.lineno}: raise without tr: {line.strip()[:90]}")
        if _is_tr(node) and node.args and not isinstance(node.args[0], ast.Constant) \
                and _untranslated_text(node.args[0]):  # tr(f"..."), tr("a" + b): the catalog cannot read it
            found.append(f"{where}:{node.lineno}: tr() of a computed text")
    return found


def test_no_raise_in_the_computing_half_carries_an_untranslated_sentence():
    found = [line for path in AREA for line in offences(path)]
    assert found == [], "wrap these messages in tr(...):\n" + "\n".join(found)


def test_the_checker_catches_each_way_of_writing_an_untranslated_sentence(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        'raise ValueError("plain")\n'
        'raise ValueError(f"the {x}")\n'
        'raise ValueError("a {x}".format(x=1))\n'
        'raise ValueError("a" + str(x))\n'
        'raise ValueError("a" if x else "b")\n'
        'raise ValueError(tr(f"the {x}"))\n'
        'raise reader.fail("id", "is wrong")\n'
        'raise StateDictError("shape", f"{key} is wrong", detail)\n'
        'raise ValueError(tr("fine {x}").format(x=1))\n'
        'raise ValueError(str(error))\n'
        'raise reader.fail("id", tr("is fine"))\n'
        'raise ValueError("")\n'
    )
    assert sorted((line.split(":")[1] for line in offences(bad, tmp_path)), key=int) == ["1", "2", "3", "4", "5", "6", "7", "8"]
