"""CLI commands added through ``register_commands``: ``empathy keys ...`` and ``empathy agreement``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click


@click.group("keys")
def keys_group() -> None:
    """API keys in the keys file (mode 0600): $EMPATHY_KEYS_FILE or the user config dir."""


@keys_group.command("path")
def keys_path_cmd() -> None:
    """Print where the keys file is."""
    from .keys import keys_path

    click.echo(str(keys_path()))


@keys_group.command("set")
@click.argument("name")
@click.option("--value", help="The key (avoid: it lands in your shell history). Default: prompt, or stdin when piped.")
def keys_set_cmd(name: str, value: str | None) -> None:
    """Store the key NAME (e.g. openai, anthropic, mistral) in the keys file."""
    from .keys import KeysFileError, save_key

    if value is None:
        if sys.stdin.isatty():
            value = click.prompt("Enter key", hide_input=True)
        else:
            value = sys.stdin.readline().strip()
    try:
        path = save_key(name, value or "")
    except KeysFileError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"saved key {name!r} to {path}", err=True)


@keys_group.command("list")
def keys_list_cmd() -> None:
    """Print the names of the stored keys (never their values)."""
    from .keys import load_keys

    for name in sorted(load_keys()):
        click.echo(name)


@click.command("agreement")
@click.argument("source")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite file when SOURCE is a run (default: $EMPATHY_DB or the user data dir).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def agreement_cmd(source: str, db: str | None, fmt: str, output: str | None) -> None:
    """Agreement between the judge and boundary scorers, per pattern and language.

    SOURCE is a run (id, name or 'latest') or an `empathy score --output` JSONL file.
    """
    from .agreement import format_table, judge_boundary_agreement, records_from_file, records_from_run

    if Path(source).is_file():
        records = records_from_file(source)
    else:
        records = records_from_run(source, db)
    result = judge_boundary_agreement(records)
    if result["n_both_scored"] == 0:
        click.echo("no response has both judge.* and boundary.* scores: run both scorers "
                   "(e.g. --scorer boundary --scorer judge:generator=...)", err=True)
    text: Any = json.dumps(result, ensure_ascii=False, indent=2) if fmt == "json" else format_table(result)
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
    else:
        click.echo(text)


def add_commands(cli: click.Group) -> None:
    for cmd in (keys_group, agreement_cmd):
        if cmd.name not in cli.commands:
            cli.add_command(cmd)
