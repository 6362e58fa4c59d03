"""Sensors: none yet (feeds are pulled on a schedule; new hand-dropped exports are picked up by the next run)."""
