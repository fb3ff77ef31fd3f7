"""Turn a lesson into arrays and compute its true result with `convviz.core`.

The views load `lesson_input_array` and `lesson_kernel_bank` into their own
state and compute as usual; `compute_lesson` is the same computation in one
call, used to check a lesson's `expected` values (`check_expected`).
"""

from __future__ import annotations

import numpy as np

from convviz.i18n import tr

from .schema import Lesson, TableSpec


def lesson_input_array(lesson: Lesson) -> np.ndarray | None:
    """The input as float64: (H, W) or (C, H, W); None for a lesson without input."""
    return None if lesson.input is None else lesson.input.array()


def lesson_kernel_bank(lesson: Lesson) -> np.ndarray | None:
    """All kernels stacked as (N, C, kh, kw) float64 (factors applied); None without kernels."""
    if not lesson.kernels:
        return None
    kernels = [kernel.array() for kernel in lesson.kernels]
    return np.stack([k[None] if k.ndim == 2 else k for k in kernels])


def lesson_kernel_cells(lesson: Lesson) -> tuple[np.ndarray | None, tuple]:
    """The kernels as written, (N, C, kh, kw) float64 before their factors, and each kernel's exact factor.

    What the views show: whole cells with "× 1/9" apart, as the decks write them.
    """
    if not lesson.kernels:
        return None, ()
    cells = [kernel.cells() for kernel in lesson.kernels]
    return np.stack([k[None] if k.ndim == 2 else k for k in cells]), tuple(k.factor for k in lesson.kernels)


def compute_lesson(lesson: Lesson) -> np.ndarray | None:
    """The lesson's output as convviz.core computes it (float32), or None if it has nothing to compute.

    mode "conv": every kernel slides over the input → (H, W) for one kernel,
    (N, H, W) for several; "max"/"avg": pooling → same rank as the input.
    Then the activation, if any ("maxout" takes the max across the maps).
    A lesson with an activation and no kernels applies it to the input.
    """
    from convviz.core import activation, conv2d, conv_transpose2d, maxout, pool2d

    x = lesson_input_array(lesson)
    if x is None:
        return None
    s = lesson.settings
    if s.mode == "conv" and lesson.kernels:
        bank = lesson_kernel_bank(lesson)
        kernel = bank[0, 0] if x.ndim == 2 and len(bank) == 1 else bank[0] if len(bank) == 1 else bank
        groups = 1
        if s.groups > 1:  # depthwise: slice c of the one kernel is channel c's own filter → (C, 1, kh, kw)
            kernel, groups = bank[0][:, None], s.groups
        y = conv2d(x, kernel, stride=s.effective_stride, padding=s.padding, dilation=s.dilation, flip=s.flip,
                   groups=groups)
    elif s.mode == "transposed" and lesson.kernels:
        bank = lesson_kernel_bank(lesson)
        if x.ndim != 2 or bank.shape[:2] != (1, 1):
            raise ValueError(tr("a transposed-convolution lesson takes one (H, W) input and one (kh, kw) kernel"))
        y = conv_transpose2d(
            x, bank[0, 0], stride=s.effective_stride, padding=s.padding, output_padding=s.output_padding,
            dilation=s.dilation,
        )
    elif s.mode in ("max", "avg"):
        y = pool2d(x, s.pool_size, stride=s.effective_stride, padding=s.padding, mode=s.mode)
    elif s.activation is not None:
        y = np.asarray(x, dtype=np.float32)
    else:
        return None
    if s.activation == "maxout":
        y = maxout(y, axis=0)
    elif s.activation is not None:
        y = activation(y, s.activation, **s.activation_kwargs)
    return np.asarray(y)


def table_parameters(table: TableSpec):
    """The table's rows and total from `convviz.model.parameters.parameter_table` (one source of truth).

    A table naming a `network` takes that network's layers from
    `convviz.model.architectures` under the lesson's own title.
    """
    from convviz.model.parameters import LayerSpec, NetworkSpec, parameter_table

    if table.network is not None:
        from convviz.model.architectures import network

        spec = network(table.network)
        return parameter_table(NetworkSpec(table.title, spec.input_shape, spec.layers))
    layers = tuple(
        LayerSpec(layer.name, layer.kind, size=layer.size, kernel=layer.kernel, stride=layer.stride,
                  padding=layer.padding, bias=layer.bias, source=layer.source)
        for layer in table.layers
    )
    return parameter_table(NetworkSpec(table.title, table.input_shape, layers))


def table_total(table: TableSpec) -> int:
    """Learnable parameters of the whole table (weights + biases)."""
    return table_parameters(table).total


def check_expected(lesson: Lesson, *, rtol: float = 1e-5, atol: float = 1e-5) -> list[str]:
    """Sentences for every expected value that differs from what convviz computes (empty: all true)."""
    problems: list[str] = []
    expected = lesson.expected
    if expected is not None:
        x = lesson_input_array(lesson)
        if expected.input_shape is not None and (x is None or tuple(x.shape) != expected.input_shape):
            actual = tr("no input") if x is None else "×".join(map(str, x.shape))
            problems.append(tr("expected.input_shape is {expected} but the input is {actual}").format(
                expected=list(expected.input_shape), actual=actual))
        if expected.output is not None or expected.output_size is not None:
            y = compute_lesson(lesson)
            if y is None:
                problems.append(tr("expected.output is given but the lesson computes nothing (no kernel, pooling or "
                                   "activation)"))
            else:
                if expected.output_size is not None and tuple(y.shape[-2:]) != expected.output_size:
                    problems.append(tr("expected.output_size is {expected} but convviz computes {computed}").format(
                        expected=list(expected.output_size), computed=list(y.shape[-2:])))
                if expected.output is not None:
                    want = expected.output_array()
                    if want.shape != y.shape:
                        problems.append(tr("expected.output is {expected} but convviz computes {computed}").format(
                            expected="×".join(map(str, want.shape)), computed="×".join(map(str, y.shape))))
                    else:
                        bad = np.argwhere(~np.isclose(y, want, rtol=rtol, atol=atol))
                        for index in bad[:3]:
                            where = "".join(f"[{i}]" for i in index)
                            problems.append(tr("expected.output{where} is {expected:g} but convviz computes "
                                               "{computed:g}").format(
                                where=where, expected=want[tuple(index)], computed=float(y[tuple(index)])))
    for i, table in enumerate(lesson.tables):
        total = table_total(table)
        if table.total is not None and table.total != total:
            problems.append(tr("tables[{index}].total is {given:,} but the layers add up to {total:,}").format(
                index=i, given=table.total, total=total))
    return problems
