"""Typed errors of the library; the CLI turns them into one-line messages."""

from __future__ import annotations

import os


class AlignError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(AlignError):
    """A file cannot be used as input: the message names the file and why."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
