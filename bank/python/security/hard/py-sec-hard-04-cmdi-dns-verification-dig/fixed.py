from dataclasses import dataclass
import html
import random
import sqlite3
import hashlib
import hmac
import urllib.parse
import os
import subprocess
import re

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size

def render_search_box(query: str, result_count: int) -> str:
    """The search form, pre-filled with what the user searched for (?q=...), and the result count."""
    shown = html.escape(query, quote=True)
    return (
        '<form action="/search" method="get">'
        f'<input type="search" name="q" value="{shown}" autofocus>'
        '<button type="submit">Search</button></form>'
        f"<p>{result_count} results for <q>{shown}</q></p>"
    )

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()

def signed_download_url(file_id: str, expires_at: int) -> str:
    """A time-limited link to a stored export; the download endpoint recomputes and checks the signature."""
    signing_key = os.environ["DOWNLOAD_SIGNING_KEY"].encode("utf-8")
    message = f"{file_id}:{expires_at}".encode("utf-8")
    signature = hmac.new(signing_key, message, hashlib.sha256).hexdigest()
    query = urllib.parse.urlencode({"id": file_id, "expires": expires_at, "sig": signature})
    return f"https://files.example.com/download?{query}"

def lookup_verification_record(domain: str) -> list[str]:
    """TXT records of _acme-verify.<domain>, used to confirm a customer owns a domain they added."""
    domain = domain.strip().lower()
    if len(domain) > 253 or not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", domain):
        raise ValueError("invalid domain")
    completed = subprocess.run(
        ["dig", "+short", "TXT", f"_acme-verify.{domain}"],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return [line.strip().strip('"') for line in completed.stdout.splitlines() if line.strip()]
