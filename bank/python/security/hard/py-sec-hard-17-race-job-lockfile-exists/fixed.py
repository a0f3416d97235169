from dataclasses import dataclass
import hashlib
import hmac
import datetime
import os
import re
import secrets
import sqlite3

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())

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

def acquire_job_lock(lock_dir: str, job_name: str) -> bool:
    """Ensures only one worker runs a scheduled job (e.g. nightly billing); True when this process got the lock."""
    if not re.fullmatch(r"[a-z0-9_]{1,64}", job_name):
        raise ValueError("invalid job name")
    lock_path = os.path.join(lock_dir, f"{job_name}.lock")
    try:
        fd = os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(str(os.getpid()))
    return True

def password_digest(salt: str, password: str) -> str:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt.encode("ascii"), n=2**14, r=8, p=1, dklen=32).hex()

def hash_new_password(password: str) -> str:
    """The value stored in users.password_hash: "<salt>$<digest>"."""
    salt = secrets.token_hex(16)
    return f"{salt}${password_digest(salt, password)}"

def password_matches(password: str, stored: str) -> bool:
    salt, _, digest = stored.partition("$")
    return bool(salt) and hmac.compare_digest(password_digest(salt, password), digest)

def read_user_upload(upload_root: str, user: CurrentUser, filename: str) -> bytes:
    """GET /uploads/<filename>: one of the signed-in user's own uploaded files."""
    if ".." in filename.replace("\\", "/").split("/"):
        raise PermissionError("parent directory references are not allowed")
    user_dir = os.path.realpath(os.path.join(upload_root, str(user.id)))
    file_path = os.path.realpath(os.path.join(user_dir, filename.lstrip("/\\")))
    if os.path.commonpath([user_dir, file_path]) != user_dir or file_path == user_dir:
        raise PermissionError("path outside the user's upload directory")
    with open(file_path, "rb") as handle:
        return handle.read()

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()
