"""What differs between SQLite and PostgreSQL when money or points are posted.

A posting reads a balance and writes the next one: two counters must not both read
the same balance. SQLite takes the write lock at BEGIN IMMEDIATE (the other counter
waits its busy timeout); PostgreSQL locks the customer's row with SELECT … FOR UPDATE.
"""

from __future__ import annotations

from typing import Any

from peewee import PostgresqlDatabase, SqliteDatabase

from app.models.base import database


def posting() -> Any:
    """A transaction for a posting (a savepoint when one is already open)."""
    db = database.obj
    if isinstance(db, SqliteDatabase) and db.transaction_depth() == 0:
        return db.atomic("IMMEDIATE")
    return database.atomic()


def lock_customer(customer_id: int) -> None:
    """Hold the customer's row until the transaction ends (PostgreSQL); SQLite's
    IMMEDIATE transaction already holds the whole database."""
    if isinstance(database.obj, PostgresqlDatabase):
        database.execute_sql("SELECT id FROM customer WHERE id = %s FOR UPDATE", (customer_id,))


def lock_row(table: str, row_id: int) -> None:
    """Hold one row of `table` until the transaction ends (PostgreSQL), so two
    counters cannot both move it from the same state."""
    if isinstance(database.obj, PostgresqlDatabase):
        database.execute_sql(f"SELECT id FROM {table} WHERE id = %s FOR UPDATE", (row_id,))
