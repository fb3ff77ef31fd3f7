"""What a Linux screen reader gets from a running convviz, read over AT-SPI (the bus Orca listens to).

Run by `docs/screen-reader/check.sh VIEW` with the system Python that has pyatspi
(Debian: python3-pyatspi). Prints the accessible tree of the window as Orca
walks it, the interactive controls on screen that have no name (there should be
none), and, in the Steps view, the announcements sent when "Step forward" is
pressed through its AT-SPI action - the sentences a screen reader speaks.
"""

import sys

import pyatspi
from gi.repository import GLib

CONTROLS = {"push button", "spin button", "combo box", "check box", "slider", "radio button", "toggle button",
            "text", "page tab", "menu item", "table", "list"}


def application(name="convviz"):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == name:
            return app
    sys.exit(f"no application called {name!r} on the accessibility bus")


def walk(node, depth=0):
    """(depth, role, name, description, showing) for every node under `node`."""
    try:
        row = (depth, node.getRoleName(), node.name, node.description,
               node.getState().contains(pyatspi.STATE_SHOWING))
    except Exception:  # a node that went away while walking
        return
    yield row
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, depth + 1)


def press_and_listen(app, button_name="Step forward", presses=2):
    """Press a button through AT-SPI and collect the announcements that follow."""
    heard = []
    pyatspi.Registry.registerEventListener(lambda event: heard.append(str(event.any_data)), "object:announcement")
    button = next((n for n in _nodes(app) if _is(n, "push button", button_name)), None)
    if button is None:
        return heard
    for turn in range(presses):
        GLib.timeout_add(500 + 1000 * turn, lambda: button.queryAction().doAction(0) and False)
    GLib.timeout_add(500 + 1000 * presses + 1500, lambda: pyatspi.Registry.stop() and False)
    pyatspi.Registry.start()
    return heard


def _nodes(node):
    yield node
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from _nodes(child)


def _is(node, role, name):
    try:
        return node.getRoleName() == role and node.name == name
    except Exception:
        return False


def main():
    app = application()
    rows = list(walk(app))
    for depth, role, name, description, showing in rows:
        if showing and depth < 9:
            print("  " * depth + f"[{role}] {name!r}" + (f" - {description[:70]!r}" if description else ""))
    unnamed = [(role, description) for _, role, name, description, showing in rows
               if showing and role in CONTROLS and not name]
    print(f"\n{len(rows)} accessible objects; interactive controls on screen without a name: {len(unnamed)} {unnamed}")
    if "--press" in sys.argv:
        for sentence in press_and_listen(app):
            print("announced:", sentence)
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
