"""app.tools.exercises"""
