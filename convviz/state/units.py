"""What each unit looks for, for the explorer's panel: its strongest test digits, and a picture made for it.

Both run on the shared compute worker in small jobs, so the live explorer's
jobs slip in between (plain Python, no Qt; `run_chunk` runs on the worker only):

- `LayerPass` reads the 10,000 test digits in chunks and keeps every unit's
  strength of one layer, so after one pass any unit of that layer is ranked
  at once (`top`): the nine digits that excite it most, each with the box of
  input pixels its strongest position sees (the whole digit for a fully
  connected unit);
- `AscentRun` makes a picture for one unit by regularised gradient ascent
  from noise (`convviz.model.units.ascent_steps`), a few steps per job; its
  `cancel()` may be called from any thread and is checked between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from convviz.i18n import tr
from convviz.model.units import (
    DEFAULT_ASCENT,
    WHOLE_PICTURE,
    AscentSettings,
    Field,
    UnitLayer,
    ascent_steps,
    centre_of,
    map_size,
    receptive_field,
    start_picture,
    unit_activation,
    unit_layer,
    unit_scores,
)

CHUNK = 1000  # test digits per job (about 10-40 ms for LeNet)
TOP = 9
ASCENT_CHUNK = 10  # ascent steps per job


def unit_title(layer: UnitLayer, unit: int) -> str:
    """"conv1 map 3", "fc1 unit 17", "class score of 7" (maps and units counted from 1, as the explorer does)."""
    if layer.noun == "class score" and layer.units == 10:
        return f"{layer.name} · " + tr("class score of {digit}").format(digit=unit)
    noun = {"map": tr("map {number}"), "unit": tr("unit {number}")}.get(layer.noun, layer.noun + " {number}")
    return f"{layer.name} " + noun.format(number=unit + 1)


@lru_cache(maxsize=1)
def average_test_digit() -> np.ndarray:
    """The mean of the 10,000 test digits, (28, 28) float32 in [0, 1]: a baseline no unit should love."""
    from convviz.state.lenet_run import test_digits

    images, _ = test_digits()
    return (images.astype(np.float32).mean(axis=0) / 255.0).astype(np.float32)


@dataclass(frozen=True)
class TopDigit:
    """One of a unit's strongest test digits."""

    index: int  # position in the test set
    label: int
    score: float  # the unit's value (a map's largest value)
    position: tuple[int, int] | None  # (row, col) of a map's largest value; None for a fully connected unit
    box: tuple[int, int, int, int]  # (top, left, bottom, right) of the input it saw, bottom/right exclusive


@dataclass(frozen=True)
class TopDigits:
    layer: UnitLayer
    unit: int
    digits: tuple[TopDigit, ...]
    field: Field | None  # the layer's receptive field (None: the whole digit)

    @property
    def indices(self) -> list[int]:
        return [digit.index for digit in self.digits]


class LayerPass:
    """Every unit's strength of one layer over the test digits, chunk by chunk; `top(unit)` once `done`."""

    def __init__(self, make_model: Callable[[], object], layer: str, name: str = "", *, data=None,
                 chunk: int = CHUNK) -> None:
        if chunk < 1:
            raise ValueError(tr("a chunk holds at least one digit, not {chunk}.").format(chunk=chunk))
        self._make_model = make_model  # called once, on the worker: a LeNet or a UserModel
        self.layer_name = layer
        self.name = name
        self._data = data  # (images, labels); None: the shipped MNIST test set
        self._chunk = chunk
        self._model = None
        self.layer: UnitLayer | None = None
        self.field: Field | None = None
        self.map_size: tuple[int, int] | None = None
        self._start = 0
        self._scores: list[np.ndarray] = []
        self._positions: list[np.ndarray] = []
        self.done = False

    def _loaded(self) -> tuple[np.ndarray, np.ndarray]:
        if self._data is None:
            from convviz.state.lenet_run import test_digits

            self._data = test_digits()
        return self._data

    @property
    def images(self) -> np.ndarray:
        return self._loaded()[0]

    @property
    def fraction(self) -> float:
        total = len(self._data[1]) if self._data is not None else 10_000
        return min(1.0, self._start / total) if total else 1.0

    def run_chunk(self) -> LayerPass:
        """Score the next chunk (worker thread); returns itself so the caller knows which pass it was."""
        images, labels = self._loaded()
        if self._model is None:
            model = self._make_model()
            self.layer = unit_layer(model, self.layer_name)
            self.field = receptive_field(model, self.layer_name)
            self.map_size = map_size(model, self.layer_name)
            self._model = model
        stop = min(len(labels), self._start + self._chunk)
        scores, positions = unit_scores(self._model, self.layer_name, images[self._start : stop])
        self._scores.append(scores)
        if positions is not None:
            self._positions.append(positions)
        self._start = stop
        self.done = stop >= len(labels)
        return self

    def scores(self) -> np.ndarray:
        """(digits so far, units) strengths."""
        return np.concatenate(self._scores) if self._scores else np.zeros((0, 0), np.float32)

    def top(self, unit: int, count: int = TOP) -> TopDigits:
        """The `count` digits read so far that excite `unit` most, strongest first (ties: lower index first)."""
        if self.layer is None:
            raise ValueError(tr("no test digit has been read yet."))
        if not 0 <= unit < self.layer.units:
            raise ValueError(tr("{layer} has no unit number {unit}; its units are numbered 1 to {count}.").format(
                layer=self.layer.name, count=self.layer.units, unit=unit + 1))
        scores = self.scores()[:, unit]
        order = np.argsort(-scores, kind="stable")[:count]
        labels = self._loaded()[1]
        positions = np.concatenate(self._positions)[:, unit] if self._positions else None
        digits = []
        for index in order:
            position, box = None, WHOLE_PICTURE
            if positions is not None and self.map_size is not None:
                position = tuple(int(v) for v in divmod(int(positions[index]), self.map_size[1]))
                if self.field is not None:
                    box = self.field.box(*position)
            digits.append(TopDigit(int(index), int(labels[index]), float(scores[index]), position, box))
        return TopDigits(self.layer, unit, tuple(digits), self.field)


@dataclass(frozen=True)
class AscentPoint:
    step: int
    activation: float


class AscentRun:
    """Activation maximisation for one unit, `chunk` steps per job; cancel() stops it between two steps."""

    def __init__(self, make_model: Callable[[], object], layer: str, unit: int,
                 settings: AscentSettings = DEFAULT_ASCENT, *, chunk: int = ASCENT_CHUNK) -> None:
        if chunk < 1:
            raise ValueError(tr("a chunk holds at least one step, not {chunk}.").format(chunk=chunk))
        self._make_model = make_model
        self.layer_name = layer
        self.unit = unit
        self.settings = settings
        self._chunk = chunk
        self._model = None
        self._stop = threading.Event()
        self.layer: UnitLayer | None = None
        self.centre: tuple[int, int] | None = None  # the map position maximised (None: a fully connected unit)
        self.field: Field | None = None
        self.picture = start_picture(settings.seed)
        self.step = 0
        self.on_noise = self.on_average = float("nan")
        self.history: list[AscentPoint] = []
        self._complete = False

    def cancel(self) -> None:
        """Stop after the step running now (any thread)."""
        self._stop.set()

    @property
    def done(self) -> bool:
        """All steps made, or cancelled (also between two chunks, when no chunk would come to say so)."""
        return self._complete or self.cancelled

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    @property
    def fraction(self) -> float:
        return self.step / self.settings.steps

    @property
    def activation(self) -> float:
        """The unit's value on the picture so far (on the noise before the first step)."""
        return self.history[-1].activation if self.history else self.on_noise

    @property
    def box(self) -> tuple[int, int, int, int]:
        """The input pixels the maximised position sees (the whole picture for a fully connected unit)."""
        if self.field is None or self.centre is None:
            return WHOLE_PICTURE
        return self.field.box(*self.centre)

    def run_chunk(self) -> AscentRun:
        """The next few steps (worker thread); returns itself."""
        if self._model is None:
            model = self._make_model()
            self.layer = unit_layer(model, self.layer_name)
            if not 0 <= self.unit < self.layer.units:
                raise ValueError(tr("{layer} has no unit number {unit}; its units are numbered 1 to {count}.").format(
                    layer=self.layer_name, count=self.layer.units, unit=self.unit + 1))
            self.centre = centre_of(model, self.layer_name)
            self.field = receptive_field(model, self.layer_name)
            baseline = unit_activation(model, self.layer_name, self.unit,
                                       np.stack([self.picture, average_test_digit()]))
            self.on_noise, self.on_average = float(baseline[0]), float(baseline[1])
            self._model = model
        count = min(self._chunk, self.settings.steps - self.step)
        if count > 0 and not self.cancelled:
            self.picture, ran = ascent_steps(self._model, self.layer_name, self.unit, self.picture, self.step, count,
                                             self.settings, self._stop.is_set)
            self.step += ran
            value = unit_activation(self._model, self.layer_name, self.unit, self.picture)
            self.history.append(AscentPoint(self.step, float(value[0])))
        self._complete = self.step >= self.settings.steps
        return self
