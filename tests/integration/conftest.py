"""One real Rasa server and action server for the integration tests (trained model needed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.local_stack import Assistant, running_assistant


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    with running_assistant(tmp_path_factory.mktemp("intake-data")) as running:
        yield running
