"""app.tools.model"""
