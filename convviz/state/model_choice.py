"""Which network the explorer shows: the shipped weights, the ones trained now, fine-tuned on class digits, or a file.

Plain Python (no Qt), evented with psygnal. A `NetworkChoice` holds either a
LeNet state_dict (every LeNet widget works with it) or a `UserModel` (a
student's own CNN). `ModelChoices` keeps at most one of each kind, which one
is current, and the test accuracy measured for each (filled in later, in the
background: it takes a second per network).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from psygnal import Signal

from convviz.i18n import tr

SHIPPED, TRAINED, FINE_TUNED, OPENED = "shipped", "trained", "fine-tuned", "opened"
ORDER = (SHIPPED, TRAINED, FINE_TUNED, OPENED)


@dataclass(frozen=True, eq=False)
class NetworkChoice:
    """One network the explorer can show."""

    key: str  # SHIPPED, TRAINED, FINE_TUNED or OPENED
    label: str  # what the combo and the table say
    network: object  # a LeNet state_dict (Mapping of tensors) or a UserModel
    detail: str = ""  # where it comes from, for tooltips

    @property
    def is_lenet(self) -> bool:
        return isinstance(self.network, Mapping)


class ModelChoices:
    """The networks on offer and the current one; `changed` when the list or an accuracy changes."""

    changed = Signal()
    current_changed = Signal(str)

    def __init__(self) -> None:
        self._choices: dict[str, NetworkChoice] = {}
        self._accuracy: dict[str, float] = {}
        self._current: str | None = None
        self._previous: str | None = None  # the one shown before the current (to go back to)

    def add(self, choice: NetworkChoice) -> None:
        """Offer `choice`, replacing the one of the same key (its old accuracy is forgotten)."""
        if choice.key not in ORDER:
            raise ValueError(tr("a network choice is one of {choices}, not {key}.").format(
                choices=", ".join(ORDER), key=repr(choice.key)))
        self._choices[choice.key] = choice
        self._accuracy.pop(choice.key, None)
        self.changed.emit()
        if self._current == choice.key:
            self.current_changed.emit(choice.key)

    def choices(self) -> list[NetworkChoice]:
        return [self._choices[key] for key in ORDER if key in self._choices]

    def get(self, key: str) -> NetworkChoice | None:
        return self._choices.get(key)

    def current(self) -> NetworkChoice | None:
        return self._choices.get(self._current) if self._current else None

    def select(self, key: str) -> None:
        if key not in self._choices:
            raise ValueError(tr("there is no {key} network to show yet.").format(key=repr(key)))
        if key != self._current:
            self._previous, self._current = self._current, key
            self.current_changed.emit(key)

    def remove(self, key: str) -> NetworkChoice | None:
        """Stop offering `key` (a model whose sandbox was stopped); if it was shown, the one before it is.

        Returns the removed choice. The shipped weights are always there to go back to.
        """
        choice = self._choices.pop(key, None)
        if choice is None:
            return None
        self._accuracy.pop(key, None)
        was_current = self._current == key
        if was_current:
            back = self._previous if self._previous in self._choices else next((c.key for c in self.choices()), None)
            self._current, self._previous = None, None
        self.changed.emit()
        if was_current and back is not None:
            self.select(back)
        return choice

    def accuracy(self, key: str) -> float | None:
        return self._accuracy.get(key)

    def set_accuracy(self, choice: NetworkChoice, value: float) -> None:
        """Record a measured accuracy, unless `choice` was replaced while it was measured."""
        if self._choices.get(choice.key) is choice:
            self._accuracy[choice.key] = float(value)
            self.changed.emit()

    def unmeasured(self) -> list[NetworkChoice]:
        return [choice for choice in self.choices() if choice.key not in self._accuracy]


def network_module(network):
    """A runnable model for a choice's network: a LeNet (eval mode) for a state_dict, else the UserModel itself."""
    if isinstance(network, Mapping):
        from convviz.model.lenet import LeNet

        model = LeNet()
        model.load_state_dict(dict(network))
        return model.eval()
    return network


class SnapshotNetworks:
    """LeNet modules for the explorer's weight snapshots, rebuilt only when the snapshot changes.

    Used from the compute worker's thread only (one thread: no lock needed).
    """

    def __init__(self) -> None:
        self._snapshot = None
        self._model = None

    def model_for(self, snapshot):
        if snapshot is not self._snapshot:
            self._model = network_module(dict(snapshot.tensors))
            self._snapshot = snapshot
        return self._model


def test_accuracy(network, images, labels) -> float:
    """Share of the test pictures the network classifies right (batched, on the worker)."""
    from convviz.model.confusion import confusion_matrix

    return confusion_matrix(network_module(network), images, labels).accuracy
