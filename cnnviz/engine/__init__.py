"""The NumPy CNN engine: ops, layers, the model and its trace, training, model files.

Pure NumPy: no Qt, no OpenCV, no file system beyond model files.
"""
from . import ops
from .model_files import ModelFileError, load_model, model_from_dict, model_to_dict, save_model, shipped_models
from .layers import (Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Layer, Pool2D, ShapeError, Softmax, Standardize,
                     Upsample)
from .model import ModelError, Sequential, Step, Trace, he_init
from .gradients import GradientError, Gradients, gradients

__all__ = ["ops", "ModelFileError", "load_model", "model_from_dict", "model_to_dict", "save_model",
           "shipped_models", "Activation", "Conv2D", "Dense", "Flatten", "Layer", "Pool2D", "ShapeError",
           "Softmax", "Standardize", "ConvTranspose2D", "Upsample", "ModelError", "Sequential", "Step", "Trace",
           "he_init", "GradientError", "Gradients", "gradients"]
