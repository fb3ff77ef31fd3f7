"""Exports for slides and spreadsheets, Qt-free; Pillow writes every picture.

- `export_steps_animation(steps, path, fmt="gif"|"apng", ...)`: one frame per
  sliding-window step of `convviz.core.conv_steps` / `pool_steps`, with a
  `progress(done, total)` callback that can cancel (return False).
- `export_matrix_csv(matrix, path)`: 2-D rows, or 3-D as "# channel" blocks;
  `np.loadtxt(path, delimiter=",")` reads it back exactly.
- `export_map_png(array, path, colormap=..., scale=...)`: one map as a large
  PNG with sharp cells and the app's colour maps (diverging for signed data).
- `python_script.write_python_script(scene, path)` / `write_notebook(scene, path)`:
  the scene a view describes (`scene.ConvolutionScene`, `StepsScene`,
  `LeNetScene`) as commented torch code that prints the app's numbers.
"""

from .animation import MAX_FRAMES, export_steps_animation
from .colormaps import SCALES as COLORMAPS
from .map_png import export_map_png
from .matrix_csv import export_matrix_csv
from .step_frames import StepFrames

__all__ = ["COLORMAPS", "MAX_FRAMES", "StepFrames", "export_map_png", "export_matrix_csv", "export_steps_animation"]
