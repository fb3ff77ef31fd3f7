"""Torch-only LeNet: architecture, weights, MNIST reader, preprocessing, training."""
