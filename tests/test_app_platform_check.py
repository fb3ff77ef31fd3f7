"""Before Qt starts on Linux/X11, missing xcb libraries are named with the packages to install."""

from __future__ import annotations

from convviz.app.platform_check import XCB_LIBRARIES, check_platform, uses_xcb


def test_a_missing_library_is_named_with_debian_and_fedora_packages():
    message = check_platform({"DISPLAY": ":0"}, loads=lambda soname: soname != "libxcb-icccm.so.4")
    assert message is not None
    assert "libxcb-icccm.so.4" in message
    assert "apt-get install libxcb-icccm4" in message
    assert "dnf install xcb-util-wm" in message
    assert "libxcb-keysyms" not in message  # only what is missing


def test_several_missing_libraries_share_one_command_each():
    gone = {"libxcb-keysyms.so.1", "libxcb-cursor.so.0", "libxcb-xkb.so.1", "libxcb-shape.so.0"}
    message = check_platform({}, loads=lambda soname: soname not in gone)
    debian = next(line for line in message.splitlines() if "apt-get" in line)
    assert debian.split("install ")[1].split() == ["libxcb-cursor0", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xkb1"]
    fedora = next(line for line in message.splitlines() if "dnf" in line)
    assert fedora.split("install ")[1].split() == ["libxcb", "xcb-util-cursor", "xcb-util-keysyms"]


def test_nothing_is_said_when_everything_is_there_or_qt_uses_another_platform():
    assert check_platform({"DISPLAY": ":0"}, loads=lambda soname: True) is None
    assert check_platform({"QT_QPA_PLATFORM": "offscreen"}, loads=lambda soname: False) is None
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_xcb({}, platform="darwin")


def test_every_library_has_both_package_names():
    for soname, (debian, fedora) in XCB_LIBRARIES.items():
        assert soname.startswith("lib") and ".so." in soname and debian and fedora
