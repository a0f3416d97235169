from dataclasses import dataclass
import hashlib
import hmac
import secrets
import random
import sqlite3
import datetime

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def password_digest(salt: str, password: str) -> str:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt.encode("ascii"), n=2**14, r=8, p=1, dklen=32).hex()

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

def search_articles(conn: sqlite3.Connection, term: str, limit: int = 20) -> list[tuple[int, str]]:
    """Published help-centre articles whose title contains `term`, newest first."""
    limit = max(1, min(int(limit), 50))
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    sql = (
        "SELECT id, title FROM articles "
        "WHERE published = 1 AND title LIKE ? ESCAPE '\\' "
        "ORDER BY updated_at DESC LIMIT ?"
    )
    return conn.execute(sql, (f"%{escaped}%", limit)).fetchall()

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
