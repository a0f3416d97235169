from dataclasses import dataclass
import sqlite3
from collections.abc import Iterable, Iterator

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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
