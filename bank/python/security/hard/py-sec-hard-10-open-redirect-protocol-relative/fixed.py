from dataclasses import dataclass
import re
import urllib.parse
import hashlib
import html
import sqlite3
import datetime
import json
from typing import Any

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def post_login_redirect(next_url: str | None) -> tuple[int, dict[str, str]]:
    """Status and headers sending the user back to the page they came from (`?next=`), or to the dashboard."""
    target = "/dashboard"
    if next_url and re.match(r"/(?![/\\])", next_url) and not urllib.parse.urlsplit(next_url).netloc:
        target = next_url
    return 302, {"Location": target, "Cache-Control": "no-store"}

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count

def render_search_box(query: str, result_count: int) -> str:
    """The search form, pre-filled with what the user searched for (?q=...), and the result count."""
    shown = html.escape(query, quote=True)
    return (
        '<form action="/search" method="get">'
        f'<input type="search" name="q" value="{shown}" autofocus>'
        '<button type="submit">Search</button></form>'
        f"<p>{result_count} results for <q>{shown}</q></p>"
    )

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()

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
