from dataclasses import dataclass
import sqlite3
import random
import subprocess
import re
import hmac
import html

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

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)

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

def parse_bool_setting(name: str, raw: str | None, default: bool = False) -> bool:
    """Reads a boolean from configuration text ("true"/"false", "1"/"0", "yes"/"no", "on"/"off")."""
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"setting {name} must be a boolean, got {raw!r}")

def authenticate_service_token(headers: dict[str, str], expected_token: str) -> bool:
    """Guards the internal metrics endpoint, which expects `Authorization: Bearer <token>`."""
    authorization = headers.get("Authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return hmac.compare_digest(token.encode("utf-8"), expected_token.encode("utf-8"))

def render_search_box(query: str, result_count: int) -> str:
    """The search form, pre-filled with what the user searched for (?q=...), and the result count."""
    shown = html.escape(query, quote=True)
    return (
        '<form action="/search" method="get">'
        f'<input type="search" name="q" value="{shown}" autofocus>'
        '<button type="submit">Search</button></form>'
        f"<p>{result_count} results for <q>{shown}</q></p>"
    )
