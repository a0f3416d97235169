from dataclasses import dataclass
import os
import hashlib
import hmac
import re
import sqlite3
import random

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def read_user_upload(upload_root: str, user: CurrentUser, filename: str) -> bytes:
    """GET /uploads/<filename>: one of the signed-in user's own uploaded files."""
    if ".." in filename.replace("\\", "/").split("/"):
        raise PermissionError("parent directory references are not allowed")
    user_dir = os.path.join(upload_root, str(user.id))
    file_path = os.path.join(user_dir, filename)
    with open(file_path, "rb") as handle:
        return handle.read()

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())

def acquire_job_lock(lock_dir: str, job_name: str) -> bool:
    """Ensures only one worker runs a scheduled job (e.g. nightly billing); True when this process got the lock."""
    if not re.fullmatch(r"[a-z0-9_]{1,64}", job_name):
        raise ValueError("invalid job name")
    lock_path = os.path.join(lock_dir, f"{job_name}.lock")
    if os.path.exists(lock_path):
        return False
    with open(lock_path, "w", encoding="utf-8") as handle:
        handle.write(str(os.getpid()))
    return True

def search_articles(conn: sqlite3.Connection, term: str, limit: int = 20) -> list[tuple[int, str]]:
    """Published help-centre articles whose title contains `term`, newest first."""
    limit = max(1, min(int(limit), 50))
    sql = (
        "SELECT id, title FROM articles "
        f"WHERE published = 1 AND title LIKE '%{term}%' "
        "ORDER BY updated_at DESC LIMIT ?"
    )
    return conn.execute(sql, (limit,)).fetchall()

def unique_recipients(addresses: list[str], limit: int = 50) -> list[str]:
    """Trims, lower-cases and de-duplicates e-mail recipients, keeping their first-seen order."""
    seen: set[str] = set()
    result: list[str] = []
    for address in addresses:
        normalized = address.strip().lower()
        if not normalized or "@" not in normalized or normalized in seen:
            continue
        seen.add(normalized)
        result.append(normalized)
    if len(result) > limit:
        raise ValueError(f"at most {limit} recipients per message")
    return result

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)
