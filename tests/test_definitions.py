import dagster as dg

from pipelines.definitions import defs


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)


def test_every_job_resolves():
    for name in ("refresh_reference_job", "build_editions_job", "publish_events_job"):
        assert defs.resolve_job_def(name).name == name


def test_asset_groups_name_the_stages():
    graph = defs.resolve_asset_graph()
    groups = {graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert groups == {"reference", "ingest", "normalize", "geo", "publish"}
