from dataclasses import dataclass
import html
import sqlite3
import os
import subprocess
import random
from collections.abc import Iterable, Iterator

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def render_guestbook(entries: list[dict[str, str]]) -> str:
    """HTML of the event page's guestbook: the stored entries visitors left, newest first."""
    parts = ['<section class="guestbook">']
    for entry in entries:
        parts.append(
            f'<article><h3>{html.escape(entry["name"])}</h3><p>{html.escape(entry["message"])}</p>'
            f'<footer>{html.escape(entry["posted_at"][:10])}</footer></article>'
        )
    parts.append("</section>")
    return "\n".join(parts)

def delete_document(conn: sqlite3.Connection, user: CurrentUser, document_id: int) -> str:
    """DELETE /documents/<id>; returns the storage key so the caller can remove the blob."""
    row = conn.execute(
        "SELECT id, storage_key FROM documents WHERE id = ? AND org_id = ?", (document_id, user.org_id)
    ).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} not found")
    with conn:
        conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
        conn.execute(
            "INSERT INTO audit_log (actor_id, action, subject) VALUES (?, ?, ?)",
            (user.id, "document.delete", str(document_id)),
        )
    return str(row[1])

def convert_document_to_pdf(input_path: str, output_dir: str) -> str:
    """Converts an uploaded office document to PDF with LibreOffice; returns the PDF's path."""
    source = os.path.abspath(input_path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", os.path.abspath(output_dir), source],
        check=True,
        capture_output=True,
        timeout=120,
    )
    stem = os.path.splitext(os.path.basename(source))[0]
    return os.path.join(os.path.abspath(output_dir), f"{stem}.pdf")

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)

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
