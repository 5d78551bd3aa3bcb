"""Every command documents itself, and the public API is what it says."""

from pathlib import Path

import pytest
from click.testing import CliRunner

import align
from align.checks import CHECKS
from align.cli import cli
from align.model import Severity


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help and command.help.strip()
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and command.help.splitlines()[0] in result.stdout


def test_public_api_names_exist() -> None:
    assert all(hasattr(align, name) for name in align.__all__)


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_every_check_has_a_title_a_severity_and_a_test(check: str) -> None:
    registered = CHECKS[check]
    assert registered.title and registered.title.endswith(".")
    assert isinstance(registered.severity, Severity)
    tests = "".join(p.read_text("utf-8") for p in Path(__file__).parent.glob("test_check_*.py"))
    assert f'"{check}"' in tests, f"no test module exercises {check}"
