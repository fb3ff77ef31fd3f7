"""app.tools.sessions"""
