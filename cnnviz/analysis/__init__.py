"""Teaching analyses beside the engine: explanations of every cell's arithmetic, model edits, probes,
attribution and comparisons. NumPy only; they read a model and its trace, and never change the engine."""
