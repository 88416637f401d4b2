"""zonegraph: a knowledge graph of Chinese development-zone news."""

from __future__ import annotations

__version__ = "0.1.0"
