"""Indicators for the Junta de Gobierno, the dashboard, workshops and findings."""
