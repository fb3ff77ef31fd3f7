"""app.views.convolution"""
