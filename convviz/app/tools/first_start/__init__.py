"""The one-time hint of a first start: where the lessons and the Guide are."""
