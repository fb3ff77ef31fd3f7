"""Qt-free maths the views display: convolution, pooling, activations, steps, kernels, images."""
