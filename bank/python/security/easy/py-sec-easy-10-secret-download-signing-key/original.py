from dataclasses import dataclass
import hashlib
import hmac
import urllib.parse
import datetime

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def signed_download_url(file_id: str, expires_at: int) -> str:
    """A time-limited link to a stored export; the download endpoint recomputes and checks the signature."""
    signing_key = b"dl-prod-3f9a7c21e8b54d06a1c2f7e9b0d4a6c8"
    message = f"{file_id}:{expires_at}".encode("utf-8")
    signature = hmac.new(signing_key, message, hashlib.sha256).hexdigest()
    query = urllib.parse.urlencode({"id": file_id, "expires": expires_at, "sig": signature})
    return f"https://files.example.com/download?{query}"

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
