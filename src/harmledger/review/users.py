"""Users and their tokens: ``reader`` (reads), ``analyst`` (reviews and ingests), ``admin`` (and manages users).

A token is ``hl_<id>_<secret>``: the id finds the user's row, the secret is checked
against its scrypt hash (a salt per token) in constant time, so the ledger never holds
a token it could hand back, and checking one costs one hash, not one per user.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from harmledger.dates import utc_now
from harmledger.review.errors import Conflict, Invalid
from harmledger.store.schema import users

ROLES = ("reader", "analyst", "admin")
"""In order of what they may do: each may do all that the ones before it may."""
PREFIX = "hl_"
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
_NAME = re.compile(r"[\w.@+-][\w .@+-]{0,99}")
_UNKNOWN_SALT = "00" * 16
_TOKEN = re.compile(r"hl_([0-9a-f]{12})_([\w-]{20,100})")


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def may(self, role: str) -> bool:
        """Whether this user has ``role`` or one above it."""
        return ROLES.index(self.role) >= ROLES.index(role)


def add_user(connection: Connection, name: str, role: str, created_by: str | None = None) -> str:
    """Store a new user; their token, which only this return value ever shows."""
    if role not in ROLES:
        raise Invalid(f"role {role!r} is not one of {', '.join(ROLES)}")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise Invalid(f"user name {name!r}: use 1 to 100 letters, digits, spaces or . @ + - _ (not starting with a space)")
    if connection.scalar(select(users.c.name).where(users.c.name == name)) is not None:
        raise Conflict(f"a user named {name!r} exists already")
    token_id, secret, salt = secrets.token_hex(6), secrets.token_urlsafe(32), secrets.token_hex(16)
    connection.execute(users.insert().values(name=name, role=role, token_id=token_id, token_salt=salt, token_hash=_hash(secret, salt),
                                             created_at=utc_now(), created_by=created_by))
    return f"{PREFIX}{token_id}_{secret}"


def authenticate(connection: Connection, token: str) -> User | None:
    """The user whose token this is; None for any other string."""
    shape = _TOKEN.fullmatch(token)
    if shape is None:
        return None
    token_id, secret = shape.groups()
    row = connection.execute(select(users).where(users.c.token_id == token_id)).mappings().first()
    salt, stored = (row["token_salt"], row["token_hash"]) if row else (_UNKNOWN_SALT, "")
    matches = hmac.compare_digest(_hash(secret, salt), stored)  # hashed either way: an unknown id takes as long
    return User(row["name"], row["role"]) if row and matches else None


def list_users(connection: Connection) -> list[dict[str, Any]]:
    query = select(users.c.name, users.c.role, users.c.created_at, users.c.created_by).order_by(users.c.name)
    return [{**dict(r), "created_at": r["created_at"].isoformat() + "Z"} for r in connection.execute(query).mappings()]


def _hash(secret: str, salt: str) -> str:
    return hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), maxmem=64 * 1024 * 1024, **SCRYPT).hex()
