"""Data management in the desktop app: export and import of case records, backups
and restores of the vault, and the ARCO rights of one person.

The engines are the CLI's (``interchange``, ``storage.backup``, ``storage.arco``);
this package only asks the questions, runs them off the UI thread and shows what
happened.  ``ops`` holds the plain functions the runner executes.
"""
