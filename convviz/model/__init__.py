"""Torch-only LeNet: architecture, weights, MNIST reader, preprocessing, training.

No Qt here: the app's views call these functions from the compute worker.
"""

from convviz.model.architectures import NETWORKS, network
from convviz.model.inference import activations, predict
from convviz.model.lenet import LAYER_NAMES, LEARNABLE_LAYERS, LeNet
from convviz.model.mnist import load_mnist, read_idx
from convviz.model.parameters import (
    DECK_LENET,
    MNIST_LENET,
    LayerSpec,
    NetworkSpec,
    ParameterRow,
    ParameterTable,
    deck_lenet_table,
    parameter_table,
)
from convviz.model.preprocess import PreprocessStages, preprocess_drawing, preprocess_stages
from convviz.model.weights import default_weights_path, load_lenet, save_weights

__all__ = [
    "DECK_LENET",
    "LAYER_NAMES",
    "LEARNABLE_LAYERS",
    "MNIST_LENET",
    "NETWORKS",
    "LayerSpec",
    "LeNet",
    "NetworkSpec",
    "ParameterRow",
    "ParameterTable",
    "PreprocessStages",
    "activations",
    "deck_lenet_table",
    "default_weights_path",
    "load_lenet",
    "load_mnist",
    "network",
    "parameter_table",
    "predict",
    "preprocess_drawing",
    "preprocess_stages",
    "read_idx",
    "save_weights",
]
