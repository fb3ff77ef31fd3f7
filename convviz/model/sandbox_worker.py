"""The own-model sandbox's side: `serve`, the process `convviz.model.sandbox.Sandbox` starts.

Forked from the fork server that imported torch and this module once
(`convviz.model.fork_server`; spawned where there is none), it reads requests
from its pipe and answers on it (see `convviz.model.sandbox_wire`). Before it accepts any
request it warms torch up (so nothing needs a file later), then locks itself
down on POSIX systems: no file can be opened (RLIMIT_NOFILE at the lowest
free descriptor) or written (RLIMIT_FSIZE 0), no core dump is left, and on
Linux its address space may grow by only `memory_mib` MiB (RLIMIT_AS). The model then
arrives as bytes, so the sandbox never opens the model's path either.

Requests: "load" (open, check and probe a TorchScript model), "forward",
"layers", "explain", "units" (what one unit looks for). Refusals come back as sentences in the app's
language (read from its .ts catalog by `convviz.i18n_ts` before the lock-down, as no Qt runs here); an
allocation the memory limit stopped comes back as {"error": "memory"}.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from convviz import i18n_ts
from convviz.i18n import tr
from convviz.model import custom, explain, fork_server, units
from convviz.model.discover import layer_activations, layer_kind, one_picture
from convviz.model.sandbox_wire import MAX_MESSAGE, pack, read_message, unpack
from convviz.model.sandboxed_module import GEOMETRY
from convviz.model.script_check import check_script_module

#: The sandbox's name in the system's process list (Linux shows at most 15 characters).
PROCESS_NAME = "convviz-sandbox"

_EXPLANATIONS = {
    "predicted_class": explain.predicted_class,
    "saliency": explain.saliency,
    "grad_cam": explain.grad_cam,
    "occlusion": explain.occlusion,
}


class Worker:
    """Holds the one model this sandbox serves and answers requests about it."""

    def __init__(self) -> None:
        self.user: custom.UserModel | None = None

    def handle(self, header: dict, arrays: dict[str, np.ndarray]) -> bytes:
        try:
            return self._dispatch(header, arrays)
        except Exception as error:
            if custom.is_memory_error(error):  # also when a check wrapped it in a sentence
                return pack({"error": "memory"})
            if isinstance(error, ValueError):
                return pack({"error": "refused", "message": str(error)})
            return pack({"error": "failed", "message": tr("the model failed: {error}").format(error=custom.short_error(error))})

    def _dispatch(self, header: dict, arrays: dict[str, np.ndarray]) -> bytes:
        op = header.get("op")
        if op == "load":
            return self._load(str(header.get("name") or tr("the model")), arrays["file"])
        if self.user is None:
            raise ValueError(tr("the sandbox holds no model yet."))
        if op == "units":
            return self._units(header, arrays)
        picture = torch.from_numpy(arrays["x"])
        if op == "forward":
            with torch.no_grad():
                scores = self.user.module(picture)
            if not torch.is_tensor(scores):
                raise ValueError(tr("{name} returned {kind}, not a tensor of class scores.").format(
                    name=self.user.name, kind=type(scores).__name__))
            return pack({}, {"scores": scores.detach().to(torch.float32).numpy()})
        if op == "layers":
            layers = layer_activations(self.user, one_picture(picture))
            return pack({"names": list(layers)}, {name: np.asarray(value, dtype=np.float32) for name, value in layers.items()})
        if op == "explain":
            function = _EXPLANATIONS.get(header.get("function"))
            if function is None:
                raise ValueError(tr("there is no explanation called {name!r}.").format(name=header.get("function")))
            options = header.get("options") or {}
            if function is explain.predicted_class:
                return pack({"value": function(self.user, picture)})
            result = function(self.user, picture, header.get("target"), **options)
            return pack({}, {"map": np.asarray(result, dtype=np.float32)})
        raise ValueError(tr("the sandbox does not know the request {op!r}.").format(op=op))

    def _units(self, header: dict, arrays: dict[str, np.ndarray]) -> bytes:
        """`convviz.model.units` on the real layers: scores, map size, activation or ascent steps."""
        what, layer = header.get("what"), str(header.get("layer"))
        if what == "size":
            size = units.map_size(self.user, layer)
            return pack({"size": None if size is None else list(size)})
        pictures = arrays["x"]
        if what == "scores":
            scores, positions = units.unit_scores(self.user, layer, pictures)
            found = {"scores": scores} if positions is None else {"scores": scores, "positions": positions}
            return pack({}, found)
        unit = header.get("unit")
        if isinstance(unit, bool) or not isinstance(unit, int):
            raise ValueError(tr("a unit is given by its number."))
        if what == "activation":
            return pack({}, {"values": units.unit_activation(self.user, layer, unit, pictures)})
        if what == "ascent":
            try:
                settings = units.AscentSettings(**(header.get("settings") or {}))
            except TypeError as error:
                raise ValueError(tr("unknown settings for activation maximisation ({error}).").format(error=error)) from error
            picture, done = units.ascent_steps(self.user, layer, unit, pictures.reshape(28, 28),
                                               int(header.get("first", 0)), int(header.get("count", 0)), settings)
            return pack({"done": done}, {"picture": picture})
        raise ValueError(tr("the sandbox does not know the units request {what!r}.").format(what=what))

    def _load(self, name: str, file: np.ndarray) -> bytes:
        try:
            module = torch.jit.load(io.BytesIO(file.tobytes()), map_location="cpu")
        except Exception as error:
            raise ValueError(tr("{name} looks like TorchScript but cannot be opened ({error}).").format(
                name=name, error=custom.short_error(error))) from error
        check_script_module(module, name)
        self.user = user = custom.inspect_script_module(module, Path(name))
        if user.kind == "lenet":
            state = {key: value.detach().numpy() for key, value in user.module.state_dict().items()}
            return pack({"kind": "lenet", "names": list(state)}, state)
        layers, weights = [], {}
        for layer_name, sub in user.module.named_modules():
            if not layer_name:
                continue
            layers.append({"name": layer_name, "kind": layer_kind(sub), "geometry": _geometry(sub)})
            weight = getattr(sub, "weight", None) if layer_kind(sub) == "Conv2d" else None
            if torch.is_tensor(weight) and weight.dim() == 4:
                weights[layer_name] = weight.detach().to(torch.float32).numpy()
        chain = [[stage.name, stage.kind] for stage in user.layers] if user.layers is not None else None
        header = {"kind": "torchscript", "root": layer_kind(user.module), "modules": layers, "chain": chain, "problem": user.layers_problem}
        return pack(header, weights)


def _geometry(module: nn.Module) -> dict:
    """The layer's plain settings that can travel as JSON (ints, strings and tuples of ints)."""
    found = {}
    for key in GEOMETRY:
        try:
            value = getattr(module, key)
        except Exception:
            continue
        if isinstance(value, (int, str)) and not isinstance(value, bool):
            found[key] = value
        elif isinstance(value, (tuple, list)) and all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            found[key] = list(value)
    return found


def warm_up() -> None:
    """Run once everything the requests use (imports, lazy initialisation), before files are locked."""
    torch.set_num_threads(1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = nn.Sequential(
            nn.Conv2d(1, 2, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(2 * 13 * 13, 10)
        ).eval()  # fmt: skip
        buffer = io.BytesIO()
        # check_trace=False: the check compares with torch.testing, which imports torch.distributed and sympy
        # (most of a second), and no request uses them; what the requests use is warmed up below.
        torch.jit.save(torch.jit.trace(model, torch.zeros(1, 1, 28, 28), check_trace=False), buffer)
        worker = Worker()
        worker.handle({"op": "load", "name": "warm-up"}, {"file": np.frombuffer(buffer.getvalue(), dtype=np.uint8)})
        picture = np.zeros((1, 1, 28, 28), dtype=np.float32)
        for header in ({"op": "forward"}, {"op": "layers"}, *({"op": "explain", "function": f} for f in _EXPLANATIONS),
                       {"op": "units", "what": "scores", "layer": "0"},
                       {"op": "units", "what": "ascent", "layer": "0", "unit": 0, "first": 0, "count": 9}):
            unpack(worker.handle(header, {"x": picture})[8:])


def lock_down(memory_mib: int) -> dict:
    """No new files, no writes, no core dump; on Linux at most `memory_mib` more address space."""
    try:
        import resource
    except ImportError:  # Windows: only the app's time limit holds
        return {"memory_limited": False, "files_locked": False}
    memory_limited = False
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past RLIMIT_FSIZE fails (EFBIG) instead of killing
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with open("/proc/self/status") as status:
            size_kib = next(int(line.split()[1]) for line in status if line.startswith("VmSize:"))
        limit = size_kib * 1024 + memory_mib * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        memory_limited = True
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    lowest_free = os.open(os.devnull, os.O_RDONLY)
    os.close(lowest_free)
    resource.setrlimit(resource.RLIMIT_NOFILE, (lowest_free, lowest_free))
    return {"memory_limited": memory_limited, "files_locked": True}


def serve(connection, memory_mib: int, language_tag: str) -> None:
    """The sandbox process: detach from the app's terminal, warm up, lock down, then answer until the app hangs up.

    `connection` is the sandbox's end of a multiprocessing pipe; only bytes cross it (`send_bytes`), each a
    message of `convviz.model.sandbox_wire`, never a pickle.
    """
    fork_server.leave_terminal()  # a Ctrl+C in the terminal is the app's to handle
    fork_server.die_with_parent()
    fork_server.name_process(PROCESS_NAME)
    _quiet_output()
    _few_malloc_arenas()
    i18n_ts.install(language_tag)  # reads its .ts file now: once locked down, no file can be opened
    warnings.simplefilter("ignore")
    warm_up()
    connection.send_bytes(pack({"ready": True, **lock_down(memory_mib)}))
    worker = Worker()
    while True:
        try:
            message = connection.recv_bytes(MAX_MESSAGE + 8)
        except (EOFError, OSError):  # the app hung up (or sent more than a message may hold)
            return
        body = read_message(io.BytesIO(message))
        if body is None:
            return
        header, arrays = unpack(body)
        connection.send_bytes(worker.handle(header, arrays))


def _quiet_output() -> None:
    """Stray prints and torch's warnings go nowhere (the app's terminal is not the model's to write on)."""
    nowhere = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.flush()
    os.dup2(nowhere, 1)
    os.dup2(nowhere, 2)
    os.close(nowhere)


def _few_malloc_arenas() -> None:
    """glibc: at most two malloc arenas (each reserves address space), so RLIMIT_AS counts what the model uses."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(-8, 2)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass
