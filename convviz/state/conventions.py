"""The decks' conventions, written the same way in every view: cells counted from 1.

The lecture decks write matrices the mathematical way (row 1, column 1 at the
top left; sums from i = 1), so every view names a cell counted from 1 and says
so on screen (`COUNTING_NOTE`). Code and arrays stay 0-based inside; only
what a person reads goes through `cell_name`. No Qt here.
"""

from __future__ import annotations

from convviz.i18n import tr, tr_noop

COUNTING_NOTE = tr_noop("rows and columns counted from 1")  # tr() it where it is shown


def cell_name(row: int, col: int) -> str:
    """ "row 1, column 1" for the 0-based index (0, 0): how every view names a cell."""
    return tr("row {row}, column {column}").format(row=int(row) + 1, column=int(col) + 1)


#: The output size as the decks write it, and the form PyTorch documents, which adds dilation d.
SIZE_FORMULA = "⌊(n + 2p − f) / s⌋ + 1"
DILATED_SIZE_FORMULA = "⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1"


def size_formulas(n, f, *, padding=0, stride=1, dilation=1) -> tuple[str, str | None]:
    """The decks' formula with the numbers in, and the dilated form beside it when dilation > 1 (else None).

    ValueError (from the core) when a number is not a size at all.
    """
    from convviz.core import deck_size_formula, output_size_formula
    from convviz.core.sizes import no_output_note

    deck = deck_size_formula(n, f, padding=padding, stride=stride, dilation=dilation)
    if int(dilation) <= 1:
        return deck, None
    dilated = output_size_formula(n, f, padding=padding, stride=stride, dilation=dilation)
    return deck, dilated.split(": " + no_output_note(), 1)[0]  # the deck's line already says when there is none
