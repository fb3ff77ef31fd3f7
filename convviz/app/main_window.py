"""The main window: one tab per view, the menus, the picture everyone shares, device and status.

The window knows views only through `VIEW_MODULES` and the view protocol
(see `convviz.app.views`): it builds each view the first time its tab is
shown, with the shared `ComputeWorker`, passes it the device and the current
picture, and shows its messages and timings in the status bar. A view whose
module is not there is simply left out.

It opens fast: nothing here imports torch, numpy or pyqtgraph, and with
`fast_start` (what `convviz` uses) the first paint shows the window with its
tabs, the File, View and Help menus, the toolbar and the status bar, in the
saved theme and language, and nothing more is done before it. Right after it
a loading thread builds PySide6's `Qt` namespace (its first use costs a
quarter of what a bare window takes to appear, so it is never touched before
the paint, and off the GUI thread after it) and imports the classroom tools'
modules; the GUI thread then sets the shortcuts and installs the tools
(presentation mode, export, lessons, model, sessions), one step per turn of
the event loop. The thread goes on with torch & co., and the first view is
made in one turn and put in its tab in the next (`_load_libraries`).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import importlib.util
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from convviz import __version__
from convviz.app.settings import RecentFiles, app_settings
from convviz.app.views import VIEW_MODULES
from convviz.app.widgets.file_filters import ALL_FILES, FileKind, name_filter
from convviz.app.worker import ComputeWorker, JobError, JobResult
from convviz.i18n import tr, tr_noop

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from convviz.app.tools.accessibility.menu import AccessibilityTools
    from convviz.app.tools.class_digits.tool import ClassDigitsTool
    from convviz.app.tools.export.actions import ExportActions
    from convviz.app.tools.first_start.hint import FirstStartHints
    from convviz.app.tools.lessons.menu import LessonTools
    from convviz.app.tools.model.menu import ModelTools
    from convviz.app.tools.presentation.controller import PresentationController
    from convviz.app.tools.sessions.actions import SessionActions
    from convviz.app.views.base import View
    from convviz.app.widgets.paint_in_turns import HiddenPart
from convviz.samples import SAMPLE_GROUPS, SAMPLES, samples_in_group

PICTURES: FileKind = (tr_noop("Pictures"), "*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm")
DEFAULT_SIZE = (1440, 900)
MESSAGE_MS = 10_000
# between start-up steps: a real timer, so that the window's own timers and input come first (Qt 6 runs a
# 0 ms single shot as a posted call, before any timer: a chain of those never lets the window breathe)
BREATHE_MS = 1
HEAVY_MODULES = ("numpy", "torch", "convviz.core")
# what installing the classroom tools imports: loaded on the same thread first, so that the tools come quickly
TOOL_MODULES = tuple(f"convviz.app.tools.{name}" for name in (
    "presentation.controller", "export.actions", "lessons.menu", "first_start.hint", "model.menu",
    "class_digits.tool", "sessions.actions", "accessibility.menu"))
# what building a view imports (plotting, throttling): imported in the same background thread, so the
# GUI thread's first view is built from modules already loaded (type definitions only: no widget exists yet)
VIEW_LIBRARIES = ("pyqtgraph", "superqt.utils")
# what the first view's first jobs import (opening the sample picture, the engine choosing OpenCV, a quantile for
# the colour levels, the lesson catalogue, undo): imported here, so that neither the worker nor the GUI thread
# imports them while that view is being built (an import holds the interpreter the GUI thread needs for the build)
FIRST_JOB_MODULES = ("PIL.Image", "PIL.BmpImagePlugin", "PIL.GifImagePlugin", "PIL.JpegImagePlugin",
                     "PIL.PpmImagePlugin", "PIL.PngImagePlugin", "numpy.ma", "cv2",
                     "convviz.lessons.loader",  # the lesson catalogue, read once the first view shows
                     "convviz.app.tools.sessions.undo_documents")  # what Edit ▸ Undo sets up for each new view

GUIDE_HTML = tr_noop("""
<h2>convviz in five minutes</h2>
<ol>
<li><b>Pick a picture</b>: File ▸ Open sample, File ▸ Open image… (Ctrl+O), drop a file on the
window, or paste one (Ctrl+V).</li>
<li><b>Convolution</b> (Ctrl+1): change the kernel's numbers (double-click a cell), choose a preset,
change stride, padding and dilation, and watch the feature map follow. The formula under
“Sliding the window” says why the map has its size.</li>
<li><b>Click a pixel</b> of the feature map: the cells it reads light up on the input and the
products panel shows its sum, term by term. The PyTorch panel shows the same computation
as <code>F.conv2d</code> and checks that it gives the same map.</li>
<li><b>Activation and pooling</b> follow the convolution, each with its own map: the path a
CNN layer takes, conv → activation → pool.</li>
<li><b>Steps</b> (Ctrl+2) slides the window one position at a time with every number visible;
<b>LeNet</b> (Ctrl+3) shows a trained network reading a digit you draw.</li>
</ol>
<h3>Teaching with it</h3>
<ul>
<li><b>Lessons</b>: the worked examples and concepts of the course, loaded into the right view with a short
explanation (Alt+number, or number keys while presenting). Lessons ▸ Open lesson file… (Ctrl+L)
opens a teacher's own lesson.</li>
<li><b>Exercises</b>: predict, then reveal — hide the output cells (H), reveal one (R) or all
(Shift+R); ask for the output size (O); let the class guess the digit before the probabilities.</li>
<li><b>Presentation</b> (F11): full screen, larger numbers, Space plays, arrows step, +/− change
speed, P shows a pointer highlight. A presenter remote's Page Down / Page Up step, then go to the next /
previous lesson; B or . blanks the screen (B again brings it back). View ▸ Theme offers light, dark and
high contrast.</li>
<li><b>Export</b> (File ▸ Export): a view or a single map as PNG, the sliding window as GIF or
APNG, matrices as CSV.</li>
<li><b>Sessions</b>: File ▸ Save session (Ctrl+S) keeps the picture, kernels, settings, step and
edited filters; Edit ▸ Undo (Ctrl+Z) and Redo undo every edit.</li>
<li><b>Model</b>: train LeNet yourself, ask <i>Why this digit?</i>, browse the confusion matrix,
or open your own small model. <i>Class digits</i> (Ctrl+Shift+D): draw your class's own digits,
press each one's key, see how the network reads them beside MNIST, and fine-tune on them.</li>
</ul>
<h3>Conventions, the same in every view</h3>
<ul>
<li><b>Colours follow what a quantity can be</b>, never what one picture happens to give. Values that can be
negative — kernels and weights, products, a convolution's output (even when this picture gives no negative
value), logits, tanh or leaky ReLU — are blue when negative, white at zero, orange when positive. Values that
cannot be negative — after ReLU or a sigmoid, pooling of those, probabilities — use viridis (dark purple = low,
yellow = high). Pictures are grey. The Steps grids, the maps and the exported files use the same colours; every
map has a colour bar with numbers and every grid cell shows its number, so colour is never the only clue.</li>
<li><b>Rows and columns are counted from 1</b>, as the decks write a matrix: the top left cell is row 1, column 1.</li>
<li><b>Output size</b> is written as in the decks, ⌊(n + 2p − f) / s⌋ + 1; with dilation d the kernel spans
f = d·(f − 1) + 1 cells, and the dilated form ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 is shown beside it.</li>
<li><b>A kernel's factor is written apart</b>, as the decks write “±1, then ÷ 9”: whole cells with “× 1/9” beside
the grid; the products are summed first and the sum is multiplied by the factor.</li>
</ul>
<p>Hover over any map to read its values.</p>
""")



def keyboard_guide_html() -> str:
    """The Guide's part on working without a mouse: keys, the focus ring, screen readers, reduced motion."""
    from convviz.i18n import tr

    return tr("""
<h3>Keyboard and screen readers</h3>
<ul>
<li><b>Without a mouse</b>: Tab and Shift+Tab move between controls; a thick ring in the highlight colour shows
where the keys go. Alt opens the menus (Alt + the underlined letter). Ctrl+1, Ctrl+2, Ctrl+3 switch views.</li>
<li><b>Grids of numbers</b>: the arrow keys move between cells; type a number, or press Enter or F2, to change a cell,
Enter applies it, Esc cancels; Tab walks the cells of a kernel or input grid, then leaves it.</li>
<li><b>Maps</b>: with a feature map focused, the arrow keys choose a pixel and its sum is shown term by term, as a
click does; in the LeNet view they choose a map or a unit to inspect.</li>
<li><b>Steps</b>: Space plays or pauses, the arrow keys step, Home/End go to the first/last step, + and − change
the speed. A screen reader hears each step's arithmetic, “output row 2, column 3 equals …”.</li>
<li><b>LeNet</b>: drawing needs a mouse or pen; from the keyboard, choose “a 0” … “a 9” in the box beside
<b>Test digit</b> and press Test digit (Space), or open a photo of a digit.</li>
<li><b>View ▸ Reduce motion</b>: nothing moves by itself (no autoplay, no sliding menus); the steps come when you
ask for them. Kept for the next start.</li>
</ul>
<h3>Every shortcut</h3>
<ul>
<li><b>File</b>: Ctrl+O open a picture · Ctrl+V paste one · Ctrl+S save the session · Ctrl+Shift+S save it as ·
Ctrl+Alt+O open a session · Ctrl+Q quit.</li>
<li><b>Edit</b>: Ctrl+Z undo (also Alt+Backspace) · Ctrl+Shift+Z or Ctrl+Y redo (also Alt+Shift+Backspace).</li>
<li><b>View</b>: Ctrl+1 Convolution · Ctrl+2 Steps · Ctrl+3 LeNet · F11 presentation mode · Ctrl+Shift+P pointer
highlight (P while presenting) · B blank the screen while presenting.</li>
<li><b>Lessons</b>: Alt+number opens a lesson · Alt+Right / Alt+Left the next / previous lesson · Ctrl+L a lesson
file. <b>Exercises</b>: H hide the answers · R reveal the next · Shift+R reveal all · O ask for the output size.</li>
<li><b>Model</b>: Ctrl+T train LeNet · Ctrl+Shift+W why this digit? · Ctrl+Shift+M confusion matrix ·
Ctrl+Shift+U what each unit looks for · Ctrl+Shift+O open your own model.</li>
<li><b>Help</b>: F1 this Guide.</li>
</ul>
""") + tr("<p><b>Floating panels</b>: on a narrow window the model panels float as windows of their own, outside "
         "the Tab order. F6 (Model ▸ Go to the floating panel) moves the keyboard into the first, on to the next, "
         "and from the last back to the main window.</p>")

def view_title(name: str) -> str:
    """The tab text of a view before its class is imported."""
    return {"lenet": "LeNet", "convolution": tr("Convolution"), "steps": tr("Steps")}.get(name, name.capitalize())


def image_filter() -> str:
    """The file dialog's filter, its words in the interface language."""
    return name_filter(PICTURES, ALL_FILES)


def view_available(name: str) -> bool:
    """True when the module of view `name` exists (views land at different times)."""
    module = VIEW_MODULES[name].split(":")[0]
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


class _Placeholder(QWidget):
    """What a tab shows until its view is built; its label and busy bar are made when it is first shown
    (the tabs behind the current one cost nothing before the first paint)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self._title = title
        self._label: QLabel | None = None

    @property
    def label(self) -> QLabel:
        if self._label is None:
            self._fill()
        return self._label

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._label is None:
            self._fill()
        super().showEvent(event)

    def _fill(self) -> None:
        self._label = QLabel(tr("Loading the {view} view…").format(view=view_title(self._title)))
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setFixedWidth(320)
        column = QVBoxLayout()
        column.addWidget(self._label)
        column.addWidget(bar)
        row = QHBoxLayout()  # centred by stretches (no Qt alignment flags before the first paint)
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    """Tabs of views around one shared picture (see the module docstring)."""

    first_painted = Signal()
    interface_loaded = Signal()  # the loading thread imported what the classroom tools need
    libraries_loaded = Signal()
    view_built = Signal(str)
    first_result_shown = Signal()  # a view showed its first result: what can wait for the first view may start
    view_changing = Signal(str)  # the tab bar moved to this view and its page is about to be shown
    image_changed = Signal(str)  # a new shared picture was handed to the views
    image_failed = Signal(str)  # a picture could not be opened: the sentence why
    tools_installed = Signal()  # presentation, export, lessons, model and sessions are on the window now

    def __init__(
        self,
        worker: ComputeWorker | None = None,
        settings: QSettings | None = None,
        start_view: str | None = None,
        parent: QWidget | None = None,
        *,
        fast_start: bool = False,
        leave_no_trace: bool = False,
        theme: str | None = None,
        language: str | None = None,
    ) -> None:
        """`theme`, `language`: for this run only (`convviz --theme/--language`), leaving the saved choice as it is."""
        super().__init__(parent)
        #: a headless run (--screenshot): no autosave, no Recent files, no window geometry written
        self.leave_no_trace = leave_no_trace
        self.setWindowTitle("convviz — " + tr("see convolutional networks work"))
        self._owns_worker = worker is None
        self.worker = worker if worker is not None else ComputeWorker(self)
        self.image_channel = self.worker.new_channel("window-picture")
        self.settings = settings if settings is not None else app_settings()
        self.recent = RecentFiles(self.settings)
        self.views: dict[str, View] = {}
        self._made: dict[str, View] = {}  # made, being built in slices or waiting for the next turn to be put in its tab
        self._slicing: list[str] = []  # views of `_made` still being built (the one on screen goes first)
        self._parts_held: set[str] = set()  # views just placed whose parts paint one per turn (PaintsInTurns)
        self._worker_holds: dict[str, object] = {}  # view name -> the WorkerHold of its build in slices
        # its next slice, due once the last one has ended (see convviz.app.widgets.sliced_build)
        self._slicer = QTimer(self, singleShot=True, interval=1, timeout=self._build_next_slice)
        self._tab_names: list[str] = []
        self._image = None
        self._image_name = ""
        self._image_path: str | None = None  # the file the shared picture was read from, if any
        self._image_pending = False
        self._device = "cpu"
        self._libraries_ready = False
        self._painted = False
        self._presenting = False
        self._fresh: dict[str, bool] = {}  # view name -> updated since it got the newest picture
        self._a_result_shown = False
        self._results_shown: set[str] = set()  # views that showed a result on screen (the first painted in turns)
        self._wanted_view = start_view
        from convviz.app.theme import ThemeManager

        # the theme first: applying a palette is cheapest before the widgets exist
        self.theme = ThemeManager(self.settings, self, for_this_run=theme, guess_scheme=fast_start)
        from convviz.app.tools.language.chooser import LanguageChooser

        # the language before any text is built: every tr() below reads the installed catalog
        self.language = LanguageChooser(self.settings, self, for_this_run=language)
        self.language.restore_on_close(self)

        self.tabs = QTabWidget()
        self._pages_ready = False  # (adding the first tabs moves the tab bar too)
        bar = QTabBar()  # the window's own, so that it hears of a switch before QTabWidget shows the page
        bar.setObjectName("qt_tabwidget_tabbar")
        bar.setDrawBase(False)
        bar.currentChanged.connect(self._before_page_shown)
        self.tabs.setTabBar(bar)
        self.tabs.setDocumentMode(True)
        for name in VIEW_MODULES:
            if view_available(name):
                self._tab_names.append(name)
                self.tabs.addTab(_Placeholder(name), view_title(name))
        if not self._tab_names:
            self.tabs.addTab(QLabel(tr("No views are installed.")), "convviz")
        self.setCentralWidget(self.tabs)
        if start_view in self._tab_names:
            self.tabs.setCurrentIndex(self._tab_names.index(start_view))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._pages_ready = True

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._install_theme()
        # the tools the window owns, installed right after the first paint (`_install_classroom_tools`)
        self._tools_installed = False
        self.presentation: PresentationController | None = None
        self.exports: ExportActions | None = None
        self.lessons: LessonTools | None = None
        self.model_tools: ModelTools | None = None
        self.class_digits: ClassDigitsTool | None = None
        self.sessions: SessionActions | None = None
        self.first_start: FirstStartHints | None = None
        self.accessibility: AccessibilityTools | None = None
        if not fast_start:
            self._install_shortcuts()
            self._install_classroom_tools()
        self.setAcceptDrops(True)
        self.interface_loaded.connect(self._on_interface_loaded)
        self.libraries_loaded.connect(self._on_libraries_loaded)
        self._restore_geometry()
        self.installEventFilter(self)
        from convviz.app.widgets.plot_scene import SETTLES_ITSELF

        self.setProperty(SETTLES_ITSELF, True)  # after its first paint (see eventFilter), not through plot_scene

    # ------------------------------------------------------------------ chrome
    def _build_toolbar(self) -> None:
        self.compute_toolbar = toolbar = self.addToolBar(tr("Compute"))
        toolbar.setObjectName("compute-toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" " + tr("Compute on:") + " "))
        self.device_box = QComboBox()
        self.device_box.addItem("CPU", "cpu")
        self.device_box.setToolTip(tr("Where the views compute: the CPU, or a GPU when one is present"))
        self.device_box.setAccessibleName(tr("compute device"))
        self.device_box.currentIndexChanged.connect(self._on_device_chosen)
        toolbar.addWidget(self.device_box)

    def _build_menus(self) -> None:
        self._shortcuts: list[tuple[QAction, object]] = []  # set by _install_shortcuts
        menus = self.menuBar()
        self.file_menu = file_menu = menus.addMenu(tr("&File"))
        self.open_action = file_menu.addAction(tr("&Open image…"), self.open_dialog)
        self._shortcuts.append((self.open_action, "Open"))
        samples_menu = file_menu.addMenu(tr("Open &sample"))
        for group in SAMPLE_GROUPS:
            group_menu = samples_menu.addMenu(tr(group))
            for sample in samples_in_group(group):
                action = group_menu.addAction(sample.shown_label())
                action.setToolTip(sample.shown_description())
                action.triggered.connect(lambda _=False, n=sample.name: self.open_sample(n))
        self.paste_action = file_menu.addAction(tr("&Paste picture"), self.paste)
        self._shortcuts.append((self.paste_action, "Paste"))
        self.recent_menu = file_menu.addMenu(tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        self._quit_separator = file_menu.addSeparator()
        quit_action = file_menu.addAction(tr("&Quit"), self.close)
        self._shortcuts.append((quit_action, "Quit"))

        self.view_menu = view_menu = menus.addMenu(tr("&View"))
        self.view_actions: dict[str, QAction] = {}
        for number, name in enumerate(VIEW_MODULES, start=1):
            action = view_menu.addAction(view_title(name))
            self._shortcuts.append((action, f"Ctrl+{number}"))
            action.setEnabled(name in self._tab_names)
            if name not in self._tab_names:
                action.setText(tr("{view} (not installed yet)").format(view=view_title(name)))
            action.triggered.connect(lambda _=False, n=name: self.show_view(n))
            self.view_actions[name] = action
        view_menu.addSeparator()
        self.fullscreen_action = view_menu.addAction(tr("&Full screen"), self._toggle_full_screen)
        self._shortcuts.append((self.fullscreen_action, "F11"))
        self.fullscreen_action.setCheckable(True)

        self.help_menu = help_menu = menus.addMenu(tr("&Help"))
        guide = help_menu.addAction(tr("&Guide"), self.show_guide)
        self._shortcuts.append((guide, "HelpContents"))
        help_menu.addAction(tr("&About convviz"), self.show_about)

    def _install_shortcuts(self) -> None:
        """Menu shortcuts. The first setShortcut builds PySide6's key enums (tens of ms), so a
        fast start sets them just after the first paint; until then a key is a name of
        QKeySequence.StandardKey ("Open") or portable text ("Ctrl+1")."""
        from PySide6.QtGui import QKeySequence

        shortcuts, self._shortcuts = self._shortcuts, []
        for action, key in shortcuts:
            standard = getattr(QKeySequence.StandardKey, key, None)
            action.setShortcut(QKeySequence(standard if standard is not None else key))

    def _install_theme(self) -> None:
        """View ▸ Theme (the theme itself is applied before any widget is built, see __init__)."""
        self.theme.build_menu(self.view_menu)
        self.theme.restore_on_close(self)
        self.language.build_menu(self.view_menu)

    def _install_classroom_tools(self) -> None:
        """Presentation mode (F11) with the pointer highlight, File ▸ Export, the Lessons menus."""
        if self._tools_installed:
            return
        self._tools_installed = True
        from convviz.app.tools.export.actions import ExportActions
        from convviz.app.tools.lessons.menu import install_lessons
        from convviz.app.tools.presentation.controller import PresentationController

        self.presentation = PresentationController(self, self.fullscreen_action)
        self.view_menu.addAction(self.presentation.pointer_action)
        self.view_menu.addAction(self.presentation.blank_action)
        self.presentation.set_pointer_color(self.theme.colors().pointer)
        self.theme.theme_changed.connect(lambda _: self.presentation.set_pointer_color(self.theme.colors().pointer))
        self.view_built.connect(lambda name: self.presentation.extend(self.views[name]))
        self.exports = ExportActions(self, self.settings)
        self.exports.build_menu(self.file_menu, self._quit_separator)
        self.lessons = install_lessons(self)  # Lessons and Exercises menus, lesson panel, number keys
        from convviz.app.tools.first_start.hint import install_first_start_hint

        self.first_start = install_first_start_hint(self, self.lessons.menu.menu)  # once: where lessons and Guide are
        self.lessons.loader.opened.connect(lambda _prepared: self.first_start.dismiss())
        from convviz.app.tools.model.menu import install_model_tools

        self.model_tools = install_model_tools(self)  # Model menu: train, why this digit?, confusion, own model
        from convviz.app.tools.class_digits.tool import install_class_digits

        self.class_digits = install_class_digits(self, self.model_tools)  # Model ▸ Class digits: the class's own
        # a lesson that trains opens the training panel with its settings
        self.lessons.loader.opened.connect(lambda prepared: self.model_tools.open_lesson_training(prepared.lesson))
        from convviz.app.tools.sessions.actions import install_sessions

        self.sessions = install_sessions(self)  # File ▸ sessions, Edit ▸ Undo / Redo, autosave on quit
        from convviz.app.tools.accessibility.menu import install_accessibility

        self.accessibility = install_accessibility(self)  # View ▸ Reduce motion, the focus ring
        self.tools_installed.emit()

    def when_tools_installed(self, callback) -> None:
        """Call `callback` once the classroom tools are on the window (now, if they already are)."""
        if self._tools_installed and self.sessions is not None:
            callback()
            return

        def once() -> None:
            self.tools_installed.disconnect(once)
            callback()

        self.tools_installed.connect(once)

    def _build_status_bar(self) -> None:
        self.timing_label = QLabel("CPU")
        self.timing_label.setToolTip(tr("Where the last update was computed and how long it took"))
        self.statusBar().addPermanentWidget(self.timing_label)
        self.statusBar().showMessage(tr("Loading…"))

    # ------------------------------------------------------------------ start-up
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self and event.type() == QEvent.Type.UpdateRequest and self._painted:
            from convviz.app.widgets.plot_scene import settle_before_paint

            settle_before_paint()  # what moved is laid out and the plots hand in their changes: one paint
        elif watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)
            QTimer.singleShot(0, self, self._start_loading)
        return super().eventFilter(watched, event)

    def delete_now(self) -> None:
        """Delete the window and its widgets at once, once the loading thread has finished the step it is in
        (it must not build Qt's namespace or emit to this window while the widgets go)."""
        with _MUST_FINISH_BEFORE_EXIT:
            self.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _start_loading(self) -> None:
        """Import off the GUI thread what the rest of the window needs, then fill it in (see `_load_libraries`)."""
        atexit.unregister(_let_the_loading_thread_finish)  # once, and after PySide6's own (atexit runs last first)
        atexit.register(_let_the_loading_thread_finish)
        name = self.current_view_name()
        view_spec = (VIEW_MODULES[name],) if name is not None else ()
        threading.Thread(target=self._load_libraries, args=(view_spec,), name="convviz-imports", daemon=True).start()

    def _load_libraries(self, view_spec: tuple[str, ...]) -> None:
        """On the loading thread: first what the classroom tools need, then torch & co. and the first view's module.

        The GUI thread stays free meanwhile. Pure Python imports hand it the
        interpreter every few milliseconds; what would hold it for long is done
        so that it does not: PySide6's `Qt` namespace is built here (30-80 ms of
        enum building; the GUI thread waits for `interface_loaded` before it
        touches `Qt`), torch's C++ library is loaded with the interpreter released
        (`load_native_libraries`), and the cycle collector is kept from walking
        the imported modules again and again while they load. Last, the first
        view's `warm_up` pays the first-time costs of its build's Qt-free work.
        """
        from PySide6 import QtCore

        with _MUST_FINISH_BEFORE_EXIT:
            if _QUITTING.is_set():
                return
            getattr(QtCore, "Qt")  # noqa: B009 - PySide6 builds the namespace (all its enums) when first asked for it
            for module in TOOL_MODULES:
                _import_quietly(module)
        if not _emit_if_alive(self.interface_loaded):
            return
        with _MUST_FINISH_BEFORE_EXIT:
            if _QUITTING.is_set():
                return
            load_native_libraries()
        collecting = gc.isenabled()
        gc.disable()  # (only garbage cycles wait; the GUI thread's own short pauses leave it as they find it)
        try:
            for module in HEAVY_MODULES:
                if _QUITTING.is_set():
                    return
                importlib.import_module(module)
            with _MUST_FINISH_BEFORE_EXIT:
                if _QUITTING.is_set():
                    return
                for module in FIRST_JOB_MODULES + VIEW_LIBRARIES + tuple(spec.split(":")[0] for spec in view_spec):
                    _import_quietly(module)
                for spec in view_spec:
                    _warm_up_quietly(spec)
        finally:
            gc.freeze()
            if collecting:
                gc.enable()
        _emit_if_alive(self.libraries_loaded)

    def _on_interface_loaded(self) -> None:
        """The theme's scheme, the shortcuts, the classroom tools: one step per turn of the event loop."""
        steps = [self.theme.confirm_scheme, self._install_shortcuts, self._steady_tabs, self._install_classroom_tools]

        def next_step() -> None:
            steps.pop(0)()
            if steps:
                QTimer.singleShot(BREATHE_MS, self, next_step)

        next_step()

    def _steady_tabs(self) -> None:
        """A label changing on a view's page repaints that label, not the whole window (uses `Qt`: after the paint)."""
        from convviz.app.widgets.tab_sizing import steady_tab_layout

        steady_tab_layout(self.tabs)

    def _on_libraries_loaded(self) -> None:
        from superqt.utils import signals_blocked

        self._libraries_ready = True
        from convviz.core import available_devices

        names = {"cpu": "CPU", "cuda": "CUDA GPU", "mps": "Apple GPU (MPS)"}
        with signals_blocked(self.device_box):
            for device in available_devices():
                if self.device_box.findData(device) < 0:
                    self.device_box.addItem(names.get(device, device), device)
        self.statusBar().showMessage(tr("Ready."), 3000)
        collect_garbage_on_the_gui_thread()  # (after the loading thread, which pauses the collector, is done)
        _keep_out_of_collections()  # before the view is built: a collection meanwhile would walk torch again
        self._ensure_current_view()
        _keep_out_of_collections()

    def _before_page_shown(self, index: int) -> None:
        """The tab bar moved to `index`; QTabWidget shows its page right after this. Docks that follow the
        view (the lesson panel) change now, on `view_changing`, so that the page is laid out once, at its
        final size.

        After the page was shown they made it lay out twice: at the size the previous view left (with a
        lesson panel beside it, say), then again when the panel closed; LeNet's 14 plots take ~30 ms a
        layout. The page going away is hidden first (as QTabWidget does a moment later), so that it is
        not laid out for a size it will never show. With the keyboard focus in that page, the switch
        goes as before, and the focus moves as Qt moves it.
        """
        if not self._pages_ready or not 0 <= index < len(self._tab_names):
            return
        leaving, coming = self.tabs.currentWidget(), self.tabs.widget(index)
        if leaving is None or coming is None or leaving is coming:
            return
        focus = QApplication.focusWidget()
        if focus is not None and leaving.isAncestorOf(focus):
            return
        leaving.hide()
        self._size_to_current_tab()  # the coming page's needs count from now on (the tab bar's index is its)
        self.view_changing.emit(self._tab_names[index])
        self.layout().activate()  # the page, still hidden, takes the size it will be shown at

    def _on_tab_changed(self, _index: int) -> None:
        self._size_to_current_tab()
        QTimer.singleShot(0, self, self._ensure_current_view)  # let the tab paint "Loading…" first

    def _size_to_current_tab(self) -> None:
        """Only the tab on screen sets the window's minimum size: a hidden view's needs must not push it off-screen."""
        from convviz.app.widgets.tab_sizing import fit_current_page

        fit_current_page(self.tabs)

    def _ensure_current_view(self) -> None:
        """Build the view on screen in slices, one per turn of the event loop, then put it in its tab in the next.

        Making a view's plots freezes the window for a few hundred milliseconds
        in one go; made with `sliced=True`, a view builds a part a turn
        (`View.build_step`) and the window reacts between them. Laying out and
        painting it the first time follow in a turn of their own."""
        name = self.current_view_name()
        if not self._libraries_ready or name is None or name in self.views or name in self._made:
            return
        view = self._make_view(name, sliced=True)
        if view is not None:
            view.setParent(self)  # hidden until its tab takes it; deleted with the window if it goes first
            view.hide()
            self._made[name] = view
            self._slicing.append(name)
            self._worker_holds[name] = self.worker.hold()  # released once its plots are painted (or 2 s)
            self._slicer.start()

    def _build_next_slice(self) -> None:
        """One slice of a view being built, the one on screen first (another tab chosen meanwhile: its view);
        the next slice is due once this one has ended."""
        self._slicing = [name for name in self._slicing if name in self._made]  # (else `build_view` finished it)
        if not self._slicing:
            return
        name = self.current_view_name()
        if name not in self._slicing:
            name = self._slicing[0]
        view = self._made[name]
        try:
            complete = view.build_step()
        except Exception as exc:  # noqa: BLE001 - one broken view must not take the app down
            self._slicing.remove(name)
            del self._made[name]
            self._release_worker(name)
            view.deleteLater()
            self._show_view_failure(name, exc)
        else:
            if complete:
                self._slicing.remove(name)
                QTimer.singleShot(BREATHE_MS, self, lambda: self._place_built_view(name))
        self._slicer.start()  # (the next view's, if another tab was opened meanwhile)

    def _place_built_view(self, name: str) -> None:
        """Put a view built in slices in its tab; it paints the first time in a later turn, and its panels and
        plots one per turn after that (placing and laying it out, painting it, and painting its plots each hold
        the window for a while: in one turn, they added up)."""
        from PySide6.QtWidgets import QGraphicsView

        from convviz.app.widgets.paint_in_turns import hide_for_now

        view = self._made.get(name)
        if view is None:
            return
        view.setUpdatesEnabled(False)
        hidden = hide_for_now(view.shown_after_placing())
        hold = self._worker_holds.pop(name, None)  # carried on to the parts' paint (`build_view` releases the rest)
        release = hold.release if hold is not None else lambda: None
        self.build_view(name)
        if name not in self.views:  # it failed to start: nothing to paint
            release()
            return
        self._parts_held.add(name)  # its parts are held from the next turn on, then painted

        def first_paint() -> None:
            self._paint_in_turns(name, [*view.paint_parts(), *view.findChildren(QGraphicsView)], release, hidden)
            view.setUpdatesEnabled(True)

        QTimer.singleShot(BREATHE_MS, view, first_paint)

    def _paint_in_turns(self, name: str, parts: Sequence[QWidget], then: Callable[[], None],
                        hidden: Sequence[HiddenPart] = ()) -> None:
        """View `name`'s `parts` paint one per turn from the next turn on (`PaintsInTurns`; `hidden` parts are
        shown in their turn); then `then`."""
        from convviz.app.widgets.paint_in_turns import PaintsInTurns

        held = PaintsInTurns(parts, self.views[name], lambda: (self._parts_held.discard(name), then()), hidden)
        held.destroyed.connect(lambda *_: then())  # the view (or the window) went first
        self._parts_held.add(name)
        held.start()

    def _release_worker(self, name: str) -> None:
        """The view `name` no longer needs the interpreter to itself: the worker's jobs go on."""
        hold = self._worker_holds.pop(name, None)
        if hold is not None:
            hold.release()

    def current_view_name(self) -> str | None:
        index = self.tabs.currentIndex()
        return self._tab_names[index] if 0 <= index < len(self._tab_names) else None

    def build_view(self, name: str) -> View | None:
        """Import and build view `name` now, complete (normally done in slices when its tab is first shown)."""
        if name in self.views:
            return self.views[name]
        view = self._made.pop(name, None) or self._make_view(name)
        self._release_worker(name)  # a build in slices finished at once (`_place_built_view` took its hold first)
        if view is None:
            return None
        try:
            view.complete()  # the slices a tab's build had still to come
        except Exception as exc:  # noqa: BLE001 - one broken view must not take the app down
            view.deleteLater()
            self._show_view_failure(name, exc)
            return None
        self.views[name] = view
        index = self._tab_names.index(name)
        from superqt.utils import signals_blocked

        self._pages_ready = False  # the tab bar moves while the placeholder makes room: no switch
        try:
            with signals_blocked(self.tabs):
                shown = self.tabs.currentWidget()
                old = self.tabs.widget(index)
                # in before its placeholder, shown, and only then the placeholder out: removing the page on screen
                # first showed (and filled) another tab's placeholder meanwhile
                self.tabs.insertTab(index, view, tr(view.title))
                self.tabs.setCurrentWidget(view if shown is old else shown)
                self.tabs.removeTab(index + 1)
                old.deleteLater()
        finally:
            self._pages_ready = True
        self._size_to_current_tab()
        view.set_device(self._device)
        if self._presenting:
            view.set_presenting(True)
        if self._image is not None:
            self._fresh[name] = False  # fresh again once it shows this picture
            view.set_image(self._image, self._image_name)
        self.view_built.emit(name)
        _keep_out_of_collections()
        return view

    def _make_view(self, name: str, *, sliced: bool = False) -> View | None:
        """Import and make view `name`, not yet in its tab (with `sliced`, its parts still to build: see
        `View.build_step`); None (and the reason on screen) if it fails."""
        module_name, class_name = VIEW_MODULES[name].split(":")
        try:
            view = getattr(importlib.import_module(module_name), class_name)(self.worker, sliced=sliced)
        except Exception as exc:  # noqa: BLE001 - one broken view must not take the app down
            self._show_view_failure(name, exc)
            return None
        # heard from now on: a view may show its first result before it is put in its tab
        self._fresh[name] = False
        view.message.connect(self.show_message)
        view.timing.connect(lambda device, ms, v=name: self._show_timing(v, device, ms))
        view.updated.connect(lambda v=name: self._view_updated(v))
        view.picture_made.connect(lambda picture, picture_name: self.set_picture(picture, picture_name))
        return view

    def _view_updated(self, name: str) -> None:
        self._fresh[name] = True
        view = self.views.get(name)
        if name not in self._results_shown and view is not None and name not in self._parts_held and view.isVisible():
            self._results_shown.add(name)  # (a result shown while it was built or off screen does not count)
            self._paint_first_result_in_turns(name)
        if not self._a_result_shown:
            self._a_result_shown = True
            self.first_result_shown.emit()

    def _paint_first_result_in_turns(self, name: str) -> None:
        """A view on screen shows its first result: its plots paint one per turn, as at its first paint, and the
        worker's next job waits for them (it took the interpreter from their turns: twice as long)."""
        from PySide6.QtWidgets import QGraphicsView

        hold = self.worker.hold()
        self._paint_in_turns(name, self.views[name].findChildren(QGraphicsView), hold.release)

    def has_shown_a_result(self) -> bool:
        """True once a view has shown a result (`first_result_shown` was emitted)."""
        return self._a_result_shown

    def _show_view_failure(self, name: str, exc: Exception) -> None:
        self.show_message(tr("The {view} view could not start: {problem}").format(view=view_title(name), problem=exc))
        placeholder = self.tabs.widget(self._tab_names.index(name))
        if isinstance(placeholder, _Placeholder):
            placeholder.label.setText(tr("The {view} view could not start:").format(view=view_title(name)) + f"\n{exc}")

    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode's layout: the device bar steps aside and every view makes room for its numbers."""
        self._presenting = bool(presenting)
        self.compute_toolbar.setVisible(not self._presenting)
        for view in self.views.values():
            view.set_presenting(self._presenting)

    def is_presenting(self) -> bool:
        return self._presenting

    def show_view(self, name: str) -> None:
        if name in self._tab_names:
            self.tabs.setCurrentIndex(self._tab_names.index(name))

    def view_is_settled(self, name: str) -> bool:
        """The view is built, has shown a result for the newest picture, and no work is left."""
        view = self.views.get(name)
        if view is None or not self._fresh.get(name, False) or self._image_pending or name in self._parts_held:
            return False
        return self.worker.is_idle() and not view.is_busy()

    # ------------------------------------------------------------------ pictures
    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self.recent.paths()[0]).parent) if self.recent.paths() else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a picture"), start, image_filter())
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        """Load a picture file on the worker; on success every view gets it. A .convviz file opens as a session."""
        path = str(path)
        if path.lower().endswith(".convviz") and self.sessions is not None:
            self.sessions.open_session(path)
            return
        self.show_message(tr("Opening {file}…").format(file=Path(path).name))
        self._submit_image(lambda: _load_file(path))

    def open_sample(self, name: str) -> None:
        def load():
            from convviz.samples import load_sample

            return load_sample(name), name, None

        self._submit_image(load)

    def paste(self) -> None:
        """Ctrl+V: a picture on the clipboard, or a copied picture file."""
        from PySide6.QtGui import QGuiApplication

        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            from convviz.app.widgets.qimage_array import qimage_to_array

            try:
                picture = qimage_to_array(QGuiApplication.clipboard().image())
            except ValueError as exc:
                self.show_message(tr("Could not paste: {problem} The previous picture stays.").format(problem=exc))
                return
            self.set_picture(picture, "pasted picture")
            return
        paths = [url.toLocalFile() for url in (mime.urls() if mime is not None else []) if url.isLocalFile()]
        text = mime.text().strip() if mime is not None and mime.hasText() else ""
        if not paths and text and Path(text).is_file():
            paths = [text]
        if paths:
            self.open_path(paths[0])
        else:
            self.show_message(tr("The clipboard holds no picture: copy an image or a picture file first."))

    def set_picture(self, picture, name: str, path: str | None = None) -> None:
        """Make `picture` ((H, W) or (3, H, W) float32) the shared picture of every view (`path`: its file)."""
        self._image, self._image_name, self._image_path = picture, name, path
        label = SAMPLES[name].shown_label() if name in SAMPLES else name
        h, w = picture.shape[-2:]
        kind = tr("colour") if picture.ndim == 3 else tr("grey")
        self.show_message(tr("Picture: {picture} ({w}×{h}, {kind}).").format(picture=label, w=w, h=h, kind=kind))
        for view_name, view in self.views.items():
            self._fresh[view_name] = False
            view.set_image(picture, name)
        self.image_changed.emit(name)

    def picture(self):
        return self._image

    def picture_name(self) -> str:
        return self._image_name

    def picture_path(self) -> str | None:
        """The file the shared picture was read from (None for samples, pastes, drawings, sessions)."""
        return self._image_path

    def adopt_picture(self, picture, name: str) -> None:
        """The shared picture, kept for views built later but not handed to the built ones (a session restores them)."""
        self._image, self._image_name, self._image_path = picture, name, None

    def _submit_image(self, job) -> None:
        self._image_pending = True
        self.worker.submit(self.image_channel, job, self._on_picture_loaded, self._on_picture_failed)

    def _on_picture_loaded(self, result: JobResult) -> None:
        self._image_pending = False
        picture, name, path = result.value
        if path is not None and not self.leave_no_trace:
            self.recent.add(path)
        self.set_picture(picture, name, path)

    def _on_picture_failed(self, error: JobError) -> None:
        self._image_pending = False
        self.show_message(tr("Could not open that picture: {problem} The previous picture stays.").format(
            problem=error.message))
        self.image_failed.emit(error.message)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if paths:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(tr("Clear the list"), self.recent.clear)
        else:
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

    # drag and drop of picture files
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt name
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt name
        files = _local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    # ------------------------------------------------------------------ device, status
    def _on_device_chosen(self, index: int) -> None:
        self._device = self.device_box.itemData(index)
        for view in self.views.values():
            view.set_device(self._device)

    def add_dock(self, title: str, name: str, widget: QWidget, *, bottom: bool = False) -> QDockWidget:
        """The one way a tool puts a panel beside the views: a dock at the right, zoomed while presenting."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        areas = Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        dock.setAllowedAreas(areas | Qt.DockWidgetArea.BottomDockWidgetArea if bottom else areas)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if self.presentation is not None:
            self.presentation.extend(dock)  # built while presenting: large text at once
        return dock

    def add_menu_before_help(self, menu) -> None:
        """Menus installed by the tools (Lessons, Exercises, Model) go left of Help, as users expect."""
        bar = self.menuBar()
        help_action = self.help_menu.menuAction() if self.help_menu.menuAction() in bar.actions() else None
        if help_action is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(help_action, menu)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _show_timing(self, view: str, device: str, ms: float) -> None:
        if view == self.current_view_name():
            self.timing_label.setText(f"{device.upper()} · {ms:.1f} ms")

    # ------------------------------------------------------------------ help
    def show_guide(self):
        return self._show_text(tr("convviz guide"), tr(GUIDE_HTML) + keyboard_guide_html())

    def show_about(self):
        return self._show_text(tr("About convviz"), about_html())

    def _show_text(self, title: str, text: str):
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser

        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(720, 560)
        dialog.show()
        return dialog

    def _toggle_full_screen(self) -> None:
        """F11: presentation mode, full screen with large text (see convviz.app.tools.presentation.controller)."""
        self.presentation.toggle()

    # ------------------------------------------------------------------ geometry
    def _restore_geometry(self) -> None:
        """The saved size and place, or the default one, fitted inside the screen the window opens on."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QGuiApplication

        from convviz.app.window_placement import centred_in, fit_into

        geometry = self.settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        if restored and (self.isMaximized() or self.isFullScreen()):
            return  # the system sizes those to the screen
        screen = QGuiApplication.screenAt(self.geometry().center()) if restored else None
        screen = screen or self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            if not restored:
                self.resize(*DEFAULT_SIZE)
            return
        room = screen.availableGeometry()
        available = (room.x(), room.y(), room.width(), room.height())
        if restored:
            now = self.geometry()
            placed = fit_into((now.x(), now.y(), now.width(), now.height()), available)
        else:
            placed = centred_in(DEFAULT_SIZE, available)
        self.setGeometry(QRect(*placed))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if not self.leave_no_trace:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.sync()
        if self._owns_worker:
            self.worker.stop()
        super().closeEvent(event)
        if event.isAccepted():
            gc.unfreeze()  # what the window held may become garbage now: the collector sees it again


_GUI_THREAD_COLLECTOR = None


def collect_garbage_on_the_gui_thread() -> None:
    """From now on the cycle collector runs on the GUI thread only (`worker.GuiThreadCollector`: a collection
    started by another thread freed closed windows' widgets there, a crash). Once per process."""
    global _GUI_THREAD_COLLECTOR
    if _GUI_THREAD_COLLECTOR is None:
        from convviz.app.worker import GuiThreadCollector

        _GUI_THREAD_COLLECTOR = GuiThreadCollector()  # lives as long as the application (no parent window)


def _keep_out_of_collections() -> None:
    """Leave what exists now (torch, pyqtgraph, the built views) out of the cycle collector's full passes.

    Those objects live as long as the window, yet every full collection walked
    them all again: 250,000 objects, 0.3-0.5 s with the GUI thread frozen, a few
    times a minute in long use. New objects are collected as before; closing the
    window hands everything back to the collector (`gc.unfreeze`).
    """
    gc.freeze()


# the loading thread holds this while it does what a process must not end in the middle of: making PySide6 types
# (imports of Qt classes and subclasses) or signalling the window (PySide6's clean-up at exit deletes the
# application: a crash), loading torch's library with the interpreter released (its C++ set-up racing the
# process's tear-down: an abort). The end of the process waits for it, and the thread does none of it again.
_MUST_FINISH_BEFORE_EXIT = threading.Lock()
_QUITTING = threading.Event()


def _let_the_loading_thread_finish() -> None:
    """At exit (before PySide6's own clean-up): let the loading thread finish what it is in the middle of."""
    _QUITTING.set()
    if _MUST_FINISH_BEFORE_EXIT.acquire(timeout=10):
        _MUST_FINISH_BEFORE_EXIT.release()


def _emit_if_alive(signal) -> bool:
    """Emit from the loading thread; False when the process is ending or the window was deleted meanwhile."""
    with _MUST_FINISH_BEFORE_EXIT:
        if _QUITTING.is_set():
            return False
        try:
            signal.emit()
        except RuntimeError:  # a window closed and deleted while its libraries loaded (tests close fast)
            return False
    return True


def _import_quietly(module: str) -> None:
    try:
        importlib.import_module(module)
    except Exception:  # noqa: BLE001 - whoever uses it imports it again and says what failed
        pass


def _warm_up_quietly(spec: str) -> None:
    """The `View.warm_up` of the view class `spec` ("module:Class"); a failure is left for its build to report."""
    module_name, class_name = spec.split(":")
    try:
        getattr(importlib.import_module(module_name), class_name).warm_up()
    except Exception:  # noqa: BLE001 - the view's build meets the same failure and says what it is
        pass


def load_native_libraries() -> None:
    """Load torch's C++ library (~400 MB) with the interpreter released, before `import torch` asks for it.

    Python holds its interpreter lock while it loads an extension module's
    shared libraries, so `import torch` on any thread froze the window for
    0.2-0.5 s while the dynamic loader mapped libtorch_cpu.so (OpenCV's module: ~15 ms). Loaded here
    through a plain C call (ctypes releases the lock for those), the library
    is already in memory when torch's own import asks for it. Only libraries
    with no Python in them (torch's CPU library and its C++ helpers); Linux
    only; anything missing is left to torch's import as before.
    """
    if not sys.platform.startswith("linux"):
        return
    spec = importlib.util.find_spec("torch")
    if spec is None or spec.origin is None:
        return
    import ctypes
    import os

    folder = Path(spec.origin).parent / "lib"
    try:
        dlopen = ctypes.CDLL(None).dlopen
    except (OSError, AttributeError):
        return
    dlopen.restype, dlopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_int]
    libraries = [folder / name for name in ("libgomp.so.1", "libc10.so", "libtorch_cpu.so")]
    opencv = importlib.util.find_spec("cv2")  # its module (and the libraries it brings), ~15 ms held otherwise
    if opencv is not None and opencv.origin is not None:
        libraries.append(Path(opencv.origin).parent / "cv2.abi3.so")
    for path in libraries:
        if path.is_file():
            dlopen(os.fsencode(path), os.RTLD_NOW | os.RTLD_LOCAL)


def _load_file(path: str):
    from convviz.samples import load_picture

    if Path(path).is_dir():
        raise ValueError(tr("{name} is a folder, not a picture.").format(name=Path(path).name))
    return load_picture(path), Path(path).name, path


def _local_files(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


def about_html() -> str:
    """Versions of everything convviz runs on, and the licences of the shipped data."""
    import html
    import platform
    import sys

    from PySide6 import __version__ as PYSIDE_VERSION
    from PySide6.QtCore import qVersion

    rows = [("convviz", __version__), ("Python", platform.python_version()),
            ("Qt", qVersion()), ("PySide6", PYSIDE_VERSION)]
    for module in ("torch", "numpy", "pyqtgraph"):
        loaded = sys.modules.get(module)
        rows.append((module, getattr(loaded, "__version__", tr("not loaded yet")) if loaded else tr("not loaded yet")))
    rows.append((tr("compute devices"), _devices_text()))
    table = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    from convviz.samples import data_licences

    return (
        "<h2>convviz</h2><p>" + tr("See convolutional neural networks work: live convolution, the sliding "
                                   "window step by step, and a trained LeNet layer by layer. MIT licence.") + "</p>"
        f"<table cellspacing='6'>{table}</table><h3>{tr('Data shipped with convviz')}</h3>"
        f"<pre style='white-space: pre-wrap'>{html.escape(data_licences())}</pre>"
    )


def _devices_text() -> str:
    """The devices convviz can compute on, with the GPU's name where torch knows it."""
    import sys

    if "torch" not in sys.modules:
        return tr("known once torch has loaded")
    import torch

    from convviz.core import available_devices

    names = []
    for device in available_devices():
        if device == "cuda":
            names.append(f"CUDA: {torch.cuda.get_device_name(0)} (CUDA {torch.version.cuda})")
        elif device == "mps":
            names.append("Apple GPU (MPS)")
        else:
            names.append(tr("CPU ({threads} threads)").format(threads=torch.get_num_threads()))
    return ", ".join(names)
