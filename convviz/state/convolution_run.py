"""Compute one frozen `ConvolutionRequest`: conv → activation → pool, ready to draw.

Runs on the compute worker (no Qt here). Besides the full-resolution maps
(for the value under the mouse and the pinned pixel) it renders what each
panel shows: RGBA pictures already coloured through the map's levels, about
the panel's size in device pixels (`convviz.state.screen_picture`), so the
GUI thread only wraps bytes: a 4096² map costs the GUI what a 400² one does.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, replace

import numpy as np

from convviz.core.kernel_scale import scale_text
from convviz.i18n import tr
from convviz.state.colors import (
    activation_scale,
    is_signed,
    nice_bound,
    pooling_scale,
    scale_for,
)
from convviz.state.convolution import ConvolutionRequest, receptive_field
from convviz.state.screen_picture import PICTURE, ScreenPicture, ScreenTarget, render_screen

MAX_DISPLAY_SIDE = 1024  # colour levels are read from at most this many cells a side (the same at any panel size)
CLIP_ABOVE_CELLS = 10_000  # maps with more cells are coloured up to a high percentile
CLIP_QUANTILE = 0.995
LEVEL_SAMPLES = 1 << 16  # cells sampled to find that percentile
LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)  # ITU-R BT.601 grey


@dataclass(frozen=True, eq=False)
class MapImage:
    """One map: its true values, its colour levels, and the pictures the screen shows of it."""

    values: np.ndarray  # (H, W) float32 at full resolution; (3, H, W) for an RGB input
    levels: tuple[float, float]  # the values at the two ends of the colour bar
    signed: bool  # True: diverging colours centred on zero (the kind of quantity can be negative)
    scale: str  # "diverging", "sequential", or "picture" for the input itself
    screen: ScreenPicture  # the whole map, about the panel's size in device pixels
    detail: ScreenPicture | None = None  # the part in view at full resolution, when zoomed in
    value_range: tuple[float, float] = (0.0, 1.0)  # min and max of the cells the levels were read from
    sample_step: int = 1  # levels and range read one cell in sample_step² (1: every cell)

    @property
    def step(self) -> int:
        """One pixel of the whole-map picture = step × step map cells."""
        return self.screen.step

    @property
    def clipped(self) -> bool:
        """True when some values lie beyond the colour bar's ends (shown in the end colours)."""
        return self.value_range[0] < self.levels[0] - 1e-9 or self.value_range[1] > self.levels[1] + 1e-9

    def for_target(self, target: ScreenTarget | None) -> MapImage:
        """The same map and levels drawn for another panel size or zoom (on the worker)."""
        screen, detail = render_screen(self.values, self.scale, self.levels, target)
        return replace(self, screen=screen, detail=detail)


@dataclass(frozen=True)
class PinnedArithmetic:
    """The numbers behind one output pixel, for the products panel."""

    cell: tuple[int, int]
    lines: tuple[tuple[str, str, float], ...]  # (channel label, "a×b + … = s", s) per channel, with the cells shown
    total: float  # the output value (the lines' sum × `factor`)
    activated: float
    activation: str
    field: tuple[tuple[int, int], ...]  # input cells read (row, col), padding outside the picture
    pooled_cell: tuple[int, int] | None  # the pooled cell this pixel falls into
    factor: str = ""  # "1/9": the kernel's factor written apart; the lines use its whole cells


@dataclass(frozen=True, eq=False)
class MapsResult:
    """Stage 1, on screen first: the feature map a kernel edit changes."""

    request: ConvolutionRequest
    source: MapImage  # the picture as computed on (grey or RGB)
    channels: tuple[MapImage, ...]  # RGB: each channel convolved with its own kernel
    conv: MapImage
    device: str  # where it really ran
    device_message: str | None  # set when the chosen device failed and the CPU took over


@dataclass(frozen=True, eq=False)
class DetailsResult:
    """Stage 2, right after: activation, pooling and the pinned pixel's arithmetic."""

    request: ConvolutionRequest
    activated: MapImage
    pooled: MapImage | None
    pinned: PinnedArithmetic | None


# --- input ------------------------------------------------------------------------

_cache_lock = threading.Lock()
_input_cache: dict[tuple[int, str], tuple[np.ndarray, np.ndarray, dict[ScreenTarget | None, MapImage]]] = {}


def prepare_input(image: np.ndarray, mode: str, target: ScreenTarget | None = None) -> tuple[np.ndarray, MapImage]:
    """The picture as the convolution sees it ((H, W) grey or (3, H, W) RGB) and its display.

    Cached per picture object and mode (and display per panel target): a
    kernel edit does not redo it, and the same `MapImage` comes back, so the
    input panel has nothing to redraw.
    """
    key = (id(image), mode)
    with _cache_lock:
        hit = _input_cache.get(key)
        if hit is not None and hit[0] is image:
            data, displays = hit[1], hit[2]
            if target in displays:
                return data, displays[target]
        else:
            data, displays = None, {}
    if data is None:
        if mode == "rgb":
            data = image if image.ndim == 3 else np.repeat(image[None], 3, axis=0)
        else:
            data = image if image.ndim == 2 else _grey(image)
        data = np.ascontiguousarray(data, dtype=np.float32)
    sample_step = display_step(data.shape[-2:])
    sample = data[..., ::sample_step, ::sample_step]
    screen, detail = render_screen(data, PICTURE, (0.0, 1.0), target)
    display = MapImage(data, (0.0, 1.0), False, PICTURE, screen, detail,
                       (float(sample.min()), float(sample.max())), sample_step)
    with _cache_lock:
        if _input_cache.get(key, (None,))[0] is not image:
            _input_cache.clear()  # one picture at a time is enough
            displays = {}
        if len(displays) >= 8:  # a few panel sizes at most
            displays.clear()
        displays[target] = display
        _input_cache[key] = (image, data, displays)
    return data, display


def _grey(image: np.ndarray) -> np.ndarray:
    """(3, H, W) to (H, W) by the LUMA weights: three multiply-adds, about 10× faster than tensordot's matrix product."""
    grey = image[0] * LUMA[0]
    grey += image[1] * LUMA[1]
    grey += image[2] * LUMA[2]
    return grey


# --- display ----------------------------------------------------------------------

def display_step(shape: tuple[int, int]) -> int:
    return max(1, math.ceil(max(shape) / MAX_DISPLAY_SIDE))


def levels_sample(values: np.ndarray, sample_step: int) -> np.ndarray:
    """The cells the levels are read from: one in `sample_step`² of `values`, gathered into one small array.

    A strided view of a fresh 4096² map is read from memory once per reduction
    (min, max, the percentile sample); gathering its cells once makes the
    others read a 1024² array that stays in cache: the same cells, the same values.
    """
    if sample_step == 1:
        return values
    return np.ascontiguousarray(values[::sample_step, ::sample_step])


def map_levels(
    shown: np.ndarray, cells: int, signed: bool
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Colour levels and the (min, max) of the cells drawn.

    `shown` is the map as drawn (every cell when the map fits the screen);
    `cells` is the size of the whole map; `signed` says what the map's kind
    of quantity can be (`convviz.state.colors`). Signed maps get levels
    symmetric around 0, non-negative ones 0 to a bound, both snapped by
    `colors.nice_bound` (the Steps grids and exports snap the same way). Maps
    of more than CLIP_ABOVE_CELLS cells are coloured up to the 99.5th
    percentile, so a few extreme pixels do not wash out the rest (the readout
    says so); small maps use the exact range.
    """
    lo, hi = float(shown.min()), float(shown.max())
    if not (math.isfinite(lo) and math.isfinite(hi)):  # min/max see any inf or NaN
        finite = shown[np.isfinite(shown)]
        if finite.size == 0:
            return ((-1.0, 1.0) if signed else (0.0, 1.0)), (0.0, 0.0)
        shown = finite
        lo, hi = float(finite.min()), float(finite.max())
    clip = cells > CLIP_ABOVE_CELLS
    sample = None
    if clip:
        every = max(1, int(math.sqrt(shown.size / LEVEL_SAMPLES)))
        sample = (shown[::every, ::every] if shown.ndim == 2 else shown[::every * every]).ravel()
    if signed or lo < 0:  # a non-negative kind with a negative value still shows where zero is
        bound = float(np.quantile(np.abs(sample), CLIP_QUANTILE)) if clip else max(-lo, hi)
        bound = nice_bound(bound if bound > 1e-12 else (max(-lo, hi) or 1.0))
        return (-bound, bound), (lo, hi)
    top = float(np.quantile(sample, CLIP_QUANTILE)) if clip else hi
    if top <= 1e-12:
        top = hi
    return (0.0, nice_bound(top)), (lo, hi)


def map_image(values: np.ndarray, scale: str, target: ScreenTarget | None = None) -> MapImage:
    """Colour levels of a full-resolution map of kind `scale`, and its pictures for the panel `target`.

    `scale` ("diverging" or "sequential") comes from what the map's quantity
    can be (`colors.scale_for`, `activation_scale`, `pooling_scale`), never
    from its values. Levels and range come from one cell in `sample_step`²
    (every cell for maps up to MAX_DISPLAY_SIDE), whatever the panel's size,
    so a map's colours do not change when the window does.
    """
    values = np.asarray(values, dtype=np.float32)
    sample_step = display_step(values.shape)
    shown = levels_sample(values, sample_step)
    signed = is_signed(scale)
    levels, value_range = map_levels(shown, values.size, signed)
    signed = signed or levels[0] < 0  # a non-negative kind with a negative value still shows where zero is
    drawn = "diverging" if signed else "sequential"
    screen, detail = render_screen(values, drawn, levels, target)
    return MapImage(values, levels, signed, drawn, screen, detail, value_range, sample_step)


@dataclass(frozen=True)
class ConvolutionScreens:
    """Each panel's `ScreenTarget`, read on the GUI thread when a request is sent (defaults: unknown)."""

    source: ScreenTarget | None = None
    conv: ScreenTarget | None = None
    activated: ScreenTarget | None = None
    pooled: ScreenTarget | None = None
    channels: tuple[ScreenTarget | None, ...] = (None, None, None)


NO_SCREENS = ConvolutionScreens()


# --- compute ----------------------------------------------------------------------

def run_maps(request: ConvolutionRequest, screens: ConvolutionScreens = NO_SCREENS) -> MapsResult:
    """The convolution on the request's device (the CPU if that device fails), drawn for `screens`."""
    data, source = prepare_input(request.image, request.mode, screens.source)
    message, device = None, request.device
    try:
        channel_values, conv = _convolve(data, request, device)
    except Exception as exc:  # noqa: BLE001 - a failing GPU must not stop the lesson
        if device == "cpu":
            raise
        message = tr("{device} failed ({reason}); computed on the CPU instead.").format(device=device, reason=exc)
        device = "cpu"
        channel_values, conv = _convolve(data, request, device)
    return MapsResult(
        request=request,
        source=source,
        channels=tuple(map_image(v, scale_for("convolution"), target=t) for v, t in zip(channel_values, screens.channels)),
        conv=map_image(conv, scale_for("convolution"), target=screens.conv),
        device=device,
        device_message=message,
    )


def run_details(request: ConvolutionRequest, maps: MapsResult, screens: ConvolutionScreens = NO_SCREENS
                ) -> DetailsResult:
    """Activation and pooling of the feature map, and the pinned pixel's products (maps' device)."""
    from convviz.core import activation, pool2d

    x = maps.conv.values
    if maps.device != "cpu":
        import torch

        x = torch.from_numpy(x).to(maps.device)
    activated = activation(x, request.activation, slope=request.slope, alpha=request.alpha)
    pooled = None
    if request.pool_mode != "none" and request.pool_problem is None:
        pooled = _numpy(pool2d(activated, request.pool_size, stride=request.pool_stride, mode=request.pool_mode))
    activated = _numpy(activated)
    pinned = None
    if request.pinned is not None:
        data, _ = prepare_input(request.image, request.mode)
        pinned = pinned_arithmetic(data, request, maps.conv.values, activated)
    activated_scale = activation_scale(request.activation, scale_for("convolution"))
    return DetailsResult(
        request=request,
        activated=map_image(activated, activated_scale, target=screens.activated),
        pooled=None if pooled is None else map_image(pooled, pooling_scale(activated_scale), target=screens.pooled),
        pinned=pinned,
    )


def run_pipeline(request: ConvolutionRequest) -> tuple[MapsResult, DetailsResult]:
    """Both stages in one go (tests and scripts)."""
    maps = run_maps(request)
    return maps, run_details(request, maps)


def _conv_kwargs(request: ConvolutionRequest) -> dict:
    return dict(
        stride=request.stride, padding=request.padding, dilation=request.dilation,
        flip=request.flip, padding_mode=request.padding_mode,
    )


def _convolve(data: np.ndarray, request: ConvolutionRequest, device: str):
    from convviz.core import conv2d

    x = data
    if device != "cpu":
        import torch

        x = torch.from_numpy(data).to(device)
    kwargs = _conv_kwargs(request)
    if request.mode == "rgb" and request.depthwise:
        # one filter per channel, each seeing only its own channel: no sum across channels
        bank = request.kernel[:, None]  # (3, 1, kh, kw): filters, channels per group, kh, kw
        maps = conv2d(x, bank, groups=request.groups, **kwargs)
        channel_maps = [maps[c] for c in range(3)]
        return [_numpy(m) for m in channel_maps], _numpy(maps[request.shown_channel]).copy()
    if request.mode == "rgb":
        channel_maps = [conv2d(x[c], request.kernel[c], **kwargs) for c in range(3)]
        conv = channel_maps[0] + channel_maps[1]  # one new map, then in place: no second full-size temporary
        conv += channel_maps[2]
    else:
        channel_maps = []
        conv = conv2d(x, request.kernel, **kwargs)
    return [_numpy(m) for m in channel_maps], _numpy(conv)


def _numpy(value) -> np.ndarray:
    if isinstance(value, np.ndarray):
        return value
    return value.detach().cpu().numpy()


def pinned_arithmetic(
    data: np.ndarray, request: ConvolutionRequest, conv: np.ndarray, activated: np.ndarray
) -> PinnedArithmetic:
    """Every product of the pinned output pixel, from the core's sliding-window steps."""
    from convviz.core import conv_steps

    row, col = request.pinned
    kwargs = _conv_kwargs(request)
    cells = request.kernel_cells  # the products of the cells shown; the factor comes after the sum
    if request.mode == "rgb" and request.depthwise:  # the map shown reads its own channel only
        c = request.shown_channel
        sources = [("RGB"[c], data[c], cells[c])]
    elif request.mode == "rgb":
        sources = [(name, data[c], cells[c]) for c, name in enumerate(("R", "G", "B"))]
    else:
        sources = [("", data, cells)]
    lines = []
    for label, image, kernel in sources:
        steps = conv_steps(image, kernel, **kwargs)
        step = steps[steps.index_of(row, col)]
        lines.append((label, step.expression, step.total))
    pooled_cell = None
    if request.pool_mode != "none" and request.pool_problem is None:
        cell = (row // request.pool_stride, col // request.pool_stride)
        inside = all(
            c * request.pool_stride <= p < c * request.pool_stride + request.pool_size
            for c, p in zip(cell, (row, col))
        )
        pooled_cell = cell if inside else None
    field = receptive_field((row, col), request.kernel_size, request.stride, request.pads, request.dilation)
    return PinnedArithmetic(
        cell=(row, col),
        lines=tuple(lines),
        total=float(conv[row, col]),
        activated=float(activated[row, col]),
        activation=request.activation,
        field=tuple(field),
        pooled_cell=pooled_cell,
        factor="" if request.kernel_scale == 1 else scale_text(request.kernel_scale),
    )


# --- the same map with PyTorch ------------------------------------------------------

def torch_call_lines(request: ConvolutionRequest) -> list[str]:
    """The PyTorch code that computes the convolution map of `request`."""
    channels = 3 if request.mode == "rgb" else 1
    (kh, kw), (h, w) = request.kernel_size, request.input_size
    top, bottom, left, right = request.pads
    depthwise = request.mode == "rgb" and request.depthwise
    lines = [
        "import torch.nn.functional as F",
        f"x = picture.reshape(1, {channels}, {h}, {w})  # N, C, H, W",
        f"w = kernel.reshape(3, 1, {kh}, {kw})  # out, in per group, kh, kw: one filter per channel" if depthwise
        else f"w = kernel.reshape(1, {channels}, {kh}, {kw})  # out, in, kh, kw",
    ]
    if request.flip:
        lines.append("w = torch.flip(w, dims=(2, 3))  # flip: true convolution")
    symmetric = top == bottom and left == right and request.padding_mode == "zeros"
    # "same" only where it pads alike on both sides: an even kernel pads one more cell at the bottom/right, which
    # torch does by copying the input, with a warning printed the first time
    same_ok = request.padding == "same" and request.stride == (1, 1) and symmetric
    if same_ok:
        padding = '"same"'
    elif symmetric:
        padding = f"({top}, {left})"
    else:
        mode = {"zeros": "constant"}.get(request.padding_mode, request.padding_mode)
        lines.append(f'x = F.pad(x, ({left}, {right}, {top}, {bottom}), mode="{mode}")')
        padding = "0"
    groups = f", groups={request.groups}" if depthwise else ""
    lines.append(
        f"y = F.conv2d(x, w, stride={request.stride}, padding={padding}, dilation={request.dilation}{groups})"
    )
    if depthwise:
        channel = CHANNEL_WORDS[request.shown_channel]
        lines.append(f"y = y[:, {request.shown_channel}]  # depthwise: 3 maps; the {channel} one is shown")
    return lines


CHANNEL_WORDS = ("red", "green", "blue")


CHECK_MAX_SIDE = 512  # bigger maps are checked on a window this size: F.conv2d is slow on a CPU


def check_window(
    output_size: tuple[int, int], centre: tuple[int, int] | None = None
) -> tuple[int, int, int, int] | None:
    """Rows r0:r1 and columns c0:c1 of the map to check, or None to check all of it.

    The window is centred on `centre` (the pinned pixel) or the map's middle.
    """
    oh, ow = output_size
    if oh * ow <= CHECK_MAX_SIDE * CHECK_MAX_SIDE:
        return None
    h, w = min(oh, CHECK_MAX_SIDE), min(ow, CHECK_MAX_SIDE)
    cy, cx = centre if centre is not None else (oh // 2, ow // 2)
    r0 = min(max(cy - h // 2, 0), oh - h)
    c0 = min(max(cx - w // 2, 0), ow - w)
    return r0, r0 + h, c0, c0 + w


def torch_reference(request: ConvolutionRequest, window: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """Run the code of `torch_call_lines` on the CPU and return the map (or the window of it).

    With a window, the picture is padded as the call pads it and cut to the
    cells that window reads, then F.conv2d runs without further padding:
    the same numbers for those output cells, in a fraction of the time.
    """
    import torch
    import torch.nn.functional as F

    data, _ = prepare_input(request.image, request.mode)
    channels = 3 if request.mode == "rgb" else 1
    x = torch.from_numpy(np.ascontiguousarray(data)).reshape(1, channels, *request.input_size)
    depthwise = request.mode == "rgb" and request.depthwise
    out_channels, per_group = (3, 1) if depthwise else (1, channels)
    w = torch.from_numpy(np.ascontiguousarray(request.kernel)).reshape(out_channels, per_group, *request.kernel_size)
    if request.flip:
        w = torch.flip(w, dims=(2, 3))
    top, bottom, left, right = request.pads
    symmetric = top == bottom and left == right and request.padding_mode == "zeros"
    same_ok = request.padding == "same" and request.stride == (1, 1) and symmetric  # as `torch_call_lines`
    mode = {"zeros": "constant"}.get(request.padding_mode, request.padding_mode)
    if window is not None:
        (sy, sx), (dy, dx), (kh, kw) = request.stride, request.dilation, request.kernel_size
        r0, r1, c0, c1 = window
        x = F.pad(x, (left, right, top, bottom), mode=mode)
        x = x[..., r0 * sy : (r1 - 1) * sy + dy * (kh - 1) + 1, c0 * sx : (c1 - 1) * sx + dx * (kw - 1) + 1]
        padding = 0
    elif same_ok:
        padding = "same"
    elif symmetric:
        padding = (top, left)
    else:
        x = F.pad(x, (left, right, top, bottom), mode=mode)
        padding = 0
    with torch.no_grad():
        y = F.conv2d(x, w, stride=request.stride, padding=padding, dilation=request.dilation,
                     groups=3 if depthwise else 1)
    return y[0, request.shown_channel if depthwise else 0].numpy()


@dataclass(frozen=True)
class TorchCheck:
    lines: tuple[str, ...]
    max_difference: float
    shape: tuple[int, int]  # of the whole map
    window: tuple[int, int, int, int] | None = None  # the part compared, when not all of it


def torch_check(request: ConvolutionRequest, conv: np.ndarray) -> TorchCheck:
    """Compare the map on screen with PyTorch's for the same settings (a window of a big map)."""
    window = check_window(conv.shape, request.pinned)
    reference = torch_reference(request, window)
    mine = conv if window is None else conv[window[0] : window[1], window[2] : window[3]]
    if reference.shape != mine.shape:
        raise ValueError(tr("PyTorch gives a {theirs} map but convviz shows {mine}.").format(
            theirs=reference.shape, mine=mine.shape))
    difference = float(np.max(np.abs(reference - mine))) if mine.size else 0.0
    return TorchCheck(tuple(torch_call_lines(request)), difference, tuple(conv.shape), window)


def strongest_cell(conv: MapImage, request) -> tuple[int, int]:
    """The output cell with the largest |value| whose window lies inside the picture.

    A telling cell to pin first: a real edge, not the border answer that
    zero padding creates. (Among the cells the levels were read from, for speed on big maps.)
    """
    (kh, kw), (sy, sx), (dy, dx) = request.kernel_size, request.stride, request.dilation
    (height, width), (top, _, left, _) = request.input_size, request.pads
    oh, ow = conv.values.shape
    r0, c0 = -(-top // sy), -(-left // sx)
    r1 = min(oh, (height - 1 + top - dy * (kh - 1)) // sy + 1)
    c1 = min(ow, (width - 1 + left - dx * (kw - 1)) // sx + 1)
    if r1 <= r0 or c1 <= c0:  # no window fits inside: any cell will do
        r0, r1, c0, c1 = 0, oh, 0, ow
    step = conv.sample_step
    inside = np.abs(conv.values[r0:r1:step, c0:c1:step])
    row, col = np.unravel_index(int(np.argmax(inside)), inside.shape)
    return r0 + int(row) * step, c0 + int(col) * step
