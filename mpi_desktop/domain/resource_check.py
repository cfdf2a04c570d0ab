"""Check every data file the app reads (catalogs, risk instruments, protocols) at start.

A broken file must stop the app before a caseworker starts an interview, with a
message naming the file and the entry (``CatalogError``), not fail half-way
through a form.
"""

from __future__ import annotations

from mpi_desktop.domain import catalogs, dv_protocol, risk_instrument


def check_all_resources() -> None:
    catalogs.check_all()
    risk_instrument.check_all()
    dv_protocol.library().check_all()
