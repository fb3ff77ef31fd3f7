"""The Lessons and Exercises menus, the number keys, and the two docks they open.

`install_lessons(window)` is the one hook the main window calls. It adds:

- a **Lessons** menu: "Open lesson file…" (Ctrl+L) for a teacher's own
  JSON, previous / next lesson (Alt+Left / Alt+Right), and every built-in
  lesson, numbered, in groups. The catalogue is read on the shared worker
  once the first view shows its first result (or when the menu is first
  opened), so the menu never blocks the first paint or the first view.
- **number keys**: Alt+digit at any time, plain digits in presentation mode
  (its `number_pressed` hook); two digits typed within `DIGIT_WAIT_MS` make
  one number (4 then 0: lesson 40). Plain digits stay free outside
  presentation mode, so a stray key never replaces the example on screen.
- an **Exercises** menu: hide the answers (H, ticked while they are hidden,
  and said in the status bar), reveal next (R), reveal all (Shift+R), "what
  is the output size?" (O). A new lesson, or closing the exercise panel,
  shows every answer again.
- a **Lesson** dock (`LessonPanel`) and a **Predict, then reveal** dock
  (`ExercisePanel`), both built the first time they are needed, so this
  module imports nothing heavier than Qt at start-up.

The lesson panel follows the view on screen: it shows the lesson that view
was loaded with (switching tabs between two lessons' views switches the
text too), and closes over a view that shows no lesson, so a lesson's words
never stand beside another lesson's picture (it opens again on a view with a
lesson, unless the teacher closed it). A new picture in a view ends that
view's lesson.

A lesson file that fails its checks is refused in a dialog that names the
file and the field; whatever was open stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMenu, QMessageBox

from convviz.app.tools.lessons.opener import LessonLoader
from convviz.app.widgets.file_filters import ALL_FILES, FileKind, name_filter
from convviz.i18n import tr, tr_noop

DIGIT_WAIT_MS = 800  # how long a first digit waits for a second one (4 → 40)
CATALOGUE_AFTER_MS = 300  # the catalogue is read this long after the first result, once that result is painted
LESSON_FILES: FileKind = (tr_noop("Lesson files"), "*.json")
LESSON_DOCK_SHARE = 0.30  # of the window width, beside a view (a concept lesson gets the whole window)
LESSON_VIEWS = ("steps", "convolution", "lenet")  # the views a lesson can be shown in (else: a concept lesson)
HIDDEN_NOTE = tr_noop("Answers hidden · H shows them")


class LessonKeys(QObject):
    """Number keys pick lessons: one digit at once when no longer number starts with it, else wait."""

    def __init__(self, window, loader: LessonLoader) -> None:
        super().__init__(window)
        self.loader = loader
        self._typed = ""
        self._timer = QTimer(self, singleShot=True, interval=DIGIT_WAIT_MS, timeout=self.flush)
        self.shortcuts = []
        for digit in range(10):
            shortcut = QShortcut(QKeySequence(f"Alt+{digit}"), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda d=digit: self.type_digit(d))
            self.shortcuts.append(shortcut)
        if window.presentation is not None:
            window.presentation.number_pressed.connect(self.type_digit)
            window.presentation.page_requested.connect(self.page)

    def page(self, direction: int) -> None:
        """A presenter remote's Page Down / Up once the view has no step left: the next / previous lesson."""
        current = self.loader.current
        if current is None:
            self.loader.window.show_message(tr("Page Down and Page Up go through the lessons once one is open "
                                               "(Lessons menu, or type its number)."))
            return
        if not self.loader.step(direction):
            said = tr("Lesson {number} is the last lesson.") if direction > 0 else tr("Lesson {number} is the first lesson.")
            self.loader.window.show_message(said.format(number=current.lesson.number))

    def typed(self) -> str:
        return self._typed

    def type_digit(self, digit: int) -> None:
        """One more digit of a lesson number; opens the lesson as soon as the number is unambiguous."""
        self._typed += str(int(digit))
        number = int(self._typed)
        numbers = [lesson.number for lesson in self.loader.lessons]
        longer = any(n > number and str(n).startswith(str(number)) for n in numbers) if number else True
        if longer and len(self._typed) < 3:
            self._timer.start()
        else:
            self.flush()

    def flush(self) -> None:
        self._timer.stop()
        typed, self._typed = self._typed, ""
        if typed and int(typed):
            self.loader.open_number(int(typed))


class LessonsMenu(QObject):
    """The Lessons menu: open a file, previous/next, and the catalogue in groups."""

    def __init__(self, window, loader: LessonLoader) -> None:
        super().__init__(window)
        self.window = window
        self.loader = loader
        self.error_box: QMessageBox | None = None
        self.lesson_actions: dict[int, QAction] = {}
        self.menu = QMenu(tr("&Lessons"), window)
        self.open_file_action = self.menu.addAction(tr("&Open lesson file…"), self.open_file_dialog)
        self.open_file_action.setShortcut(QKeySequence("Ctrl+L"))
        self.previous_action = self.menu.addAction(tr("&Previous lesson"), lambda: loader.step(-1))
        self.previous_action.setShortcut(QKeySequence("Alt+Left"))
        self.next_action = self.menu.addAction(tr("&Next lesson"), lambda: loader.step(+1))
        self.next_action.setShortcut(QKeySequence("Alt+Right"))
        self.menu.addSeparator()
        self.loading_action = self.menu.addAction(tr("Loading the lessons…"))
        self.loading_action.setEnabled(False)
        self.own_menu: QMenu | None = None
        self._own_paths: list[str] = []
        window.add_menu_before_help(self.menu)
        self.menu.aboutToShow.connect(loader.load_catalogue)
        loader.catalogue_ready.connect(self._fill)
        loader.opened.connect(self._remember_file)
        loader.failed.connect(self.show_error)

    def _fill(self, lessons) -> None:
        from convviz.state.lesson_prepare import GROUPS, lesson_group

        self.menu.removeAction(self.loading_action)
        groups: dict[str, list] = {}
        for lesson in lessons:
            groups.setdefault(lesson_group(lesson), []).append(lesson)
        order = [g for g in GROUPS if g in groups] + [g for g in groups if g not in GROUPS]
        for group in order:
            members = groups[group]
            span = number_runs([lesson.number for lesson in members])
            submenu = self.menu.addMenu(f"{tr(group)}  ({span})")
            for lesson in members:
                action = submenu.addAction(f"{lesson.number} · {lesson.title}")
                action.setToolTip(lesson.explanation)
                action.setStatusTip(lesson.explanation)
                action.triggered.connect(lambda _=False, item=lesson: self.loader.open_lesson(item))
                self.lesson_actions[lesson.number] = action
            submenu.setToolTipsVisible(True)

    def open_file_dialog(self) -> None:
        settings = self.window.settings
        start = str(settings.value("lessons/folder", "") or "")
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open a lesson file"), start,
                                              name_filter(LESSON_FILES, ALL_FILES))
        if path:
            settings.setValue("lessons/folder", str(Path(path).parent))
            self.loader.open_file(path)

    def show_error(self, text: str) -> None:
        """A dialog (not modal to the app: the class can go on) saying why nothing was opened."""
        if self.error_box is not None:
            self.error_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, tr("This lesson cannot be opened"),
                          f"{text}\n\n" + tr("Nothing that was open has changed."), QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "error_box", None))
        self.error_box = box
        self.window.show_message(text)
        box.open()

    def _remember_file(self, prepared) -> None:
        """A teacher's own file goes into "Your lesson files" for this session."""
        from convviz.lessons import lessons_folder

        path = prepared.lesson.path
        if not path or Path(path).resolve().parent == Path(lessons_folder()).resolve() or path in self._own_paths:
            return
        if self.own_menu is None:
            self.menu.addSeparator()
            self.own_menu = self.menu.addMenu(tr("Your lesson files"))
        self._own_paths.append(path)
        action = self.own_menu.addAction(f"{prepared.lesson.number} · {prepared.lesson.title}")
        action.setToolTip(path)
        action.triggered.connect(lambda _=False, p=path: self.loader.open_file(p))


class LessonTools(QObject):
    """Everything `install_lessons` adds to a main window; the docks are built on first use."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.loader = LessonLoader(window)
        self.menu = LessonsMenu(window, self.loader)
        self.keys = LessonKeys(window, self.loader)
        self._panel = None
        self._panel_dock: QDockWidget | None = None
        self._exercises = None
        self._exercise_dock: QDockWidget | None = None
        self._shown_in: dict[str, tuple] = {}  # view name -> (PreparedLesson, filter index) it was loaded with
        self._follow_hid = False  # the lesson dock was closed by `follow_view`, not by the teacher
        self._build_exercise_menu()
        self.hidden_note = QLabel(tr(HIDDEN_NOTE))
        self.hidden_note.setToolTip(tr("The class predicts first: Exercises ▸ Hide the answers (H) shows them again"))
        font = self.hidden_note.font()
        font.setBold(True)
        self.hidden_note.setFont(font)
        window.statusBar().addPermanentWidget(self.hidden_note)
        self.hidden_note.hide()
        self.loader.opened.connect(self._show_lesson)
        self.loader.filter_changed.connect(self._remember_filter)
        window.image_changed.connect(self._picture_replaced)
        self._load_catalogue_after_the_first_result()
        window.view_changing.connect(lambda _name: self.set_views_visible(True))  # before the page shows
        window.tabs.currentChanged.connect(lambda _index: self.set_views_visible(True))
        for action in window.view_actions.values():
            action.triggered.connect(lambda _=False: self.set_views_visible(True))

    def _load_catalogue_after_the_first_result(self) -> None:
        """Read the catalogue once the first view shows its first result (or when the Lessons menu opens).

        Reading and checking every lesson file is Python work on the worker; done while the first view was being
        built, it took the interpreter from the GUI thread in the middle of that build (and right after the first
        result, from that result's first paint: hence the short wait).
        """
        if self.window.has_shown_a_result():
            self.loader.load_catalogue()
        else:
            self.window.first_result_shown.connect(
                lambda: QTimer.singleShot(CATALOGUE_AFTER_MS, self.loader, self.loader.load_catalogue))

    def open_when_ready(self, number: int) -> None:
        """Open built-in lesson `number` as soon as the catalogue is read (`convviz --lesson N`)."""
        loader = self.loader
        if loader.lessons:
            loader.open_number(number)
            return

        def once(_lessons) -> None:
            loader.catalogue_ready.disconnect(once)
            loader.open_number(number)

        loader.catalogue_ready.connect(once)
        loader.load_catalogue()

    # ------------------------------------------------------------------ lesson panel
    def panel(self):
        """The lesson panel in its dock (built the first time)."""
        if self._panel is None:
            from convviz.app.tools.lessons.panel import LessonPanel

            self._panel = LessonPanel()
            self._panel.filter_chosen.connect(self.loader.choose_filter)
            self._panel.previous_requested.connect(lambda: self.loader.step(-1))
            self._panel.next_requested.connect(lambda: self.loader.step(+1))
            self._panel.views_requested.connect(lambda: self.set_views_visible(True))
            self.loader.filter_changed.connect(self._panel.select_filter)
            self._panel_dock = self._dock(tr("Lesson"), "lesson-dock", self._panel)
            self.menu.menu.addSeparator()
            self.menu.menu.addAction(self._panel_dock.toggleViewAction())
        return self._panel

    def panel_dock(self) -> QDockWidget:
        self.panel()
        return self._panel_dock

    def _show_lesson(self, prepared) -> None:
        if prepared.lesson.view in LESSON_VIEWS:
            self._shown_in[prepared.lesson.view] = (prepared, self.loader.filter_index)
        self._follow_hid = False
        if self._exercises is not None:
            self._exercises.reset()  # a new lesson is a new question: nothing hidden from before
        panel = self.panel()
        panel.show_lesson(prepared, self.loader.filter_index)
        if self.window.presentation is not None and panel.content is not None:
            self.window.presentation.extend(panel.content)  # built while presenting: large text at once
        dock = self._panel_dock
        dock.show()
        dock.raise_()
        concept = prepared.lesson.view == "concept"
        self.set_views_visible(not concept)
        if concept and self._exercise_dock is not None:
            self._exercise_dock.hide()  # a concept lesson has no view to predict in: nothing to do there
        if not concept:
            self._share_width(dock)
            QTimer.singleShot(0, lambda: self._share_width(dock))  # again once the dock is laid out: Qt may
            # ignore a width asked for before that

    def _share_width(self, dock: QDockWidget) -> None:
        """The lesson column takes LESSON_DOCK_SHARE of the window beside a view."""
        if not dock.isHidden() and self.views_visible():
            self.window.layout().activate()  # a dock just added or shown is placed first, else Qt ignores the width
            self.window.resizeDocks([dock], [int(self.window.width() * LESSON_DOCK_SHARE)], Qt.Orientation.Horizontal)
            self.window.layout().activate()  # and the width is applied now, not at the next layout pass

    def set_views_visible(self, visible: bool) -> None:
        """A concept lesson has no view: its panel gets the whole window until a view is asked for."""
        central = self.window.centralWidget()
        if central is not None and central.isHidden() == visible:
            central.setVisible(visible)
        if visible:
            self.follow_view()

    def follow_view(self) -> None:
        """The lesson panel shows the lesson of the view on screen, or closes over a view that shows none."""
        if self._panel is None or not self.views_visible() or self.loader.is_applying():
            return
        dock = self._panel_dock
        shown = self._shown_in.get(self.window.current_view_name() or "")
        if shown is None:
            if not dock.isHidden():
                dock.hide()
                self._follow_hid = True
            return
        prepared, index = shown
        if self._panel.prepared is not prepared:
            self._panel.show_lesson(prepared, index)
            if self.window.presentation is not None and self._panel.content is not None:
                self.window.presentation.extend(self._panel.content)
            self.loader.current, self.loader.filter_index = prepared, index  # Next lesson goes on from here
        if self._follow_hid:
            self._follow_hid = False
            dock.show()

    def lesson_shown_in(self, view: str):
        """The lesson view `view` was loaded with and still shows (None if none)."""
        shown = self._shown_in.get(view)
        return None if shown is None else shown[0]

    def _remember_filter(self, index: int) -> None:
        current = self.loader.current
        if current is not None and current.lesson.view in self._shown_in:
            self._shown_in[current.lesson.view] = (current, index)

    def _picture_replaced(self, _name: str) -> None:
        """A picture opened for every view: the Convolution view (and the one on screen) no longer show a lesson."""
        for view in ("convolution", self.window.current_view_name()):
            self._shown_in.pop(view, None)
        self.follow_view()

    def views_visible(self) -> bool:
        central = self.window.centralWidget()
        return central is not None and not central.isHidden()

    # ------------------------------------------------------------------ exercises
    def exercises(self):
        """The "Predict, then reveal" panel in its dock (built the first time)."""
        if self._exercises is None:
            from convviz.app.tools.exercises.panel import ExercisePanel

            self._exercises = ExercisePanel(self.window)
            self._exercises.message.connect(self.window.show_message)
            self._exercises.size_question_open.connect(
                lambda open_: self._panel.cover_explanation(open_) if self._panel is not None else None
            )
            self._exercises.hidden_changed.connect(self._show_hidden)
            self._exercise_dock = self._dock(tr("Predict, then reveal"), "exercise-dock", self._exercises)
            self._exercise_dock.visibilityChanged.connect(self._exercise_dock_shown)
            self.exercise_menu.addSeparator()
            self.exercise_menu.addAction(self._exercise_dock.toggleViewAction())
        return self._exercises

    def exercise_dock(self) -> QDockWidget:
        self.exercises()
        return self._exercise_dock

    def answers_hidden(self) -> bool:
        return self._exercises is not None and self._exercises.answers_hidden()

    def _show_hidden(self, hidden: bool) -> None:
        """The H item is ticked and the status bar says so while answers are hidden."""
        if self.hide_action.isChecked() != hidden:
            self.hide_action.setChecked(hidden)
        self.hidden_note.setVisible(hidden)

    def _exercise_dock_shown(self, visible: bool) -> None:
        if not visible and self._exercise_dock.isHidden() and self._exercises is not None:
            self._exercises.reset()  # the panel closed: nothing stays hidden where nobody can reveal it

    def _build_exercise_menu(self) -> None:
        self.exercise_menu = QMenu(tr("&Exercises"), self.window)
        self.window.add_menu_before_help(self.exercise_menu)

        def action(text: str, key: str, method: str) -> QAction:
            item = self.exercise_menu.addAction(text)
            item.setShortcut(QKeySequence(key))
            item.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            item.triggered.connect(lambda: self._exercise(method))
            return item

        self.hide_action = action(tr("&Hide the answers (predict first)"), "H", "toggle_answer")
        self.hide_action.setCheckable(True)  # ticked while the view on screen hides its answers
        self.reveal_action = action(tr("&Reveal next"), "R", "reveal_next")
        self.reveal_all_action = action(tr("Reveal &all"), "Shift+R", "reveal_all")
        self.size_action = action(tr("What is the &output size?"), "O", "ask_size")

    def _exercise(self, method: str) -> None:
        self.set_views_visible(True)
        panel = self.exercises()
        dock = self._exercise_dock
        if dock.isHidden():
            dock.show()
        dock.raise_()
        getattr(panel, method)()
        self._show_hidden(panel.answers_hidden())  # a checkable action ticks itself when triggered: the truth wins

    def _dock(self, title: str, name: str, widget) -> QDockWidget:
        """The lesson and the exercise share one column as tabs: each gets its whole height, neither is squeezed."""
        dock = self.window.add_dock(title, name, widget)
        other = self._panel_dock if dock is not self._panel_dock and self._panel_dock is not None else self._exercise_dock
        if other is not None and other is not dock:
            self.window.tabifyDockWidget(other, dock)
        return dock


def install_lessons(window) -> LessonTools:
    """Add the Lessons and Exercises menus, the number keys and the docks to `window`."""
    return LessonTools(window)


def number_runs(numbers: list[int]) -> str:
    """Lesson numbers as runs, so no menu range claims a lesson of another group: "1–4, 51"."""
    runs: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number != previous + 1 if number is not None else True:
            runs.append(f"{start}–{previous}" if previous != start else f"{start}")
            start = number
        if number is not None:
            previous = number
    return ", ".join(runs)
