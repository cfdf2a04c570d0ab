"""Synthetic demo data: realistic in shape, never real people or real events.

``synth.generate`` yields whole cases (people, case, aggressions, attentions)
from a seed without touching a vault; ``generator.populate`` writes them into a
vault through the same repository functions the app uses, so every record
passes the domain validation.
"""
