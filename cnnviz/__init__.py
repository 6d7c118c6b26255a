"""cnnviz: watch a convolutional neural network think while you draw."""
__version__ = "0.1.0"
