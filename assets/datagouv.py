"""The release on data.gouv.fr: the publication plan (dry run, the default) or its execution (udata API v1)."""

from pathlib import Path
from typing import Literal

import dagster as dg
from pydantic import Field

from assets.lib.datagouv import (
    ACTION_LABELS,
    PublicationState,
    Refusal,
    check_release,
    execute_plan,
    load_publication_config,
    plan_publication,
    refuse_if_not_allowed,
    write_plan_file,
)
from assets.lib.datagouv_api import DataGouvError, UdataApi
from pipelines.resources import DataGouv, Publisher


class DataGouvPublicationConfig(dg.Config):
    env: Literal["demo", "www"] = Field(default="demo", description="demo.data.gouv.fr or www.data.gouv.fr.")
    dry_run: bool = Field(default=True, description="Compute and record the plan only; nothing is sent.")


# Answers that running again cannot change: a redirect (never followed), a refused key, no such dataset.
REFUSED_AS_CONFIGURED = frozenset({301, 302, 303, 307, 308, 401, 403, 404, 410})


def plan_file_path(datagouv: DataGouv, env: str) -> Path:
    return Path(datagouv.state_dir) / f"plan-{env}.json"


@dg.asset(deps=["published_release"], group_name="publish",
          kinds={"json"})
def datagouv_publication(context: dg.AssetExecutionContext, config: DataGouvPublicationConfig,
                         publisher: Publisher, datagouv: DataGouv) -> dg.MaterializeResult:
    """The allow-listed files of the last release on data.gouv.fr, one resource each (same id from one release
    to the next); the release is validated again in this run, and only what changed is uploaded."""
    settings = load_publication_config(Path(datagouv.config_path))
    target = settings.targets[config.env]
    if config.env in datagouv.api_urls:
        target = type(target)(target.name, datagouv.api_urls[config.env].rstrip("/"), target.dataset_id)
    try:
        release = check_release(publisher.path, settings)
        refuse_if_not_allowed(release, config.env, target, config.dry_run, datagouv.api_key)
    except Refusal as refusal:
        raise dg.Failure(description=str(refusal), allow_retries=False) from None
    state = PublicationState.load(Path(datagouv.state_dir), config.env, target.dataset_id)
    plan = plan_publication(release, state)
    plan_file = write_plan_file(plan_file_path(datagouv, config.env), config.env, target, config.dry_run, plan)
    executed = None
    if not config.dry_run:
        with UdataApi(target.api_url, datagouv.api_key, retries=datagouv.retries, backoff_s=datagouv.backoff_s,
                      timeout_s=datagouv.timeout_s, upload_timeout_s=datagouv.upload_timeout_s,
                      max_retry_after_s=datagouv.max_retry_after_s, log=context.log.warning) as api:
            try:
                executed = execute_plan(release, settings, target, api, state, context.log.info, plan)
            except Refusal as refusal:
                raise dg.Failure(description=str(refusal), allow_retries=False) from None
            except DataGouvError as error:
                if error.status_code in REFUSED_AS_CONFIGURED:
                    # Running again changes nothing: the key, the dataset id or the API address must be fixed.
                    raise dg.Failure(description=f"publication refusée par {target.api_url} ({error}) ; corriger la "
                                     "clé, l'identifiant du jeu de données ou l'adresse de l'API, puis relancer ; ce "
                                     f"qui a déjà été envoyé est noté dans {state.path}") from None
                raise dg.Failure(description=f"publication interrompue ({error}) ; ce qui a été envoyé est "
                                 f"noté dans {state.path}, la prochaine exécution reprendra la suite") from None
        write_plan_file(plan_file, config.env, target, config.dry_run, plan, executed)
    table = "| fichier | titre | octets | sha256 | action |\n|---|---|---|---|---|\n" + "\n".join(
        f"| {e.file} | {e.title} | {e.bytes} | `{e.sha256}` | {ACTION_LABELS[e.action]} |" for e in plan)
    done = [line for line in executed or [] if "fichier" in line]
    return dg.MaterializeResult(metadata={
        "environment": config.env,
        "dry_run": config.dry_run,
        "api": target.api_url,
        "dataset_id": target.dataset_id or "(non configuré)",
        "plan": dg.MetadataValue.md(table),
        "plan_file": dg.MetadataValue.path(str(plan_file)),
        **{f"planned_{action}": sum(e.action == action for e in plan) for action in ACTION_LABELS},
        "uploads": sum(line["televersements"] for line in done),
        "executed": dg.MetadataValue.json(executed or []),
        "not_published": dg.MetadataValue.json(list(release.not_published)),
        "donnees_synthetiques": release.synthetic,
    })
