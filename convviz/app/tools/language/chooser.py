"""Which language the interface speaks, Qt's translators that make it so, and View ▸ Language.

convviz ships compiled catalogs (resources/translations/convviz_<lang>.qm,
made by `convviz.i18n_catalog`). `LanguageChooser` reads the choice from the
settings ("system": the desktop's language when convviz has it, else English),
installs the matching QTranslator (and Qt's own for standard buttons) before
any widget is built, and points `convviz.i18n.tr` at `QCoreApplication.translate`.
`convviz --language de` chooses for one run only, never written down.

Choosing another language in the menu saves it and says, honestly, that the
interface changes at the next start: the widgets build their texts once, so a
live switch would leave half of them in the old language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from convviz import i18n
from convviz.app.tools.language.command_line import SETTINGS_KEY, system_language
from convviz.i18n import tr, tr_noop

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

#: the shipped languages, each named in itself (a reader looks for their own language's name)
LANGUAGE_NAMES = dict(zip(i18n.LANGUAGES, ("English", "Deutsch", "Español", "Français", "简体中文"), strict=True))
LANGUAGE_CHOICES: tuple[str, ...] = ("system", *LANGUAGE_NAMES)
SYSTEM_LABEL = tr_noop("System language")


def resolve(choice: str) -> str:
    """The language a choice means now ("system" becomes the desktop's language)."""
    return system_language() if choice == "system" else choice


class LanguageChooser(QObject):
    """The translators of the running app and the View ▸ Language menu (see the module docstring)."""

    def __init__(self, settings: QSettings, parent: QObject | None = None, *, for_this_run: str | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        saved = str(settings.value(SETTINGS_KEY, "system") or "system")
        self._saved = saved if saved in LANGUAGE_CHOICES else "system"
        self._choice = for_this_run if for_this_run in LANGUAGE_CHOICES else self._saved
        self._translators: list[QTranslator] = []
        self.actions: dict[str, QAction] = {}
        self.language = resolve(self._choice)
        self._install(self.language)

    def choice(self) -> str:
        return self._choice

    def _install(self, language: str) -> None:
        """Load convviz's and Qt's catalogs for `language` ("en": none) and route `tr` through them."""
        from PySide6.QtCore import QLibraryInfo, QTranslator  # here: an English start needs neither type

        from convviz.resources import resource_path

        self._remove()
        app = QCoreApplication.instance()
        if language == "en" or app is None:
            return
        catalogs = [(f"convviz_{language}", str(resource_path("translations"))),
                    (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
        for name, folder in catalogs:
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._translators.append(translator)
        i18n.set_translator(QCoreApplication.translate, language)

    def _remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
        self._translators = []
        i18n.set_translator(None)

    def build_menu(self, menu: QMenu) -> QMenu:
        """Add "Language ▸ System language / English / Deutsch / …" (radio items) to `menu`."""
        submenu = menu.addMenu(tr("&Language"))
        group = QActionGroup(submenu)
        group.setExclusive(True)
        for choice in LANGUAGE_CHOICES:
            action = submenu.addAction(tr(SYSTEM_LABEL) if choice == "system" else LANGUAGE_NAMES[choice])
            action.setCheckable(True)
            action.setChecked(choice == self._choice)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=choice: self.choose(c))
            self.actions[choice] = action
        self.actions["system"].setToolTip(tr("The desktop's language when convviz speaks it, else English"))
        return submenu

    def choose(self, choice: str, *, ask: bool = True) -> None:
        """Save `choice`; the interface follows at the next start (said in a message box unless `ask` is False)."""
        if choice not in LANGUAGE_CHOICES:
            return
        self._choice = choice
        self._settings.setValue(SETTINGS_KEY, choice)
        if choice in self.actions:
            self.actions[choice].setChecked(True)
        if resolve(choice) != self.language and ask:
            from PySide6.QtWidgets import QMessageBox

            parent = self.parent() if isinstance(self.parent(), QWidget) else None
            name = LANGUAGE_NAMES[resolve(choice)]
            QMessageBox.information(parent, tr("Language"),
                                    tr("convviz will speak {language} from its next start: close it and open it "
                                       "again.").format(language=name))

    def restore_on_close(self, window: QObject) -> None:
        """English again when `window` closes (tests build many windows in one app)."""
        self._closing_window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is getattr(self, "_closing_window", None) and event.type() == QEvent.Type.Close:
            self._remove()
        return False
