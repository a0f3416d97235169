from dataclasses import dataclass
import os
import sqlite3
import datetime

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def static_asset_path(static_root: str, requested: str) -> str:
    """Maps GET /static/<requested> to a file under the static root, or raises FileNotFoundError."""
    root = os.path.realpath(static_root)
    candidate = os.path.realpath(os.path.join(root, requested))
    if os.path.commonpath([root, candidate]) != root or not os.path.isfile(candidate):
        raise FileNotFoundError(requested)
    return candidate

def deactivate_account(conn: sqlite3.Connection, acting_user: CurrentUser, account_id: int) -> None:
    """Admin console: deactivates an account and ends all of its sessions."""
    if not acting_user.is_admin:
        raise PermissionError("only administrators can deactivate accounts")
    with conn:
        conn.execute("UPDATE users SET active = 0 WHERE id = ?", (account_id,))
        conn.execute("DELETE FROM sessions WHERE user_id = ?", (account_id,))
        conn.execute(
            "INSERT INTO audit_log (actor_id, action, subject) VALUES (?, ?, ?)",
            (acting_user.id, "account.deactivate", str(account_id)),
        )

def update_profile(conn: sqlite3.Connection, user_id: int, changes: dict[str, str]) -> None:
    """PATCH /me: applies the fields of the JSON body to the caller's profile row."""
    if not changes:
        return
    if any(not isinstance(value, str) or len(value) > 500 for value in changes.values()):
        raise ValueError("profile fields must be strings of at most 500 characters")
    editable = ("display_name", "bio", "timezone", "locale")
    unknown = [column for column in changes if column not in editable]
    if unknown:
        raise ValueError(f"fields cannot be edited: {', '.join(sorted(unknown))}")
    columns = [column for column in editable if column in changes]
    assignments = ", ".join(f"{column} = ?" for column in columns)
    with conn:
        conn.execute(
            f"UPDATE profiles SET {assignments} WHERE user_id = ?",
            (*(changes[column] for column in columns), user_id),
        )

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
