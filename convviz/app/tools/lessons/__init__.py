"""app.tools.lessons"""
