"""Command-line interface: admin and automation commands over the same layers."""
