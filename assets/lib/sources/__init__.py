"""Mappers from each source kind's raw record to the candidate fields of the event schema."""

from assets.lib.sources.platform import map_platform_event

# source kind -> function(payload dict) -> candidate dict
MAPPERS = {
    "plateforme": map_platform_event,
}
