"""Model ▸ Class digits…: the panel in a dock, wired to the LeNet explorer through the model tools.

Tools do not import one another: the shell hands this tool the model tools
(`ModelTools`) at install time, and it uses only what `ModelSource` lists:
the Model menu to add its entries to, the explorer and the network it shows,
and the networks on offer (a fine-tuned one joins them as "Fine-tuned on
class digits").
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

from convviz.i18n import tr

FLOAT_SIZE = (720, 900)  # the floating panel, when the explorer leaves no room beside it
DOCK_SHARE = 0.42


class ModelSource(Protocol):
    """What this tool uses of the model tools (convviz.app.tools.model.menu.ModelTools)."""

    menu: QMenu
    choices: object  # convviz.state.model_choice.ModelChoices, once the LeNet view is there

    def lenet_view(self): ...  # the LeNet view, shown and built (None if it cannot start)

    def explorer_network(self) -> tuple[object, str, object]: ...  # (network, name, NetworkChoice or None)


class ClassDigitsTool(QObject):
    """Owns the Class digits menu entries, the dock, and the wiring between panel and explorer."""

    def __init__(self, window, models: ModelSource) -> None:
        super().__init__(window)
        self.window = window
        self.models = models
        self.panel = None
        self.dock: QDockWidget | None = None
        self._view = None
        self._shown_network = None  # the explorer's network object last handed to the panel
        self._panel_network = None  # ... as the panel takes it (a state_dict for LeNet weights)
        models.menu.addSeparator()
        self.action = models.menu.addAction(tr("Class &digits…"), self.show_panel)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action.setToolTip(tr("Draw and label your class's own digits: how well does the network read them?"))
        self.fine_tune_action = models.menu.addAction(tr("&Fine-tune on class digits…"), self.show_fine_tune)
        window.installEventFilter(self)

    def show_panel(self):
        """The panel in its dock (built the first time), reading with the explorer's network."""
        view = self.models.lenet_view()
        if view is None:
            return None
        if self.panel is None:
            from convviz.app.tools.class_digits.panel import ClassDigitsPanel

            self.panel = ClassDigitsPanel(self.window.worker)
            self.panel.message.connect(self.window.show_message)
            self.panel.digit_requested.connect(self._show_digit)
            self.panel.fine_tuned.connect(self._on_fine_tuned)
            self.panel.show_tuned_requested.connect(self._show_tuned)
            self.dock = self.window.add_dock(tr("Class digits"), "class-digits-dock", self.panel, bottom=True)
            self.dock.hide()
            self.dock.visibilityChanged.connect(lambda visible: visible and self._sync())
        if self._view is not view:
            self._view = view
            view.updated.connect(self._sync)
        if self.dock.isHidden():
            self._place()
        self.dock.show()
        self.dock.raise_()
        self._sync()
        return self.panel

    def show_fine_tune(self):
        panel = self.show_panel()
        if panel is not None:
            panel.reveal(panel.fine_tune_box)
            panel.fine_tune_button.setFocus()
        return panel

    def _place(self) -> None:
        """Docked at the right when the window has room beside the explorer, else floating over its right side."""
        beside = self._view.minimumSizeHint().width() + self.panel.minimumSizeHint().width() + 60
        if beside <= self.window.width():
            width = max(self.panel.minimumSizeHint().width(), int(self.window.width() * DOCK_SHARE))
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
            return
        self.dock.setFloating(True)
        frame = self.window.frameGeometry()
        width, height = min(FLOAT_SIZE[0], frame.width()), min(FLOAT_SIZE[1], frame.height())
        self.dock.resize(width, height)
        self.dock.move(frame.right() - width - 24, frame.top() + 90)

    def _sync(self) -> None:
        """Hand the panel the explorer's network when it changed (a snapshot of edited or other weights)."""
        if self.panel is None or self.dock is None or not self.dock.isVisible() or self.models.choices is None:
            return
        network, name, choice = self.models.explorer_network()
        accuracy = self.models.choices.accuracy(choice.key) if choice is not None else None
        if network is not self._shown_network:
            self._shown_network = network
            self._panel_network = _as_panel_network(network)
        self.panel.set_network(self._panel_network, name, accuracy)  # the same one: an accuracy measured meanwhile

    def _show_digit(self, image, label: int, name: str) -> None:
        view = self.models.lenet_view()
        if view is not None:
            view.show_digit(image, label, name)
            self.window.show_message(tr("The explorer reads {name}.").format(name=name))

    def _on_fine_tuned(self, result) -> None:
        from convviz.state.model_choice import FINE_TUNED, NetworkChoice

        # whole sentences: "after" alone is also the comparison table's column heading, translated otherwise
        detail = (tr("fine-tuned on {count} class digits, stopped after {epochs} epochs") if result.stopped
                  else tr("fine-tuned on {count} class digits, after {epochs} epochs")).format(
            count=len(result.split.train), epochs=result.epochs_completed)
        choice = NetworkChoice(FINE_TUNED, tr("Fine-tuned on class digits"), result.weights, detail)
        self.models.choices.add(choice)
        if self.panel.reads_shipped_mnist():  # measured on the whole shipped test set
            self.models.choices.set_accuracy(choice, result.after.mnist_accuracy)
        self.window.show_message(tr("Fine-tuned: choose “Fine-tuned on class digits” under the explorer to look "
                                    "inside."))

    def _show_tuned(self) -> None:
        from convviz.state.model_choice import FINE_TUNED

        if self.models.choices is not None and self.models.choices.get(FINE_TUNED) is not None:
            self.models.choices.select(FINE_TUNED)

    def has_unsaved_digits(self) -> bool:
        return self.panel is not None and len(self.panel.digits()) > 0 and not self.panel.is_saved()

    def ask_to_save(self) -> str:
        """"save", "discard" or "cancel": the class digits are not saved and the window is closing."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window, tr("Save the class digits?"),
            tr("The {count} class digits drawn here are not saved. Save them before closing?").format(
                count=len(self.panel.digits())),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.has_unsaved_digits() and not self.window.leave_no_trace:
                answer = self.ask_to_save()
                if answer == "cancel" or (answer == "save" and not self.panel.save_dialog()):
                    event.ignore()
                    return True  # the window stays open, the digits with it
            if self.panel is not None:
                self.panel.shutdown()
            if self.dock is not None and self.dock.isFloating():
                self.dock.hide()
        return False


def _as_panel_network(network):
    """A LeNet weights snapshot as its state_dict; a student's model as it is."""
    from convviz.state.lenet import WeightsSnapshot

    if isinstance(network, WeightsSnapshot):
        return dict(network.tensors)
    return network


def install_class_digits(window, models: ModelSource) -> ClassDigitsTool:
    """Add Model ▸ Class digits… (and Fine-tune on class digits…) to `window`."""
    return ClassDigitsTool(window, models)
