"""The CLI is the product's face: every command has --help and is documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mercato.cli import app

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)
runner = CliRunner()


def test_expected_commands_exist() -> None:
    for name in ("crawl", "demo", "sources", "check-sources", "extract", "rumours", "export", "reprocess"):
        assert name in COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_readme(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    assert f"mercato {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_sources_lists_the_registry() -> None:
    result = runner.invoke(app, ["sources"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "tuttomercatoweb" in result.output and "gazzetta" in result.output


def test_rumours_rejects_bad_options(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'm.db'}"
    result = runner.invoke(app, ["rumours", "--since", "ieri", "--database", db])
    assert result.exit_code == 2
    assert "--since: not a date" in result.output
