from dataclasses import dataclass
import re
import sqlite3
import hashlib

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def parse_tag_list(raw: str) -> list[str]:
    """Turns the "tags" form field ("python, web security, api") into a list of lower-cased tags."""
    text = raw.strip()
    if not text:
        return []
    if not re.fullmatch(r"(\w+\s*,?\s*)+", text):
        raise ValueError("tags may only contain letters, digits, spaces and commas")
    tags = [tag.strip().lower() for tag in text.split(",")]
    return [tag for tag in tags if tag][:20]

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

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size

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
