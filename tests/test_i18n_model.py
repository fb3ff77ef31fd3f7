"""The refusals of convviz.model reach the user in their language, the sandbox's included (issue 16)."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
import torch
from model_fixtures import save_torchscript
from torch import nn

import convviz.model
from convviz import i18n, i18n_ts
from convviz.i18n_catalog import literals_in, placeholders
from convviz.model import custom, mnist, parameters, sandbox_wire
from convviz.model.inference import images_to_tensor
from convviz.model.lenet import LeNet
from convviz.model.sandbox import SandboxLimits
from convviz.model.state_dict_check import check_state_dict
from convviz.model.train import TrainConfig
from convviz.model.train_process import TrainingProcess
from convviz.model.weights import read_state_dict

MODEL = Path(convviz.model.__file__).resolve().parent

def test_model_sentences_use_named_placeholders_only():
    positional = [(path.name, text) for path in sorted(MODEL.glob("*.py"))
                  for text in literals_in(path.read_text(encoding="utf-8")) if "" in placeholders(text)]
    assert positional == []




def _refusal(call) -> str:
    with pytest.raises(ValueError) as caught:
        call()
    return str(caught.value)


def test_refusals_of_the_model_package_go_through_the_translator(marked, tmp_path):
    short = tmp_path / "short.idx"
    short.write_bytes(b"\x00\x00")
    text_file = tmp_path / "notes.pt"
    text_file.write_text("not a model at all")
    messages = {
        "training settings": _refusal(lambda: TrainConfig(epochs=0).check()),
        "an IDX file": _refusal(lambda: mnist.read_idx(short)),
        "a missing model": _refusal(lambda: custom.load_user_model(tmp_path / "nowhere.pt")),
        "a text file as a model": _refusal(lambda: custom.load_user_model(text_file)),
        "missing weights": _refusal(lambda: read_state_dict(tmp_path / "nowhere.pt")),
        "sandbox limits": _refusal(lambda: SandboxLimits(seconds=0)),
        "a broken wire message": _refusal(lambda: sandbox_wire.unpack(b"\x01")),
        "weights that do not fit": _refusal(lambda: check_state_dict({"a": torch.zeros(2)}, LeNet().state_dict(), "f.pt")),
        "a parameter table": _refusal(lambda: parameters.parameter_table(nn.Linear(2, 2))),
        "pictures": _refusal(lambda: images_to_tensor(np.full((28, 28), np.nan, dtype=np.float32))),
    }
    for what, message in messages.items():
        assert message.startswith("<<"), f"{what}: {message!r}"
    assert "nowhere.pt" in messages["a missing model"]  # the fields are formatted in after translating
    assert "<<convviz opens LeNet weights" in messages["a text file as a model"]  # the glued sentence too
    assert "<<missing conv1.weight" in messages["weights that do not fit"]  # and the detail
    assert messages["pictures"] == "<<the pictures contain NaN or infinite values.>>"


class _FiveScores(nn.Module):
    """A small CNN with 5 class scores instead of 10: refused by the probe, which runs in the sandbox."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.fc = nn.Linear(2 * 26 * 26, 5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(torch.flatten(torch.relu(self.conv(x)), 1))


@pytest.mark.parametrize("language, expected", [
    ("de", "five.pt gibt für 1 Bild(er) die Form (1, 5) zurück; convviz braucht 10 Klassenwerte pro Bild, Form (1, 10)."),
    ("en", "five.pt returns shape (1, 5) for 1 picture(s); convviz needs 10 class scores per picture, shape (1, 10)."),
])
def test_a_refusal_made_in_the_sandbox_comes_back_in_the_apps_language(tmp_path, language, expected):
    path = tmp_path / "five.pt"
    save_torchscript(_FiveScores(), path)
    assert i18n_ts.install(language) == language  # as the app does with Qt's translator: tr speaks it
    try:
        message = _refusal(lambda: custom.load_user_model(path))
    finally:
        i18n.set_translator(None)
    assert message == expected


def _write_ts(path: Path, messages: str, context: str = "convviz") -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">'
        f"<context><name>{context}</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    return path


def test_the_ts_reader_uses_finished_translations_only(tmp_path):
    _write_ts(tmp_path / "convviz_de.ts", (
        "<message><source>one</source><translation>eins</translation></message>"
        "<message><source>two</source><translation type=\"unfinished\">zwei?</translation></message>"
        "<message><source>three</source><translation type=\"vanished\">drei</translation></message>"
        "<message><source>four</source><translation></translation></message>"
    ))
    translate = i18n_ts.translator_for("de", tmp_path)
    assert [translate("convviz", text) for text in ("one", "two", "three", "four", "five")] == \
        ["eins", "two", "three", "four", "five"]
    assert translate("other context", "one") == "one"


def test_the_ts_reader_falls_back_to_english(tmp_path):
    (tmp_path / "convviz_fr.ts").write_text("<TS><context>broken", encoding="utf-8")
    assert i18n_ts.translator_for("fr", tmp_path) is None  # unreadable XML
    assert i18n_ts.translator_for("es", tmp_path) is None  # no file
    assert i18n_ts.translator_for("xx") is None  # not a shipped language
    assert i18n_ts.translator_for("en") is None
    try:
        assert i18n_ts.install("es", tmp_path) == "en"
        assert i18n.language() == "en" and i18n.tr("one") == "one"
    finally:
        i18n.set_translator(None)


@pytest.mark.parametrize("language", [language for language in i18n.LANGUAGES if language != "en"])
def test_every_shipped_catalog_reads_without_qt(language):
    table = i18n_ts.read_translations(i18n_ts.ts_file(language))
    assert len(table) > 1000
    assert table["Layer"] != "Layer"


def test_a_failure_made_in_the_training_process_comes_back_in_the_apps_language():
    """The spawned training child has no Qt translator either: it reads the .ts of the language it is given."""
    outcome: list[tuple[str, object]] = []
    ended = threading.Event()

    def end(kind: str, value) -> None:
        outcome.append((kind, value))
        ended.set()

    assert i18n_ts.install("de") == "de"
    try:
        process = TrainingProcess(on_update=lambda update: None, on_finished=lambda result: end("finished", result),
                                  on_failed=lambda text: end("failed", text), on_held=lambda steps: None,
                                  on_pong=lambda steps, paused: None)
    finally:
        i18n.set_translator(None)  # the child was told "de" when it was made; the parent is English again
    pictures = np.zeros((20, 28, 28), dtype=np.uint8)
    labels = np.full(20, 99)  # no class 99: the loss fails inside the child, not in the owner's checks
    process.run(TrainConfig(epochs=1, batch_size=10, augment=False), (pictures, labels, pictures[:5], labels[:5]))
    assert ended.wait(60) and process.wait(10)
    assert outcome == [("failed", "Training fehlgeschlagen: Target 99 is out of bounds.")]


def test_command_line_tools_without_qt_speak_the_environments_language():
    """convviz-train has no Qt: it reads the language from the environment as gettext does."""
    assert i18n_ts.environment_language({"LANGUAGE": "pt_BR:fr_FR", "LANG": "de_DE.UTF-8"}) == "fr"
    assert i18n_ts.environment_language({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert i18n_ts.environment_language({"LC_MESSAGES": "es_ES@euro"}) == "es"
    assert i18n_ts.environment_language({"LANG": "C.UTF-8"}) == "en"
    assert i18n_ts.environment_language({}) == "en"


def test_convviz_train_refuses_in_the_desktops_language(monkeypatch, capsys):
    from convviz.model import train

    monkeypatch.setenv("LANGUAGE", "de")
    assert train.main(["--epochs", "1", "--threads", "0", "--train-limit", "10"]) != 0
    german = capsys.readouterr().err
    assert i18n.language() == "en"  # the command gives English back when it returns
    monkeypatch.setenv("LANGUAGE", "en")
    assert train.main(["--epochs", "1", "--threads", "0", "--train-limit", "10"]) != 0
    english = capsys.readouterr().err
    assert "threads must be at least 1." in english
    assert german.strip() and german != english and "threads must be at least 1." not in german
