"""app.tools"""
