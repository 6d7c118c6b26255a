"""The inspector, the filter editor and the layer controls, and the model edits they make (see ``controller``)."""
from .controller import InspectController
from .hits import Hit

__all__ = ["Hit", "InspectController"]
