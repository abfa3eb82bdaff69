"""Documentation keeps up with the code: every setting and every CLI command is documented."""

from __future__ import annotations

from pathlib import Path

import typer.main

from accord.cli import app
from accord.settings import Settings

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_setting_is_documented_with_its_variable() -> None:
    text = (DOCS / "settings.md").read_text()
    for name, field in Settings.model_fields.items():
        assert f"`ACCORD_{name.upper()}`" in text, f"ACCORD_{name.upper()} missing from docs/settings.md"
        assert field.description, f"setting {name} has no description"


def test_every_cli_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text()
    group = typer.main.get_group(app)
    for name, cmd in group.commands.items():
        sub = getattr(cmd, "commands", None)
        if sub:
            for subname in sub:
                assert f"accord {name} {subname}" in text, f"accord {name} {subname} missing from docs/cli.md"
        else:
            assert f"accord {name}" in text, f"accord {name} missing from docs/cli.md"


def test_readme_starts_with_the_two_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text()
    head = readme[: readme.index("\n## ", 1)] if "\n## " in readme else readme
    assert "make run" in head and "make test" in head
