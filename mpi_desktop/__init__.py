"""MPI Desktop: offline, encrypted case management for MPI CDMX caseworkers."""

from __future__ import annotations

__version__ = "0.1.0"
