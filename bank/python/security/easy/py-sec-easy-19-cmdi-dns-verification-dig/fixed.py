from dataclasses import dataclass
from collections.abc import Iterable, Iterator
import datetime
import subprocess
import re
import base64
import pickle
import json

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def chunked(items: Iterable[str], size: int) -> Iterator[list[str]]:
    """Yields lists of at most `size` items, e.g. to send notification batches of 100."""
    if size < 1:
        raise ValueError("size must be positive")
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

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
