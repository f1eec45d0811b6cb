"""Domain calculations on the model that several readers share (facts, no wording)."""
