"""File ▸ Export ▸ Python, Qt-free: the generated script and notebook run on their own and print the app's numbers.

Every scene is built from the app's own state objects, its code generated,
run (in a fresh `python -I` process, from an empty folder: no convviz on the
path), its printed numbers parsed and compared with what convviz.state
computes for the same scene, to 1e-5. A hypothesis test runs many more
settings in-process (the same code, executed) to cover shapes, strides,
padding, dilation and flips without a process each.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from exported_code import close, exec_code, no_convviz, printed, run_script
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from convviz.export.python_script import (
    as_whole_bytes,
    notebook,
    number,
    python_script,
    scene_sections,
    write_notebook,
    write_python_script,
)
from convviz.export.scene import ConvolutionScene, StepsScene, lenet_scene
from convviz.state.convolution import ConvolutionSettings, resolve
from convviz.state.convolution_run import run_pipeline, torch_call_lines
from convviz.state.steps import POOLING_4, VERTICAL_EDGE_7, StepsSettings, build_steps


# ---------------------------------------------------------------------- what the app shows for a scene
def check_convolution(values: dict[str, list[float]], request) -> None:
    """The printed numbers against convviz's own pipeline for the same request."""
    maps, details = run_pipeline(request)
    conv, activated = maps.conv.values, details.activated.values
    channels = 3 if request.mode == "rgb" else 1
    assert values["picture shape"] == ([3] if channels == 3 else []) + list(request.input_size)
    assert values["feature map shape"] == [1, 1, *conv.shape]
    close(values["feature map min and max"], [conv.min(), conv.max()])
    close(values["feature map first row"], conv[0, :6])
    close(values["after the activation min and max"], [activated.min(), activated.max()])
    close(values["after the activation first row"], activated[0, :6])
    if details.pooled is not None:
        pooled = details.pooled.values
        assert values["after pooling shape"] == [1, 1, *pooled.shape]
        close(values["after pooling min and max"], [pooled.min(), pooled.max()])
        close(values["after pooling first row"], pooled[0, :6])
    else:
        assert "after pooling shape" not in values
    if request.pinned is None:
        assert "pinned cell sum of products" not in values
        return
    pinned = details.pinned
    close(values["pinned cell sum of products"], [pinned.total])
    close(values["feature map at the pinned cell"], [pinned.total])
    close(values["pinned cell after the activation"], [pinned.activated])
    if channels == 3:
        for (label, _, total), name in zip(pinned.lines, ("red", "green", "blue")):
            close(values[f"pinned cell {name} channel"], [total])
    else:
        close(values["pinned cell products"], [pinned.lines[0][2]])


def check_steps(values: dict[str, list[float]], settings: StepsSettings) -> None:
    built = build_steps(settings)
    assert built.steps is not None
    out_h, out_w = built.output_shape
    assert values["output shape"] == [1, settings.filter_count if settings.mode == "conv" else 1, out_h, out_w]
    output = built.values.reshape(out_h, out_w)
    for r in range(out_h):
        close(values[f"output row {r}"], output[r])
    for index, expected in enumerate(built.values):
        r, c = divmod(index, out_w)
        close(values[f"step {index + 1} (output row {r}, column {c})"], [expected])
    assert f"step {built.count + 1} (output row {out_h}, column 0)" not in values


def grey_picture(height: int, width: int, seed: int = 0) -> np.ndarray:
    """Whole 8-bit levels as the app loads them from a PNG (embedded as PNG)."""
    levels = np.random.default_rng(seed).integers(0, 256, (height, width))
    return levels.astype(np.float32) / np.float32(255.0)


def conv_scene(picture: np.ndarray, kernel=None, name: str = "test picture", **changes) -> ConvolutionScene:
    settings = ConvolutionSettings(**{k: v for k, v in changes.items() if k != "unlinked"})
    if changes.get("unlinked"):
        settings.link_channels = False
        for channel, values in enumerate(kernel):
            settings.edit_channel = channel
            settings.set_kernel(values)
        settings.edit_channel = 0
    elif kernel is not None:
        settings.set_kernel(kernel)
    return ConvolutionScene(resolve(settings, picture), name)


# ---------------------------------------------------------------------- convolution, in a process of its own
def test_grey_convolution_with_stride_padding_dilation_flip_runs_alone_and_prints_the_apps_numbers(tmp_path):
    picture = grey_picture(23, 31)
    scene = conv_scene(
        picture, [[1, 2, -1], [0, 0.5, 3], [-2, 1, 0.25]], stride=(2, 1), padding_kind="custom",
        padding=(1, 2), dilation=(1, 2), flip=True, activation="relu", pool_mode="max", pinned=(4, 7),
    )
    code = python_script(scene)
    no_convviz(code)
    assert "PICTURE_PNG" in code and "PICTURE_NPZ" not in code  # whole 8-bit levels travel as a PNG
    for line in torch_call_lines(scene.request):  # the PyTorch panel's lines, verbatim
        assert line in code.splitlines()
    check_convolution(printed(run_script(code, tmp_path, fresh=True)), scene.request)


def test_rgb_convolution_with_reflect_padding_and_a_kernel_per_channel(tmp_path):
    rng = np.random.default_rng(1)
    picture = (rng.integers(0, 256, (3, 17, 14)).astype(np.float32) / np.float32(255.0))
    kernels = [[[1, 0, -1], [2, 0, -2], [1, 0, -1]], [[0, 1, 0], [1, -4, 1], [0, 1, 0]], [[0.1] * 3] * 3]
    scene = conv_scene(
        picture, kernels, unlinked=True, mode="rgb", stride=(1, 2), padding_kind="custom", padding=(2, 1),
        padding_mode="reflect", dilation=(2, 1), activation="leaky_relu", slope=0.2, pool_mode="avg",
        pool_size=3, pool_stride=2, pinned=(3, 2),
    )
    assert not np.array_equal(scene.request.kernel[0], scene.request.kernel[1])
    code = python_script(scene)
    assert 'mode="reflect"' in code
    check_convolution(printed(run_script(code, tmp_path)), scene.request)


def test_a_picture_read_from_its_file_gives_the_same_numbers_and_says_when_the_file_changed(tmp_path):
    from convviz.samples import load_picture

    rng = np.random.default_rng(2)
    path = tmp_path / "photo.png"
    Image.fromarray(rng.integers(0, 256, (19, 26, 3), dtype=np.uint8)).save(path)
    picture = load_picture(path)  # as the app reads it
    scene = conv_scene(picture, padding_kind="same", padding_mode="replicate", activation="tanh",
                       pool_mode="none", pinned=(0, 25))
    scene = ConvolutionScene(scene.request, "photo.png", str(path))
    code = python_script(scene, picture="file")
    assert "PICTURE_PNG" not in code and "PICTURE_NPZ" not in code and repr(str(path)) in code
    elsewhere = tmp_path / "elsewhere"  # run from another folder: the code finds the picture by its full path
    elsewhere.mkdir()
    output = run_script(code, elsewhere, "from_file.py")
    assert "Note:" not in output
    check_convolution(printed(output), scene.request)

    Image.fromarray(rng.integers(0, 256, (19, 26, 3), dtype=np.uint8)).save(path)  # the file changed since
    assert "Note: this is not quite the picture the app showed" in run_script(code, tmp_path, "changed.py")


def test_the_notebooks_code_cells_read_top_to_bottom_run_and_print_the_same_numbers(tmp_path):
    picture = np.random.default_rng(3).random((3, 12, 15), dtype=np.float32)  # not whole levels: an .npz
    scene = conv_scene(picture, [[0, -1, 0], [-1, 5, -1], [0, -1, 0]], padding_kind="valid",
                       activation="elu", alpha=0.5, pool_mode="max", pool_size=2, pool_stride=1, pinned=(2, 3))
    path = write_notebook(scene, tmp_path / "scene.ipynb")
    book = json.loads(path.read_text(encoding="utf-8"))
    assert book["nbformat"] == 4 and book["nbformat_minor"] >= 5
    assert book["metadata"]["kernelspec"]["language"] == "python"
    kinds = [cell["cell_type"] for cell in book["cells"]]
    assert kinds[:2] == ["markdown", "code"] and set(kinds) == {"markdown", "code"}
    ids = [cell["id"] for cell in book["cells"]]
    assert len(set(ids)) == len(ids)
    for cell in book["cells"]:
        assert isinstance(cell["source"], list) and all(isinstance(line, str) for line in cell["source"])
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    code = "\n\n".join("".join(cell["source"]) for cell in book["cells"] if cell["cell_type"] == "code")
    assert "PICTURE_NPZ" in code
    output = run_script(code, tmp_path, "cells.py")
    check_convolution(printed(output), scene.request)
    assert printed(output) == printed(exec_code(python_script(scene)))  # the script prints the very same


# ---------------------------------------------------------------------- convolution, many settings in-process
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    rgb=st.booleans(),
    colour_picture=st.booleans(),
    kernel_size=st.tuples(st.integers(1, 5), st.integers(1, 5)),
    stride=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    dilation=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    padding_kind=st.sampled_from(["valid", "same", "custom"]),
    padding=st.tuples(st.integers(0, 3), st.integers(0, 3)),
    padding_mode=st.sampled_from(["zeros", "reflect", "replicate"]),
    flip=st.booleans(),
    activation=st.sampled_from(["none", "relu", "leaky_relu", "sigmoid", "tanh", "elu", "softmax"]),
    pool_mode=st.sampled_from(["max", "avg", "none"]),
    pool=st.tuples(st.integers(1, 4), st.integers(1, 3)),
)
def test_any_convolution_scene_prints_the_apps_numbers(data, rgb, colour_picture, kernel_size, stride, dilation,
                                                       padding_kind, padding, padding_mode, flip, activation,
                                                       pool_mode, pool):
    rng = np.random.default_rng(data.draw(st.integers(0, 1000)))
    shape = (3, 13, 16) if colour_picture else (13, 16)
    picture = rng.random(shape, dtype=np.float32) if data.draw(st.booleans()) else (
        rng.integers(0, 256, shape).astype(np.float32) / np.float32(255.0))
    kernel = rng.integers(-3, 4, kernel_size).astype(float) * data.draw(st.sampled_from([1.0, 0.5, 0.1]))
    request_settings = ConvolutionSettings(
        mode="rgb" if rgb else "gray", stride=stride, dilation=dilation, padding_kind=padding_kind,
        padding=padding, padding_mode=padding_mode, flip=flip, activation=activation, pool_mode=pool_mode,
        pool_size=pool[0], pool_stride=pool[1], slope=0.15, alpha=0.7,
    )
    request_settings.set_kernel(kernel)
    try:
        request = resolve(request_settings, picture)
    except ValueError:
        return  # no output: the view shows why, there is nothing to export
    pinned = (data.draw(st.integers(0, request.output_size[0] - 1)), data.draw(st.integers(0, request.output_size[1] - 1)))
    request_settings.pinned = pinned
    request = resolve(request_settings, picture)
    check_convolution(printed(exec_code(python_script(ConvolutionScene(request, "drawn")))), request)


# ---------------------------------------------------------------------- steps
def test_steps_convolution_prints_the_matrices_and_every_steps_sum(tmp_path):
    steps = StepsSettings(image=VERTICAL_EDGE_7, stride=2, padding=1, dilation=2, flip=True,
                          kernel=[[-1, 0, 2], [0.5, 1, 0], [1, -2, 3]])
    code = python_script(StepsScene(steps))
    no_convviz(code)
    output = run_script(code, tmp_path)
    check_steps(printed(output), steps)
    assert "every step equals the output cell: True" in output
    built = build_steps(steps)
    assert "step 1 (output row 0, column 0): " in output
    assert output.count("\nstep ") + output.startswith("step ") == built.count


def test_steps_max_pooling_with_padding_never_lets_the_padding_win(tmp_path):
    steps = StepsSettings(image=-POOLING_4 - 1, mode="max", pool_size=3, stride=2, padding=1)  # all negative
    output = run_script(python_script(StepsScene(steps)), tmp_path)
    check_steps(printed(output), steps)
    assert "inf" not in output


@pytest.mark.parametrize("steps", [
    StepsSettings(image=POOLING_4, mode="avg", pool_size=2, stride=2, padding=1),
    StepsSettings(image=POOLING_4, mode="avg", pool_size=3, stride=1, padding=0),
    StepsSettings(padding=2, stride=3),
    StepsSettings(image=np.arange(30).reshape(5, 6) / 7, kernel=[[1, -1]], dilation=3),
])
def test_more_steps_scenes_in_process(steps):
    check_steps(printed(exec_code(python_script(StepsScene(steps)))), steps)


@settings(max_examples=30, deadline=None)
@given(
    data=st.data(),
    shape=st.tuples(st.integers(1, 9), st.integers(1, 9)),
    mode=st.sampled_from(["conv", "max", "avg"]),
    stride=st.integers(1, 3),
    dilation=st.integers(1, 3),
    flip=st.booleans(),
)
def test_any_steps_scene_prints_every_steps_value(data, shape, mode, stride, dilation, flip):
    rng = np.random.default_rng(data.draw(st.integers(0, 1000)))
    image = rng.integers(-9, 10, shape) * data.draw(st.sampled_from([1.0, 0.25, 0.1]))
    kernel_shape = (data.draw(st.integers(1, 4)), data.draw(st.integers(1, 4)))
    pool_size = data.draw(st.integers(1, 4))
    padding = data.draw(st.integers(0, 3 if mode == "conv" else pool_size // 2))
    steps = StepsSettings(image=image, kernel=rng.integers(-3, 4, kernel_shape), stride=stride, padding=padding,
                          dilation=dilation, flip=flip, mode=mode, pool_size=pool_size)
    if build_steps(steps).steps is None:
        return  # no output: the view explains why, there is nothing to export
    check_steps(printed(exec_code(python_script(StepsScene(steps)))), steps)


@pytest.mark.parametrize("steps", [
    # the decks' colour example: 6x6x3 input, three 3x3x3 filters, a bias each, "same" padding (uneven at stride 2)
    StepsSettings(image=np.arange(108).reshape(3, 6, 6) % 7 - 3, kernel=np.arange(81).reshape(3, 3, 3, 3) % 5 - 2,
                  bias=(0.5, -1.0, 2.0), filter_index=1, padding="same", stride=2),
    StepsSettings(image=np.arange(48).reshape(3, 4, 4) % 5, kernel=np.ones((3, 2, 2)), padding=(1, 0), flip=True),
    StepsSettings(image=VERTICAL_EDGE_7, kernel=[[1, 1, 1], [1, 1, 1], [1, 1, 1]], kernel_scale="1/9"),
    StepsSettings(image=POOLING_4, mode="max", pool_size=3, padding=(1, 0)),
    StepsSettings(image=POOLING_4, mode="avg", pool_size=2, padding=(1, 0)),
])
def test_colour_banks_bias_uneven_padding_and_a_factor_written_apart_print_the_views_numbers(steps):
    code = python_script(StepsScene(steps))
    no_convviz(code)
    output = exec_code(code)
    check_steps(printed(output), steps)
    assert "every step equals the output cell: True" in output
    if steps.channels > 1:  # every channel's products on a line of its own before the step's total
        assert "  step 1 channel 2: " in output


def test_transposed_steps_stamp_the_kernel_and_add_up_to_torchs_output(tmp_path):
    steps = StepsSettings(image=[[1, 2], [3, -1]], kernel=[[1, 0, 2], [-1, 1, 0], [0, 3, 1]], mode="transposed",
                          stride=2, padding=1, output_padding=1)
    code = python_script(StepsScene(steps))
    no_convviz(code)
    output = run_script(code, tmp_path)
    values = printed(output)
    built = build_steps(steps)
    expected = torch.nn.functional.conv_transpose2d(
        torch.tensor([[[[1.0, 2.0], [3.0, -1.0]]]]), torch.tensor([[[[1.0, 0, 2], [-1, 1, 0], [0, 3, 1]]]]),
        stride=2, padding=1, output_padding=1)[0, 0].numpy()
    assert values["output shape"] == [1, 1, *built.output_shape] == [1, 1, *expected.shape]
    for r, row in enumerate(expected):
        close(values[f"output row {r}"], row)
    np.testing.assert_allclose(built.values.reshape(built.output_shape), expected)
    assert "the stamps add up to the output: True" in output
    assert output.count("(input row ") == built.count == 4


# ---------------------------------------------------------------------- LeNet
@pytest.fixture(scope="module")
def lenet():
    from convviz.model import default_weights_path, load_lenet

    if not default_weights_path().is_file():
        pytest.skip("the trained LeNet weights are not shipped in this checkout")
    return load_lenet("cpu")


def app_answer(model, weights, digit):
    """What the LeNet view computes: its runner on a weights snapshot (the app's own numbers)."""
    from types import MappingProxyType

    from convviz.state.lenet import InputPicture, WeightsSnapshot
    from convviz.state.lenet_run import LeNetRequest, LeNetRunner

    snapshot = WeightsSnapshot(1, MappingProxyType(dict(weights)))
    request = LeNetRequest(InputPicture("test", digit=digit, label=None), snapshot, "cpu")
    return LeNetRunner(model).run(request)


def test_lenet_with_an_edited_filter_prints_the_apps_probabilities_and_prediction(tmp_path, lenet):
    from convviz.state.lenet import LeNetState
    from convviz.state.lenet_run import test_digits

    images, labels = test_digits()
    state = LeNetState(lenet.state_dict())
    state.set_kernel("conv1", 3, 0, np.full((3, 3), -0.7))
    state.set_kernel_cell("conv2", 5, 2, 1, 1, 2.5)
    weights = state.snapshot().tensors
    result = app_answer(lenet, weights, images[0])
    scene = lenet_scene(weights, images[0], "MNIST test #0", int(labels[0]), (("conv1", 3), ("conv2", 5)))
    code = python_script(scene)
    no_convviz(code)
    assert "DIGIT_PNG" in code  # a test digit is whole 8-bit levels
    values = printed(run_script(code, tmp_path))
    close(values["probabilities"], result.probabilities)
    close(values["logits"], result.layers["fc3"])
    assert values["prediction"] == [result.prediction]
    assert values["parameters"] == [sum(t.numel() for t in weights.values())]
    unedited = lenet_scene(lenet.state_dict(), images[0], "MNIST test #0")
    assert printed(exec_code(python_script(unedited)))["logits"] != values["logits"]  # the edits matter


def test_lenet_on_a_preprocessed_drawing_embeds_its_float_digit(lenet):
    from convviz.model import preprocess_stages

    drawing = np.zeros((140, 140), dtype=np.float32)
    drawing[30:110, 65:78] = 1.0  # a "1"
    digit = preprocess_stages(drawing).centred
    assert as_whole_bytes(digit) is None
    result = app_answer(lenet, lenet.state_dict(), digit)
    code = python_script(lenet_scene(lenet.state_dict(), digit, "drawing"))
    assert "DIGIT_NPZ" in code
    values = printed(exec_code(code))
    close(values["probabilities"], result.probabilities)
    assert values["prediction"] == [result.prediction]


# ---------------------------------------------------------------------- the pieces
@given(st.floats(allow_nan=False, allow_infinity=False, width=32))
def test_a_number_reads_back_as_the_same_float32(value):
    text = number(value)
    assert torch.tensor([float(text)], dtype=torch.float32).item() == np.float32(value)
    assert len(text) <= 16


def test_whole_bytes_only_when_uint8_over_255_gives_back_every_value():
    levels = np.arange(256, dtype=np.uint8)
    assert np.array_equal(as_whole_bytes(levels.astype(np.float32) / np.float32(255.0)), levels)
    assert as_whole_bytes(np.array([0.5], dtype=np.float32)) is None
    assert as_whole_bytes(np.array([1.5], dtype=np.float32)) is None


def test_a_picture_that_came_from_no_file_cannot_be_read_from_one():
    scene = conv_scene(grey_picture(8, 8))
    with pytest.raises(ValueError, match="did not come from a file"):
        python_script(scene, picture="file")
    with pytest.raises(ValueError, match="embedded or read from its file"):
        scene_sections(scene, picture="url")
    with pytest.raises(ValueError, match="Convolution view"):
        python_script(StepsScene(StepsSettings()), picture="file")


def test_writing_leaves_only_the_file_asked_for(tmp_path):
    scene = StepsScene(StepsSettings())
    script = write_python_script(scene, tmp_path / "steps.py")
    book = write_notebook(scene, tmp_path / "steps.ipynb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["steps.ipynb", "steps.py"]
    assert script.read_text(encoding="utf-8") == python_script(scene)
    assert json.loads(book.read_text(encoding="utf-8")) == notebook(scene)
    assert script.stat().st_mode & 0o644 == 0o644
    with pytest.raises(ValueError, match="does not exist"):
        write_python_script(scene, tmp_path / "no such folder" / "x.py")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["steps.ipynb", "steps.py"]
