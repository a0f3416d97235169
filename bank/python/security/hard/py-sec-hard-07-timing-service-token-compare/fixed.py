from dataclasses import dataclass
import hashlib
import hmac
import sqlite3
from collections.abc import Iterable, Iterator
import random
import os
import subprocess

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def sign_checkout_state(form_body: bytes, secret: bytes) -> str:
    """MAC of the form-encoded checkout state (amount, currency, order) that round-trips through the browser."""
    return hmac.new(secret, form_body, hashlib.sha256).hexdigest()

def checkout_state_is_authentic(form_body: bytes, signature: str, secret: bytes) -> bool:
    """True when the state posted back by the browser is exactly what we signed."""
    return hmac.compare_digest(sign_checkout_state(form_body, secret), signature)

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

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)

def authenticate_service_token(headers: dict[str, str], expected_token: str) -> bool:
    """Guards the internal metrics endpoint, which expects `Authorization: Bearer <token>`."""
    authorization = headers.get("Authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return hmac.compare_digest(token.encode("utf-8"), expected_token.encode("utf-8"))

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
