from dataclasses import dataclass
import hashlib
import hmac
import secrets
import re
import sqlite3
import os

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def password_digest(salt: str, password: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()

def hash_new_password(password: str) -> str:
    """The value stored in users.password_hash: "<salt>$<digest>"."""
    salt = secrets.token_hex(16)
    return f"{salt}${password_digest(salt, password)}"

def password_matches(password: str, stored: str) -> bool:
    salt, _, digest = stored.partition("$")
    return bool(salt) and hmac.compare_digest(password_digest(salt, password), digest)

def parse_tag_list(raw: str) -> list[str]:
    """Turns the "tags" form field ("python, web security, api") into a list of lower-cased tags."""
    text = raw.strip()
    if not text:
        return []
    if not re.fullmatch(r"(\w+\s*,?\s*)+", text):
        raise ValueError("tags may only contain letters, digits, spaces and commas")
    tags = [tag.strip().lower() for tag in text.split(",")]
    return [tag for tag in tags if tag][:20]

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()

def static_asset_path(static_root: str, requested: str) -> str:
    """Maps GET /static/<requested> to a file under the static root, or raises FileNotFoundError."""
    root = os.path.realpath(static_root)
    candidate = os.path.realpath(os.path.join(root, requested))
    if os.path.commonpath([root, candidate]) != root or not os.path.isfile(candidate):
        raise FileNotFoundError(requested)
    return candidate

def render_guestbook(entries: list[dict[str, str]]) -> str:
    """HTML of the event page's guestbook: the stored entries visitors left, newest first."""
    parts = ['<section class="guestbook">']
    for entry in entries:
        parts.append(
            f'<article><h3>{entry["name"]}</h3><p>{entry["message"]}</p>'
            f'<footer>{entry["posted_at"][:10]}</footer></article>'
        )
    parts.append("</section>")
    return "\n".join(parts)

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
