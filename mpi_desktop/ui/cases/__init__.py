"""The case screens: Expedientes section, case list, case view, edit forms, intake wizard."""
