from dataclasses import dataclass
import sqlite3
import hashlib
import hmac
import html

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

def delete_document(conn: sqlite3.Connection, user: CurrentUser, document_id: int) -> str:
    """DELETE /documents/<id>; returns the storage key so the caller can remove the blob."""
    row = conn.execute("SELECT id, storage_key FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} not found")
    with conn:
        conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
        conn.execute(
            "INSERT INTO audit_log (actor_id, action, subject) VALUES (?, ?, ?)",
            (user.id, "document.delete", str(document_id)),
        )
    return str(row[1])

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())

def render_search_box(query: str, result_count: int) -> str:
    """The search form, pre-filled with what the user searched for (?q=...), and the result count."""
    shown = html.escape(query, quote=False)
    return (
        '<form action="/search" method="get">'
        f'<input type="search" name="q" value="{shown}" autofocus>'
        '<button type="submit">Search</button></form>'
        f"<p>{result_count} results for <q>{shown}</q></p>"
    )
