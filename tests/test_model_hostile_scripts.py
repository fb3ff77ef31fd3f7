"""Hostile TorchScript models (issue 14): nothing runs that reads or writes files, nothing hangs or eats memory.

Each test asserts the refusal's sentence, that no file changed or appeared,
and that no sandbox process is left. Limits are small so each test takes a
few seconds (most of it starting Python and torch in the sandbox).
"""

from __future__ import annotations

import resource
import sys
import textwrap
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from model_fixtures import SmallCNN, save_torchscript, script, seeded
from sandbox_helpers import (
    earlier_processes,  # noqa: F401 - autouse: leftovers of earlier tests aside
    folder_listing,
    sandbox_processes,
)
from torch import nn

import convviz
import convviz.model.sandbox
from convviz.model.custom import load_user_model
from convviz.model.fork_server import process_context
from convviz.model.sandbox import Sandbox, SandboxLimits
from convviz.model.script_check import check_script_module

LIMITS = SandboxLimits(seconds=3.0, memory_mib=256)
PAYLOAD = b"echo pwned\n"


class WritesAFile(nn.Module):
    """The issue's reproduction: a forward that maps a file and copies a payload into it."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target
        self.payload = torch.tensor(list(PAYLOAD), dtype=torch.uint8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        mapped = torch.from_file(self.target, True, self.payload.numel(), dtype=torch.uint8)
        mapped.copy_(self.payload)
        return x.flatten(1)[:, :10] + mapped.sum() * 0


class WritesWhileOpened(nn.Module):
    """Harmless forward, but __setstate__ (which torch.jit.load runs) writes into a file."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target
        self.fc = nn.Linear(784, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(x.flatten(1))

    # the state holds no submodule: a scripted nn.Linear in the state's type would be name-mangled
    # differently once another test in the same process has scripted a Linear
    @torch.jit.export
    def __getstate__(self):
        return (self.target, self.training)

    @torch.jit.export
    def __setstate__(self, state: tuple[str, bool]) -> None:
        mapped = torch.from_file(state[0], True, 4, dtype=torch.uint8)
        mapped.fill_(66)
        self.target = state[0] + str(int(mapped.sum()) * 0)
        self.training = state[1]


class LoopsForever(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        while True:
            x = x + 1.0
        return x


class CountsToATrillion(nn.Module):
    """A `for` loop (allowed: counted) whose count makes it run for hours."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for _ in range(x.size(0) * 1_000_000_000_000):
            x = x + 0.0
        return x.flatten(1)[:, :10]


class Allocates12GiB(nn.Module):
    """Only allowed operations, but padding 56,000 asks for a 56,028² map: 12 GiB."""

    def __init__(self) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(1, 1, 1, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.conv2d(x, self.weight, padding=56_000).flatten(1)[:, :10]


class ZerosOf12GiB(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.flatten(1)[:, :10] + torch.zeros([3 * 1024 * 1024 * 1024]).sum()


class SlowOnABrightPicture(nn.Module):
    """Opens fine (blank and random probes are fast), then hangs on an all-white picture."""

    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(784, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        steps = int(x.min() > 0.99) * 1_000_000_000_000
        for _ in range(steps):
            x = x + 0.0
        return self.fc(x.flatten(1))


@pytest.fixture
def victim(tmp_path):
    """An existing shell script a hostile model would like to overwrite."""
    path = tmp_path / "run.sh"
    path.write_bytes(b"#!/bin/sh\necho hello\n")
    return path


def _refused(path, match: str, limits: SandboxLimits = LIMITS) -> str:
    folder = path.parent
    before = folder_listing(folder)
    with pytest.raises(ValueError, match=match) as refusal:
        load_user_model(path, limits=limits)
    assert folder_listing(folder) == before, "a refused model changed or created a file"
    assert sandbox_processes() == []
    return str(refusal.value)


def test_a_forward_that_writes_into_a_file_is_refused_before_it_runs(tmp_path, victim):
    save_torchscript(WritesAFile(str(victim)), tmp_path / "evil.pt")
    message = _refused(tmp_path / "evil.pt", r"evil\.pt uses aten::from_file \(in forward of the model\)")
    assert "does not run" in message
    assert victim.read_bytes() == b"#!/bin/sh\necho hello\n"


def test_a_model_that_writes_while_it_is_opened_is_refused_before_torch_reads_it(tmp_path, victim):
    save_torchscript(WritesWhileOpened(str(victim)), tmp_path / "setstate.pt")
    _refused(tmp_path / "setstate.pt", r"setstate\.pt defines __setstate__, code that TorchScript would run")
    assert victim.read_bytes() == b"#!/bin/sh\necho hello\n"


def test_a_while_loop_is_refused_without_running(tmp_path):
    save_torchscript(LoopsForever(), tmp_path / "forever.pt")
    _refused(tmp_path / "forever.pt", r"forever\.pt has a while loop .*could run forever")


def test_creating_a_12_gib_tensor_is_refused_by_name(tmp_path):
    save_torchscript(ZerosOf12GiB(), tmp_path / "zeros.pt")
    _refused(tmp_path / "zeros.pt", r"zeros\.pt uses aten::zeros")


def test_a_forward_that_never_ends_is_stopped_at_the_time_limit(tmp_path):
    save_torchscript(CountsToATrillion(), tmp_path / "slow.pt")
    # a short limit: nothing in this model's opening can end within any limit
    _refused(tmp_path / "slow.pt", r"slow\.pt took longer than 0\.5 s to open, so convviz stopped it",
             SandboxLimits(seconds=0.5, memory_mib=256))  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory limit is Linux's RLIMIT_AS")
def test_a_forward_that_needs_12_gib_is_stopped_at_the_memory_limit(tmp_path, monkeypatch):
    peaks_kib = []
    stop = convviz.model.sandbox._stop

    def note_peak_and_stop(process):
        """The sandbox's peak resident memory (VmHWM), read just before it is stopped."""
        status = Path(f"/proc/{process.pid}/status").read_text()
        peaks_kib.append(next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")))
        stop(process)

    monkeypatch.setattr(convviz.model.sandbox, "_stop", note_peak_and_stop)
    save_torchscript(Allocates12GiB(), tmp_path / "huge.pt")
    _refused(tmp_path / "huge.pt", r"huge\.pt needed more than 256 MiB of memory to open, so convviz stopped it")
    # The sandbox was refused the memory, not given it: neither it nor this process came near 12 GiB.
    assert len(peaks_kib) == 1
    assert max(*peaks_kib, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) < 4 * 1024 * 1024


def test_a_limit_hit_after_opening_stops_only_that_model(tmp_path):
    save_torchscript(seeded(SlowOnABrightPicture()), tmp_path / "bright.pt")
    user = load_user_model(tmp_path / "bright.pt", limits=SandboxLimits(seconds=1.5, memory_mib=256))
    blank = torch.zeros(1, 1, 28, 28)
    assert user(blank).shape == (1, 10)
    assert len(sandbox_processes()) == 1
    with pytest.raises(ValueError, match=r"bright\.pt took longer than 1\.5 s to answer, so convviz stopped it"):
        user(torch.ones(1, 1, 28, 28))
    assert sandbox_processes() == []
    with pytest.raises(ValueError, match="Open the model again to retry"):
        user(blank)  # refused at once: the stopped sandbox is not restarted behind the student's back


def test_a_good_model_keeps_one_sandbox_that_ends_with_it(tmp_path):
    plain = seeded(SmallCNN(), seed=3)
    save_torchscript(plain, tmp_path / "small.pt")
    user = load_user_model(tmp_path / "small.pt", limits=LIMITS)
    pictures = torch.rand(5, 1, 28, 28, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        np.testing.assert_allclose(user(pictures).numpy(), plain(pictures).numpy(), rtol=1e-5, atol=1e-6)
    assert len(sandbox_processes()) == 1
    user.close()
    assert sandbox_processes() == []
    with pytest.raises(ValueError, match=r"small\.pt was closed\. Open the model again"):
        user(pictures)


def test_a_model_that_is_dropped_takes_its_sandbox_with_it(tmp_path):
    save_torchscript(seeded(SmallCNN()), tmp_path / "small.pt")
    user = load_user_model(tmp_path / "small.pt", limits=LIMITS)
    assert len(sandbox_processes()) == 1
    del user  # what happens when the app replaces the opened model
    assert sandbox_processes() == []


def test_the_sandbox_opens_and_writes_no_file_and_is_held_to_its_memory(tmp_path, victim):
    """The second wall, below the operation check: once locked, the sandbox process itself cannot touch files.

    Run in a child from where sandboxes come from (`fork_server.process_context`), its outcome sent back
    over a pipe (a locked process can open nothing to write it to).
    """
    new_file = tmp_path / "new.txt"
    code = textwrap.dedent(
        f"""
        import torch
        from convviz.model.sandbox_worker import lock_down
        state = lock_down(128)
        outcomes = []
        try:
            torch.from_file({str(victim)!r}, True, 4, dtype=torch.uint8).fill_(66)
            outcomes.append("from_file wrote")
        except Exception:
            outcomes.append("from_file refused")
        try:
            open({str(new_file)!r}, "w").write("x")
            outcomes.append("open wrote")
        except OSError:
            outcomes.append("open refused")
        try:
            block = bytearray(512 * 1024 * 1024)
            outcomes.append("allocated")
        except MemoryError:
            outcomes.append("memory refused")
        answer.send([str(state["files_locked"]), str(state["memory_limited"]), *outcomes])
        """
    )
    before = folder_listing(tmp_path)
    context = process_context()
    answer, child_end = context.Pipe(duplex=False)
    child = context.Process(target=exec, args=(code, {"answer": child_end}), daemon=True)
    child.start()
    child_end.close()
    try:
        assert answer.poll(60), "the locked-down child sent no outcome"
        outcome = answer.recv()
    finally:
        child.join(10)
        answer.close()
    assert outcome == ["True", str(sys.platform.startswith("linux")), "from_file refused", "open refused",
                       "memory refused" if sys.platform.startswith("linux") else "allocated"]  # fmt: skip
    assert child.exitcode == 0
    assert folder_listing(tmp_path) == before


def test_a_sandbox_that_cannot_start_in_time_says_so_and_leaves_nothing():
    with pytest.raises(ValueError, match=r"did not start within 0\.01 s"):
        Sandbox(SandboxLimits(start_seconds=0.01))
    assert sandbox_processes() == []


# --- the operation check alone (no sandbox: nothing runs) -------------------------


@pytest.mark.parametrize(
    "module",
    [
        SmallCNN(),
        nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU(), nn.AvgPool2d(2), nn.Dropout(0.2),
                      nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 10), nn.LogSoftmax(1)),
        nn.Sequential(nn.Conv2d(1, 4, 3), nn.GroupNorm(2, 4), nn.Tanh(), nn.GELU(), nn.LeakyReLU(), nn.MaxPool2d(2),
                      nn.Flatten(), nn.LayerNorm(4 * 13 * 13), nn.Linear(4 * 13 * 13, 10), nn.Softmax(1)),
    ],
    ids=["small-cnn", "batch-norm", "group-norm"],
)
@pytest.mark.parametrize("trace", [False, True], ids=["scripted", "traced"])
def test_the_operations_of_ordinary_small_cnns_are_allowed(module, trace):
    module.eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's notes on tracing and deprecation
        compiled = torch.jit.trace(module, torch.zeros(2, 1, 28, 28), check_trace=False) if trace else script(module)
    check_script_module(compiled, "mine.pt")


def test_an_operation_hidden_in_a_submodule_helper_is_found():
    class Hidden(nn.Module):
        def __init__(self, target: str) -> None:
            super().__init__()
            self.target = target

        def helper(self, x: torch.Tensor) -> torch.Tensor:
            if x.sum() > 1e9:
                return x + torch.from_file(self.target, False, 1).sum()
            return x

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.helper(x)

    outer = nn.Sequential(nn.Flatten(), Hidden("/etc/passwd"))
    with pytest.raises(ValueError, match=r"uses aten::from_file \(in forward of "):
        check_script_module(script(outer), "nested.pt")


def _reads_a_file(module: nn.Linear, inputs: tuple[torch.Tensor], output: torch.Tensor) -> torch.Tensor:
    return output + torch.from_file("/etc/hostname", False, 1).sum()


def test_an_operation_in_a_forward_hook_is_found(tmp_path):
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
    model[1].register_forward_hook(_reads_a_file)
    save_torchscript(model, tmp_path / "hooked.pt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        loaded = torch.jit.load(str(tmp_path / "hooked.pt"))  # loading runs nothing here: no __setstate__
    with pytest.raises(ValueError, match=r"hooked\.pt uses aten::from_file"):
        check_script_module(loaded, "hooked.pt")
