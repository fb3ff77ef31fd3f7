"""The Model menu and the LeNet explorer's model bar: train, explain, confuse, open your own network.

`install_model_tools(window)` is the one hook the main window calls. It adds a
**Model** menu (Open model…, Train LeNet…, Why this digit?, Confusion matrix,
What does each unit look for?)
and, once the LeNet view exists, a bar under it with the same buttons and a
combo choosing the network the explorer shows: the shipped weights, the ones
trained now, or an opened file. The three panels live in docks built the
first time they are asked for; nothing heavier than Qt is imported before.

The explorer is the one source of truth: the panels read its current input
and network (weights snapshot with any edits, or a student's `UserModel`)
whenever it shows a new result.

A student's TorchScript model runs in a sandbox process (`convviz.model.sandbox`).
When another file replaces it, its sandbox is closed once nothing shows it any
more (on the worker, after the jobs that still use it). When a limit stops the
sandbox while the model is in use (the explorer, an explanation, the confusion
matrix, the units panel, the accuracy), the message is shown, the model is taken off the list
and the explorer goes back to the network it showed before.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from convviz.app.widgets.file_filters import ALL_FILES, FileKind, name_filter
from convviz.i18n import tr, tr_noop

MODEL_FILES: FileKind = (tr_noop("PyTorch models"), "*.pt *.pth *.ts *.zip")
OPEN_ITEM = tr_noop("Open a model file…")
DOCK_SHARE = 0.42  # of the window width, when docked beside the explorer
#: a floating panel's size when the explorer leaves no room beside it
FLOAT_SIZES = {"training": (940, 760), "explain": (960, 470), "confusion": (640, 860), "units": (620, 900)}
PANEL_FOCUS_KEY = "F6"  # the usual key for "the next pane" (browsers, office programs)
CONFUSION_DEBOUNCE_MS = 600  # filter edits come in bursts: one pass after they settle
ATTACH_DELAY_MS = 1  # the network bar joins a new LeNet view in a turn after it was placed (a zero delay is a
# queued call, and queued calls come before the timers due meanwhile: it ran right after the placing, before a paint)


class ModelBar(QWidget):
    """Under the explorer: which network it shows, and the doors to training and explaining."""

    def __init__(self, tools: "ModelTools") -> None:
        super().__init__()
        self._tools = tools
        self.combo = QComboBox()
        self.combo.setToolTip(tr("The network the explorer shows"))
        self.combo.setAccessibleName(tr("network"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)  # long network names must not widen the window: the list shows them
        self.combo.activated.connect(self._on_activated)
        self.train_button = QPushButton(tr("Train LeNet…"))
        self.train_button.setToolTip(tr("Train LeNet on MNIST yourself and watch it learn"))
        self.train_button.clicked.connect(tools.open_training)
        self.explain_button = QPushButton(tr("Why this digit?"))
        self.explain_button.setToolTip(tr("Which pixels pushed the network towards its answer"))
        self.explain_button.clicked.connect(tools.show_explain)
        self.confusion_button = QPushButton(tr("Confusion matrix"))
        self.confusion_button.setToolTip(tr("Which digits the network mistakes for which, over the 10,000 test digits"))
        self.confusion_button.clicked.connect(tools.show_confusion)
        self.units_button = QPushButton(tr("What units look for"))
        self.units_button.setToolTip(tr("The test digits that excite the inspected map or unit most, and a picture "
                                        "made for it (right-click any map or unit for the same)"))
        self.units_button.clicked.connect(lambda: tools.show_units())
        self._label = QLabel(tr("Network:"))
        self._buttons = (self.train_button, self.explain_button, self.confusion_button, self.units_button)
        self._one_row: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self._rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows:
            layout.addLayout(row)
        self._rows[0].addWidget(self._label)
        self._rows[0].addWidget(self.combo)
        self._place(one_row=True)

    def _place(self, one_row: bool) -> None:
        """One row when the explorer is wide; the buttons on a second row when it is narrow (a projector)."""
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for row in self._rows:
            while row.count() > (2 if row is self._rows[0] else 0):
                row.takeAt(row.count() - 1)  # the buttons and the stretch; the widgets themselves stay
        row = self._rows[0] if one_row else self._rows[1]
        for button in self._buttons:
            row.addWidget(button)
        for each in self._rows:
            each.addStretch(1)

    def _one_row_width(self) -> int:
        spacing = self._rows[0].spacing()
        parts = (self._label, self.combo, *self._buttons)
        return sum(part.sizeHint().width() for part in parts) + spacing * len(parts)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """As narrow as the two-row arrangement: the bar never widens the window."""
        spacing = self._rows[0].spacing()
        buttons = sum(button.minimumSizeHint().width() for button in self._buttons) + spacing * len(self._buttons)
        first = self._label.minimumSizeHint().width() + self.combo.minimumSizeHint().width() + spacing
        return QSize(max(buttons, first), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._place(self.width() >= self._one_row_width())

    def refresh(self) -> None:
        from superqt.utils import signals_blocked  # here: importing superqt costs ~0.2 s, not to be paid at start

        choices = self._tools.choices
        with signals_blocked(self.combo):
            self._fill_combo(choices)

    def _fill_combo(self, choices) -> None:
        self.combo.clear()
        for choice in choices.choices():
            accuracy = choices.accuracy(choice.key)
            text = choice.label + (f" · {100 * accuracy:.2f}%" if accuracy is not None else "")
            self.combo.addItem(text, choice.key)
            self.combo.setItemData(self.combo.count() - 1, choice.detail, Qt.ItemDataRole.ToolTipRole)
        self.combo.addItem(tr(OPEN_ITEM), None)
        current = choices.current()
        self.combo.setCurrentIndex(max(0, self.combo.findData(current.key)) if current else 0)

    def _on_activated(self, index: int) -> None:
        key = self.combo.itemData(index)
        if key is None:
            self.refresh()  # back to the network shown until a file is really opened
            self._tools.open_dialog()
        else:
            self._tools.choices.select(key)


class ModelTools(QObject):
    """Owns the Model menu, the model bar, the three docks and the network choices."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.choices = None  # ModelChoices, once the LeNet view is there
        self.view = None
        self.bar: ModelBar | None = None
        self.training = self.explain = self.confusion = self.units = None
        self._training_building = None  # the training panel while it is built in slices (`open_training`)
        self.docks: dict[str, QDockWidget] = {}
        self.last_refusal: QMessageBox | None = None
        self._confusion_network = None
        self._confusion_choice = None
        self._accuracy_passes: dict[str, tuple] = {}  # channel -> (choice, TestPass)
        self._snapshots = None
        self._confusion_timer = QTimer(self, singleShot=True, interval=CONFUSION_DEBOUNCE_MS,
                                       timeout=self._refresh_confusion)
        self._retired: list = []  # replaced own models, closed once nothing shows them
        self._build_menu()
        window.view_built.connect(self._on_view_built)
        self._open_channel = self.worker.new_channel("open-model")
        window.installEventFilter(self)
        if "lenet" in window.views:
            self._attach(window.views["lenet"])

    def _build_menu(self) -> None:
        self.menu = QMenu(tr("&Model"), self.window)
        self.window.add_menu_before_help(self.menu)
        self.open_action = self.menu.addAction(tr("&Open model…"), self.open_dialog)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_action.setToolTip(tr("LeNet weights (a state_dict) or a small TorchScript CNN reading 1×28×28"))
        self.menu.addSeparator()
        self.train_action = self.menu.addAction(tr("&Train LeNet…"), self.open_training)
        self.train_action.setShortcut(QKeySequence("Ctrl+T"))
        self.explain_action = self.menu.addAction(tr("&Why this digit?"), self.show_explain)
        self.explain_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.confusion_action = self.menu.addAction(tr("&Confusion matrix"), self.show_confusion)
        self.confusion_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.units_action = self.menu.addAction(tr("What does each &unit look for?"), lambda: self.show_units())
        self.units_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.menu.addSeparator()
        self.panel_focus_action = self.menu.addAction(tr("Go to the &floating panel"), self.focus_next_floating)
        self.panel_focus_action.setShortcut(QKeySequence(PANEL_FOCUS_KEY))
        self.panel_focus_action.setToolTip(tr("A panel floating over a narrow window is a window of its own, out of "
                                              "the Tab order: F6 goes into it, to the next one, and back"))

    # ------------------------------------------------------------------ the LeNet view
    def lenet_view(self):
        """The LeNet view, shown and built if need be (None if it cannot start)."""
        self.window.show_view("lenet")
        view = self.window.build_view("lenet")
        if view is not None and self.view is not view:
            self._attach(view)
        return self.view

    def _on_view_built(self, name: str) -> None:
        """The network bar joins a new LeNet view in the next turn: placing the view already held the window."""
        if name == "lenet":
            view = self.window.views[name]
            QTimer.singleShot(ATTACH_DELAY_MS, view, lambda: self._attach(view))  # not once the view is gone

    def _attach(self, view) -> None:
        if self.view is view or view.model is None:  # no trained network: nothing to choose between
            return
        from convviz.model import default_weights_path
        from convviz.state.model_choice import (
            SHIPPED,
            ModelChoices,
            NetworkChoice,
            SnapshotNetworks,
        )

        self.view = view
        self._snapshots = SnapshotNetworks()
        self.choices = ModelChoices()
        shipped = NetworkChoice(SHIPPED, tr("Shipped weights"), dict(view.state().snapshot().tensors),
                                str(default_weights_path()))
        self.choices.add(shipped)
        self.choices.select(SHIPPED)
        self.bar = ModelBar(self)
        self.choices.changed.connect(self.bar.refresh)
        self.choices.current_changed.connect(self._on_choice)
        self.bar.refresh()
        view.add_model_bar(self.bar)
        view.updated.connect(self._on_view_updated)
        view.layers_failed.connect(self._after_failure)
        view.unit_requested.connect(self.show_units)

    def _on_choice(self, key: str) -> None:
        self.bar.refresh()
        choice = self.choices.get(key)
        try:
            self.view.use_model(choice.network)
        except ValueError as error:
            self.window.show_message(str(error))
            return
        self.window.show_message(tr("The explorer now shows {network}.").format(network=choice.label))

    def explorer_network(self):
        """(network, name, choice) on the explorer's screen: its weights snapshot (with any edits) or a UserModel.

        `choice` is the network on offer it is exactly (None when filters were edited).
        """
        result = self.view.result()
        current = self.choices.current()
        if result is not None and result.request.model is not None:
            return result.request.model, result.request.model.name, current
        snapshot = result.request.weights if result is not None else self.view.state().snapshot()
        name = current.label if current is not None else "LeNet"
        if self.view.state().is_edited():
            return snapshot, tr("{network} with your edited filters").format(network=name), None
        return snapshot, name, current

    def _on_view_updated(self) -> None:
        result = self.view.result()
        if result is None:
            return
        self._close_retired()
        picture = result.request.input
        if self.training is not None:
            self.training.set_probe(result.model_input, picture.name)
        if self.explain is not None and self._visible("explain"):
            network, _, _ = self.explorer_network()
            self.explain.set_source(result.model_input, network, picture.name, picture.label)
        if self.confusion is not None and self._visible("confusion"):
            network, _, _ = self.explorer_network()
            if network is not self._confusion_network:
                self._confusion_timer.start()
        if self.units is not None and self._visible("units"):
            network, name, _ = self.explorer_network()
            self.units.set_network(network, name, debounce=True)

    # ------------------------------------------------------------------ docks
    def _dock(self, key: str, title: str, widget: QWidget) -> QDockWidget:
        dock = self.window.add_dock(title, f"{key}-dock", widget, bottom=True)
        dock.hide()
        self.docks[key] = dock
        dock.visibilityChanged.connect(lambda visible, k=key: self._on_dock_visible(k, visible))
        return dock

    def _raise(self, key: str) -> None:
        """Show a panel: docked at the right when the window has room beside the explorer, else floating."""
        dock = self.docks[key]
        if dock.isHidden():
            self._place(key, dock)
        dock.show()
        dock.raise_()

    def _place(self, key: str, dock: QDockWidget) -> None:
        panel = dock.widget()
        beside = self.view.minimumSizeHint().width() + panel.minimumSizeHint().width() + 60
        if beside <= self.window.width():
            docked = [d for d in self.docks.values() if d is not dock and not d.isHidden() and not d.isFloating()]
            if docked:
                self.window.tabifyDockWidget(docked[-1], dock)
            width = max(panel.minimumSizeHint().width(), int(self.window.width() * DOCK_SHARE))
            self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
            return
        # The explorer needs the window's width: the panel floats over its right side (it can be docked by dragging).
        dock.setFloating(True)
        frame = self.window.frameGeometry()
        wanted = FLOAT_SIZES[key]
        width = min(max(panel.minimumSizeHint().width() + 40, wanted[0]), frame.width())
        height = min(max(panel.minimumSizeHint().height() + 40, wanted[1]), frame.height())
        cascade = 36 * sum(1 for d in self.docks.values() if d is not dock and d.isFloating() and not d.isHidden())
        dock.resize(width, height)
        dock.move(frame.right() - width - 24 - cascade, frame.top() + 90 + cascade)

    def floating_panels(self) -> list[QDockWidget]:
        """The model panels shown floating (windows of their own: Tab stays inside whichever window has the focus)."""
        return [dock for dock in self.docks.values() if dock.isFloating() and dock.isVisible()]

    def focus_next_floating(self) -> QDockWidget | None:
        """F6: the keyboard into the first floating panel, on to the next, and from the last back to the window.

        Returns the panel that has the focus now (None: the main window has it).
        """
        panels = self.floating_panels()
        if not panels:
            self.window.show_message(tr("No model panel is floating; Tab reaches the docked ones."))
            return None
        focus = QApplication.focusWidget()
        here = next((i for i, dock in enumerate(panels) if focus is not None and dock.isAncestorOf(focus)), None)
        if here is not None and here + 1 == len(panels):
            self.window.activateWindow()
            self.window.raise_()
            view = self.window.views.get(self.window.current_view_name())
            if view is not None:
                view.setFocus(Qt.FocusReason.ShortcutFocusReason)
                view.focusNextChild()  # into the view's first control, as a Tab from the tab bar does
            return None
        target = panels[0 if here is None else here + 1]
        target.raise_()
        target.activateWindow()
        first = _first_tab_stop(target)
        (first or target).setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def _visible(self, key: str) -> bool:
        """Shown, and not a tab hidden behind another dock."""
        dock = self.docks.get(key)
        return dock is not None and dock.isVisible()

    def _on_dock_visible(self, key: str, visible: bool) -> None:
        if not visible or self.view is None:
            return
        if key == "explain":
            self._on_view_updated()
        elif key == "confusion":
            self._refresh_confusion()
        elif key == "training":
            self.measure_accuracies()
        elif key == "units":
            network, name, _ = self.explorer_network()
            self.units.set_network(network, name)

    def show_training(self):
        """The training panel in its dock, built now the first time (the rest of a build under way, if one is)."""
        if self.lenet_view() is None:
            return None
        if self.training is None:
            panel, self._training_building = self._training_building, None
            if panel is None:
                from convviz.app.tools.model.training_panel import TrainingPanel

                panel = TrainingPanel(self.choices)
            panel.building.finish()
            self._adopt_training(panel)
        self._raise("training")
        self.measure_accuracies()
        return self.training

    def open_training(self) -> None:
        """Model ▸ Train LeNet…: the panel, built the first time a slice per turn of the event loop (its plots
        held the window ~100 ms in one go), then shown."""
        if self.training is not None:
            self.show_training()
            return
        if self._training_building is not None or self.lenet_view() is None:
            return
        from convviz.app.tools.model.training_panel import TrainingPanel
        from convviz.app.widgets.sliced_build import build_in_turns

        panel = self._training_building = TrainingPanel(self.choices, sliced=True)

        def built() -> None:
            if self._training_building is panel:  # (else `show_training` finished and showed it meanwhile)
                panel.setUpdatesEnabled(False)  # its first paint in a later turn: docking it and painting it added up
                self.show_training()
                QTimer.singleShot(1, panel, lambda: panel.setUpdatesEnabled(True))

        build_in_turns(panel.building, self, built)

    def _adopt_training(self, panel) -> None:
        self.training = panel
        panel.message.connect(self.window.show_message)
        panel.trained.connect(self._on_trained)
        panel.explore_requested.connect(lambda: self.choices.select("trained"))
        self._dock("training", tr("Train LeNet"), panel)
        self._on_view_updated()

    def open_lesson_training(self, lesson) -> None:
        """A lesson that trains: the training panel opens with its settings; the person presses Start."""
        if lesson.training is None:
            return
        panel = self.show_training()
        if panel is not None:
            panel.set_config(lesson.training.train_config(seed=panel.seed))

    def show_explain(self):
        if self.lenet_view() is None:
            return None
        if self.explain is None:
            from convviz.app.tools.model.explain_panel import ExplainPanel

            self.explain = ExplainPanel(self.worker)
            self.explain.message.connect(self.window.show_message)
            self.explain.failed.connect(self._after_failure)
            self._dock("explain", tr("Why this digit?"), self.explain)
        self._raise("explain")
        self._on_view_updated()
        return self.explain

    def show_confusion(self):
        if self.lenet_view() is None:
            return None
        if self.confusion is None:
            from convviz.app.tools.model.confusion_panel import ConfusionPanel

            self.confusion = ConfusionPanel(self.worker)
            self.confusion.message.connect(self.window.show_message)
            self.confusion.digit_requested.connect(self._open_test_digit)
            self.confusion.updated.connect(self._on_confusion_done)
            self.confusion.failed.connect(self._after_failure)
            self._dock("confusion", tr("Confusion matrix"), self.confusion)
        self._raise("confusion")
        self._refresh_confusion()
        return self.confusion

    def show_units(self, layer: str | None = None, index: int | None = None):
        """The "What does this unit look for?" panel, on `layer`'s unit `index` (default: the inspected one)."""
        if self.lenet_view() is None:
            return None
        if self.units is None:
            from convviz.app.tools.model.units_panel import UnitsPanel

            self.units = UnitsPanel(self.worker)
            self.units.message.connect(self.window.show_message)
            self.units.digit_requested.connect(self._open_test_digit)
            self.units.failed.connect(self._after_failure)
            self._dock("units", tr("What does this unit look for?"), self.units)
        if layer is None:
            from convviz.state.lenet_detail import FILTER_OF_STAGE

            stage, index = self.view.inspected()
            layer = FILTER_OF_STAGE.get(stage, stage)
        network, name, _ = self.explorer_network()
        self.units.set_network(network, name)
        if any(candidate.name == layer for candidate in self.units.layers()):
            self.units.set_unit(layer, index or 0)
        self._raise("units")
        return self.units

    # ------------------------------------------------------------------ confusion
    def _refresh_confusion(self) -> None:
        if self.confusion is None or self.view is None:
            return
        network, name, choice = self.explorer_network()
        if network is self._confusion_network:
            return
        self._confusion_network = network
        self._confusion_choice = choice
        if hasattr(network, "module"):
            make_model = lambda: network  # noqa: E731 - a UserModel runs as it is
        else:
            snapshots = self._snapshots
            make_model = lambda: snapshots.model_for(network)  # noqa: E731
        self.confusion.compute(make_model, name)

    def _on_confusion_done(self) -> None:
        """A matrix of an unedited network on offer is also its test accuracy."""
        result = self.confusion.result()
        if self._confusion_choice is not None and result is not None:
            self.choices.set_accuracy(self._confusion_choice, result.accuracy)

    def _open_test_digit(self, index: int) -> None:
        view = self.lenet_view()
        if view is not None:
            view.pick_test_digit(index=index)
            self.window.show_message(tr("The explorer reads MNIST test digit #{index}.").format(index=index))

    # ------------------------------------------------------------------ accuracies
    def measure_accuracies(self) -> None:
        """Measure, in the background, the test accuracy of every network on offer not yet measured."""
        if self.choices is None:
            return
        from convviz.state.evaluation import TestPass
        from convviz.state.model_choice import network_module

        for choice in self.choices.unmeasured():
            channel = f"{self._open_channel}-accuracy-{choice.key}"
            running = self._accuracy_passes.get(channel)
            if running is not None and running[0] is choice:
                continue
            test_pass = TestPass(lambda network=choice.network: network_module(network), choice.label)
            self._accuracy_passes[channel] = (choice, test_pass)
            self._submit_accuracy_chunk(channel, test_pass)

    def _on_trained(self, result) -> None:
        from convviz.state.model_choice import TRAINED, NetworkChoice

        state = {name: tensor.detach().cpu().clone() for name, tensor in result.model.state_dict().items()}
        how = (tr("trained in the app, stopped after {epochs} epochs") if result.stopped
               else tr("trained in the app, after {epochs} epochs"))
        choice = NetworkChoice(TRAINED, tr("Trained now"), state, how.format(epochs=result.epochs_completed))
        self.choices.add(choice)
        if self.training.data is None:
            self.choices.set_accuracy(choice, result.test_accuracy)  # measured on the whole shipped test set
        self.measure_accuracies()
        self.window.show_message(
            (tr("Training stopped: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.")
             if result.stopped else
             tr("Training done: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.")).format(
                accuracy=f"{100 * result.test_accuracy:.2f}%", name=tr("Trained now"))
        )

    # ------------------------------------------------------------------ open a model
    def open_dialog(self) -> None:
        from convviz.model.fork_server import start_early

        start_early()  # an own model runs in a sandbox forked from it: it imports torch while the file is chosen
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open a model"), "", name_filter(MODEL_FILES, ALL_FILES))
        if path:
            self.open_model(path)

    def open_model(self, path) -> None:
        """Read a model file on the worker; a file that does not fit is refused and the current network stays."""
        if self.lenet_view() is None:
            return

        def load():
            from convviz.model.custom import load_user_model

            return load_user_model(path)

        self.window.show_message(tr("Opening {file}…").format(file=Path(path).name))
        self.worker.submit(
            self._open_channel, load, lambda job: self._use_opened(job.value), lambda error: self.refuse(error.message)
        )

    def _submit_accuracy_chunk(self, channel: str, test_pass) -> None:
        self.worker.submit(channel, test_pass.run_chunk, self._on_accuracy_chunk, self._on_accuracy_failed)

    def _on_accuracy_failed(self, error) -> None:
        self.window.show_message(tr("Could not measure the test accuracy: {problem}").format(problem=error.message))
        self._after_failure(error.message)

    def _on_accuracy_chunk(self, job) -> None:
        choice, test_pass = self._accuracy_passes.get(job.channel, (None, None))
        if job.value is not test_pass:
            return  # a pass of a network that was replaced meanwhile
        if not test_pass.done:
            self._submit_accuracy_chunk(job.channel, test_pass)
        else:
            self.choices.set_accuracy(choice, test_pass.result().accuracy)

    def _use_opened(self, model) -> None:
        from convviz.state.model_choice import OPENED, NetworkChoice

        if model.kind == "lenet":
            network = {name: tensor.detach().cpu().clone() for name, tensor in model.module.state_dict().items()}
            detail = f"{model.path} · " + tr("LeNet weights")
        else:
            network = model
            detail = f"{model.path} · " + tr("TorchScript, {count} layers found").format(count=len(model.layers or ()))
        replaced = self.choices.get(OPENED)
        self.choices.add(NetworkChoice(OPENED, tr("Opened: {name}").format(name=model.name), network, detail))
        self.choices.select(OPENED)
        if replaced is not None and not replaced.is_lenet and replaced.network is not network:
            self._retire(replaced.network)
        self.window.show_message(tr("Opened {name}: the explorer shows it now.").format(name=model.name))

    # ------------------------------------------------------------------ own models' sandboxes
    def _retire(self, model) -> None:
        """A replaced own model: its sandbox is closed as soon as nothing shows it any more."""
        self._retired.append(model)
        self._close_retired()

    def _close_retired(self) -> None:
        from convviz.state.model_choice import OPENED

        if not self._retired:
            return
        result = self.view.result() if self.view is not None else None
        shown = result.request.model if result is not None else None
        current = self.choices.get(OPENED) if self.choices is not None else None
        in_use = {id(shown), id(current.network) if current is not None else None}
        done = tuple(model for model in self._retired if id(model) not in in_use)
        if not done:
            return
        self._retired = [model for model in self._retired if id(model) in in_use]
        # on the worker, after the jobs already queued with it: none of them finds its sandbox gone
        self.worker.submit(self.worker.new_channel("close-model"), lambda: [model.close() for model in done])

    def _after_failure(self, reason: str) -> None:
        """Something failed on the worker: if it stopped the opened model's sandbox, go back to the network before."""
        from convviz.state.model_choice import OPENED

        choice = self.choices.get(OPENED) if self.choices is not None else None
        if choice is None or choice.is_lenet or _sandbox_alive(choice.network):
            return
        shown = self.choices.current() is choice
        self.choices.remove(OPENED)  # the explorer goes back to the one shown before (current_changed)
        choice.network.close()
        back = self.choices.current()
        after = tr("The explorer shows {network} again.").format(network=back.label) if shown and back is not None else ""
        self.window.show_message(f"{reason} {after}".strip())
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Your model was stopped"),
                          f"{reason}\n\n{after}".strip(), QMessageBox.StandardButton.Ok,  # (a file name leads it)
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_refusal = box

    def refuse(self, reason: str) -> QMessageBox:
        """Say why a file was refused, in a dialog that does not block; the current network stays."""
        current = self.choices.current() if self.choices is not None else None
        stays = tr("The explorer keeps showing {network}.").format(network=current.label) if current is not None else ""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("This model cannot be opened"),
                          f"{reason[:1].upper()}{reason[1:]}\n\n{stays}", QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_refusal = box
        self.window.show_message(tr("Model refused: {problem}").format(problem=reason))
        return box

    # ------------------------------------------------------------------ closing
    def _close_own_models(self) -> None:
        """The window closes: every own model's sandbox ends with it (the worker is stopping)."""
        from convviz.state.model_choice import OPENED

        opened = self.choices.get(OPENED) if self.choices is not None else None
        models = [*self._retired, *([opened.network] if opened is not None and not opened.is_lenet else [])]
        self._retired = []
        for model in models:
            model.close()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.training is not None:
                self.training.shutdown()
            self._close_own_models()
            for dock in self.docks.values():
                if dock.isFloating():
                    dock.hide()  # a floating panel is a window of its own: it goes with the main window
        return False


def _first_tab_stop(dock: QDockWidget) -> QWidget | None:
    """The first control inside `dock` that Tab would stop at (following the focus chain)."""
    widget = dock.widget()
    for _ in range(1000):  # a focus chain is a ring; this bounds a broken one
        widget = widget.nextInFocusChain()
        if widget is dock.widget():
            return None
        if (dock.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
    return None


def _sandbox_alive(model) -> bool:
    """False once the sandbox a `UserModel` runs in was stopped (a limit, a crash, or closed)."""
    sandbox = getattr(getattr(model, "module", None), "sandbox", None)
    return sandbox is None or sandbox.running


def install_model_tools(window) -> ModelTools:
    """Add the Model menu (and, with the LeNet view, its model bar and docks) to `window`."""
    return ModelTools(window)
