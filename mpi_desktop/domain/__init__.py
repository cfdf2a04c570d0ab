"""Plain-Python domain: entities, rules, catalogs, scoring. No Qt, no SQL."""
