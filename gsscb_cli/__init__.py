"""gsscb: governance-as-code for the Gwent Strategic Safer Communities Board."""

from __future__ import annotations

__version__ = "0.1.0"
