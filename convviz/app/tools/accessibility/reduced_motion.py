"""View ▸ Reduce motion: nothing on screen moves by itself.

With it on, the step players do not play (each step comes only when asked:
→, Page Down, the step buttons), and Qt's own animations — menus and combo
lists sliding open, tooltips fading — are switched off. The choice is kept in
the settings. Before anyone has chosen, it follows the desktop where Qt can
tell: on Windows, "Show animations in Windows" off turns Qt's UI effects off,
and so turns this on. Elsewhere Qt exposes no such hint (macOS's and GNOME's
reduce-motion switches are not read by Qt), so it starts off there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from convviz.i18n import tr

SETTINGS_KEY = "view/reduced_motion"
QT_EFFECTS = (
    Qt.UIEffect.UI_AnimateMenu,
    Qt.UIEffect.UI_FadeMenu,
    Qt.UIEffect.UI_AnimateCombo,
    Qt.UIEffect.UI_AnimateTooltip,
    Qt.UIEffect.UI_FadeTooltip,
    Qt.UIEffect.UI_AnimateToolBox,
)


def platform_prefers_reduced_motion() -> bool:
    """True where the desktop says "no animations" in a way Qt reads (Windows' UI effects switch)."""
    if QGuiApplication.platformName() != "windows":
        return False
    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


class ReducedMotion(QObject):
    """The reduced-motion choice of one window: remembered, shown in View ▸ Reduce motion, applied to players."""

    changed = Signal(bool)

    def __init__(self, settings: QSettings | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._effects = {effect: QApplication.isEffectEnabled(effect) for effect in QT_EFFECTS}
        stored = settings.value(SETTINGS_KEY) if settings is not None else None
        self._on = _as_bool(stored) if stored is not None else platform_prefers_reduced_motion()
        self._players: list = []
        self.action = QAction(tr("Reduce &motion"), self)
        self.action.setCheckable(True)
        self.action.setChecked(self._on)
        self.action.setToolTip(tr("Nothing moves by itself: no autoplay of the steps, no sliding or fading menus"))
        self.action.toggled.connect(self.set_on)
        self._apply_effects()

    def is_on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        """Switch reduced motion on or off now, and remember the choice."""
        on = bool(on)
        if self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, on)
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # comes back here through `toggled`
            return
        if on == self._on:
            return
        self._on = on
        self._apply_effects()
        for player in self._players:
            player.set_autoplay_allowed(not on)
        self.changed.emit(on)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.action)

    def follow(self, player) -> None:
        """A step player (`StepPlayer`) that must not play by itself while reduced motion is on."""
        if player is None or player in self._players:
            return
        self._players.append(player)
        player.destroyed.connect(lambda _=None, p=player: self._players.remove(p) if p in self._players else None)
        player.set_autoplay_allowed(not self._on)

    def restore(self) -> None:
        """Give Qt its animation effects back as they were (the window is closing)."""
        for effect, enabled in self._effects.items():
            QApplication.setEffectEnabled(effect, enabled)

    def _apply_effects(self) -> None:
        for effect, enabled in self._effects.items():
            QApplication.setEffectEnabled(effect, enabled and not self._on)


def _as_bool(value) -> bool:
    """QSettings gives "true"/"false" strings back from an .ini file."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
