from dataclasses import dataclass
import sqlite3
import os
import re
import tarfile

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def search_articles(conn: sqlite3.Connection, term: str, limit: int = 20) -> list[tuple[int, str]]:
    """Published help-centre articles whose title contains `term`, newest first."""
    limit = max(1, min(int(limit), 50))
    sql = (
        "SELECT id, title FROM articles "
        f"WHERE published = 1 AND title LIKE '%{term}%' "
        "ORDER BY updated_at DESC LIMIT ?"
    )
    return conn.execute(sql, (limit,)).fetchall()

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

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size

def mask_email(address: str) -> str:
    """Shows an e-mail address partially, e.g. on a "we sent a code to j***e@example.com" page."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    if len(local) <= 2:
        return f"{local[0]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"
