"""mercato: turn the Italian football press into a clean database of transfer rumours."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
