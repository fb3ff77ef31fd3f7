"""app.tools.presentation"""
