"""The shipped weights: safe loading, clear errors for bad files, and real accuracy."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
import torch

from convviz.model import LeNet, default_weights_path, load_lenet, load_mnist, predict, save_weights


class NotWeights:
    """Unpickling this would run code: weights_only loading must refuse it."""

    def __reduce__(self):
        return (print, ("this must never run",))


@pytest.fixture(scope="module")
def trained() -> LeNet:
    return load_lenet()


@pytest.mark.slow
def test_accuracy_on_the_whole_official_test_set(trained):
    images, labels = load_mnist("test")
    accuracy = float((predict(trained, images).argmax(axis=1) == labels).mean())
    assert accuracy >= 0.988


def test_shipped_weights_are_a_small_plain_state_dict():
    path = default_weights_path()
    assert path.stat().st_size < 1_000_000
    state = torch.load(path, weights_only=True)
    assert set(state) == set(LeNet().state_dict())
    assert (path.parent / "MODEL_CARD.md").is_file()


def test_loaded_model_is_in_eval_mode_on_the_cpu(trained):
    assert not trained.training
    assert next(trained.parameters()).device.type == "cpu"
    assert trained.device_message is None


def test_a_missing_gpu_falls_back_to_the_cpu_with_a_message(tmp_path):
    if torch.cuda.is_available():
        pytest.skip("this machine has a CUDA GPU")
    model = load_lenet(device="cuda", path=save_weights(LeNet(), tmp_path / "w.pt"))
    assert next(model.parameters()).device.type == "cpu"
    assert "CPU" in model.device_message


def test_save_then_load_gives_the_same_predictions(tmp_path):
    torch.manual_seed(5)
    model = LeNet().eval()
    path = save_weights(model, tmp_path / "sub" / "w.pt")
    again = load_lenet(path=path)
    pictures = np.random.default_rng(0).random((3, 28, 28), dtype=np.float32)
    np.testing.assert_array_equal(predict(again, pictures), predict(model, pictures))


def test_missing_file_says_how_to_make_it(tmp_path):
    with pytest.raises(ValueError, match="missing.*convviz-train"):
        load_lenet(path=tmp_path / "nope.pt")


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage, not a weights file" * 10, b"PK\x03\x04" + bytes(100)],
    ids=["empty", "garbage", "broken-zip"],
)
def test_corrupt_file_is_a_clear_error(tmp_path, content):
    path = tmp_path / "w.pt"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="damaged or not a weights file"):
        load_lenet(path=path)


def test_truncated_weights_file_is_a_clear_error(tmp_path):
    path = save_weights(LeNet(), tmp_path / "w.pt")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ValueError, match="damaged"):
        load_lenet(path=path)


def test_code_in_a_pickle_is_never_run(tmp_path, capsys):
    path = tmp_path / "evil.pt"
    torch.save({"conv1.weight": NotWeights()}, path)
    with pytest.raises(ValueError, match="damaged or not a weights file"):
        load_lenet(path=path)
    assert "must never run" not in capsys.readouterr().out
    path.write_bytes(pickle.dumps(NotWeights()))
    with pytest.raises(ValueError):
        load_lenet(path=path)
    assert "must never run" not in capsys.readouterr().out


def test_weights_of_another_network_are_refused(tmp_path):
    state = LeNet().state_dict()
    state["conv1.weight"] = torch.zeros(8, 1, 5, 5)
    torch.save(state, tmp_path / "wide.pt")
    with pytest.raises(ValueError, match="do not fit this LeNet"):
        load_lenet(path=tmp_path / "wide.pt")
    del state["fc3.bias"]
    state["conv1.weight"] = torch.zeros(6, 1, 5, 5)
    torch.save(state, tmp_path / "short.pt")
    with pytest.raises(ValueError, match="do not fit this LeNet"):
        load_lenet(path=tmp_path / "short.pt")
    torch.save([1, 2, 3], tmp_path / "list.pt")
    with pytest.raises(ValueError, match="state_dict"):
        load_lenet(path=tmp_path / "list.pt")


def test_weights_with_nan_are_refused(tmp_path):
    state = LeNet().state_dict()
    state["fc2.weight"][0, 0] = float("nan")
    torch.save(state, tmp_path / "nan.pt")
    with pytest.raises(ValueError, match="NaN"):
        load_lenet(path=tmp_path / "nan.pt")


def test_unknown_device_name_is_a_value_error():
    with pytest.raises(ValueError, match="unknown device"):
        load_lenet(device="tpu")
