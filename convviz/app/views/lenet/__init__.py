"""app.views.lenet"""
