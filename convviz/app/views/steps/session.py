"""The Steps view's part of a session: capture it, check a saved one against the view, put it back."""

from __future__ import annotations

from typing import Any

from convviz.session import SessionError
from convviz.state.snapshots import FACTOR_FIELDS, STEPS_FIELDS


def steps_state(view) -> dict[str, Any]:
    settings = view.state.settings
    saved = {name: getattr(settings, name) for name in STEPS_FIELDS}
    saved.update({name: str(saved[name]) for name in FACTOR_FIELDS})  # "1/9": exact, and plain text in the file
    return {"settings": saved, "step": view.current_step(), "second_kernel": view.second_kernel()}


def check_steps(view, state: dict[str, Any]) -> None:
    from convviz.state.steps import StepsSettings

    try:
        StepsSettings(**state["settings"])
    except (TypeError, ValueError) as exc:
        raise SessionError(f"the Steps view cannot show its example: {exc}") from None


def restore_steps(view, state: dict[str, Any]) -> None:
    s = state["settings"]
    view.load_example(s["image"], s["kernel"], stride=s["stride"], padding=s["padding"], dilation=s["dilation"],
                      flip=s["flip"], mode=s["mode"], pool_size=s["pool_size"],
                      kernel_scale=s["kernel_scale"], bias=s.get("bias", ()), filter_index=s.get("filter_index", 0),
                      output_padding=s.get("output_padding", 0))
    view.set_second_kernel(state.get("second_kernel"))  # None: one layer (and files from before it)
    view.go_to_step(min(state["step"], max(view.step_count() - 1, 0)))
