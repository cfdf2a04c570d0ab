"""The "Sesiones CEM" section: sessions, agenda, summaries, packets and acuerdos."""
