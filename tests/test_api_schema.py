"""schemathesis against /api/v1/openapi.json, in process (the ASGI app, no
network), on the web world: whatever it sends, no 5xx, and every answer
fits the document (status, content type, schema). Bounded in time."""
from __future__ import annotations

import time

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from app.config import Settings
from app.main import create_app
from ingest import pipeline
from webworld import WEB_EXTRACTOR, build, waivers_for

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 30  # per endpoint: the whole run stays well under a minute
BUDGET = 60.0


@pytest.fixture
def app(history, engine, db_url, tmp_path):
    w = build(history)
    (tmp_path / "waivers.toml").write_text(waivers_for(w))
    pipeline.ingest(history.repo.workdir, engine, extractors=(WEB_EXTRACTOR,),
                    waivers_path=str(tmp_path / "waivers.toml"))
    return create_app(Settings(database_url=db_url), engine)


def test_the_api_keeps_to_its_openapi_document(app):
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    t0, ran = time.monotonic(), []
    for result in schema.get_all_operations():
        op = result.ok()
        if not op.path.startswith("/api/v1") or op.path.endswith(".gz"):
            continue

        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(checks=CHECKS)

        check()
        ran.append(op.path)
    assert len(ran) >= 13, ran
    assert time.monotonic() - t0 < BUDGET
