"""The app's colour maps as 256-entry lookup tables, without Qt.

The exporters' name for `convviz.state.colors`, the one colour table the
on-screen maps use too: the same scales, colours and colour-bar ends.
"""

from __future__ import annotations

from convviz.state.colors import NAN_COLOUR, SCALES, choose_scale, colourise, levels_for, lookup_table  # noqa: F401
