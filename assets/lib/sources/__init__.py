"""The source kinds: one module each, registered once here. Adding a kind = one module + one line below.

Each module gives a `SOURCE_KIND` (sources.base.SourceKind): the file patterns of its snapshots, the typed
options dataclass parsed once from config/sources.yaml, `fetch(client, url, edition, store, policy, options,
access)`, `read(snapshot, edition, source, options) -> ReadResult`, and the mapper of a raw record onto the
candidate fields of the event schema. The assets only ever go through this table.
"""

from assets.lib.sources import ical, laureats, openagenda, platform, schemaorg, spreadsheet
from assets.lib.sources.base import SourceKind

KINDS: dict[str, SourceKind] = {
    kind.name: kind
    for kind in (
        platform.SOURCE_KIND,
        openagenda.SOURCE_KIND,
        ical.SOURCE_KIND,
        spreadsheet.SOURCE_KIND,
        schemaorg.SOURCE_KIND,
        laureats.SOURCE_KIND,
    )
}
