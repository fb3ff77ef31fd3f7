"""Desktop integration: the icon loads, the per-user desktop entry installs and uninstalls cleanly."""

from __future__ import annotations

from convviz.app.desktop import app_icon, desktop_entry, entry_paths, install_desktop_entry, uninstall_desktop_entry


def test_the_icon_renders(qapp):
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64 and image.pixelColor(32, 32).alpha() > 0


def test_the_entry_starts_this_python_and_names_the_icon():
    text = desktop_entry("/opt/my env/bin/python")
    assert "Exec='/opt/my env/bin/python' -m convviz %f" in text
    assert "Icon=convviz" in text and text.startswith("[Desktop Entry]\nType=Application")


def test_install_then_uninstall_leaves_nothing(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path)}
    entry, icon = install_desktop_entry(env)
    assert (entry, icon) == entry_paths(env)
    assert entry.read_text().startswith("[Desktop Entry]") and icon.read_bytes().startswith(b"<svg")
    assert uninstall_desktop_entry(env) == [entry, icon]
    assert not entry.exists() and not icon.exists()
    assert uninstall_desktop_entry(env) == []


def test_the_command_line_flags(tmp_path, monkeypatch, capsys):
    import convviz.app.main as cli

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.main(["--install-desktop-entry"]) == 0, capsys.readouterr().err
    assert (tmp_path / "applications" / "convviz.desktop").is_file()
    assert cli.main(["--uninstall-desktop-entry"]) == 0 and "removed" in capsys.readouterr().out
    assert not (tmp_path / "applications" / "convviz.desktop").exists()


def test_the_about_box_names_the_compute_devices():
    import torch  # noqa: F401 - the about box names devices once torch has loaded

    from convviz.app.main_window import _devices_text

    text = _devices_text()
    assert text.startswith("CPU (") and "threads" in text
    if torch.cuda.is_available():
        assert "CUDA: " in text
