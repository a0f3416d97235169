from dataclasses import dataclass
import html
import base64
import pickle
import hashlib
import hmac
import sqlite3

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def render_mention_email(actor_name: str, comment: str, thread_url: str) -> str:
    """HTML body of the "you were mentioned" e-mail; thread_url is built by us from the thread's numeric id."""
    excerpt = comment if len(comment) <= 280 else comment[:279] + "…"
    return (
        f"<p><strong>{html.escape(actor_name)}</strong> mentioned you:</p>"
        f"<blockquote>{html.escape(excerpt)}</blockquote>"
        f'<p><a href="{html.escape(thread_url)}">Open the conversation</a></p>'
    )

def authenticate_service_token(headers: dict[str, str], expected_token: str) -> bool:
    """Guards the internal metrics endpoint, which expects `Authorization: Bearer <token>`."""
    authorization = headers.get("Authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return token == expected_token

def load_saved_filters(cookie_value: str) -> dict[str, object]:
    """Restores the report filters the browser keeps in the `filters` cookie."""
    if not cookie_value:
        return {}
    try:
        raw = base64.urlsafe_b64decode(cookie_value.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return {}
    filters = pickle.loads(raw)
    return filters if isinstance(filters, dict) else {}

def sign_checkout_state(form_body: bytes, secret: bytes) -> str:
    """MAC of the form-encoded checkout state (amount, currency, order) that round-trips through the browser."""
    return hashlib.sha256(secret + form_body).hexdigest()

def checkout_state_is_authentic(form_body: bytes, signature: str, secret: bytes) -> bool:
    """True when the state posted back by the browser is exactly what we signed."""
    return hmac.compare_digest(sign_checkout_state(form_body, secret), signature)

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()
