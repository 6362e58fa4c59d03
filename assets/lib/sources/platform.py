"""Candidate fields of one event of the national platform feed (see docs/format-plateforme.md)."""

from assets.lib.platform_feed import platform_record_id


def _as_dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def map_platform_event(event: dict, options: dict | None = None) -> dict:
    organizer = _as_dict(event.get("organizer"))
    place = _as_dict(event.get("place"))
    event_id = platform_record_id(event)
    # Organiser and personal contacts (organizer.email/phone, contact.*) are deliberately not mapped.
    return {
        "source_identifiant": event_id or "",
        "titre": event.get("title"),
        "description": event.get("description"),
        "date_debut": event.get("start"),
        "date_fin": event.get("end"),
        "categories": [str(c) for c in _as_list(event.get("categories")) if c],
        # A key the feed does not carry stays unknown (None), an empty list is "none".
        "modalite": event.get("format"),
        "organisateur": organizer.get("name"),
        "organisateur_famille": organizer.get("type"),
        "co_organisateurs": (
            [str(p) for p in _as_list(event.get("partners")) if p] if "partners" in event else None
        ),
        "lieu": place.get("name"),
        "adresse": place.get("address"),
        "code_postal": place.get("postal_code"),
        "commune": place.get("city"),
        "latitude": place.get("lat"),
        "longitude": place.get("lng"),
        "url": event.get("url"),
        "date_mise_a_jour": event.get("updated_at"),
    }
