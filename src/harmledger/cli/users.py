"""``harmledger users add NAME --role R`` and ``harmledger users list``: who may review and manage a ledger.

Whoever can open the database can add users, so these commands are the admin's; over
the API, adding a user needs an admin's token.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from harmledger.cli.choices import choices
from harmledger.cli.ledger import Create, Db, err, open_ledger
from harmledger.display import said
from harmledger.review.errors import ReviewError
from harmledger.review.users import ROLES, add_user, list_users
from harmledger.store.engine import for_writing

users = typer.Typer(no_args_is_help=True, rich_markup_mode="markdown", help="Users and their tokens: reader (reads), analyst (reviews, ingests), admin (and manages users).")


@users.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The user's name, as the audit shows it.")],
    role: Annotated[choices("Role", *ROLES), typer.Option("--role", help="reader, analyst or admin.")],
    db: Db = None,
    create: Create = False,
) -> None:
    """Add a user and print their token, this once: the ledger keeps only its hash."""
    with open_ledger(db, create) as ledger, for_writing(ledger.engine).begin() as connection:
        try:
            token = add_user(connection, name, role.value, created_by="cli")
        except ReviewError as error:
            err.print(said(str(error), "error"))
            raise typer.Exit(1) from None
    typer.echo(token)
    err.print(f"users: {name} added as {role.value}; keep the token above, it is not shown again")


@users.command("list")
def list_command(db: Db = None) -> None:
    """Every user and role as JSON Lines (never a token)."""
    with open_ledger(db, create=False) as ledger, ledger.engine.connect() as connection:
        for user in list_users(connection):
            typer.echo(json.dumps(user, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    app.add_typer(users, name="users")
