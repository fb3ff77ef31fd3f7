"""The class's own digits: draw and label them, see how the shown network reads them, fine-tune on them."""
