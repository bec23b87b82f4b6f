"""Property-based tests of the HTTP API from its own OpenAPI document (schemathesis, on top
of hypothesis): whatever is sent, valid or not, the server never answers 500 and every
answer matches what the document promises."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance
from schemathesis.config import SchemathesisConfig

from postcheck.server import ServerSettings, create_app
from postcheck.server.service import CheckService

# schemathesis' ASGI client sends its own Host header: accept any here. The document is
# read now (no model needed for it); the Checker is plugged in by the fixture below.
APP = create_app(ServerSettings(allowed_hosts=("*",), max_body=32 * 1024))
# a body over the size limit is rejected with 413, which is a rejection too
REJECTED = [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429]
CONFIG = SchemathesisConfig.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": REJECTED}}})
schema = schemathesis.openapi.from_asgi("/openapi.json", APP, config=CONFIG)


@pytest.fixture(scope="module", autouse=True)
def service(checker):
    APP.state.service = CheckService(checker)
    yield
    APP.state.service.close()


@schema.parametrize()
@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_never_fails_and_keeps_its_promises(case):
    excluded = []
    if case.path == "/v2/check":
        # LanguageTool's form has rules no form schema can say ("text" or "data"; "data" is
        # JSON inside a string): a schema-valid form may still be refused, with a 400.
        excluded.append(positive_data_acceptance)
    case.call_and_validate(excluded_checks=excluded)
