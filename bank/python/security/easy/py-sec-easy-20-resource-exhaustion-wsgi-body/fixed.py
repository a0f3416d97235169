from dataclasses import dataclass
from collections.abc import Iterable, Iterator
import json
from typing import Any
import sqlite3
import datetime

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def chunked(items: Iterable[str], size: int) -> Iterator[list[str]]:
    """Yields lists of at most `size` items, e.g. to send notification batches of 100."""
    if size < 1:
        raise ValueError("size must be positive")
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

def read_json_body(environ: dict[str, Any]) -> Any:
    """Parses the JSON body of a WSGI request (POST /api/...)."""
    content_type = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip()
    if content_type != "application/json":
        raise ValueError("expected application/json")
    declared = int(str(environ.get("CONTENT_LENGTH") or "0"))
    if declared < 0 or declared > 1024 * 1024:
        raise ValueError("request body must be at most 1 MiB")
    raw = environ["wsgi.input"].read(declared)
    return json.loads(raw)

def delete_document(conn: sqlite3.Connection, user: CurrentUser, document_id: int) -> str:
    """DELETE /documents/<id>; returns the storage key so the caller can remove the blob."""
    row = conn.execute(
        "SELECT id, storage_key FROM documents WHERE id = ? AND org_id = ?", (document_id, user.org_id)
    ).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} not found")
    with conn:
        conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
        conn.execute(
            "INSERT INTO audit_log (actor_id, action, subject) VALUES (?, ?, ?)",
            (user.id, "document.delete", str(document_id)),
        )
    return str(row[1])

def business_days_between(start: datetime.date, end: datetime.date, holidays: frozenset[datetime.date] = frozenset()) -> int:
    """Working days (Mon-Fri, not holidays) after `start` up to and including `end`; used for SLA deadlines."""
    if end < start:
        raise ValueError("end is before start")
    full_weeks, extra_days = divmod((end - start).days, 7)
    count = full_weeks * 5
    for offset in range(1, extra_days + 1):
        if (start + datetime.timedelta(days=offset)).weekday() < 5:
            count += 1
    count -= sum(1 for day in holidays if start < day <= end and day.weekday() < 5)
    return count
