"""Every command documents itself, and the public API is what it says."""

import pytest
from click.testing import CliRunner

import align
from align.cli import cli


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help and command.help.strip()
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and command.help.splitlines()[0] in result.stdout


def test_public_api_names_exist() -> None:
    assert all(hasattr(align, name) for name in align.__all__)
