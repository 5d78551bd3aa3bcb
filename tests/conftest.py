"""Shared fixtures: the ``../shared`` folder, temporary input files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ALIGN_SHARED", ROOT / ".." / "shared")).resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``../shared`` folder; skips without it, but fails in CI."""
    if not (SHARED / "mac-dev").is_dir():
        reason = f"../shared not found at {SHARED} (set ALIGN_SHARED)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return SHARED


@pytest.fixture
def write(tmp_path: Path):
    """Write bytes or text to a file in a temporary folder; returns its path."""

    def writer(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return writer
