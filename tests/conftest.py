"""Shared fixtures.

``../shared`` (training data and gold annotations) exists on the developers' machines and
in CI, not in a user's clone: tests that read it use the ``shared_dir`` fixture and skip
cleanly without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``../shared`` folder, or skip the test when it is absent."""
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"../shared not found at {SHARED}; set CORPUS_TOOLS_SHARED to run this test")
    return SHARED


@pytest.fixture(scope="session")
def gold_dir(shared_dir: Path) -> Path:
    return shared_dir / "gold"


@pytest.fixture(scope="session")
def data_dir(shared_dir: Path) -> Path:
    return shared_dir / "data"
