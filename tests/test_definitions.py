import dagster as dg

from pipelines.definitions import defs


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)


def test_every_job_resolves():
    for name in ("refresh_reference_job", "build_editions_job", "compute_indicators_job", "publish_events_job"):
        assert defs.resolve_job_def(name).name == name


def test_the_stages_run_every_asset_exactly_once():
    from pipelines.jobs import DATAGOUV, STAGES

    graph = defs.resolve_asset_graph()
    selected = [key for stage in STAGES for key in stage.job.selection.resolve(graph)]
    # Sending the release to data.gouv.fr is its own job, never a stage of the main run.
    assert sorted(selected) == sorted(graph.get_all_asset_keys() - DATAGOUV.resolve(graph))


def test_no_asset_module_branches_on_a_source_kind():
    from pathlib import Path

    import assets

    for module in Path(assets.__file__).parent.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "kind ==" not in text and "kind !=" not in text and "kind in (" not in text, module.name


def test_asset_groups_name_the_stages():
    graph = defs.resolve_asset_graph()
    groups = {graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert groups == {"reference", "ingest", "normalize", "geo", "indicators", "publish"}


def test_the_sensor_requests_an_edition_when_a_snapshot_appears(tmp_path):
    from pipelines.resources import PlatformFeed
    from pipelines.sensors import build_editions_job_sensor

    feed = PlatformFeed(raw_dir=str(tmp_path))
    context = dg.build_sensor_context(resources={"platform_feed": feed})
    assert list(build_editions_job_sensor(context)) == []
    (tmp_path / "plateforme" / "2019" / "20191201T000000Z").mkdir(parents=True)
    context = dg.build_sensor_context(cursor=context.cursor, resources={"platform_feed": feed})
    (request,) = list(build_editions_job_sensor(context))
    assert request.partition_key == "2019"
    context = dg.build_sensor_context(cursor=context.cursor, resources={"platform_feed": feed})
    assert list(build_editions_job_sensor(context)) == []  # nothing new


def test_loading_the_code_location_imports_no_spreadsheet_nor_calendar_reader():
    """openpyxl and the iCalendar libraries (0.3 s) are imported by the run that reads such a file, not by every
    run: a one-edition rebuild whose spreadsheets and calendars did not change never reads one."""
    import subprocess
    import sys
    from pathlib import Path

    readers = ("openpyxl", "icalendar", "recurring_ical_events", "x_wr_timezone")
    code = f"import sys, pipelines.definitions; print(sorted(set({readers!r}) & set(sys.modules)))"
    found = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[1],
                           capture_output=True, text=True, check=True).stdout.strip()
    assert found == "[]"
