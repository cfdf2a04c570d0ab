"""JSON interchange format (docs/INTERCHANGE.md): export, strict atomic import, bundles."""
