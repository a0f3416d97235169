from dataclasses import dataclass
import hashlib
import hmac
import secrets
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

def password_digest(salt: str, password: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()

def hash_new_password(password: str) -> str:
    """The value stored in users.password_hash: "<salt>$<digest>"."""
    salt = secrets.token_hex(16)
    return f"{salt}${password_digest(salt, password)}"

def password_matches(password: str, stored: str) -> bool:
    salt, _, digest = stored.partition("$")
    return bool(salt) and hmac.compare_digest(password_digest(salt, password), digest)

def authenticate_service_token(headers: dict[str, str], expected_token: str) -> bool:
    """Guards the internal metrics endpoint, which expects `Authorization: Bearer <token>`."""
    authorization = headers.get("Authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return token == expected_token

def render_mention_email(actor_name: str, comment: str, thread_url: str) -> str:
    """HTML body of the "you were mentioned" e-mail; thread_url is built by us from the thread's numeric id."""
    excerpt = comment if len(comment) <= 280 else comment[:279] + "…"
    return (
        f"<p><strong>{html.escape(actor_name)}</strong> mentioned you:</p>"
        f"<blockquote>{html.escape(excerpt)}</blockquote>"
        f'<p><a href="{html.escape(thread_url)}">Open the conversation</a></p>'
    )
