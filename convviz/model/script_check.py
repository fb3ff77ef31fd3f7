"""Read a TorchScript model's code before it runs: only the operations of a small CNN are allowed.

TorchScript is code: a forward can call `torch.from_file(path, True, n)` and
write into any file, or loop forever. Every method of the module and of every
submodule (and every hook) is inlined, so the calls it makes are part of its
own graph, and every node, inside branches and loops too, must be one of the
operations listed here. Anything else is refused with a sentence naming it.
`while` loops are refused (nothing bounds them); `for` loops run a counted
number of times, and the sandbox's time limit bounds even a huge count.
"""

from __future__ import annotations

import torch

from convviz.i18n import tr, tr_noop

#: Tensor operations a small CNN's forward (scripted or traced) uses.
_TENSOR_OPS = {
    # layers
    "conv2d", "_convolution", "convolution", "linear", "addmm", "mm", "matmul", "bmm", "t",
    "max_pool2d", "max_pool2d_with_indices", "avg_pool2d", "adaptive_avg_pool2d", "adaptive_max_pool2d",
    "batch_norm", "layer_norm", "group_norm", "instance_norm",
    "dropout", "dropout_", "feature_dropout", "feature_dropout_", "alpha_dropout", "alpha_dropout_",
    "feature_alpha_dropout", "feature_alpha_dropout_",
    # activations
    "relu", "relu_", "relu6", "leaky_relu", "leaky_relu_", "elu", "elu_", "selu", "selu_", "celu", "celu_",
    "gelu", "silu", "silu_", "mish", "mish_", "hardtanh", "hardtanh_", "hardswish", "hardswish_",
    "hardsigmoid", "hardsigmoid_", "sigmoid", "sigmoid_", "tanh", "tanh_", "softplus", "prelu", "threshold",
    "softmax", "log_softmax",
    # shapes and arithmetic
    "flatten", "view", "reshape", "squeeze", "unsqueeze", "permute", "transpose", "contiguous", "clone",
    "detach", "slice", "select", "cat", "size", "dim", "numel",
    "add", "add_", "sub", "sub_", "mul", "mul_", "div", "div_", "neg", "abs", "exp", "log", "sqrt", "pow",
    "clamp", "clamp_", "clamp_min", "clamp_max", "mean", "sum", "amax", "max", "min", "argmax",
    # plain values (sizes, checks, messages)
    "__getitem__", "__is__", "__isnot__", "__not__", "__contains__", "__derive_index", "__range_length",
    "len", "list", "eq", "ne", "lt", "gt", "le", "ge", "floordiv", "remainder", "Int", "Float", "Bool",
    "ScalarImplicit", "format", "warn",
}  # fmt: skip
#: Graph structure TorchScript uses around them.
_PRIM_OPS = {
    "Constant", "GetAttr", "If", "Loop", "ListConstruct", "ListUnpack", "TupleConstruct", "TupleUnpack",
    "TupleIndex", "unchecked_cast", "RaiseException", "Uninitialized", "NumToTensor", "dtype", "device",
    "min", "max", "isinstance", "Print",  # print() goes nowhere: the sandbox's output is discarded
}  # fmt: skip
ALLOWED_OPS = frozenset({f"aten::{name}" for name in _TENSOR_OPS} | {f"prim::{name}" for name in _PRIM_OPS})

#: The trip count TorchScript gives a `while` loop: no bound at all.
_UNBOUNDED = 2**63 - 1

_WHAT_IS_ALLOWED = tr_noop(
    "own models may only use the operations of a small CNN (convolutions, pooling, linear layers, "
    "activations, normalisation, dropout, reshaping and arithmetic)"
)


def check_script_module(module: torch.jit.ScriptModule, name: str) -> None:
    """ValueError naming the first operation of `module` that is not allowed; nothing is run."""
    for sub_name, sub in module.named_modules():
        where = sub_name or tr("the model")
        for method in sub._c._method_names():
            _check_graph(sub._c._get_method(method).graph, name, tr("{method} of {where}").format(method=method, where=where))
        for hook in (*_hooks(sub, "_get_forward_pre_hooks"), *_hooks(sub, "_get_forward_hooks")):
            _check_graph(hook.graph, name, tr("a hook of {where}").format(where=where))


def _hooks(module, getter: str) -> list:
    get = getattr(module._c, getter, None)
    return list(get()) if get is not None else []


def _check_graph(graph: torch._C.Graph, name: str, where: str) -> None:
    inlined = graph.copy()
    torch._C._jit_pass_inline(inlined)  # calls to other methods and functions become part of this graph
    _check_block(inlined.block(), name, where)


def _check_block(block, name: str, where: str) -> None:
    for node in block.nodes():
        kind = node.kind()
        if kind not in ALLOWED_OPS:
            raise ValueError(tr("{name} uses {kind} (in {where}), which convviz does not run: {allowed}.").format(
                name=name, kind=kind, where=where, allowed=tr(_WHAT_IS_ALLOWED)))
        if kind == "prim::Loop" and _constant(node.inputsAt(0)) == _UNBOUNDED:
            raise ValueError(
                tr(
                    "{name} has a while loop (prim::Loop without a bound, in {where}), which could run "
                    "forever; convviz only runs for loops over a counted range."
                ).format(name=name, where=where)
            )
        for inner in node.blocks():
            _check_block(inner, name, where)


def _constant(value):
    """The value of a prim::Constant input, or None when it is computed."""
    node = value.node()
    if node.kind() != "prim::Constant" or not node.hasAttribute("value"):
        return None
    return value.toIValue()
