"""Opening a student's own model: LeNet weights or a TorchScript CNN; everything else refused clearly."""

from __future__ import annotations

import os
import pickle
import zipfile

import numpy as np
import pytest
import torch
from model_fixtures import FiveScores, FunctionalCNN, OnePictureOnly, SmallCNN, digit_like, save_torchscript, seeded
from torch import nn

from convviz.model.custom import UserModel, conv_filters, layer_activations, load_user_model
from convviz.model.explain import grad_cam, occlusion, saliency
from convviz.model.inference import predict
from convviz.model.lenet import LAYER_NAMES, LeNet

torch.set_num_threads(1)


# Opening own models is what these tests are about, not the sandbox's own start (warm, pooled processes).
pytestmark = pytest.mark.usefixtures("lent_sandboxes")


class _RunsCode:
    """Unpickling this would run a shell command that leaves a marker file."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


# --- LeNet state_dicts -------------------------------------------------------


def test_a_lenet_state_dict_opens_as_lenet_with_its_weights(tmp_path):
    trained = seeded(LeNet(), seed=7)
    path = tmp_path / "mine.pt"
    torch.save(trained.state_dict(), path)
    user = load_user_model(path)
    assert isinstance(user, UserModel) and user.kind == "lenet" and isinstance(user.module, LeNet)
    assert not user.module.training
    pictures = np.stack([digit_like(seed) for seed in range(5)])
    np.testing.assert_allclose(predict(user.module, pictures), predict(trained, pictures), rtol=1e-6)
    assert list(layer_activations(user, pictures[0])) == list(LAYER_NAMES)
    assert {name: f.shape for name, f in conv_filters(user).items()} == {
        "conv1": (6, 1, 5, 5),
        "conv2": (16, 6, 5, 5),
    }


def test_a_wrapped_or_dataparallel_state_dict_opens_too(tmp_path):
    state = seeded(LeNet(), seed=1).state_dict()
    torch.save({"epoch": 3, "state_dict": {f"module.{k}": v for k, v in state.items()}}, tmp_path / "ckpt.pt")
    user = load_user_model(tmp_path / "ckpt.pt")
    assert torch.equal(user.module.conv1.weight, state["conv1.weight"])


def test_a_state_dict_with_a_wrong_shape_names_the_layer_and_both_shapes(tmp_path):
    state = LeNet().state_dict()
    state["fc3.weight"] = torch.zeros(5, 84)
    state["fc3.bias"] = torch.zeros(5)
    torch.save(state, tmp_path / "five.pt")
    with pytest.raises(ValueError, match=r"fc3\.weight is 5×84 but LeNet needs 10×84"):
        load_user_model(tmp_path / "five.pt")


def test_a_state_dict_with_missing_and_extra_keys_names_them(tmp_path):
    state = LeNet().state_dict()
    del state["conv2.bias"]
    state["conv3.weight"] = torch.zeros(3)
    torch.save(state, tmp_path / "odd.pt")
    with pytest.raises(ValueError) as refused:
        load_user_model(tmp_path / "odd.pt")
    assert "missing conv2.bias" in str(refused.value) and "unexpected conv3.weight" in str(refused.value)


def test_the_state_dict_of_another_network_suggests_torchscript(tmp_path):
    torch.save(SmallCNN().state_dict(), tmp_path / "small.pt")
    with pytest.raises(ValueError, match="torch.jit.save"):
        load_user_model(tmp_path / "small.pt")


def test_weights_that_are_not_finite_are_refused(tmp_path):
    state = LeNet().state_dict()
    state["fc1.weight"][0, 0] = float("nan")
    torch.save(state, tmp_path / "nan.pt")
    with pytest.raises(ValueError, match="not finite numbers: fc1.weight"):
        load_user_model(tmp_path / "nan.pt")


# --- files that must never run code ------------------------------------------


@pytest.mark.parametrize("how", ["torch.save", "pickle"])
def test_a_pickle_with_code_is_refused_and_its_code_never_runs(tmp_path, how):
    marker = tmp_path / "code-ran"
    path = tmp_path / "evil.pt"
    payload = {"conv1.weight": _RunsCode(marker)}
    if how == "torch.save":
        torch.save(payload, path)
    else:
        path.write_bytes(pickle.dumps(payload))
    with pytest.raises(ValueError, match=r"holds Python objects or code \(posix\.system\)"):
        load_user_model(path)
    assert not marker.exists()


def test_a_whole_pickled_module_is_refused(tmp_path):
    torch.save(SmallCNN(), tmp_path / "module.pt")  # pickles the class by reference: code
    with pytest.raises(ValueError, match="never runs code"):
        load_user_model(tmp_path / "module.pt")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (os.urandom(2048), "not a PyTorch model file"),
        (b"\x80\x02garbage that starts like a pickle", "not a PyTorch model file"),
        ("a text file\n".encode(), "not a PyTorch model file"),
    ],
    ids=["empty", "random", "broken-pickle", "text"],
)
def test_files_that_are_no_model_are_refused_with_a_sentence(tmp_path, content, message):
    path = tmp_path / "thing.pt"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        load_user_model(path)


def test_a_zip_that_is_not_pytorch_and_a_truncated_archive_are_refused(tmp_path):
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ValueError, match="not a PyTorch model file"):
        load_user_model(tmp_path / "other.zip")
    torch.save(LeNet().state_dict(), tmp_path / "whole.pt")
    (tmp_path / "cut.pt").write_bytes((tmp_path / "whole.pt").read_bytes()[:3000])
    with pytest.raises(ValueError):
        load_user_model(tmp_path / "cut.pt")


def test_a_missing_path_and_a_folder_are_refused(tmp_path):
    with pytest.raises(ValueError, match="no file at"):
        load_user_model(tmp_path / "nothing.pt")
    with pytest.raises(ValueError, match="is a folder"):
        load_user_model(tmp_path)


# --- TorchScript models ------------------------------------------------------


def test_a_torchscript_cnn_loads_and_its_layers_and_filters_are_discovered(tmp_path):
    plain = seeded(SmallCNN(), seed=4)
    save_torchscript(plain, tmp_path / "small.pt")
    user = load_user_model(tmp_path / "small.pt")
    assert user.kind == "torchscript" and user.describes_layers and user.layers_problem is None
    assert [(s.name, s.kind) for s in user.layers] == [
        ("features.0", "Conv2d"), ("features.1", "ReLU"), ("features.2", "MaxPool2d"),
        ("features.3", "Conv2d"), ("features.4", "ReLU"), ("features.5", "MaxPool2d"),
        ("classifier.0", "Linear"), ("classifier.1", "ReLU"), ("classifier.2", "Linear"),
    ]  # fmt: skip

    picture = digit_like(2)
    maps = layer_activations(user, picture)
    assert list(maps) == ["input"] + [s.name for s in user.layers] + ["softmax"]
    x = torch.from_numpy(picture)[None, None]
    with torch.no_grad():
        np.testing.assert_allclose(maps["features.0"], plain.features[0](x)[0].numpy(), rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(maps["features.5"], plain.features(x)[0].numpy(), rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(maps["classifier.2"], plain(x)[0].numpy(), rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(maps["softmax"], torch.softmax(plain(x), 1)[0].numpy(), rtol=1e-5, atol=1e-7)
    assert maps["features.3"].shape == (8, 12, 12) and maps["classifier.0"].shape == (32,)

    filters = conv_filters(user)
    assert list(filters) == ["features.0", "features.3"]
    np.testing.assert_array_equal(filters["features.3"], plain.features[3].weight.detach().numpy())

    for explain in (saliency, grad_cam, occlusion):
        assert explain(user, picture).shape == (28, 28)
    np.testing.assert_allclose(grad_cam(user, picture, target=1), grad_cam(plain, picture, target=1), atol=1e-6)


def test_a_traced_sequential_cnn_is_discovered_too(tmp_path):
    plain = seeded(nn.Sequential(nn.Conv2d(1, 3, 5), nn.Tanh(), nn.Flatten(), nn.Linear(3 * 24 * 24, 10)))
    save_torchscript(plain, tmp_path / "traced.pt", trace=True)
    user = load_user_model(tmp_path / "traced.pt")
    assert [s.kind for s in user.layers] == ["Conv2d", "Tanh", "Flatten", "Linear"]
    assert list(layer_activations(user, digit_like(0))) == ["input", "0", "1", "2", "3", "softmax"]


def test_a_scripted_lenet_becomes_a_full_lenet(tmp_path):
    original = seeded(LeNet(), seed=9)
    save_torchscript(original, tmp_path / "lenet_script.pt")
    user = load_user_model(tmp_path / "lenet_script.pt")
    assert user.kind == "lenet" and isinstance(user.module, LeNet)
    assert list(layer_activations(user, digit_like(0))) == list(LAYER_NAMES)
    assert torch.equal(user.module.fc2.weight, original.fc2.weight)


def test_a_torchscript_model_that_is_no_chain_classifies_but_says_why_its_layers_are_hidden(tmp_path):
    save_torchscript(seeded(FunctionalCNN()), tmp_path / "functional.pt")
    user = load_user_model(tmp_path / "functional.pt")
    assert user.kind == "torchscript" and user.layers is None and not user.describes_layers
    assert "does more than run its layers in order" in user.layers_problem
    assert list(conv_filters(user)) == ["conv"]  # filters need no chain
    with pytest.raises(ValueError, match="does more than run its layers"):
        layer_activations(user, digit_like(0))
    assert saliency(user, digit_like(0)).shape == (28, 28)


@pytest.mark.parametrize(
    ("module", "message"),
    [
        (FiveScores(), r"returns shape \(1, 5\).*10 class scores"),
        (nn.Sequential(nn.Conv2d(3, 4, 3), nn.Flatten(), nn.Linear(4 * 26 * 26, 10)), "does not accept a 1×28×28"),
        (nn.Sequential(nn.Flatten(), nn.Linear(32 * 32, 10)), "does not accept a 1×28×28"),
        (OnePictureOnly(), "batch of two"),
    ],
    ids=["five-scores", "three-channels", "32x32-input", "one-picture-only"],
)
def test_a_torchscript_model_that_does_not_fit_is_refused(tmp_path, module, message):
    save_torchscript(module, tmp_path / "misfit.pt")
    with pytest.raises(ValueError, match=message):
        load_user_model(tmp_path / "misfit.pt")


def test_a_damaged_torchscript_archive_is_refused(tmp_path):
    save_torchscript(SmallCNN(), tmp_path / "whole.pt")
    with zipfile.ZipFile(tmp_path / "whole.pt") as source, zipfile.ZipFile(tmp_path / "broken.pt", "w") as target:
        for name in source.namelist():
            if not name.endswith("data.pkl"):
                target.writestr(name, source.read(name))
    with pytest.raises(ValueError, match="cannot be opened"):
        load_user_model(tmp_path / "broken.pt")
