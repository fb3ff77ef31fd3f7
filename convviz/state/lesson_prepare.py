"""A lesson made ready for the screen, off the GUI thread: arrays, true results, tables, slips.

`prepare_lesson` runs on the compute worker (it may load a picture, import
torch and compute): it turns a validated `Lesson` into a `PreparedLesson`
holding everything the views and the lesson panel show, including what the
target view will be given (`StepsSettings` for the Steps view) and every place
where a slide printed a wrong number next to the true one. The GUI thread only
pours it into widgets. No Qt here, so the tests can check it without a window.

A lesson the app cannot show faithfully (a 20×20 matrix for the Steps view, a
pooling lesson for the convolution view, ...) raises ValueError with a sentence
naming the lesson, so nothing is half-loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz.i18n import tr, tr_noop
from convviz.lessons import (
    Lesson,
    compute_lesson,
    lesson_input_array,
    lesson_kernel_bank,
    lesson_kernel_cells,
    table_parameters,
)
from convviz.state.conventions import cell_name

#: Menu groups in teaching order; a lesson's group follows from what it contains.
GROUPS: tuple[str, ...] = (
    tr_noop("Images and tensors"),
    tr_noop("Convolution step by step"),
    tr_noop("Padding, stride and flipping"),
    tr_noop("Filters on photos"),
    tr_noop("Several filters and colour"),
    tr_noop("Pooling"),
    tr_noop("Activations and softmax"),
    tr_noop("LeNet and counting parameters"),
    tr_noop("Training the network"),
    tr_noop("More kinds of convolution"),
)

#: What the convolution view can show (its kernel editor, its activations).
CONVOLUTION_MAX_KERNEL = 9
CONVOLUTION_ACTIVATIONS = ("relu", "leaky_relu", "sigmoid", "tanh", "elu")


@dataclass(frozen=True)
class SlideFix:
    """One number a slide printed wrong: where, what it printed, what is true."""

    where: str
    printed: float
    true: float

    def sentence(self) -> str:
        from convviz.core import format_number

        return tr("The slide printed {printed} {where}; the true value is {true}.").format(
            printed=_number(self.printed, format_number), where=self.where, true=_number(self.true, format_number))


@dataclass(frozen=True, eq=False)
class PreparedLesson:
    """A lesson with its arrays and true results, ready for the view and the panel."""

    lesson: Lesson
    group: str
    input: np.ndarray | None  # (H, W) or (C, H, W) float64
    bank: np.ndarray | None  # (N, C, kh, kw) float64, factors applied
    output: np.ndarray | None  # what convviz.core computes: the true numbers the view shows
    tables: tuple  # one convviz.model ParameterTable per lesson table
    fixes: tuple[SlideFix, ...]
    steps: object | None = None  # StepsSettings for a Steps lesson
    cells: np.ndarray | None = None  # (N, C, kh, kw) the kernels as written, before their factors
    factors: tuple = ()  # each kernel's exact factor (Fraction), written apart as "× 1/9"
    second_kernel: np.ndarray | None = None  # a Steps lesson's second layer (receptive field), or None

    @property
    def filter_count(self) -> int:
        return 0 if self.bank is None else len(self.bank)

    def filter_label(self, index: int) -> str:
        kernels = self.lesson.kernels
        spec = kernels[index] if 0 <= index < len(kernels) else None
        name = spec.label or spec.preset if spec is not None else None
        return name or tr("Filter {number}").format(number=index + 1)

    def filter_factor(self, index: int = 0):
        """The Fraction filter `index` is multiplied by (1 when it has none)."""
        from fractions import Fraction

        return self.factors[index] if 0 <= index < len(self.factors) else Fraction(1)

    def filter_output(self, index: int = 0) -> np.ndarray | None:
        """The true map of filter `index` (the whole output when there is one filter)."""
        if self.output is None:
            return None
        if self.filter_count > 1:
            return self.output[index]
        return self.output


def lesson_group(lesson: Lesson) -> str:
    """The menu group: from the view and the settings, so a teacher's own file finds a place too."""
    s = lesson.settings
    if lesson.training is not None:
        return "Training the network"
    if lesson.tables or lesson.view == "lenet":
        return "LeNet and counting parameters"
    if s.activation is not None:
        return "Activations and softmax"
    if s.mode == "transposed" or s.groups > 1 or _mixes_channels_only(lesson):
        return "More kinds of convolution"
    if s.mode != "conv":
        return "Pooling"
    if lesson.view in ("convolution", "steps") and lesson.input is not None and lesson.input.channels > 1:
        return "Several filters and colour"
    if lesson.view == "concept":
        return "Images and tensors"
    if lesson.view == "convolution":
        sample = lesson.input is not None and lesson.input.kind == "sample"
        return "Filters on photos" if sample else "Several filters and colour"
    plain = s.stride in (None, 1, (1, 1)) and s.padding in (0, (0, 0), "valid") and s.dilation in (1, (1, 1))
    return "Convolution step by step" if plain and not s.flip else "Padding, stride and flipping"


def _mixes_channels_only(lesson: Lesson) -> bool:
    """A 1×1 kernel over several channels: the channel-mixing convolution, not a filter on a photo."""
    if lesson.view != "convolution" or lesson.input is None or lesson.input.channels < 2 or not lesson.kernels:
        return False
    return all(kernel.cells().shape[-2:] == (1, 1) for kernel in lesson.kernels)


def prepare_lesson(lesson: Lesson) -> PreparedLesson:
    """Arrays, true output, tables and slide fixes; ValueError if the lesson's view cannot show it."""
    x = lesson_input_array(lesson)
    bank = lesson_kernel_bank(lesson)
    cells, factors = lesson_kernel_cells(lesson)
    output = compute_lesson(lesson)
    if output is not None:
        output = np.asarray(output, dtype=np.float64)
    tables = tuple(table_parameters(table) for table in lesson.tables)
    steps = None
    if lesson.view == "steps":
        steps = steps_settings(lesson, x, cells, factors)
    elif lesson.view == "convolution":
        check_convolution(lesson, x, bank)
    return PreparedLesson(
        lesson=lesson,
        group=lesson_group(lesson),
        input=x,
        bank=bank,
        output=output,
        tables=tables,
        fixes=slide_fixes(lesson, output, tables),
        steps=steps,
        cells=cells,
        factors=factors,
        second_kernel=None if lesson.second_kernel is None else np.array(lesson.second_kernel, dtype=np.float64),
    )


def slide_fixes(lesson: Lesson, output: np.ndarray | None, tables: tuple) -> tuple[SlideFix, ...]:
    """Every printed-versus-true pair a lesson records: output cells and table totals."""
    cells: dict[tuple[float, float], list[tuple[int, ...]]] = {}
    for cell in lesson.slide_cells:
        if output is None or len(cell.index) != output.ndim:
            continue
        index = tuple(int(i) for i in cell.index)
        if any(not 0 <= i < n for i, n in zip(index, output.shape)):
            continue
        cells.setdefault((float(cell.printed), float(output[index])), []).append(index)
    fixes = [SlideFix(_cells_text(indices), printed, true) for (printed, true), indices in cells.items()]
    for spec, table in zip(lesson.tables, tables):
        if spec.slide_total is not None and spec.slide_total != table.total:
            fixes.append(SlideFix(tr("as the total of “{table}”").format(table=spec.title), float(spec.slide_total),
                                  float(table.total)))
    return tuple(fixes)


def steps_settings(lesson: Lesson, x: np.ndarray | None, bank: np.ndarray | None, factors: tuple = ()):
    """The Steps view's settings for this lesson; ValueError naming what the view cannot show.

    `bank` holds the kernels' cells as written and `factors` their factors, which the Steps view shows apart.
    """
    from convviz.state.steps import VERTICAL_EDGE_KERNEL, StepsSettings

    s = lesson.settings
    if x is None:
        raise ValueError(tr("{lesson} opens in the Steps view but has no input matrix.").format(lesson=_lesson_name(lesson)))
    if s.activation is not None:
        raise ValueError(tr("{lesson} applies an activation; the Steps view shows the convolution or pooling only.").format(
            lesson=_lesson_name(lesson)))
    if x.ndim == 3 and s.mode != "conv":
        if s.mode == "transposed":
            sentence = tr("{lesson} transposes {channels} channels; the Steps view transposes one grid at a time.")
        else:
            sentence = tr("{lesson} pools {channels} channels; the Steps view pools one grid at a time.")
        raise ValueError(sentence.format(lesson=_lesson_name(lesson), channels=x.shape[0]))
    if s.mode == "conv" and x.ndim == 3:
        # the colour example: every channel beside its kernel slice, the whole bank of filters to step through
        if bank is None or bank.shape[1] != x.shape[0]:
            raise ValueError(tr("{lesson} needs one kernel slice per input channel for the Steps view.").format(lesson=_lesson_name(lesson)))
        if any(factor != 1 for factor in factors):
            raise ValueError(tr("{lesson} has a kernel factor; the Steps view steps colour kernels with plain weights.").format(
                lesson=_lesson_name(lesson)))
        kernel = bank if len(bank) > 1 else bank[0]
        scale = 1
    elif s.mode in ("conv", "transposed"):
        if bank is None or len(bank) != 1 or bank.shape[1] != 1:
            raise ValueError(tr("{lesson} needs exactly one 2-D kernel for the Steps view.").format(lesson=_lesson_name(lesson)))
        kernel = bank[0, 0]
        scale = factors[0] if factors else 1
    else:
        kernel = VERTICAL_EDGE_KERNEL  # unused while pooling; the panel keeps it for later
        scale = 1
    stride = _one_number(s.effective_stride, tr_noop("stride"), lesson)
    dilation = _one_number(s.dilation, tr_noop("dilation"), lesson) if s.mode in ("conv", "transposed") else 1
    output_padding = _one_number(s.output_padding, tr_noop("output padding"), lesson)
    padding = s.padding  # a number, (rows, columns) or "same" / "valid": the Steps view pads as the core does
    try:
        return StepsSettings(
            image=x, kernel=kernel, stride=stride, padding=padding, dilation=dilation,
            flip=bool(s.flip), mode=s.mode, pool_size=int(s.pool_size), kernel_scale=scale,
            output_padding=output_padding,
        )
    except ValueError as error:
        raise ValueError(tr("{lesson} cannot be shown in the Steps view: {reason}.").format(lesson=_lesson_name(lesson), reason=error)) from None


def check_convolution(lesson: Lesson, x: np.ndarray | None, bank: np.ndarray | None) -> None:
    """ValueError if the convolution view cannot show this lesson as it computes it."""
    s = lesson.settings
    if s.mode == "transposed":
        raise ValueError(tr("{lesson} is a transposed convolution; open it in the Steps view, which shows the stamps.").format(
            lesson=_lesson_name(lesson)))
    if s.mode != "conv":
        raise ValueError(tr("{lesson} is a pooling lesson; open it in the Steps view, which shows pooling on its own.").format(
            lesson=_lesson_name(lesson)))
    if x is None or bank is None:
        raise ValueError(tr("{lesson} opens in the convolution view but has no input or no kernel.").format(lesson=_lesson_name(lesson)))
    channels = 1 if x.ndim == 2 else x.shape[0]
    if channels not in (1, 3) or bank.shape[1] != channels:
        raise ValueError(
            tr("{lesson} has {channels} input channel(s) and kernels for {kernels}; the convolution view "
               "shows grey pictures with 2-D kernels and colour pictures with one slice per colour.").format(
                lesson=_lesson_name(lesson), channels=channels, kernels=bank.shape[1])
        )
    if max(bank.shape[-2:]) > CONVOLUTION_MAX_KERNEL:
        raise ValueError(tr("{lesson} has a kernel larger than {side}×{side}.").format(lesson=_lesson_name(lesson), side=CONVOLUTION_MAX_KERNEL))
    if s.activation is not None and s.activation not in CONVOLUTION_ACTIVATIONS:
        raise ValueError(
            tr("{lesson} uses {activation}, which the convolution view does not apply to a feature map; "
               "show it as a concept lesson.").format(lesson=_lesson_name(lesson), activation=s.activation)
        )


def _cells_text(indices: list[tuple[int, ...]]) -> str:
    """"in row 2, column 3", "in row 1, column 1 and row 7, column 7", or "in 5 cells"."""
    def one(index: tuple[int, ...]) -> str:
        text = cell_name(index[-2], index[-1])
        return text + (tr(" of map {number}").format(number=index[0] + 1) if len(index) == 3 else "")

    if len(indices) > 2:
        return tr("in {count} cells").format(count=len(indices))
    return tr("in {cells}").format(cells=tr(" and ").join(one(index) for index in indices))


def _lesson_name(lesson: Lesson) -> str:
    """The lesson as a refusal names it: "Lesson 6 (“Stride 2”)"."""
    return tr("Lesson {number} (“{title}”)").format(number=lesson.number, title=lesson.title)


def _one_number(value, what: str, lesson: Lesson) -> int:
    """`what` is marked with tr_noop where it is written and translated here, only for a refusal."""
    if isinstance(value, tuple):
        if value[0] != value[1]:
            raise ValueError(tr("{lesson} has a different {what} per axis; the Steps view takes one {what}.").format(
                lesson=_lesson_name(lesson), what=tr(what)))
        value = value[0]
    return int(value)


def _number(value: float, format_number) -> str:
    if float(value).is_integer() and abs(value) >= 1000:
        return f"{int(value):,}"
    return format_number(value)
