"""Benchmarks: print figures, never assert.  Run with ``mpi-desktop bench …``."""
