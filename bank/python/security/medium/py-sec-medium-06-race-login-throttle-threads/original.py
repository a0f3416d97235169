from dataclasses import dataclass
import sqlite3
import html
import time
from collections.abc import Iterable, Iterator

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()

def render_search_box(query: str, result_count: int) -> str:
    """The search form, pre-filled with what the user searched for (?q=...), and the result count."""
    shown = html.escape(query, quote=False)
    return (
        '<form action="/search" method="get">'
        f'<input type="search" name="q" value="{shown}" autofocus>'
        '<button type="submit">Search</button></form>'
        f"<p>{result_count} results for <q>{shown}</q></p>"
    )

class LoginThrottle:
    """At most `limit` sign-in attempts per account in a sliding window; shared by the server's worker threads."""

    def __init__(self, limit: int = 5, window_seconds: float = 300.0) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._attempts: dict[str, list[float]] = {}

    def allow_attempt(self, account: str) -> bool:
        now = time.monotonic()
        recent = [t for t in self._attempts.get(account, []) if now - t < self.window_seconds]
        if len(recent) >= self.limit:
            self._attempts[account] = recent
            return False
        recent.append(now)
        self._attempts[account] = recent
        return True

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

def humanize_bytes(size: int) -> str:
    """1536 -> "1.5 KiB"; used in storage quota messages."""
    if size < 0:
        raise ValueError("size cannot be negative")
    units = ["B", "KiB", "MiB", "GiB", "TiB"]
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")
