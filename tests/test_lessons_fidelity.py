"""Issue 13: every lesson statement true, every deck slip noted, the new lessons' numbers checked with torch.

Text checks prove a wrong sentence is gone and the right one is there; number
checks recompute what the sentence claims with torch (or numpy / Pillow /
gzip), independently of convviz.core.
"""

from __future__ import annotations

import gzip
import math
import re
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch_reference_networks import LeNet1998, total_parameters

from convviz.core import conv2d, kernel_preset, load_image, pool2d
from convviz.lessons import builtin_lessons, lesson_by_id, lesson_input_array, lessons_folder, table_parameters

ROOT = Path(__file__).resolve().parents[1]
BY_NUMBER = {lesson.number: lesson for lesson in builtin_lessons()}


def words(number: int) -> str:
    """Everything a lesson says: title, explanation and slip note."""
    lesson = BY_NUMBER[number]
    return " ".join(filter(None, (lesson.title, lesson.explanation, lesson.slide_note)))


def torch_conv(x, kernel, **kwargs) -> np.ndarray:
    x = torch.as_tensor(np.asarray(x, dtype=np.float64))
    k = torch.as_tensor(np.asarray(kernel, dtype=np.float64))
    x4 = x.reshape((1, 1) + x.shape) if x.ndim == 2 else x[None]
    k4 = k.reshape((1, 1) + k.shape) if k.ndim == 2 else k[None]
    return F.conv2d(x4, k4, **kwargs)[0, 0].numpy()


# --- statements that were wrong ------------------------------------------------------------------

# (lesson, wrong text that must be gone, right text that must be there)
CORRECTED = [
    (2, "per pixel, it just", "per pixel; it just"),
    (2, None, "128/255 ≈ 0.502"),
    (3, "its shape is channels × height × width", "height × width × channels: (6, 6, 3)"),
    (5, "1/3 each output is", "With three weights of 1/3, each output"),
    (9, "level outlines", "the horizontal one the horizontal outlines"),
    (11, "which is why their values are small", "an artificial edge"),
    (15, "same nine weights, only", "relu(wᵀx + b)"),
    (16, None, "truncated"),
    (19, "itself, they are not padding", "itself and are not padding"),
    (22, "sees vertical edges in any colour", "the red edge (+30) and the green edge (−30) add up to 0"),
    (23, "even if it moves by a pixel", "as long as it stays inside the same 2×2 window"),
    (32, "multiplies the odds", "its probability is e ≈ 2.7 times as large"),
    (39, None, "LeNet-5 in its modern form"),
    (42, "14 million weights against 456", "14,455,392 parameters against 456"),
    (44, "921,600 inputs × 1,000 weights", "921,600 inputs × 1,000 neurons is 921,600,000 weights"),
]


@pytest.mark.parametrize("number, wrong, right", CORRECTED)
def test_corrected_statements(number, wrong, right):
    text = words(number)
    if wrong is not None:
        assert wrong not in text
    assert right in text


def test_the_readme_no_longer_claims_a_lesson_for_everything():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "One lesson for every worked example" not in readme
    assert f"({len(BY_NUMBER)} in all)" in readme
    assert "modern form" in readme and "1998" in readme


def test_padding_2_largest_value_is_an_artificial_border_edge():
    lesson = lesson_by_id("padding-2-wide")
    x = lesson_input_array(lesson)
    y = torch_conv(x, [[-1, 0, 1]] * 3, padding=2)
    row, col = np.unravel_index(np.argmax(np.abs(y)), y.shape)
    assert y[row, col] == -25 and col == y.shape[1] - 1  # the last column, not a small value
    assert list(x[row - 2 : row + 1, -1]) == [8, 8, 9]  # its window: the border pixels beside padding
    assert np.abs(y[[0, -1]]).max() > np.abs(y[2:-2, 2:-2]).mean()  # border cells are not small


def test_filter_2_cancels_a_red_edge_against_a_green_edge():
    lesson = lesson_by_id("rgb-quiz-filters")
    x = lesson_input_array(lesson)
    vertical = np.array([[1, 0, -1]] * 3, dtype=np.float64)
    red, green = torch_conv(x[0], vertical), torch_conv(x[1], vertical)
    assert red[0, 2] == 30 and green[0, 2] == -30
    both = F.conv2d(torch.tensor(x)[None], torch.tensor(np.stack([vertical] * 3))[None])[0, 0].numpy()
    assert (both[:, 2] == 0).all()


def test_softmax_one_point_more_means_e_times_the_probability():
    scores = torch.tensor(lesson_input_array(lesson_by_id("softmax")).reshape(-1), dtype=torch.float64)
    p = torch.softmax(scores, 0)
    ratios = p[:, None] / p[None, :]
    torch.testing.assert_close(ratios, torch.exp(scores[:, None] - scores[None, :]))
    assert int(torch.argmax(p)) == 3


def test_shape_orders_and_the_order_table():
    rgb = torch.tensor(lesson_input_array(lesson_by_id("image-rgb")))
    assert tuple(rgb.shape) == (3, 6, 6) and tuple(rgb.permute(1, 2, 0).shape) == (6, 6, 3) and rgb.numel() == 108
    assert np.shape(3) == () and np.shape([4, 6, 0, 5, 7, 1]) == (6,) and np.shape([[0, 1, 2], [6, 7, 8]]) == (2, 3)
    for text in ("the empty shape ()", "(6,)", "(2, 3)", "(2, 2, 3)", "(N, C, H, W)"):
        assert text in words(4)


def test_pixels_are_divided_by_255_for_the_photo_lessons():
    from PIL import Image

    path = lessons_folder().parent / "samples" / "camera.png"
    ours = load_image(path, mode="gray")
    with Image.open(path) as opened:
        theirs = np.asarray(opened.convert("L"), dtype=np.float32) / 255
    np.testing.assert_allclose(ours, theirs, atol=1 / 255)
    assert round(128 / 255, 3) == 0.502


def test_conv_layer_is_relu_of_weighted_sum_plus_bias_and_equivariant():
    lesson = lesson_by_id("conv-arithmetic-5x5")
    x = lesson_input_array(lesson)
    w = lesson.kernels[0].array()
    layer = torch.nn.Conv2d(1, 1, 3, dtype=torch.float64)
    with torch.no_grad():
        layer.weight.copy_(torch.tensor(w)[None, None])
        layer.bias.fill_(-12.5)
        z = torch.relu(layer(torch.tensor(x)[None, None]))[0, 0].numpy()
    np.testing.assert_allclose(z, np.maximum(torch_conv(x, w) - 12.5, 0))
    # equivariant, not invariant: shifting the input one column shifts the map one column
    wide = np.zeros((5, 7))
    wide[:, 1:6] = x
    shifted = np.roll(wide, 1, axis=1)
    np.testing.assert_allclose(torch_conv(shifted, w)[:, 1:], torch_conv(wide, w)[:, :-1])
    assert not np.allclose(torch_conv(shifted, w), torch_conv(wide, w))


def test_max_pooling_forgives_a_shift_only_inside_its_window():
    x = torch.zeros(1, 1, 4, 4)
    x[0, 0, 0, 0] = 9
    inside = torch.roll(x, 1, dims=3)  # column 0 → 1: same 2×2 window
    across = torch.roll(x, 2, dims=3)  # column 0 → 2: the next window
    assert torch.equal(F.max_pool2d(inside, 2), F.max_pool2d(x, 2))
    assert not torch.equal(F.max_pool2d(across, 2), F.max_pool2d(x, 2))


def test_next_layer_kernels_need_the_depth_of_this_output():
    lesson = lesson_by_id("x-pattern-two-kernels")
    x = torch.tensor(lesson_input_array(lesson))[None, None]
    bank = torch.tensor(np.stack([k.array() for k in lesson.kernels]))[:, None]
    out = F.conv2d(x, bank)
    assert tuple(out.shape[1:]) == (2, 7, 7)
    next_layer = torch.nn.Conv2d(out.shape[1], 4, 3)
    assert tuple(next_layer.weight.shape[1:]) == (2, 3, 3)  # (3, 3, 2, n) in the deck's order
    with pytest.raises(RuntimeError):
        torch.nn.Conv2d(1, 4, 3)(out.float())  # the slide's (3, 3, 1, 2): does not fit


def test_stride_and_padding_sizes_the_notes_state():
    six = np.ones((6, 6))
    seven = np.ones((7, 7))
    k = np.ones((3, 3))
    assert torch_conv(six, k, stride=2).shape == (2, 2) and torch_conv(seven, k, stride=2).shape == (3, 3)
    assert torch_conv(six, k, padding=1).shape == (6, 6) and torch_conv(six, k, padding=2).shape == (8, 8)


def test_edge_enhance_sums_to_one_and_the_decks_description_does_not_enhance():
    edge_enhance = kernel_preset("edge_enhance").values
    assert edge_enhance.sum() == pytest.approx(1.0)
    corners = np.array([[-1, 0, -1], [0, 0, 0], [-1, 0, -1]], dtype=np.float64)  # "negative corners, zero elsewhere"
    picture = np.random.default_rng(0).uniform(0.2, 1.0, size=(8, 8))
    assert corners.sum() == -4 and (torch_conv(picture, corners) < 0).all()
    assert BY_NUMBER[35].kernels[1].preset == "edge_enhance"


def test_the_deck_lenet_activation_sizes_in_lesson_40():
    table = table_parameters(lesson_by_id("lenet-parameter-table").tables[0])
    sizes = [row.activation_size for row in table.rows][:-1]  # the deck merges fc3 and softmax in one row
    stated = re.search(r"3,072 for the input, then (.*?)\.", words(40)).group(1).replace(" and", ",")
    assert [3072] + [int(n.replace(",", "")) for n in stated.split(", ")] == sizes


def test_why_convolutional_counts_biases_on_both_sides():
    fc, conv = (table_parameters(t) for t in lesson_by_id("parameters-why-convolutional").tables)
    assert fc.total == sum(p.numel() for p in torch.nn.Linear(3072, 4704, device="meta").parameters()) == 14_455_392
    assert lesson_by_id("parameters-why-convolutional").tables[0].slide_total == 3072 * 4704
    assert conv.total == sum(p.numel() for p in torch.nn.Conv2d(3, 6, 5).parameters()) == 456


def test_dense_explosion_numbers():
    layer = torch.nn.Linear(640 * 480 * 3, 1000, device="meta")
    assert layer.weight.numel() == 921_600_000 and total_parameters(layer) == 921_601_000


# --- the new lessons -----------------------------------------------------------------------------


def test_dense_1000x1000_lesson():
    layer = torch.nn.Linear(1000 * 1000 * 3, 1000, device="meta")
    assert tuple(layer.weight.shape) == (1000, 3_000_000) and layer.weight.numel() == 3_000_000_000
    table = table_parameters(lesson_by_id("parameters-dense-1000x1000").tables[0])
    assert table.total == total_parameters(layer) == 3_000_001_000
    assert layer.weight.numel() * 4 / 1e9 == 12  # "12 GB of float32 numbers"
    assert table_parameters(lesson_by_id("parameters-dense-1000x1000").tables[1]).total == 3072 * 1000 + 1000


def test_stacked_kernels_lesson_sizes_and_counts_equal_torch():
    def stack(*kernels):
        layers, channels = [], 64
        for k in kernels:
            layers += [torch.nn.Conv2d(channels, 64, k, device="meta"), torch.nn.ReLU()]
        model = torch.nn.Sequential(*layers[:-1])
        out = model(torch.empty(1, 64, 9, 9, device="meta"))
        return tuple(out.shape[-2:]), total_parameters(model)

    truth = {"Two 3×3": stack(3, 3), "One 5×5": stack(5), "Four 3×3": stack(3, 3, 3, 3), "One 9×9": stack(9)}
    assert truth == {"Two 3×3": ((5, 5), 73_856), "One 5×5": ((5, 5), 102_464),
                     "Four 3×3": ((1, 1), 147_712), "One 9×9": ((1, 1), 331_840)}
    for spec in lesson_by_id("stacked-3x3-kernels").tables:
        table = table_parameters(spec)
        (size, count), = [v for k, v in truth.items() if spec.title.startswith(k)]
        assert table.total == count and table.rows[-1].output_shape[1:] == size
    for count in ("73,856", "102,464", "147,712", "331,840"):
        assert count in words(47)


@pytest.mark.parametrize("lesson_id, network", [
    ("architecture-alexnet", "alexnet"), ("architecture-vgg16", "vgg16"), ("architecture-resnet50", "resnet50"),
])
def test_architecture_lessons_equal_the_torch_modules(lesson_id, network):
    from torch_reference_networks import REFERENCES

    spec = lesson_by_id(lesson_id).tables[0]
    assert spec.network == network
    assert table_parameters(spec).total == total_parameters(REFERENCES[network]()) == spec.total
    assert f"{spec.total:,}" in words(lesson_by_id(lesson_id).number)


def test_architecture_lesson_details():
    from torch_reference_networks import VGG16, AlexNet

    alex = AlexNet()
    fc = sum(total_parameters(getattr(alex, n)) for n in ("fc6", "fc7", "fc8"))
    assert round(100 * fc / total_parameters(alex)) == 96 and round(total_parameters(alex.fc6) / 1e6, 1) == 37.8
    assert total_parameters(VGG16().fc6) == 102_764_544 == 7 * 7 * 512 * 4096 + 4096
    assert "about 96 %" in words(48) and "37.8 million" in words(48) and "102,764,544" in words(49)


def test_lenet_1998_table_in_lesson_39():
    spec = lesson_by_id("lenet-pipeline").tables[1]
    assert spec.network == "lenet-1998"
    reference = LeNet1998()
    assert table_parameters(spec).total == total_parameters(reference) == spec.total == 60_000
    assert sum(b.numel() for b in reference.buffers()) == 840  # the RBF centres: fixed, not learned
    out = reference(torch.empty(1, 1, 32, 32, device="meta"))
    assert tuple(out.shape) == (1, 10)


def test_batch_lesson_holds_the_first_mnist_test_digits():
    lesson = lesson_by_id("batch-of-images")
    folder = lessons_folder().parent / "mnist"
    with gzip.open(folder / "t10k-images-idx3-ubyte.gz") as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 28, 28)
    with gzip.open(folder / "t10k-labels-idx1-ubyte.gz") as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)
    batch = lesson_input_array(lesson)
    np.testing.assert_array_equal(batch, images[:4])
    assert labels[:4].tolist() == [7, 2, 1, 0] and "(7, 2, 1, 0)" in words(51)
    t = torch.tensor(batch)
    assert tuple(t[..., None].shape) == (4, 28, 28, 1) and tuple(t[:, None].shape) == (4, 1, 28, 28)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(torch.zeros(60_000, 1)), batch_size=64)
    assert len(loader) == math.ceil(60_000 / 64) == 938 and "938 iterations" in words(51)


def test_sum_pooling_lesson_equals_torch_average_pooling_times_four():
    lesson = lesson_by_id("sum-pooling-4x4")
    x = torch.tensor(lesson_input_array(lesson))[None, None]
    truth = (F.avg_pool2d(x, 2) * 4)[0, 0].numpy()
    np.testing.assert_array_equal(lesson.expected.output_array(), truth)
    np.testing.assert_array_equal(pool2d(lesson_input_array(lesson), 2, mode="sum"), truth)
    np.testing.assert_array_equal(conv2d(lesson_input_array(lesson), lesson.kernels[0].array(), stride=2), truth)
    assert truth[0, 0] == 13 == 4 * 3.25


# --- the slip list -------------------------------------------------------------------------------


def slip_rows() -> list[dict]:
    text = (ROOT / "docs" / "deck-slips.md").read_text(encoding="utf-8")
    section = text.split("## Slips, each with a note in a lesson")[1].split("\n## ")[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[0].isdigit():
            rows.append({"n": int(cells[0]), "deck": cells[1], "line": cells[2], "says": cells[3],
                         "lesson": int(cells[5])})
    return rows


def test_every_listed_slip_is_quoted_in_the_lesson_that_shows_it():
    rows = slip_rows()
    assert [row["n"] for row in rows] == list(range(1, len(rows) + 1)) and len(rows) >= 26
    for row in rows:
        quote = re.search(r"`([^`]+)`", row["says"]).group(1)
        lesson = BY_NUMBER[row["lesson"]]
        assert lesson.slide_note, f"slip {row['n']}: lesson {row['lesson']} has no slip note"
        assert quote in lesson.slide_note, f"slip {row['n']}: {quote!r} is not quoted in lesson {row['lesson']}"


#: Slips whose slide line is LaTeX: the raw text to find on that line instead of the quote.
LATEX = {14: r"\mathcal{L}(\hat{y}^{(i)} - y^{(i)})", 19: "w^2 + 1", 20: r"300 \cdot 10 = 3000"}


def test_every_listed_slip_line_holds_the_quote_in_the_deck():
    seeds = ROOT.parent / "shared" / "seeds"
    decks = {path.name[:3]: path.read_text(encoding="utf-8").splitlines() for path in seeds.glob("*.txt")}
    if len(decks) != 5:
        pytest.skip("the five lecture decks are not on this machine")
    for row in slip_rows():
        quote = LATEX.get(row["n"]) or re.search(r"`([^`]+)`", row["says"]).group(1)
        first = int(re.match(r"\d+", row["line"]).group())
        line = decks[row["deck"]][first - 1].replace("*", "")
        assert quote.lower() in line.lower(), (row["n"], quote, line)


def test_every_slip_note_is_listed():
    listed = {row["lesson"] for row in slip_rows()}
    noted = {lesson.number for lesson in builtin_lessons() if lesson.slide_note}
    assert noted == listed
