from dataclasses import dataclass
import sqlite3
import os
import base64
import pickle
import json
import datetime

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

def static_asset_path(static_root: str, requested: str) -> str:
    """Maps GET /static/<requested> to a file under the static root, or raises FileNotFoundError."""
    root = os.path.realpath(static_root)
    candidate = os.path.realpath(os.path.join(root, requested))
    if os.path.commonpath([root, candidate]) != root or not os.path.isfile(candidate):
        raise FileNotFoundError(requested)
    return candidate

def load_saved_filters(cookie_value: str) -> dict[str, object]:
    """Restores the report filters the browser keeps in the `filters` cookie."""
    if not cookie_value:
        return {}
    try:
        raw = base64.urlsafe_b64decode(cookie_value.encode("ascii"))
        filters = json.loads(raw)
    except (ValueError, UnicodeEncodeError):
        return {}
    return filters if isinstance(filters, dict) else {}

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
