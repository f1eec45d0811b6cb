"""The years a date may fall in, apart from the model so ``--as-of`` is checked without it."""

from __future__ import annotations

YEARS = (1900, 2199)
"""The years a date in the data (or --as-of) may fall in: the schema's date pattern says
the same. With every number in the schemas bounded too, no date arithmetic (cycles,
papers due, the calendar) can leave what Python's dates hold (years 1 to 9999)."""
