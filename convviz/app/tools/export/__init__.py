"""app.tools.export"""
