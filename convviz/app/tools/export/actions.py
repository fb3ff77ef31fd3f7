"""File ▸ Export: the current view or one map as a large PNG, a matrix as CSV, the sliding window as GIF/APNG,
the scene as a Python script or Jupyter notebook.

The writing is done by the Qt-free `convviz.export` functions (Pillow writes
every picture); this module only asks where to save, picks the data, and
reports. A view offers its maps and matrices with `export_maps()`, a dict
from a name ("Feature map") to an array, or to `(array, colormap)` where the
colour map is one of `convviz.export.COLORMAPS` ("grey" for pictures).

The animation can take seconds, so it runs on its own thread (not the views'
newest-wins compute worker, which it would hold up), with a cancellable
QProgressDialog fed by queued signals. It rebuilds the steps from the view's
frozen settings, so it shares no lazy object with the GUI thread.

The scene as Python: a view describes what it shows with `scene()` (plain
data, `convviz.export.scene`); `convviz.export.python_script` writes the
code on a thread of its own (a big picture embedded as PNG takes seconds).
A picture read from a large file may be read from that file instead of
embedded: the person chooses, embedding is the default.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QWidget,
)

from convviz.app.widgets.file_filters import FileKind, name_filter
from convviz.i18n import tr, tr_noop

if TYPE_CHECKING:
    import numpy as np

    from convviz.app.views.base import View

# numpy, Pillow and convviz.export load on first use: the main window must open before them.
VIEW_SCALE = 2  # a view PNG has twice the pixels of the screen: sharp on slides and posters
SCREEN_DPI = 96
DIR_KEY = "export/folder"
ANIMATION_FORMATS: dict[str, tuple[str, FileKind]] = {
    "gif": ("GIF", (tr_noop("Animated GIF"), "*.gif")), "apng": ("APNG", (tr_noop("Animated PNG"), "*.png *.apng")),
}
PNG_FILES: FileKind = (tr_noop("PNG picture"), "*.png")
CSV_FILES: FileKind = (tr_noop("CSV table"), "*.csv")
PYTHON_FORMATS: dict[str, tuple[FileKind, str]] = {
    "script": ((tr_noop("Python script"), "*.py"), ".py"),
    "notebook": ((tr_noop("Jupyter notebook"), "*.ipynb"), ".ipynb"),
}
ASK_PICTURE_PIXELS = 512 * 512  # a picture from a file bigger than this may be read from it instead of embedded
EMBED_CHOICE = tr_noop("Embed it in the code (runs anywhere)")

Exportable = tuple["np.ndarray", str]  # values and colour map ("auto", "diverging", "sequential", "grey")


def view_maps(view: View | None) -> dict[str, Exportable]:
    """The named arrays a view offers for export (empty when it offers none)."""
    import numpy as np

    if view is None:
        return {}
    maps: dict[str, Exportable] = {}
    for name, entry in view.export_maps().items():
        values, colormap = entry if isinstance(entry, tuple) else (entry, "auto")
        array = np.asarray(values, dtype=np.float64)
        if array.size:
            maps[str(name)] = (array, colormap)
    return maps


def single_maps(maps: dict[str, Exportable]) -> dict[str, Exportable]:
    """One 2-D map per entry: stacks (n, h, w) become "name · k of n", vectors one row."""
    singles: dict[str, Exportable] = {}
    for name, (array, colormap) in maps.items():
        if array.ndim == 1:
            singles[name] = (array[None, :], colormap)
        elif array.ndim == 2:
            singles[name] = (array, colormap)
        elif array.ndim == 3 and array.shape[0] == 1:
            singles[name] = (array[0], colormap)
        elif array.ndim == 3:
            for k, layer in enumerate(array):
                singles[f"{name} · " + tr("{number} of {count}").format(number=k + 1, count=array.shape[0])] = (layer, colormap)
    return singles


def render_widget(widget: QWidget, scale: float = VIEW_SCALE) -> QImage:
    """The widget drawn at `scale` times its screen size (text and lines redrawn sharp, not enlarged)."""
    pixmap = QPixmap(widget.size() * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    return pixmap.toImage().convertToFormat(QImage.Format.Format_RGB888)


def save_qimage_png(image: QImage, path: str | Path, *, dpi: float = SCREEN_DPI) -> Path:
    """Write an RGB QImage as PNG with Pillow (atomically: whole or not at all)."""
    import numpy as np
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    from convviz.export.files import atomic_target

    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=height * stride)
    pixels = buffer.reshape(height, stride)[:, : width * 3].reshape(height, width, 3)
    info = PngInfo()
    info.add_text("Software", "convviz")
    with atomic_target(path) as temporary:
        Image.fromarray(np.ascontiguousarray(pixels)).save(temporary, format="PNG", pnginfo=info, dpi=(dpi, dpi))
    return Path(path)


class WriteJob(QObject):
    """Runs one file-writing function on a thread of its own; says how it ended with a signal."""

    finished = Signal(object)  # the Path written, or None when cancelled
    failed = Signal(str)

    def __init__(self, write, parent: QObject | None = None, name: str = "convviz-export") -> None:
        super().__init__(parent)
        self._write = write
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            written = self._write()
        except ValueError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a failed export is a message, never a crash
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(written)


class AnimationJob(WriteJob):
    """Draws and writes one sliding-window animation on a thread of its own, with progress and cancel."""

    progressed = Signal(int, int)  # frames done, total (frames + 1 for writing the file)

    def __init__(self, settings: Any, path: str | Path, fmt: str, parent: QObject | None = None) -> None:
        super().__init__(self._write_animation, parent)
        self._settings = settings
        self._path = Path(path)
        self._fmt = fmt
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _write_animation(self):
        from convviz.export import export_steps_animation
        from convviz.state.steps import build_steps

        built = build_steps(self._settings)  # a fresh steps object: nothing shared with the GUI thread
        if built.steps is None:
            raise ValueError(built.problem or "these settings give no steps to animate")
        return export_steps_animation(
            built.steps, self._path, fmt=self._fmt, progress=self._progress, cell_px=None,
            kernel_scale=self._settings.kernel_scale, output_scale=self._settings.output_scale,
        )  # the view's kernel factor and colours

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()


class ExportActions(QObject):
    """The File ▸ Export menu of a main window (see the module docstring)."""

    exported = Signal(str)  # the path of a file just written
    animation_finished = Signal(object)  # Path written, or None when cancelled or failed
    python_finished = Signal(object)  # Path of the script or notebook written, or None when it failed

    def __init__(self, window: QMainWindow, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.job: AnimationJob | None = None
        self.python_job: WriteJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.view_png_action = QAction(tr("Current &view as PNG…"), window)
        self.map_png_action = QAction(tr("One &map as PNG…"), window)
        self.csv_action = QAction(tr("Matrix as &CSV…"), window)
        self.gif_action = QAction(tr("Sliding window as animated &GIF…"), window)
        self.apng_action = QAction(tr("Sliding window as animated P&NG…"), window)
        self.python_action = QAction(tr("Scene as &Python script…"), window)
        self.notebook_action = QAction(tr("Scene as &Jupyter notebook…"), window)
        self.view_png_action.setToolTip(tr("The view on screen at {scale}× its pixels, for slides").format(scale=VIEW_SCALE))
        self.map_png_action.setToolTip(tr("One map or matrix, each cell a sharp block of colour (at least 1024 px)"))
        self.csv_action.setToolTip(tr("The numbers of a map or matrix, for a spreadsheet"))
        self.gif_action.setToolTip(tr("The Steps view's sliding window, one frame per step"))
        self.apng_action.setToolTip(tr("The same animation as an animated PNG (full colour)"))
        self.python_action.setToolTip(tr("Commented torch code that rebuilds this view and prints the same numbers"))
        self.notebook_action.setToolTip(tr("The same code as a Jupyter notebook, one cell per step"))
        self.view_png_action.triggered.connect(lambda: self.export_view_png())
        self.map_png_action.triggered.connect(lambda: self.export_map_png())
        self.csv_action.triggered.connect(lambda: self.export_matrix_csv())
        self.gif_action.triggered.connect(lambda: self.export_animation("gif"))
        self.apng_action.triggered.connect(lambda: self.export_animation("apng"))
        self.python_action.triggered.connect(lambda: self.export_python("script"))
        self.notebook_action.triggered.connect(lambda: self.export_python("notebook"))

    def build_menu(self, file_menu: QMenu, before: QAction | None = None) -> QMenu:
        """Put File ▸ Export ▸ … into `file_menu` (before `before`, e.g. the Quit separator)."""
        menu = QMenu(tr("&Export"), file_menu)
        for action in (self.view_png_action, self.map_png_action, self.csv_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.gif_action)
        menu.addAction(self.apng_action)
        menu.addSeparator()
        menu.addAction(self.python_action)
        menu.addAction(self.notebook_action)
        menu.aboutToShow.connect(self.refresh)
        if before is not None:
            file_menu.insertMenu(before, menu)
        else:
            file_menu.addMenu(menu)
        self.menu = menu
        return menu

    def refresh(self) -> None:
        """Enable what the current view can export."""
        view = self._current_view()
        self.view_png_action.setEnabled(view is not None)
        has_maps = bool(view_maps(view))
        self.map_png_action.setEnabled(has_maps)
        self.csv_action.setEnabled(has_maps)
        steps = self._steps_settings() is not None
        self.gif_action.setEnabled(steps and self.job is None)
        self.apng_action.setEnabled(steps and self.job is None)
        self.python_action.setEnabled(view is not None and self.python_job is None)
        self.notebook_action.setEnabled(view is not None and self.python_job is None)

    # ---------------------------------------------------------------- exports
    def export_view_png(self, path: str | Path | None = None, scale: float = VIEW_SCALE) -> Path | None:
        """The current view as a PNG at `scale`× its screen pixels."""
        view = self._current_view()
        if view is None:
            return self._say(tr("There is no view to export yet."))
        name = view.name
        path = path or self._ask_path(tr("Save the view as PNG"), f"convviz-{name}.png", PNG_FILES, ".png")
        if not path:
            return None
        image = render_widget(view, scale)
        return self._done(lambda: save_qimage_png(image, path, dpi=SCREEN_DPI * scale),
                          tr("Saved the view as a {width}×{height} PNG").format(width=image.width(), height=image.height()))

    def export_map_png(self, name: str | None = None, path: str | Path | None = None) -> Path | None:
        """One map of the current view as a PNG with sharp cells."""
        maps = single_maps(view_maps(self._current_view()))
        name = self._pick(maps, name, tr("Export one map as PNG"))
        if name is None:
            return None
        path = path or self._ask_path(tr("Save the map as PNG"), _file_name(name, ".png"), PNG_FILES, ".png")
        if not path:
            return None
        values, colormap = maps[name]
        from convviz.export import export_map_png

        return self._done(lambda: export_map_png(values, path, colormap=colormap), tr("Saved “{name}” as PNG").format(name=name))

    def export_matrix_csv(self, name: str | None = None, path: str | Path | None = None) -> Path | None:
        """A map or matrix of the current view as CSV (stacks as "# channel" blocks)."""
        maps = view_maps(self._current_view())
        name = self._pick(maps, name, tr("Export a matrix as CSV"))
        if name is None:
            return None
        path = path or self._ask_path(tr("Save the numbers as CSV"), _file_name(name, ".csv"), CSV_FILES, ".csv")
        if not path:
            return None
        values, _ = maps[name]
        from convviz.export import export_matrix_csv

        return self._done(lambda: export_matrix_csv(values, path), tr("Saved “{name}” as CSV").format(name=name))

    def export_animation(self, fmt: str = "gif", path: str | Path | None = None) -> AnimationJob | None:
        """Start writing the Steps view's sliding window as "gif" or "apng"; progress in a dialog."""
        if fmt not in ANIMATION_FORMATS:
            raise ValueError(f"unknown animation format {fmt!r}; choose \"gif\" or \"apng\"")
        if self.job is not None:
            return self._say(tr("An animation is being written already."))
        settings = self._steps_settings()
        if settings is None:
            return self._say(tr("Open the Steps view with settings that give an output first."))
        label, kind = ANIMATION_FORMATS[fmt]
        suffix = ".gif" if fmt == "gif" else ".png"
        path = path or self._ask_path(tr("Save the sliding window as {format}").format(format=label), f"convviz-steps{suffix}", kind, suffix)
        if not path:
            return None
        job = AnimationJob(settings, path, fmt, self)
        dialog = QProgressDialog(tr("Drawing the {format} frames…").format(format=label), tr("Cancel"), 0, 1, self._window)
        dialog.setWindowTitle(tr("Export {format}").format(format=label))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)
        job.progressed.connect(self._on_progress)
        job.finished.connect(lambda written, p=Path(path): self._on_animation_done(written, p))
        job.failed.connect(self._on_animation_failed)
        self.job, self.progress_dialog = job, dialog
        dialog.show()
        job.start()
        return job

    def export_python(self, fmt: str = "script", path: str | Path | None = None,
                      picture: str | None = None) -> WriteJob | None:
        """Start writing the current view's scene as "script" (.py) or "notebook" (.ipynb).

        `picture`: "embed" or "file" (read from the file it came from); asked
        for a large picture from a file when the path is asked too, else "embed".
        """
        if fmt not in PYTHON_FORMATS:
            raise ValueError(f"unknown Python format {fmt!r}; choose \"script\" or \"notebook\"")
        if self.python_job is not None:
            return self._say(tr("The Python code is being written already."))
        view = self._current_view()
        try:
            scene = view.scene() if view is not None else None
        except ValueError as exc:
            return self._say(tr("Could not export as Python: {problem}").format(problem=exc))
        if scene is None:
            return self._say(tr("This view shows nothing to write as Python yet."))
        scene = self._with_picture_file(scene)
        kind, suffix = PYTHON_FORMATS[fmt]
        asked = path is None
        path = path or self._ask_path(tr("Save the scene as a {kind}").format(kind=tr(kind[0])),
                                      f"convviz-{view.name}{suffix}", kind, suffix)
        if not path:
            return None
        if picture is None:
            picture = self._ask_picture(scene) if asked else "embed"
            if picture is None:
                return None
        from convviz.export.python_script import write_notebook, write_python_script

        write = write_notebook if fmt == "notebook" else write_python_script
        job = WriteJob(lambda: write(scene, path, picture), self, name="convviz-export-python")
        job.finished.connect(self._on_python_done)
        job.failed.connect(self._on_python_failed)
        self.python_job = job
        self._say(tr("Writing the Python code…"))
        job.start()
        return job

    def _with_picture_file(self, scene: Any) -> Any:
        """The Convolution scene with the file its picture was read from, when it is the window's picture."""
        from dataclasses import replace

        from convviz.export.scene import ConvolutionScene

        window = self._window
        if isinstance(scene, ConvolutionScene) and scene.request.image is window.picture() and window.picture_path():
            return replace(scene, picture_path=window.picture_path())
        return scene

    def _ask_picture(self, scene: Any) -> str | None:
        """"embed" or "file" for a large picture read from a file (embedding first); None when cancelled."""
        path = getattr(scene, "picture_path", None)
        if not path:
            return "embed"
        height, width = scene.request.image.shape[-2:]
        if height * width <= ASK_PICTURE_PIXELS:
            return "embed"
        from_file = tr("Read it from {name} (a smaller file; the picture must stay at {path})").format(
            name=Path(path).name, path=path)
        choice, ok = QInputDialog.getItem(
            self._window, tr("The picture in the code"),
            tr("The picture is {width}×{height} pixels. Where should the code find it?").format(width=width, height=height),
            [tr(EMBED_CHOICE), from_file], 0, False,
        )
        if not ok:
            return None
        return "file" if choice == from_file else "embed"

    def _on_python_done(self, written: Path) -> None:
        self.python_job = None
        self._say(tr("Saved the scene as Python: {file}.").format(file=Path(written).name))
        self.exported.emit(str(written))
        self.python_finished.emit(written)

    def _on_python_failed(self, message: str) -> None:
        self.python_job = None
        self._say(tr("Could not write the Python code: {problem}").format(problem=message))
        self.python_finished.emit(None)

    # ---------------------------------------------------------------- animation results
    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        if dialog.wasCanceled() and self.job is not None:  # also when cancel() was called, not clicked
            self.job.cancel()
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        if done >= total - 1:
            dialog.setLabelText(tr("Writing the file…"))

    def _on_animation_done(self, written: Path | None, path: Path) -> None:
        self._end_job()
        if written is None:
            self._say(tr("Export cancelled: nothing was written."))
        else:
            self._say(tr("Saved the sliding window to {file}.").format(file=path.name))
            self.exported.emit(str(written))
        self.animation_finished.emit(written)

    def _on_animation_failed(self, message: str) -> None:
        self._end_job()
        self._say(tr("Could not write the animation: {problem}").format(problem=message))
        self.animation_finished.emit(None)

    def _end_job(self) -> None:
        dialog, self.progress_dialog, self.job = self.progress_dialog, None, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    # ---------------------------------------------------------------- helpers
    def _current_view(self) -> View | None:
        return self._window.views.get(self._window.current_view_name())

    def _steps_settings(self) -> Any | None:
        """The frozen settings of the steps on screen (current view first, else the Steps view)."""
        for view in (self._current_view(), self._window.views.get("steps")):
            built = view.animation_steps() if view is not None else None
            if built is not None and built.steps is not None and built.settings.mode != "transposed":
                return built.settings  # the animation draws sliding windows; transposed stamps have none
        return None

    def _pick(self, maps: dict[str, Exportable], name: str | None, title: str) -> str | None:
        if not maps:
            return self._say(tr("This view has no maps or matrices to export."))
        if name is not None:
            if name not in maps:
                return self._say(tr("There is no map called “{name}”; choose one of: {names}.").format(
                    name=name, names=", ".join(maps)))
            return name
        names = list(maps)
        if len(names) == 1:
            return names[0]
        choice, ok = QInputDialog.getItem(self._window, title, tr("Which one?"), names, 0, False)
        return choice if ok and choice in maps else None

    def _ask_path(self, caption: str, suggested: str, kind: FileKind, suffix: str) -> str | None:
        folder = self._settings.value(DIR_KEY, "") if self._settings is not None else ""
        start = str(Path(folder) / suggested) if folder else suggested
        path, _ = QFileDialog.getSaveFileName(self._window, caption, start, name_filter(kind))
        if not path:
            return None
        chosen = Path(path)
        accepted = {suffix, ".apng"} if kind == ANIMATION_FORMATS["apng"][1] else {suffix}
        if chosen.suffix.lower() not in accepted:
            chosen = chosen.with_name(chosen.name + suffix)
        if self._settings is not None:
            self._settings.setValue(DIR_KEY, str(chosen.parent))
        return str(chosen)

    def _done(self, write, success: str) -> Path | None:
        try:
            written = write()
        except ValueError as exc:
            return self._say(tr("Could not export: {problem}").format(problem=exc))
        self._say(f"{success}: {Path(written).name}.")
        self.exported.emit(str(written))
        return Path(written)

    def _say(self, text: str) -> None:
        self._window.show_message(text)
        return None


def _file_name(name: str, suffix: str) -> str:
    """"Feature map · 2 of 6" -> "convviz-feature-map-2-of-6.csv"."""
    words = "".join(c.lower() if c.isalnum() else "-" for c in name)
    return "convviz-" + "-".join(part for part in words.split("-") if part) + suffix
