"""app.views.steps"""
