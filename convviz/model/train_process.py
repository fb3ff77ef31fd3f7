"""Train in a separate process, so torch's Python-side work never holds the window's interpreter.

In a thread of the app, training shared the GIL with the GUI thread: every
batch's few milliseconds of Python (autograd bookkeeping, the optimizer,
augmentation) froze the window for as long. `TrainingProcess` runs
`convviz.model.train_run.train_with_updates` in a child process with fewer
torch threads than the machine has cores and a lower priority. The child is
never a fork of the app (no copy of its threads or Qt state): on Linux it is
forked from multiprocessing's fork server, a fresh Python that imported torch
once (`convviz.model.fork_server`), so each later child is ready in milliseconds
instead of importing torch again (seconds of CPU); elsewhere it is "spawned"
(a fresh Python each time).

Two pipes connect them:
- the run pipe: the parent's reader thread sends the digits once, then only
  reads what the child reports (updates, "held" while paused, "pong", the
  final weights as numpy arrays, or a failure sentence) and calls the
  owner's callbacks. It blocks in `recv` (no polling);
- the control pipe: the owner's thread sends tiny commands (pause, resume,
  stop, ping), which the child reads between batches; while paused it blocks
  on that pipe, using no CPU.
The person's picture is shared memory (one 28×28 slot with a write counter)
the child reads when it predicts, so a stream of pen strokes never fills a pipe.

The child ends with the run, when stopped, when the control pipe closes (the
app ended: a spare waiting for its run reads the end of the run pipe), and when
the process that started it dies (on Linux); `kill` ends it at once. The fork
server ends once the app and its last child have. Qt-free: the app's
`TrainingRunner` turns the callbacks into signals.

As with every "spawn" or fork-server child, the child imports the main script of
the program that started it under another name: a script that trains must keep
its work under `if __name__ == "__main__":` (`python -m convviz`, the
`convviz` command and pytest need nothing).
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
import traceback
from collections.abc import Callable

import numpy as np

from convviz import i18n_ts
from convviz.i18n import language, tr
from convviz.model.fork_server import die_with_parent, process_context
from convviz.model.train_run import TrainingUpdate, train_with_updates, training_threads

BACKGROUND_NICE = 10  # the training process yields the CPU to the window when they compete
PROBE_CELLS = 28 * 28
PRESENT, SEQUENCE = PROBE_CELLS, PROBE_CELLS + 1  # the probe slot's flag and write counter
SEQUENCE_WRAP = 2**20  # the counter stays an exact float32
END_GRACE_S = 5.0  # after its last report the child has this long to exit before it is killed


def write_probe(slot: np.ndarray, cells: np.ndarray | None) -> None:
    """Put a picture (784 cells) or None into the shared slot; one writer (the app's GUI thread).

    The slot's last cell counts writes, odd while one is under way (a sequence
    lock), so the reader never takes half of one picture and half of the next.
    """
    sequence = slot[SEQUENCE]
    slot[SEQUENCE] = sequence + 1
    slot[PRESENT] = 0.0 if cells is None else 1.0
    if cells is not None:
        slot[:PROBE_CELLS] = cells.ravel()
    slot[SEQUENCE] = (sequence + 2) % SEQUENCE_WRAP


def read_probe(slot: np.ndarray) -> np.ndarray | None:
    """The slot's picture as (28, 28), or None; retried while a write is under way."""
    for _ in range(1000):
        before = slot[SEQUENCE]
        cells = slot[: PROBE_CELLS + 1].copy()
        if before % 2 == 0 and slot[SEQUENCE] == before:
            break
        time.sleep(0)
    return cells[:PROBE_CELLS].reshape(28, 28) if cells[PRESENT] else None


def _lower_priority(pid: int) -> None:
    """Give the process `pid` the background priority (where the system allows it)."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, BACKGROUND_NICE)
    except (AttributeError, OSError):  # Windows has no setpriority; a process already ended
        pass


class _ChildControl:
    """The child's side of the control pipe and the shared picture (a `train_run.RunControl`)."""

    def __init__(self, control, report: Callable[[tuple], None], probe_slot) -> None:
        self._control = control
        self._report = report
        self._probe_slot = probe_slot
        self.stopped = False
        self.paused = False
        self.steps = 0

    def _read(self, block: bool) -> None:
        """Apply every waiting command; with `block`, wait for at least one first."""
        timeout = None if block else 0
        while True:
            try:
                if not self._control.poll(timeout):
                    return
                message = self._control.recv()
            except (EOFError, OSError):  # the app is gone: end the run
                self.stopped, self.paused = True, False
                return
            timeout = 0
            kind = message[0]
            if kind == "pause":
                self.paused = True
            elif kind == "resume":
                self.paused = False
            elif kind == "stop":
                self.stopped, self.paused = True, False
            elif kind == "ping":
                self._report(("pong", self.steps, self.paused))

    def should_stop(self) -> bool:
        self._read(block=False)
        return self.stopped

    def hold_while_paused(self, steps_done: int) -> float:
        self.steps = steps_done
        self._read(block=False)
        if not self.paused:
            return 0.0
        held_at = time.perf_counter()
        self._report(("held", steps_done))
        while self.paused and not self.stopped:
            self._read(block=True)
        return time.perf_counter() - held_at

    def probe(self) -> np.ndarray | None:
        return read_probe(np.frombuffer(self._probe_slot, dtype=np.float32))


def _warm_up() -> int:
    """Import torch and the optimizer machinery (torch._dynamo, seconds) before a run is asked for; torch's threads."""
    import torch

    import convviz.model.train  # noqa: F401 - the training loop's modules

    threads = min(torch.get_num_threads(), training_threads())
    torch.set_num_threads(threads)
    torch.optim.AdamW([torch.zeros(1, requires_grad=True)])
    return threads


def _child_main(run_conn, control_conn, probe_slot, language_tag: str = "en") -> None:
    """The training process: get ready, receive a run (settings and digits, or None: end), train, report.

    A spawned child has no Qt translator: its sentences come from the .ts catalog of the app's `language_tag`.
    """
    i18n_ts.install(language_tag)
    die_with_parent()
    _lower_priority(os.getpid())  # the parent did so already where it could

    def report(message: tuple) -> None:
        try:
            run_conn.send(message)
        except (BrokenPipeError, OSError):  # nobody listens any more: stop at the next batch
            control.stopped = True

    control = _ChildControl(control_conn, report, probe_slot)
    try:
        threads = _warm_up()
        try:
            request = run_conn.recv()
        except (EOFError, OSError):  # the app ended before it gave a run (a spare it abandoned while it started)
            return
        if request is None:  # closed without a run
            return
        config, data = request
        result = train_with_updates(config, data, lambda update: report(("update", update)), control)
    except ValueError as error:
        report(("failed", str(error)))
        return
    except Exception as error:  # noqa: BLE001 - a failed run is a message, not a crash
        traceback.print_exc()
        report(("failed", tr("Training failed: {error}").format(error=error or type(error).__name__)))
        return
    state = {name: tensor.detach().cpu().numpy().copy() for name, tensor in result.model.state_dict().items()}
    report(("finished", {
        "state": state, "config": result.config, "test_accuracy": result.test_accuracy,
        "epochs_completed": result.epochs_completed, "stopped": result.stopped, "elapsed_s": result.elapsed_s,
        "device": result.device, "device_message": result.device_message, "history": result.history,
        "threads": threads,
    }))  # fmt: skip


def _result_from(payload: dict):
    """The child's report as a TrainResult whose model is a CPU LeNet with the trained weights."""
    import torch

    from convviz.model.lenet import LeNet
    from convviz.model.train import TrainResult

    model = LeNet(dropout=payload["config"].dropout)
    model.load_state_dict({name: torch.from_numpy(array) for name, array in payload["state"].items()})
    model.eval()
    result = TrainResult(
        model=model, config=payload["config"], test_accuracy=payload["test_accuracy"],
        epochs_completed=payload["epochs_completed"], stopped=payload["stopped"], elapsed_s=payload["elapsed_s"],
        device=payload["device"], device_message=payload["device_message"], history=payload["history"],
    )  # fmt: skip
    result.threads = payload["threads"]  # for the model card
    return result


class TrainingProcess:
    """One training run in a child process; its reports become calls on a reader thread.

    `start` launches the child early (it imports torch, seconds on a busy
    machine, and waits), `run(config, data)` gives it the run; `run` alone
    does both. Callbacks (called on the reader thread): `on_update(TrainingUpdate)`,
    `on_held(steps_done)` when a paused run has stopped between batches,
    `on_pong(steps_done, paused)` answering `ping`, and, once a run was
    given, exactly one of `on_finished(TrainResult)` or `on_failed(sentence)`,
    after which the child has ended. `close` ends a child that got no run.
    """

    def __init__(
        self,
        *,
        on_update: Callable[[TrainingUpdate], None],
        on_finished: Callable[[object], None],
        on_failed: Callable[[str], None],
        on_held: Callable[[int], None] = lambda steps: None,
        on_pong: Callable[[int, bool], None] = lambda steps, paused: None,
    ) -> None:
        self._requests: queue.SimpleQueue = queue.SimpleQueue()  # one (config, data) or None, for the reader
        self._given = False
        self._callbacks = (on_update, on_finished, on_failed, on_held, on_pong)
        context = process_context()
        self._run_parent, run_child = context.Pipe(duplex=True)
        control_child, self._control_parent = context.Pipe(duplex=False)
        self._probe_slot = context.RawArray("f", PROBE_CELLS + 2)  # shared memory, no lock: see write_probe
        self._process = context.Process(
            target=_child_main, args=(run_child, control_child, self._probe_slot, language()),
            name="convviz-training", daemon=True,
        )
        self._child_ends = (run_child, control_child)
        self._lock = threading.Lock()  # guards `_killed` and `_starting`; never held while the child starts
        self._thread_lock = threading.Lock()  # starting the reader thread, once
        self._killed = False
        self._starting = False  # the reader is in `Process.start` (seconds, while the fork server first imports torch)
        self._thread = threading.Thread(target=self._read, name="convviz-training-reader", daemon=True)

    # ------------------------------------------------------------------ owner's side
    def start(self) -> None:
        """Start the child (it gets ready and waits for `run`) and the reader thread; returns at once, also
        while the reader is still starting the child."""
        with self._thread_lock:
            if self._thread.ident is None:
                self._thread.start()

    def run(self, config, data=None) -> None:
        """Train with `config` on `data` (train images, labels, test images, labels; None: the shipped digits)."""
        if self._given:
            raise ValueError(tr("a training process runs one training; start another for the next."))
        config.check()
        data = None if data is None else tuple(np.asarray(part) for part in data)
        if data is not None and len(data) != 4:
            raise ValueError(tr("training data are four arrays: training pictures, their labels, test pictures, labels."))
        self._given = True
        self._requests.put((config, data))
        self.start()

    def close(self) -> None:
        """End a child that was given no run (a spare the app no longer needs); a run goes on."""
        if not self._given:
            self._requests.put(None)

    def pause(self) -> None:
        self._send(("pause",))

    def resume(self) -> None:
        self._send(("resume",))

    def stop(self) -> None:
        """Stop after the current batch (a paused run at once); the weights so far come back."""
        self._send(("stop",))

    def ping(self) -> None:
        """Ask the child where it is: `on_pong(steps_done, paused)` follows."""
        self._send(("ping",))

    def set_probe(self, picture) -> None:
        """The (28, 28) picture in [0, 1] whose prediction the updates carry, or None."""
        cells = None if picture is None else np.asarray(picture, dtype=np.float32)
        if cells is not None and cells.size != PROBE_CELLS:
            raise ValueError(tr("the picture followed while training must be 28×28, not {shape}.").format(
                shape="×".join(map(str, cells.shape))))
        write_probe(np.frombuffer(self._probe_slot, dtype=np.float32), cells)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the child and the reader thread have ended; True if they have."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def kill(self) -> None:
        """End the child now (closing the app): `on_failed` reports it, if it was still running.

        Returns at once, also while the reader is still starting the child: it then kills the child as soon
        as the start returns (closing the app used to wait seconds here for a start it abandons).
        """
        with self._lock:
            self._killed = True
            if not self._starting and self._process.pid is not None and self._process.exitcode is None:
                self._process.kill()
        self._requests.put(None)  # a reader waiting for a run wakes up

    def is_starting(self) -> bool:
        """True while the reader waits for the child's start (the fork server's first start imports torch)."""
        with self._lock:
            return self._starting

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def is_alive(self) -> bool:
        return self._thread.is_alive() or self._process.is_alive()

    def _send(self, message: tuple) -> None:
        try:
            self._control_parent.send(message)
        except (BrokenPipeError, OSError):  # the child has ended already
            pass

    # ------------------------------------------------------------------ reader thread
    def _read(self) -> None:
        on_update, on_finished, on_failed, on_held, on_pong = self._callbacks
        outcome: tuple[Callable, object] | None = None
        try:
            with self._lock:
                if self._killed:
                    raise OSError("stopped before it started")  # never shown: a killed run reports "Training was stopped."
                self._starting = True
            try:
                self._process.start()
            finally:
                with self._lock:
                    self._starting = False
                    if self._killed and self._process.pid is not None:
                        self._process.kill()  # killed while it started: `kill` left it to this thread
            _lower_priority(self._process.pid)  # at once: its start-up (imports) must not compete with the window
            for end in self._child_ends:
                end.close()  # only the child holds them now: its death reads as the end of the pipe
            request = self._requests.get()
            if request is None or self._killed:  # closed, or killed: the child gets no run
                with contextlib.suppress(OSError):
                    self._run_parent.send(None)
                if self._given:
                    outcome = (on_failed, tr("Training was stopped."))
            else:
                self._run_parent.send(request)
            while outcome is None and request is not None:
                message = self._run_parent.recv()
                kind = message[0]
                if kind == "update":
                    on_update(message[1])
                elif kind == "held":
                    on_held(message[1])
                elif kind == "pong":
                    on_pong(message[1], message[2])
                elif kind == "finished":
                    outcome = (on_finished, _result_from(message[1]))
                elif kind == "failed":
                    outcome = (on_failed, message[1])
        except (EOFError, OSError) as error:
            if self._process.pid is not None:  # killed before it started: there is no child to wait for
                self._process.join(1.0)
            if not self._given:
                return
            if self._killed:
                outcome = (on_failed, tr("Training was stopped."))
            else:
                outcome = (on_failed, tr("The training process ended unexpectedly ({why}).").format(
                    why=_exit_text(self._process.exitcode, error)))
        except Exception as error:  # noqa: BLE001 - a broken report is a message, not a dead thread
            traceback.print_exc()
            outcome = (on_failed, tr("Training failed: {error}").format(error=error or type(error).__name__))
        finally:
            self._end_child()
            self._run_parent.close()
            self._control_parent.close()
        if outcome is not None:
            outcome[0](outcome[1])

    def _end_child(self) -> None:
        if self._process.pid is None:
            return
        self._process.join(END_GRACE_S)
        if self._process.exitcode is None:
            self._process.kill()
            self._process.join()


def _exit_text(code: int | None, error: Exception) -> str:
    if code is None:
        return str(error) or type(error).__name__
    if code < 0:
        return tr("signal {number}").format(number=-code)
    return tr("exit code {code}").format(code=code)
