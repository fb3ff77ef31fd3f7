"""Accessibility the whole window shares: reduced motion (View menu) and a focus ring that shows at a projector."""
