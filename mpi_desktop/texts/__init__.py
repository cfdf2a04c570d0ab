"""Translated texts for domain codes: validation issues and field labels.

The domain stays free of Qt; these modules turn its codes into sentences.  Each
feature area has its own module (and its own translation file).
"""
