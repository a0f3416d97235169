from dataclasses import dataclass
import datetime
import sqlite3

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def mask_email(address: str) -> str:
    """Shows an e-mail address partially, e.g. on a "we sent a code to j***e@example.com" page."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    if len(local) <= 2:
        return f"{local[0]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"

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
