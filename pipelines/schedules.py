"""Schedules: during each November edition, refresh the current edition's feeds every night."""

import dagster as dg

from assets.partitions import editions
from pipelines.jobs import build_editions_job


@dg.schedule(job=build_editions_job, cron_schedule="0 3 * 11,12 *", execution_timezone="Europe/Paris",
             default_status=dg.DefaultScheduleStatus.STOPPED)
def build_editions_job_schedule(context: dg.ScheduleEvaluationContext):
    """Rebuild the edition of the current year while its events are still being entered (Nov–Dec)."""
    year = str(context.scheduled_execution_time.year)
    if year not in editions.get_partition_keys():
        return dg.SkipReason(f"edition {year} is not opened in config/sources.yaml")
    return dg.RunRequest(partition_key=year, run_key=f"{year}-{context.scheduled_execution_time:%Y%m%d}")


ALL_SCHEDULES = [build_editions_job_schedule]
