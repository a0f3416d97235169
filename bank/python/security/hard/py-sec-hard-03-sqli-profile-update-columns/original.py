from dataclasses import dataclass
import sqlite3
import hashlib
import hmac
import secrets
import random

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def deactivate_account(conn: sqlite3.Connection, acting_user: CurrentUser, account_id: int) -> None:
    """Admin console: deactivates an account and ends all of its sessions."""
    assert acting_user.is_admin, "only administrators can deactivate accounts"
    with conn:
        conn.execute("UPDATE users SET active = 0 WHERE id = ?", (account_id,))
        conn.execute("DELETE FROM sessions WHERE user_id = ?", (account_id,))
        conn.execute(
            "INSERT INTO audit_log (actor_id, action, subject) VALUES (?, ?, ?)",
            (acting_user.id, "account.deactivate", str(account_id)),
        )

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size

def update_profile(conn: sqlite3.Connection, user_id: int, changes: dict[str, str]) -> None:
    """PATCH /me: applies the fields of the JSON body to the caller's profile row."""
    if not changes:
        return
    if any(not isinstance(value, str) or len(value) > 500 for value in changes.values()):
        raise ValueError("profile fields must be strings of at most 500 characters")
    assignments = ", ".join(f"{column} = ?" for column in changes)
    with conn:
        conn.execute(f"UPDATE profiles SET {assignments} WHERE user_id = ?", (*changes.values(), user_id))

def password_digest(salt: str, password: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()

def hash_new_password(password: str) -> str:
    """The value stored in users.password_hash: "<salt>$<digest>"."""
    salt = secrets.token_hex(16)
    return f"{salt}${password_digest(salt, password)}"

def password_matches(password: str, stored: str) -> bool:
    salt, _, digest = stored.partition("$")
    return bool(salt) and hmac.compare_digest(password_digest(salt, password), digest)

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())
