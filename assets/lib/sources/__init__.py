"""Mappers from each source kind's raw record to the candidate fields of the event schema."""

from assets.lib.sources.ical import map_ical_event
from assets.lib.sources.openagenda import map_openagenda_event
from assets.lib.sources.platform import map_platform_event
from assets.lib.sources.spreadsheet import map_spreadsheet_event

# source kind -> function(payload dict, options dict | None = None) -> candidate dict.
# `options` is the source's entry in config/sources.yaml plus `edition` (the record's year).
MAPPERS = {
    "plateforme": map_platform_event,
    "openagenda": map_openagenda_event,
    "ical": map_ical_event,
    "tableur": map_spreadsheet_event,
}
