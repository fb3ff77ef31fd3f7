"""One module per view of the main window, all speaking one small protocol.

Every view is a QWidget subclass that:

- has class attributes `name` (the `--view` word: "convolution", "steps",
  "lenet") and `title` (the tab text);
- is built as `ViewClass(worker, parent=None)` with the app's one
  `ComputeWorker`, and never computes in a GUI slot;
- emits `updated` (no arguments) each time a new result is on screen: the
  `--screenshot` mode and the tests wait for it;
- emits `message(str)` for the status bar (bad settings, fallbacks), and
  `timing(str, float)` with the device name and compute milliseconds of the
  result it just showed;
- implements `set_device(name)` ("cpu", "cuda", "mps"), falling back to the
  CPU with a `message` when that device is absent or fails.

Views that take a picture also implement `set_image(image, name)` with a
float32 array from `convviz.core.load_image`.

`VIEW_MODULES` maps view names to "module:Class" so the main window imports a
view only when it builds it (torch and friends load after the first paint).
"""

VIEW_MODULES: dict[str, str] = {
    "convolution": "convviz.app.views.convolution.view:ConvolutionView",
    "steps": "convviz.app.views.steps.view:StepsView",
    "lenet": "convviz.app.views.lenet.view:LeNetView",
}
