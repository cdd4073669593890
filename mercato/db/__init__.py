"""Database layer: typed SQLAlchemy 2.x models, engine set-up and the repository that writes SQL."""

from __future__ import annotations
