from dataclasses import dataclass
import datetime
import os
import re
import tarfile

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

def install_theme_archive(archive_path: str, themes_dir: str, theme_name: str) -> str:
    """Unpacks a theme (.tar.gz) uploaded by a site owner into its own directory; returns that directory."""
    if not re.fullmatch(r"[a-z0-9-]{1,40}", theme_name):
        raise ValueError("theme names use lowercase letters, digits and hyphens")
    target_dir = os.path.join(themes_dir, theme_name)
    os.makedirs(target_dir, exist_ok=False)
    with tarfile.open(archive_path, "r:gz") as archive:
        members = archive.getmembers()
        if len(members) > 2000 or sum(member.size for member in members) > 50 * 1024 * 1024:
            raise ValueError("theme archive is too large")
        archive.extractall(target_dir)
    return target_dir
