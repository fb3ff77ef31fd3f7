"""The scene on screen as a Python script or a Jupyter notebook that rebuilds it with torch.

`python_script(scene)` / `notebook(scene)` take a plain scene description
(`convviz.export.scene`) and write code a student can read line by line:
the picture (embedded as a base64 PNG when it is whole 8-bit values, as a
compressed .npz otherwise, or read from its file when asked), the kernel as
edited, the `F.conv2d` call exactly as the app's PyTorch panel shows it,
activation, pooling and the pinned pixel's products; the Steps view's
matrices and every step's sum (colour stacks and filter banks with their
bias, any padding, a factor written apart, transposed stamps); LeNet's layers, its weights as edited (an
embedded, compressed state_dict) and the digit it read. Run, the code prints
the numbers the app shows, with six decimals.

Both come from the same list of `Section`s, so a notebook's code cells,
read top to bottom, are the script. The notebook is plain nbformat-4 JSON.
"""

from __future__ import annotations

import base64
import io
import json
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from convviz.export.files import atomic_target
from convviz.export.scene import ConvolutionScene, LeNetScene, Scene, StepsScene
from convviz.i18n import tr

PICTURE_CHOICES = ("embed", "file")
COMMENT_COLUMN = 100  # a comment longer than fits beside its line goes above it
APP_MAX_SIDE = 4096  # the app reads at most this many pixels a side (convviz.limits.PICTURE_SIDE)
CHANNEL_NAMES = ("red", "green", "blue")
SHOWN_CELLS = 6  # values of a map's first row printed as a sample


@dataclass(frozen=True)
class Section:
    """One step of the scene: a title, a sentence or two of explanation, and its code."""

    title: str
    text: str
    code: str


# ---------------------------------------------------------------------- public API
def scene_sections(scene: Scene, picture: str = "embed") -> list[Section]:
    """The scene as titled sections of code; `picture` is "embed" or "file" (a picture read from a file)."""
    if picture not in PICTURE_CHOICES:
        raise ValueError(tr("the picture is either embedded or read from its file, not {picture!r}").format(
                             picture=picture))
    if isinstance(scene, ConvolutionScene):
        return _convolution_sections(scene, picture)
    if picture == "file":
        raise ValueError(tr("only the Convolution view's picture can be read from its file"))
    if isinstance(scene, StepsScene):
        return _steps_sections(scene)
    if isinstance(scene, LeNetScene):
        return _lenet_sections(scene)
    raise ValueError(tr("there is no Python export for a {kind}").format(kind=type(scene).__name__))


def python_script(scene: Scene, picture: str = "embed") -> str:
    """The whole scene as one runnable script (a docstring, then one commented block per section)."""
    sections = scene_sections(scene, picture)
    head, body = sections[0], sections[1:]
    paragraphs = "\n\n".join(textwrap.fill(paragraph, 96) for paragraph in head.text.split("\n\n"))
    parts = [f'"""{head.title}\n\n{paragraphs}\n"""\n\n{head.code}']
    for section in body:
        banner = f"# --- {section.title} " + "-" * max(3, 76 - len(section.title))
        parts.append("\n".join([banner, *_comment(section.text), section.code]))
    return "\n\n\n".join(parts) + "\n"


def notebook(scene: Scene, picture: str = "embed") -> dict:
    """The same sections as a Jupyter notebook (nbformat 4.5): a text cell, then a code cell, each."""
    cells = []
    for number, section in enumerate(scene_sections(scene, picture)):
        level = "#" if number == 0 else "##"
        cells.append(_cell("markdown", f"{level} {section.title}\n\n{section.text}", len(cells)))
        cells.append(_cell("code", section.code, len(cells)))
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write_python_script(scene: Scene, path: str | Path, picture: str = "embed") -> Path:
    """Write `python_script(scene)` to `path` (whole or not at all)."""
    return _write_text(python_script(scene, picture), path)


def write_notebook(scene: Scene, path: str | Path, picture: str = "embed") -> Path:
    """Write `notebook(scene)` to `path` as JSON (whole or not at all)."""
    return _write_text(json.dumps(notebook(scene, picture), indent=1, ensure_ascii=False), path)


def _write_text(text: str, path: str | Path) -> Path:
    with atomic_target(path) as temporary:
        Path(temporary).write_text(text, encoding="utf-8")
        Path(temporary).chmod(0o644)  # readable like any saved file (the temporary file starts private)
    return Path(path)


def _cell(kind: str, text: str, number: int) -> dict:
    lines = text.splitlines(keepends=True)
    cell: dict = {"cell_type": kind, "id": f"cell-{number}", "metadata": {}, "source": lines}
    if kind == "code":
        cell.update(execution_count=None, outputs=[])
    return cell


def _comment(text: str) -> list[str]:
    return ["# " + line for line in textwrap.wrap(text, 96)] if text else []


# ---------------------------------------------------------------------- code writing
class _Code:
    """Lines of code, each with the comment that explains it."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, code: str = "", comment: str = "") -> None:
        if not comment:
            self.lines.append(code)
        elif len(code) + len(comment) + 4 <= COMMENT_COLUMN and code.strip() and "\n" not in code:
            self.lines.append(f"{code}  # {comment}")
        else:  # above the line, indented like it
            indent = code[: len(code) - len(code.lstrip())]
            self.lines.extend(indent + line for line in _comment(comment))
            if code:
                self.lines.append(code)

    def text(self) -> str:
        return "\n".join(self.lines)


def number(value: float) -> str:
    """The shortest text that reads back as the same float32 ("0.1", "-2.0", "1e-08")."""
    value32 = np.float32(value)
    if not np.isfinite(value32):
        raise ValueError(tr("{value} is not a finite number, so it cannot be written as code").format(value=value))
    if value32 == 0 or 1e-4 <= abs(value32) < 1e7:
        return np.format_float_positional(value32, unique=True, trim="0")
    return np.format_float_scientific(value32, unique=True, trim="0")


def matrix_literal(values: np.ndarray, indent: str = "    ") -> str:
    """A 2-D array as a nested list, one row a line, columns aligned."""
    values = np.asarray(values)
    texts = [[number(v) for v in row] for row in values]
    width = max(len(t) for row in texts for t in row)
    rows = [indent + "[" + ", ".join(t.rjust(width) for t in row) + "]," for row in texts]
    return "[\n" + "\n".join(rows) + "\n" + indent[:-4] + "]"


def _npz_base64(**arrays: np.ndarray) -> str:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _png_base64(pixels: np.ndarray) -> str:
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def as_whole_bytes(picture: np.ndarray) -> np.ndarray | None:
    """The picture as uint8 0..255 when `uint8 / 255` gives back exactly its float32 values, else None."""
    picture = np.asarray(picture, dtype=np.float32)
    if picture.size == 0 or picture.min() < 0 or picture.max() > 1:
        return None
    whole = np.rint(picture * np.float32(255.0)).astype(np.uint8)
    if not np.array_equal(whole.astype(np.float32) / np.float32(255.0), picture):
        return None
    return whole


def _shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(s) for s in shape)


def _setup_code(extra_imports: list[tuple[str, str]] | None = None, products: bool = True) -> str:
    """Imports and the printing helpers: `show`, and `products_text` where products are written out."""
    code = _Code()
    code("import base64", "the data is stored in this file as text (base64)")
    code("import io", "lets numpy and Pillow read that data as if it were a file")
    code()
    code("import numpy as np", "arrays")
    code("import torch", "tensors: the numbers a network computes with")
    code("import torch.nn.functional as F", "conv2d, pooling, activations")
    for line, comment in extra_imports or []:
        code(line, comment)
    code()
    code("torch.set_grad_enabled(False)", "we only compute, we never train: no gradients needed")
    code()
    code()
    code("def show(label, *numbers):")
    code('    """Print numbers with six decimals after a label (the app shows the same numbers)."""')
    code('    print(f"{label}:", " ".join(f"{float(n):.6f}" for n in numbers))')
    if products:
        code()
        code()
        code("def factor(value):")
        code('    """One number of a product: negative ones in brackets, as the app writes them."""')
        code('    return f"({value:g})" if value < 0 else f"{value:g}"')
        code()
        code()
        code("def products_text(cells, weights):")
        code('    """ "a×b + c×d + …": each cell times its weight, in reading order."""')
        code("    pairs = zip(cells.flatten().tolist(), weights.flatten().tolist())")
        code('    return " + ".join(f"{factor(v)}×{factor(k)}" for v, k in pairs)')
    return code.text()


# ---------------------------------------------------------------------- convolution
_ACTIVATION_CODE = {
    "none": ("a = y", "no activation: the feature map passes unchanged"),
    "relu": ("a = F.relu(y)", "ReLU: negative answers become 0, positive ones stay"),
    "leaky_relu": ("a = F.leaky_relu(y, negative_slope={slope})", "leaky ReLU: negative answers are multiplied by {slope}"),
    "sigmoid": ("a = torch.sigmoid(y)", "sigmoid: every value squeezed into (0, 1)"),
    "tanh": ("a = torch.tanh(y)", "tanh: every value squeezed into (-1, 1)"),
    "elu": ("a = F.elu(y, alpha={alpha})", "ELU: negative answers curve towards -{alpha}"),
    "softmax": (
        "a = torch.softmax(y.flatten(), dim=0).reshape(y.shape)",
        "softmax over every cell of the map: all cells become positive and sum to 1",
    ),
}


def _convolution_sections(scene: ConvolutionScene, picture_choice: str) -> list[Section]:
    from convviz.state.convolution_run import torch_call_lines

    request = scene.request
    image = np.asarray(request.image, dtype=np.float32)
    rgb = request.mode == "rgb"
    channels = 3 if rgb else 1
    (h, w), (kh, kw) = request.input_size, request.kernel_size
    (sy, sx), (dy, dx) = request.stride, request.dilation
    top, bottom, left, right = request.pads
    what = "colour (3 channels)" if rgb else "grey (1 channel)"
    head = Section(
        title="convviz: the Convolution view as Python",
        text=(
            f"Rebuilds what the app showed with torch: the picture “{scene.picture_name}” ({h}×{w}, "
            f"computed in {what}) convolved with the {kh}×{kw} kernel as edited, then "
            f"{request.activation.replace('_', ' ')} and "
            + (f"{request.pool_mode} pooling" if request.pool_mode != "none" else "no pooling")
            + (f", and the products of the pinned pixel {tuple(request.pinned)}" if request.pinned else "")
            + ". It prints the numbers the app shows (six decimals).\n\n"
            "Run it with `python3 this_file.py`; it needs torch and numpy"
            + (", and Pillow to read the picture" if _needs_pillow(image, picture_choice) else "")
            + "."
        ),
        code=_setup_code(),
    )
    sections = [head, _picture_section(scene, image, picture_choice)]

    code = _Code()
    kernel = np.asarray(request.kernel, dtype=np.float32)
    if rgb:
        code("kernel = torch.tensor([", f"the {kh}×{kw} kernel of each colour channel, as edited in the app")
        for c, name in enumerate(CHANNEL_NAMES):
            code(f"    {matrix_literal(kernel[c], '        ')},", f"{name} channel")
        code("], dtype=torch.float32)", f"shape (3, {kh}, {kw}): one filter that reads all three channels")
    else:
        code(f"kernel = torch.tensor({matrix_literal(kernel)}, dtype=torch.float32)",
             f"the {kh}×{kw} kernel as edited in the app")
    code('print("kernel:")')
    code("print(kernel)")
    sections.append(Section("The kernel", "The weights the kernel editor showed, cell by cell.", code.text()))

    code = _Code()
    explain = {
        "import torch.nn.functional as F": "(imported above already; the app's panel starts with it)",
        "x = F.pad": f"{request.padding_mode} padding of {top}, {bottom}, {left}, {right} cells "
                     "(top, bottom, left, right); F.pad takes them as (left, right, top, bottom)",
        "x = picture": "the picture as a batch of one: N pictures, C channels, height, width",
        "w = kernel.reshape": "the kernel as one filter: out channels, in channels, height, width",
        "w = torch.flip": "flipped 180°: a true convolution (the app's “flip” box)",
        "y = F.conv2d": "slide the kernel over the picture: one sum of products per output cell",
    }
    for line in torch_call_lines(request):
        comment = next((text for start, text in explain.items() if line.startswith(start)), "")
        code(comment=comment)
        code(line)
    code('print("feature map shape:", tuple(y.shape))', "batch, channels, height, width")
    code('show("feature map min and max", y.min(), y.max())')
    code(f'show("feature map first row", *y[0, 0, 0, :{SHOWN_CELLS}])', f"its first {SHOWN_CELLS} cells at most")
    sections.append(Section(
        "The convolution",
        "The same F.conv2d call as the app's PyTorch panel, line by line. The output size per axis is "
        "(n + padding − dilation·(k − 1) − 1) // stride + 1.",
        code.text(),
    ))

    code = _Code()
    line, comment = _ACTIVATION_CODE[request.activation]
    values = {"slope": repr(float(request.slope)), "alpha": repr(float(request.alpha))}
    code(line.format(**values), comment.format(**values))
    code('show("after the activation min and max", a.min(), a.max())')
    code(f'show("after the activation first row", *a[0, 0, 0, :{SHOWN_CELLS}])')
    sections.append(Section("The activation", "Applied to every cell of the feature map.", code.text()))

    code = _Code()
    k, s = request.pool_size, request.pool_stride
    if request.pool_mode == "none":
        code(comment="The app's pooling is switched off: nothing to do here.")
        code("p = a")
    elif request.pool_problem is not None:
        code(comment=f"The app shows no pooling: {request.pool_problem}")
        code("p = None")
    else:
        function = "max_pool2d" if request.pool_mode == "max" else "avg_pool2d"
        keep = "the largest value" if request.pool_mode == "max" else "the average"
        code(f"p = F.{function}(a, kernel_size={k}, stride={s})", f"{keep} of each {k}×{k} window, {s} cells apart")
        code('print("after pooling shape:", tuple(p.shape))')
        code('show("after pooling min and max", p.min(), p.max())')
        code(f'show("after pooling first row", *p[0, 0, 0, :{SHOWN_CELLS}])')
    sections.append(Section("The pooling", "Pooling shrinks the activated map window by window.", code.text()))

    if request.pinned is not None:
        sections.append(_pinned_section(request, channels, (h, w), (kh, kw), (sy, sx), (dy, dx)))
    return sections


def _needs_pillow(image: np.ndarray, picture_choice: str) -> bool:
    return picture_choice == "file" or as_whole_bytes(image) is not None


def _picture_section(scene: ConvolutionScene, image: np.ndarray, choice: str) -> Section:
    request = scene.request
    code = _Code()
    grey_file = image.ndim == 2
    layout = "(H, W)" if grey_file else "(3, H, W)"
    if choice == "file":
        if not scene.picture_path:
            raise ValueError(tr("this picture did not come from a file, so it can only be embedded"))
        code("from PIL import Image, ImageOps", "Pillow reads picture files")
        code()
        code(f"PICTURE_FILE = {scene.picture_path!r}", "the file the app read")
        code("image = ImageOps.exif_transpose(Image.open(PICTURE_FILE))", "turned upright as the camera recorded it")
        code(f"if max(image.size) > {APP_MAX_SIDE}:", f"the app reads at most {APP_MAX_SIDE} pixels a side")
        code(f"    scale = {APP_MAX_SIDE} / max(image.size)")
        code("    image = image.resize((max(1, round(image.size[0] * scale)), max(1, round(image.size[1] * scale))), "
             "Image.Resampling.BOX)")
        code("rgba = np.asarray(image.convert(\"RGBA\"), dtype=np.float32) / 255",
             "whole numbers 0..255 -> 0 (black) .. 1 (white)")
        code("pixels = rgba[..., :3] * rgba[..., 3:] + (1 - rgba[..., 3:])",
             "see-through parts shown on white, as the app does")
        code("picture = torch.from_numpy(pixels).permute(2, 0, 1).contiguous()", "(3, H, W): channels first")
        code("if torch.equal(picture[0], picture[1]) and torch.equal(picture[1], picture[2]):",
             "three equal channels: a grey picture")
        code("    picture = picture[0]", "(H, W), as the app keeps it")
        shape = tuple(int(s) for s in image.shape)
        mean = float(np.mean(image, dtype=np.float64))
        code(f"if tuple(picture.shape) != {shape} or abs(picture.mean().item() - {mean!r}) > 1e-4:",
             "the app's picture had this shape and mean")
        code('    print("Note: this is not quite the picture the app showed (the file changed, or the app read it '
             'differently): the numbers below will differ.")')
    else:
        whole = as_whole_bytes(image)
        if whole is not None:
            pixels = whole if grey_file else np.ascontiguousarray(np.moveaxis(whole, 0, -1))
            code("from PIL import Image", "Pillow decodes the PNG")
            code()
            code(f'PICTURE_PNG = "{_png_base64(pixels)}"',
                 f"“{scene.picture_name}”, {_shape_text(image.shape[-2:])} "
                 f"{'grey' if grey_file else 'colour'}, as a PNG file written as text (base64)")
            code("png = Image.open(io.BytesIO(base64.b64decode(PICTURE_PNG)))", "the text back to the PNG file, opened")
            code("pixels = np.asarray(png, dtype=np.float32) / 255", "whole numbers 0..255 -> 0 (black) .. 1 (white)")
            if grey_file:
                code("picture = torch.from_numpy(pixels)", "(H, W)")
            else:
                code("picture = torch.from_numpy(pixels).permute(2, 0, 1).contiguous()",
                     "(H, W, 3) -> (3, H, W): channels first, as torch wants them")
        else:
            code(f'PICTURE_NPZ = "{_npz_base64(picture=image)}"',
                 f"“{scene.picture_name}”, {_shape_text(image.shape)} float32 values in a compressed .npz, as text")
            code('picture = torch.from_numpy(np.load(io.BytesIO(base64.b64decode(PICTURE_NPZ)))["picture"])',
                 f"{layout}, values 0 (black) .. 1 (white)")
    if request.mode == "gray" and not grey_file:
        code("luma = torch.tensor([0.299, 0.587, 0.114])", "how much red, green and blue count in grey (ITU-R BT.601)")
        code("picture = torch.tensordot(luma, picture, dims=1)", "(3, H, W) -> (H, W): the grey picture the app computes on")
    elif request.mode == "rgb" and grey_file:
        code("picture = picture.expand(3, *picture.shape)", "a grey picture read as colour: three equal channels")
    code('print("picture shape:", tuple(picture.shape))')
    text = "The picture the app computed on"
    text += ", read from its file." if choice == "file" else ", stored in this file."
    return Section("The picture", text, code.text())


def _pinned_section(request, channels, size, kernel_size, stride, dilation) -> Section:
    (h, w), (kh, kw), (sy, sx), (dy, dx) = size, kernel_size, stride, dilation
    top, bottom, left, right = request.pads
    row, col = request.pinned
    mode = {"zeros": "constant"}.get(request.padding_mode, request.padding_mode)
    code = _Code()
    code(f"row, col = {row}, {col}", "the output pixel pinned in the app (row, column, from 0)")
    code(f'padded = F.pad(picture.reshape(1, {channels}, {h}, {w}), ({left}, {right}, {top}, {bottom}), mode="{mode}")',
         "the picture with the padding the convolution used")
    code(f"first_row, first_col = row * {sy}, col * {sx}", "where the window starts in the padded picture: cell × stride")
    code(f"window = padded[0, :, first_row : first_row + {dy * (kh - 1) + 1} : {dy}, "
         f"first_col : first_col + {dx * (kw - 1) + 1} : {dx}]",
         "the cells under the kernel" + (" (dilation skips cells between them)" if (dy, dx) != (1, 1) else ""))
    code("products = window * w[0]", "one product per kernel cell (w is the kernel as applied)")
    if channels == 3:
        code(f"for c, name in enumerate({list(CHANNEL_NAMES)!r}):", "each colour channel has its own products")
        code('    print(f"pinned cell {name} channel: {products_text(window[c], w[0, c])} = {products[c].sum().item():.6f}")')
    else:
        code('print(f"pinned cell products: {products_text(window, w[0])} = {products.sum().item():.6f}")')
    code('show("pinned cell sum of products", products.sum())', "all products added up")
    code('show("feature map at the pinned cell", y[0, 0, row, col])', "F.conv2d's answer there: the same number")
    code('show("pinned cell after the activation", a[0, 0, row, col])')
    return Section(
        "The pinned pixel",
        "The arithmetic behind the output pixel pinned in the app: the cells under the kernel times the "
        "kernel's weights, added up.",
        code.text(),
    )


# ---------------------------------------------------------------------- steps
def tensor_literal(values: np.ndarray, indent: str = "    ") -> str:
    """A 2-D, 3-D or 4-D array as nested lists: matrices one row a line, stacks matrix after matrix."""
    values = np.asarray(values)
    if values.ndim <= 2:
        return matrix_literal(np.atleast_2d(values), indent)
    inner = ",\n".join(indent + tensor_literal(part, indent + "    ") for part in values)
    return "[\n" + inner + ",\n" + indent[:-4] + "]"


def _pads_text(pads: tuple[int, int, int, int]) -> str:
    top, bottom, left, right = pads
    if top == bottom == left == right:
        return f"{top} on every side"
    return f"top {top}, bottom {bottom}, left {left}, right {right}"


def _steps_sections(scene: StepsScene) -> list[Section]:
    settings = scene.settings
    if settings.mode == "transposed":
        return _transposed_sections(settings)
    image = np.asarray(settings.image, dtype=np.float32)
    channels = settings.channels
    h, w = settings.input_hw
    conv = settings.mode == "conv"
    pads = tuple(int(p) for p in settings.pads)
    s, d = settings.stride, settings.dilation
    filters, index = settings.filter_count, settings.filter_index
    scale = settings.kernel_scale
    scaled = scale != 1
    stack = f"{channels}×{h}×{w}" if channels > 1 else f"{h}×{w}"
    if conv:
        kh, kw = settings.window_shape
        bank = f"{filters} filters of {channels}×{kh}×{kw}" if filters > 1 else (
            f"the {channels}×{kh}×{kw} kernel" if channels > 1 else f"the {kh}×{kw} kernel")
        what = f"{bank} sliding over the {stack} input"
    else:
        kh = kw = settings.pool_size
        what = f"{'max' if settings.mode == 'max' else 'average'} pooling of the {h}×{w} matrix in {kh}×{kw} windows"
    extras = [f"stride {s}", f"padding {_pads_text(pads)}"]
    if conv:
        extras.append(f"dilation {d}")
        if settings.flip:
            extras.append("kernel flipped")
        if scaled:
            extras.append(f"cells × {settings.scale_text} (the factor written apart, as the decks do)")
        if settings.bias:
            extras.append("a bias per filter")
    head = Section(
        title="convviz: the Steps view as Python",
        text=(
            f"Rebuilds the sliding window the app stepped through: {what} ({', '.join(extras)}). "
            "It prints the matrices, the output and every step's arithmetic.\n\n"
            "Run it with `python3 this_file.py`; it needs torch and numpy."
        ),
        code=_setup_code(),
    )
    code = _Code()
    code(f"matrix = torch.tensor({tensor_literal(image)}, dtype=torch.float32)",
         f"the {stack} input" + (": one matrix per channel (C, H, W, as PyTorch orders it)" if channels > 1 else ""))
    if conv:
        cells = np.asarray(settings.kernel, dtype=np.float32)
        code(f"kernel = torch.tensor({tensor_literal(cells)}, dtype=torch.float32)",
             "the kernel's cells as shown" + (": filters, channels, height, width" if filters > 1 else ""))
        if scaled:
            code(f"scale = {scale.numerator} / {scale.denominator}",
                 "the factor written apart: the products are summed, then multiplied by it")
        if settings.bias:
            code(f"bias = torch.tensor([{', '.join(number(b) for b in settings.bias)}], dtype=torch.float32)",
                 "one number per filter, added after the sum")
    code('print("input:")')
    code("print(matrix)")
    if conv:
        code('print("kernel:")')
        code("print(kernel)")
    sections = [head, Section("The matrices", "The numbers the Steps view showed.", code.text())]

    code = _Code()
    code(f"x = matrix.reshape(1, {channels}, {h}, {w})", "a batch of one: N, C, H, W")
    top, bottom, left, right = pads
    if conv:
        code(f"w = kernel.reshape({filters}, {channels}, {kh}, {kw})", "out channels (filters), in channels, height, width")
        if settings.flip:
            code("w = torch.flip(w, dims=(2, 3))", "flipped 180°: a true convolution")
        if any(pads):
            code(f"x = F.pad(x, ({left}, {right}, {top}, {bottom}))",
                 "zeros around the matrix: left, right, top, bottom (F.pad's order)")
        weights = "w * scale" if scaled else "w"
        bias = ", bias" if settings.bias else ""
        code(f"y = F.conv2d(x, {weights}{bias}, stride={s}, dilation={d})", "every output cell at once")
    else:
        if any(pads):
            if settings.mode == "max":
                code(f'x = F.pad(x, ({left}, {right}, {top}, {bottom}), value=float("-inf"))',
                     "max pooling pads with minus infinity: padding never wins")
            else:
                code(f"x = F.pad(x, ({left}, {right}, {top}, {bottom}))",
                     "average pooling pads with zeros, which count in the division")
        function = "max_pool2d" if settings.mode == "max" else "avg_pool2d"
        code(f"y = F.{function}(x, kernel_size={kh}, stride={s})",
             "the largest value of each window" if settings.mode == "max" else "the average of each window")
    code('print("output shape:", tuple(y.shape))')
    code(f"for r, output_row in enumerate(y[0, {index}]):",
         f"the output of filter {index}, the one the view stepped" if filters > 1 else "")
    code('    show(f"output row {r}", *output_row)')
    if filters > 1:
        code(f"for k in range({filters}):", "and every filter's output")
        code("    for r, output_row in enumerate(y[0, k]):")
        code('        show(f"filter {k} output row {r}", *output_row)')
    sections.append(Section(
        "The whole output",
        "torch computes every output cell in one call." if conv else "torch pools every window in one call.",
        code.text(),
    ))

    code = _Code()
    if conv:
        code(f"windows = F.unfold(x, kernel_size=({kh}, {kw}), dilation={d}, stride={s})",
             "one column per step: the cells under the kernel, channel after channel, in reading order")
        code(f"weights = w[{index}].flatten()", "the kernel as applied, in the same order")
        code("sums = []")
        code("for step, cells in enumerate(windows[0].T):", "one step = one position of the kernel")
        code("    r, c = divmod(step, y.shape[3])", "the output cell this step fills")
        if channels > 1:
            size = kh * kw
            code(f"    parts = [(cells[i * {size}:(i + 1) * {size}] * weights[i * {size}:(i + 1) * {size}]).sum() "
                 f"for i in range({channels})]", "each channel's sum of products")
            code(f"    for i in range({channels}):")
            code(f"        part = slice(i * {size}, (i + 1) * {size})")
            code('        print(f"  step {step + 1} channel {i}: {products_text(cells[part], weights[part])} '
                 '= {parts[i].item():.6f}")')
            code("    total = sum(parts)", "the channels' sums added")
            text = '" + ".join(factor(p.item()) for p in parts)'
        else:
            code("    total = (cells * weights).sum()", "multiply cell by weight, add everything up")
            text = "products_text(cells, weights)"
        value = "total"
        if scaled:
            value = "total * scale"
        if settings.bias:
            value = f"{value} + bias[{index}]"
        code(f"    value = {value}", "then the factor and the bias, as the view does" if value != "total" else "")
        code("    sums.append(value)")
        code(f"    text = {text}")
        tail = ""
        if scaled:
            tail += ' × {scale:g}'
        if settings.bias:
            tail += f' + {{bias[{index}].item():g}}'
        code('    print(f"step {step + 1} (output row {r}, column {c}): {text}' + tail
             + ' = {value.item():.6f}")')
    else:
        code(f"windows = F.unfold(x, kernel_size={kh}, stride={s})", "one column per step: the cells of one window")
        code("sums = []")
        code("for step, cells in enumerate(windows[0].T):", "one step = one window")
        code("    r, c = divmod(step, y.shape[3])", "the output cell this step fills")
        if settings.mode == "max":
            code('    shown = [f"{v:g}" for v in cells.tolist() if v != float("-inf")]', "padding cells are not shown")
            code("    value = cells.max()")
            code('    text = f"max({\', \'.join(shown)})"')
        else:
            code("    value = cells.mean()", "padding cells count as 0 and still count in the division")
            code(f'    text = f"({{\' + \'.join(f\'{{v:g}}\' for v in cells.tolist())}}) / {kh * kw}"')
        code("    sums.append(value)")
        code('    print(f"step {step + 1} (output row {r}, column {c}): {text} = {value.item():.6f}")')
    code(f'print("every step equals the output cell:", torch.allclose(torch.stack(sums), y[0, {index}].flatten()))')
    sections.append(Section(
        "Every step",
        "The same numbers one step at a time, as the Steps view plays them: F.unfold lists the cells "
        "under the window at each position.",
        code.text(),
    ))
    return sections


def _transposed_sections(settings) -> list[Section]:
    """Transposed convolution: each input cell stamps the kernel, scaled by its value, into the output."""
    image = np.asarray(settings.image, dtype=np.float32)
    cells = np.asarray(settings.kernel, dtype=np.float32)
    h, w = image.shape
    kh, kw = cells.shape
    s, p, d, op = settings.stride, settings.padding, settings.dilation, settings.output_padding
    scale = settings.kernel_scale
    head = Section(
        title="convviz: the Steps view as Python",
        text=(
            f"Rebuilds the transposed convolution the app stepped through: each cell of the {h}×{w} input stamps "
            f"the {kh}×{kw} kernel, multiplied by its value, into the output (stride {s}, padding {p}, "
            f"dilation {d}, output padding {op}); where stamps overlap they add up. Output size per axis: "
            "(n − 1)·s − 2p + d·(k − 1) + output_padding + 1.\n\n"
            "Run it with `python3 this_file.py`; it needs torch and numpy."
        ),
        code=_setup_code(products=False),
    )
    code = _Code()
    code(f"matrix = torch.tensor({matrix_literal(image)}, dtype=torch.float32)", f"the {h}×{w} input matrix")
    code(f"kernel = torch.tensor({matrix_literal(cells)}, dtype=torch.float32)", f"the {kh}×{kw} kernel")
    if scale != 1:
        code(f"kernel = kernel * ({scale.numerator} / {scale.denominator})", "the factor written apart")
    sections = [head, Section("The matrices", "The numbers the Steps view showed.", code.text())]

    code = _Code()
    code(f"y = F.conv_transpose2d(matrix.reshape(1, 1, {h}, {w}), kernel.reshape(1, 1, {kh}, {kw}), stride={s}, "
         f"padding={p}, output_padding={op}, dilation={d})", "every stamp at once")
    code('print("output shape:", tuple(y.shape))')
    code("for r, output_row in enumerate(y[0, 0]):")
    code('    show(f"output row {r}", *output_row)')
    sections.append(Section("The whole output", "torch's transposed convolution in one call.", code.text()))

    code = _Code()
    code(f"full = torch.zeros({(h - 1) * s + d * (kh - 1) + 1 + op}, {(w - 1) * s + d * (kw - 1) + 1 + op})",
         "the output before the padding is cut off")
    code(f"for i in range({h}):")
    code(f"    for j in range({w}):")
    code(f"        rows = slice(i * {s}, i * {s} + {d * (kh - 1) + 1}, {d})", "where this cell's stamp lands")
    code(f"        cols = slice(j * {s}, j * {s} + {d * (kw - 1) + 1}, {d})")
    code("        full[rows, cols] += matrix[i, j] * kernel", "the kernel scaled by the cell, added where it lands")
    code('        print(f"step {i * ' + str(w) + ' + j + 1} (input row {i}, column {j}): '
         '{matrix[i, j].item():g} × kernel at rows {rows.start}..{rows.stop - 1}, '
         'columns {cols.start}..{cols.stop - 1}")')
    code(f"stamped = full[{p}:{p} + y.shape[2], {p}:{p} + y.shape[3]]", "padding p cuts p cells off every side")
    code('print("the stamps add up to the output:", torch.allclose(stamped, y[0, 0]))')
    sections.append(Section(
        "Every step",
        "One input cell at a time, as the Steps view plays them: each stamps the scaled kernel; the sum of all "
        "stamps, with the padding cut off, is the output.",
        code.text(),
    ))
    return sections


# ---------------------------------------------------------------------- LeNet
def _lenet_sections(scene: LeNetScene) -> list[Section]:
    edited = ", ".join(f"{layer} filter {index}" for layer, index in scene.edited)
    head = Section(
        title="convviz: the LeNet view as Python",
        text=(
            "Rebuilds LeNet-5 as the app ran it: its layers, its weights "
            + (f"with your edits ({edited})" if edited else "as trained")
            + f", and the digit it read (“{scene.name}”, 28×28). It prints every layer's shape, the ten "
            "probabilities and the prediction.\n\n"
            "Run it with `python3 this_file.py`; it needs torch and numpy"
            + (", and Pillow to read the digit" if as_whole_bytes(scene.digit) is not None else "")
            + "."
        ),
        code=_setup_code([("from torch import nn", "layers with weights: Conv2d, Linear")], products=False),
    )
    code = _Code()
    code("class LeNet(nn.Module):")
    code('    """LeNet-5 for 28×28 grey digits, as the app builds it."""')
    code()
    code("    def __init__(self):")
    code("        super().__init__()")
    code("        self.conv1 = nn.Conv2d(1, 6, kernel_size=5, padding=2)", "6 filters of 5×5; padding 2 keeps 28×28")
    code("        self.conv2 = nn.Conv2d(6, 16, kernel_size=5)", "16 filters, each 6×5×5: 14×14 -> 10×10")
    code("        self.fc1 = nn.Linear(16 * 5 * 5, 120)", "400 numbers -> 120")
    code("        self.fc2 = nn.Linear(120, 84)")
    code("        self.fc3 = nn.Linear(84, 10)", "one score (logit) per digit")
    sections = [head, Section("The layers", "The network's layers, with the sizes the app shows.", code.text())]

    code = _Code()
    code(f'WEIGHTS_NPZ = "{_npz_base64(**{k: np.asarray(v, np.float32) for k, v in scene.weights.items()})}"',
         "every weight and bias as the app ran them, a compressed .npz written as text")
    code("stored = np.load(io.BytesIO(base64.b64decode(WEIGHTS_NPZ)))", "the text back to arrays, one per name")
    code("model = LeNet()")
    code("model.load_state_dict({name: torch.from_numpy(stored[name]) for name in stored.files})",
         "put them into the layers")
    code("model.eval()", "inference mode: no training behaviour")
    code('print("parameters:", sum(p.numel() for p in model.parameters()))')
    for layer, index in scene.edited:
        code(f'print("{layer} filter {index}, as edited in the app:")')
        code(f"print(model.{layer}.weight[{index}].detach().squeeze(0))", "detach: the numbers only")
    text = "The weights the app ran" + (", including the filters you edited." if edited else ".")
    sections.append(Section("The weights", text, code.text()))

    code = _Code()
    whole = as_whole_bytes(scene.digit)
    if whole is not None:
        code("from PIL import Image", "Pillow decodes the PNG")
        code()
        code(f'DIGIT_PNG = "{_png_base64(whole)}"', f"“{scene.name}”, 28×28, as a PNG written as text")
        code("png = Image.open(io.BytesIO(base64.b64decode(DIGIT_PNG)))", "the text back to the PNG, opened")
        code("digit = torch.from_numpy(np.asarray(png, dtype=np.float32) / 255)",
             "0 (black) .. 1 (white): a white digit on black, as in MNIST")
    else:
        code(f'DIGIT_NPZ = "{_npz_base64(digit=np.asarray(scene.digit, np.float32))}"',
             f"“{scene.name}” after the app's preprocessing, 28×28 float32 as a compressed .npz")
        code('digit = torch.from_numpy(np.load(io.BytesIO(base64.b64decode(DIGIT_NPZ)))["digit"])',
             "0 (black) .. 1 (white): a white digit on black, as in MNIST")
    if scene.label is not None:
        code(f"label = {int(scene.label)}", "the true digit (from the MNIST test set)")
    sections.append(Section("The digit", "What the network read: 28×28 grey values.", code.text()))

    code = _Code()
    code("x = digit.reshape(1, 1, 28, 28)", "a batch of one picture with one channel")
    steps = [
        ("x = model.conv1(x)", "conv1", "6 feature maps of 28×28"),
        ("x = F.relu(x)", "relu1", "negative answers become 0"),
        ("x = F.max_pool2d(x, 2)", "pool1", "largest of each 2×2 window: 14×14"),
        ("x = model.conv2(x)", "conv2", "16 maps of 10×10, each reading all 6 maps"),
        ("x = F.relu(x)", "relu2", ""),
        ("x = F.max_pool2d(x, 2)", "pool2", "16 maps of 5×5"),
        ("x = model.fc1(x.flatten(1))", "fc1", "the 400 numbers in a row, into 120"),
        ("x = F.relu(x)", "relu3", ""),
        ("x = model.fc2(x)", "fc2", "120 -> 84"),
        ("x = F.relu(x)", "relu4", ""),
        ("logits = model.fc3(x)", "fc3", "ten scores, one per digit"),
    ]
    for line, name, comment in steps:
        code(line, comment)
        variable = "logits" if name == "fc3" else "x"
        code(f'print("{name}:", tuple({variable}.shape))')
    code("probabilities = torch.softmax(logits, dim=1)[0]", "scores -> probabilities that sum to 1")
    code('show("logits", *logits[0])')
    code('show("probabilities", *probabilities)', "for the digits 0 to 9")
    code('print("prediction:", int(probabilities.argmax()))', "the digit with the highest probability")
    sections.append(Section(
        "Every layer and the answer",
        "One forward pass, layer by layer, printing each output's shape, then the probabilities.",
        code.text(),
    ))
    return sections
