from dataclasses import dataclass
import hashlib
import re
import sqlite3
import os
import datetime
import urllib.request

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count

def parse_tag_list(raw: str) -> list[str]:
    """Turns the "tags" form field ("python, web security, api") into a list of lower-cased tags."""
    text = raw.strip()
    if not text:
        return []
    if not re.fullmatch(r"(\w+\s*,?\s*)+", text):
        raise ValueError("tags may only contain letters, digits, spaces and commas")
    tags = [tag.strip().lower() for tag in text.split(",")]
    return [tag for tag in tags if tag][:20]

def search_articles(conn: sqlite3.Connection, term: str, limit: int = 20) -> list[tuple[int, str]]:
    """Published help-centre articles whose title contains `term`, newest first."""
    limit = max(1, min(int(limit), 50))
    sql = (
        "SELECT id, title FROM articles "
        f"WHERE published = 1 AND title LIKE '%{term}%' "
        "ORDER BY updated_at DESC LIMIT ?"
    )
    return conn.execute(sql, (limit,)).fetchall()

def static_asset_path(static_root: str, requested: str) -> str:
    """Maps GET /static/<requested> to a file under the static root, or raises FileNotFoundError."""
    root = os.path.realpath(static_root)
    candidate = os.path.realpath(os.path.join(root, requested))
    if os.path.commonpath([root, candidate]) != root or not os.path.isfile(candidate):
        raise FileNotFoundError(requested)
    return candidate

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

def fetch_remote_avatar(image_url: str, max_bytes: int = 2_000_000) -> bytes:
    """Downloads the avatar image a user linked in their profile, to store and serve it ourselves."""
    request = urllib.request.Request(image_url, headers={"User-Agent": "acme-avatars/1.0"})
    with urllib.request.urlopen(request, timeout=5) as response:
        if response.headers.get_content_maintype() != "image":
            raise ValueError("the URL does not point to an image")
        data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("avatar image is too large")
    return data
