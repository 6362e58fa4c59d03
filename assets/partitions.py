"""The edition partitions: one per November since 2008, up to the last edition opened in config/sources.yaml."""

import dagster as dg

from assets.lib.config import edition_years

editions = dg.StaticPartitionsDefinition([str(year) for year in edition_years()])


def partition_years(context: dg.AssetExecutionContext) -> list[int]:
    """The editions of this run: one in a normal run, several in a single-run backfill."""
    return [int(key) for key in context.partition_keys]
