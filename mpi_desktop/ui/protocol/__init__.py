"""The "Violencia digital" tab: the protocol's guided checklist, evidence and links."""
