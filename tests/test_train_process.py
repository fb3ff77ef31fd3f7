"""The training process, Qt-free: it trains apart from its owner, answers while paused, and never outlives it.

Runs are a few hundred digits, so each takes a second or two once the child
has imported torch.
"""

from __future__ import annotations

import os
import queue
import signal
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import torch

from convviz.model.fork_server import process_context
from convviz.model.mnist import load_mnist
from convviz.model.train import TrainConfig
from convviz.model.train_process import PROBE_CELLS, TrainingProcess, _child_main

ROOT = Path(__file__).resolve().parent.parent
WAIT_S = 60.0


@pytest.fixture(scope="module")
def small_data():
    train_images, train_labels = load_mnist("train10k")
    test_images, test_labels = load_mnist("test")
    return train_images[:300], train_labels[:300], test_images[:100], test_labels[:100]


class Reports:
    """What the reader thread reports, for the test thread to wait on."""

    def __init__(self) -> None:
        self.updates: list = []
        self.first_update = threading.Event()
        self.ended = threading.Event()
        self.outcome: tuple[str, object] | None = None
        self.answers: queue.Queue = queue.Queue()  # ("held", steps) and ("pong", steps, paused)

    def start(self, config, data) -> TrainingProcess:
        process = self.process()
        process.run(config, data)
        return process

    def process(self) -> TrainingProcess:
        return TrainingProcess(
            on_update=self._update, on_finished=lambda r: self._end("finished", r),
            on_failed=lambda text: self._end("failed", text), on_held=lambda s: self.answers.put(("held", s)),
            on_pong=lambda s, paused: self.answers.put(("pong", s, paused)),
        )  # fmt: skip

    def _update(self, update) -> None:
        self.updates.append(update)
        self.first_update.set()

    def _end(self, kind: str, value) -> None:
        self.outcome = (kind, value)
        self.ended.set()


def gone(pid: int) -> bool:
    """True once `pid` has exited (a zombie no parent has reaped yet counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def wait_until(condition, seconds: float = WAIT_S) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_run_trains_in_another_process_and_returns_its_weights(small_data):
    reports = Reports()
    process = reports.start(TrainConfig(epochs=2, batch_size=50, augment=False, seed=3), small_data)
    assert reports.ended.wait(WAIT_S) and process.wait(10)
    kind, result = reports.outcome
    assert kind == "finished" and not result.stopped and result.epochs_completed == 2
    assert process.pid != os.getpid() and gone(process.pid)
    assert [u.epoch for u in reports.updates if u.epoch_done] == [1, 2]
    assert reports.updates[-1].steps_done == reports.updates[-1].total_steps == 12
    assert isinstance(result.model.conv1.weight, torch.Tensor) and not result.model.training
    np.testing.assert_allclose(reports.updates[-1].filters, result.model.conv1.weight.detach().numpy()[:, 0])


def test_a_paused_run_holds_between_batches_until_resumed(small_data):
    reports = Reports()
    process = reports.start(TrainConfig(epochs=200, batch_size=50, augment=False), small_data)
    assert reports.first_update.wait(WAIT_S)
    process.pause()
    kind, held_at = reports.answers.get(timeout=WAIT_S)
    assert kind == "held"
    for _ in range(3):
        process.ping()
        assert reports.answers.get(timeout=WAIT_S) == ("pong", held_at, True)
    shown = len(reports.updates)
    process.resume()
    process.ping()
    assert wait_until(lambda: len(reports.updates) > shown)
    assert reports.updates[-1].steps_done > held_at
    process.stop()
    assert reports.ended.wait(WAIT_S) and reports.outcome[0] == "finished" and reports.outcome[1].stopped
    assert process.wait(10)


def test_kill_ends_the_process_at_once(small_data):
    reports = Reports()
    process = reports.start(TrainConfig(epochs=200, batch_size=50, augment=False), small_data)
    assert reports.first_update.wait(WAIT_S)
    process.kill()
    assert reports.ended.wait(10) and reports.outcome == ("failed", "Training was stopped.")
    assert process.wait(10) and gone(process.pid)


def test_a_run_killed_before_its_process_started_ends_quietly(small_data):
    """Closing the app between Start and the child's start: no child to wait for, no error in the reader."""
    reports = Reports()
    process = reports.process()
    process.kill()
    process.run(TrainConfig(epochs=1, batch_size=50, augment=False), small_data)
    assert reports.ended.wait(10) and reports.outcome == ("failed", "Training was stopped.")
    assert process.wait(10) and process.pid is None


def test_a_run_given_while_the_process_started_ahead_still_starts_is_handed_over_at_once(small_data, monkeypatch):
    """Start pressed while the spare's child is still starting (the first time, the fork server imports torch for
    seconds): `run` hands the run over and returns; it used to wait for the child's start on the GUI thread."""
    reports = Reports()
    process = reports.process()
    entered, release = held_start(monkeypatch)
    process.start()  # ahead, as the panel does when it opens
    assert entered.wait(WAIT_S)
    giving = threading.Thread(target=process.run, args=(TrainConfig(epochs=1, batch_size=50, augment=False), small_data))
    giving.start()
    giving.join(WAIT_S)
    handed_over = not giving.is_alive()
    release.set()
    assert handed_over
    assert reports.ended.wait(WAIT_S) and reports.outcome[0] == "finished"
    assert process.wait(10)


def held_start(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Make every child's start wait for `release` (as the fork server's first start waits while it imports torch);
    `entered` is set once a start is under way."""
    entered, release = threading.Event(), threading.Event()
    kind = type(process_context().Process())  # (patched on the class: the process object itself is pickled)
    start_child = kind.start

    def slow_start(child) -> None:
        entered.set()
        release.wait(WAIT_S)
        start_child(child)

    monkeypatch.setattr(kind, "start", slow_start)
    return entered, release


def test_kill_while_the_child_still_starts_returns_at_once_and_the_child_is_ended_after(monkeypatch):
    """Closing the app while the spare's child is still starting: `kill` used to wait those seconds for the start."""
    entered, release = held_start(monkeypatch)
    reports = Reports()
    spare = reports.process()
    spare.start()
    assert entered.wait(WAIT_S) and spare.is_starting()
    killing = threading.Thread(target=spare.kill)
    killing.start()
    killing.join(WAIT_S)
    returned = not killing.is_alive()
    release.set()
    assert returned
    assert spare.wait(WAIT_S) and not spare.is_starting()
    assert spare.pid is not None and gone(spare.pid) and reports.outcome is None  # started, killed, no report


def _child_writing_its_errors_to(path: str, *arguments) -> None:
    """The training child, its stderr in `path` (a fork server's child writes to the server's stderr)."""
    sys.stderr = open(path, "w", buffering=1)  # noqa: SIM115 - the child's whole life
    _child_main(*arguments)


def test_a_child_whose_app_ended_before_its_run_ends_quietly(tmp_path):
    """A spare abandoned while it started is born after the app ended: it reads the end of the run pipe and
    leaves, without a traceback in the app's terminal (it used to print EOFError's)."""
    context = process_context()
    run_parent, run_child = context.Pipe(duplex=True)
    control_child, control_parent = context.Pipe(duplex=False)
    errors = tmp_path / "stderr.txt"
    child = context.Process(target=_child_writing_its_errors_to, daemon=True, args=(
        str(errors), run_child, control_child, context.RawArray("f", PROBE_CELLS + 2), "en"))
    child.start()
    run_child.close()
    control_child.close()
    run_parent.close()  # the app is gone without giving a run
    child.join(WAIT_S)
    control_parent.close()
    assert child.exitcode == 0
    assert errors.read_text() == ""


def test_bad_data_and_pictures_are_refused_with_a_sentence(small_data):
    process = Reports().process()
    with pytest.raises(ValueError, match="four arrays"):
        process.run(TrainConfig(), small_data[:2])
    with pytest.raises(ValueError, match="at least one digit"):
        process.run(TrainConfig(train_limit=0), small_data)
    with pytest.raises(ValueError, match="28×28, not 14×14"):
        process.set_probe(np.zeros((14, 14)))
    assert process.pid is None  # never started: nothing to end


def test_a_process_started_ahead_waits_for_its_run_or_ends_when_closed(small_data):
    reports = Reports()
    spare = reports.process()
    spare.start()
    assert wait_until(lambda: spare.pid is not None)
    spare.close()  # no run given: it ends without a report
    assert spare.wait(WAIT_S) and gone(spare.pid) and reports.outcome is None
    ready = reports.process()
    ready.start()
    ready.run(TrainConfig(epochs=1, batch_size=100, augment=False), small_data)
    assert reports.ended.wait(WAIT_S) and reports.outcome[0] == "finished" and ready.wait(10)
    with pytest.raises(ValueError, match="one training"):
        ready.run(TrainConfig(), small_data)


OWNER = """
import threading
from convviz.model.mnist import load_mnist
from convviz.model.train import TrainConfig
from convviz.model.train_process import PROBE_CELLS, TrainingProcess, _child_main
images, labels = load_mnist("train10k")
first = threading.Event()
process = TrainingProcess(on_update=lambda u: first.set(), on_finished=print, on_failed=answer.send)
process.run(TrainConfig(epochs=200, batch_size=50, train_limit=300, augment=False),
            (images[:300], labels[:300], images[:50], labels[:50]))
first.wait(120)
answer.send(process.pid)
threading.Event().wait()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_process_ends_when_its_owner_is_killed():
    """The owner (a process like the app: its own fork server, a run under way) is killed; its run ends too.

    The owner is forked from this test's fork server (torch imported already) instead of being a new Python.
    """
    context = process_context()
    answer, owner_end = context.Pipe(duplex=False)
    owner = context.Process(target=exec, args=(OWNER, {"answer": owner_end}))  # not a daemon: it has a child
    owner.start()
    owner_end.close()
    try:
        assert answer.poll(120), "the owner reported no training process"
        child = answer.recv()
        assert isinstance(child, int), child  # else the sentence of a failed run
        assert not gone(child)
        owner.kill()
        owner.join(10)
        assert owner.exitcode == -signal.SIGKILL
        assert wait_until(lambda: gone(child), 20), "the training process outlived the app"
    finally:
        owner.kill()
        owner.join(10)
        answer.close()


def test_the_shared_picture_slot_gives_whole_pictures():
    from convviz.model.train_process import PROBE_CELLS, read_probe, write_probe

    slot = np.zeros(PROBE_CELLS + 2, dtype=np.float32)
    assert read_probe(slot) is None
    picture = np.linspace(0, 1, PROBE_CELLS, dtype=np.float32).reshape(28, 28)
    write_probe(slot, picture)
    np.testing.assert_array_equal(read_probe(slot), picture)
    write_probe(slot, None)
    assert read_probe(slot) is None and slot[-1] % 2 == 0
