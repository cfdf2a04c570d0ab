"""Entry script for the PyInstaller bundle (same entry point as the console script)."""

import sys

from mpi_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
