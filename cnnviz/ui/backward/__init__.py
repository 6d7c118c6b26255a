"""The Backward pass dock (issue 14): gradients beside activations, their explanations, one learning step."""
from .dock import BackwardPanel

__all__ = ["BackwardPanel"]
