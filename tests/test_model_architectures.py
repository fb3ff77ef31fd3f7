"""Famous networks' parameter tables equal torch.nn modules built independently (tests/torch_reference_networks.py)."""

from __future__ import annotations

import pytest
from torch import nn
from torch_reference_networks import (
    C3_INPUTS,
    INPUTS,
    REFERENCES,
    output_shapes,
    parameters_by_name,
    total_parameters,
)

from convviz.model.architectures import LENET_1998_C3_CONNECTIONS, NETWORKS, network
from convviz.model.parameters import LayerSpec, NetworkSpec, parameter_table

#: The totals the reference implementations report (torchvision's model cards; LeCun 1998: "about 60,000").
PUBLISHED_TOTALS = {"alexnet": 61_100_840, "vgg16": 138_357_544, "resnet50": 25_557_032, "lenet-1998": 60_000}


@pytest.fixture(scope="module", params=sorted(REFERENCES))
def pair(request):
    name = request.param
    return name, parameter_table(NETWORKS[name]), REFERENCES[name]()


def test_totals_equal_torch_and_the_published_counts(pair):
    name, table, module = pair
    assert table.total == total_parameters(module) == PUBLISHED_TOTALS[name]
    assert NETWORKS[name].input_shape == INPUTS[name]


def test_every_learnable_layer_matches_its_module(pair):
    name, table, module = pair
    torch_counts = parameters_by_name(module)
    if name == "lenet-1998":  # C3 is sixteen small convolutions in the reference: add them up by layer
        merged: dict[str, int] = {}
        for key, count in torch_counts.items():
            merged[key.split(".")[0]] = merged.get(key.split(".")[0], 0) + count
        torch_counts = merged
    ours = {row.layer: row.parameters for row in table.rows if row.parameters}
    assert ours == torch_counts


def test_output_shapes_follow_the_modules(pair):
    name, table, module = pair
    shapes = output_shapes(module, INPUTS[name])
    checked = 0
    for row in table.rows:
        if row.layer in shapes and row.kind in ("conv", "pool", "avgpool", "bn", "subsample", "fc"):
            want = shapes[row.layer]
            assert row.output_shape == want, (row.layer, row.output_shape, want)
            checked += 1
    assert checked >= {"lenet-1998": 5, "alexnet": 11, "vgg16": 21, "resnet50": 100}[name]
    assert table.rows[-1].output_shape == ((10,) if name == "lenet-1998" else (1000,))


def test_resnet50_has_fifty_weighted_layers_and_sixteen_shortcuts():
    table = parameter_table(NETWORKS["resnet50"])
    convs = [r for r in table.rows if r.kind == "conv" and "downsample" not in r.layer]
    fcs = [r for r in table.rows if r.kind == "fc"]
    assert len(convs) + len(fcs) == 50
    assert sum(r.kind == "add" for r in table.rows) == 16
    assert sum(r.kind == "bn" for r in table.rows) == 53  # 49 + 4 projection shortcuts
    assert all(r.biases == 0 for r in convs)  # batch norm's shift replaces the bias


def test_lenet_1998_counts_layer_by_layer():
    rows = {r.layer: r for r in parameter_table(NETWORKS["lenet-1998"]).rows}
    assert [rows[n].parameters for n in ("C1", "S2", "C3", "S4", "C5", "F6")] == [156, 12, 1_516, 32, 48_120, 10_164]
    assert rows["C3"].weights == 60 * 25  # 60 of the 96 possible map connections
    assert rows["output (RBF)"].parameters == 0 and rows["output (RBF)"].fixed == 840
    assert LENET_1998_C3_CONNECTIONS == C3_INPUTS  # the paper's Table I, read column by column


def test_alexnet_and_vgg_keep_most_parameters_in_the_classifier():
    for name, share in (("alexnet", 0.95), ("vgg16", 0.89)):
        table = parameter_table(NETWORKS[name])
        fc = sum(r.parameters for r in table.rows if r.kind == "fc")
        assert fc / table.total > share


def test_bad_network_descriptions_get_a_sentence():
    with pytest.raises(ValueError, match="unknown network 'lenet7'"):
        network("lenet7")
    shortcut = (LayerSpec("input", "input"), LayerSpec("a", "conv", size=4, kernel=3, padding=1),
                LayerSpec("sum", "add", source="input"))
    with pytest.raises(ValueError, match="residual sum needs equal shapes"):
        parameter_table(NetworkSpec("t", (3, 8, 8), shortcut))
    with pytest.raises(ValueError, match="not an earlier layer"):
        parameter_table(NetworkSpec("t", (3, 8, 8), (LayerSpec("x", "conv", size=2, kernel=1, source="later"),)))
    with pytest.raises(ValueError, match="needs a source"):
        parameter_table(NetworkSpec("t", (3, 8, 8), (LayerSpec("sum", "add"),)))
    twice = (LayerSpec("a", "relu"), LayerSpec("a", "relu"), LayerSpec("b", "add", source="a"))
    with pytest.raises(ValueError, match="unique names"):
        parameter_table(NetworkSpec("t", (3, 8, 8), twice))
    partial = LayerSpec("c", "conv", size=2, kernel=3, connections=((0,), (0, 5)))
    with pytest.raises(ValueError, match="numbered 0 to 2"):
        parameter_table(NetworkSpec("t", (3, 8, 8), (partial,)))
    with pytest.raises(ValueError, match="lists 1 filters but the layer has 2"):
        parameter_table(NetworkSpec("t", (3, 8, 8), (LayerSpec("c", "conv", size=2, kernel=3, connections=((0,),)),)))


def test_batch_norm_and_partial_convolution_equal_torch_on_a_small_case():
    spec = NetworkSpec("t", (3, 6, 6), (
        LayerSpec("c", "conv", size=2, kernel=3, connections=((0, 2), (1,))),
        LayerSpec("bn", "bn"),
        LayerSpec("f", "fc", size=4),
        LayerSpec("bn1d", "bn"),
    ))
    table = parameter_table(spec)
    reference = (2 * 9 + 1) + (1 * 9 + 1) + sum(p.numel() for p in nn.BatchNorm2d(2).parameters()) \
        + sum(p.numel() for p in nn.Linear(2 * 4 * 4, 4).parameters()) + sum(p.numel() for p in nn.BatchNorm1d(4).parameters())
    assert table.total == reference
