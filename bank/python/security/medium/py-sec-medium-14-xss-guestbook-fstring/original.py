from dataclasses import dataclass
import hashlib
import hmac

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
            f'<article><h3>{entry["name"]}</h3><p>{entry["message"]}</p>'
            f'<footer>{entry["posted_at"][:10]}</footer></article>'
        )
    parts.append("</section>")
    return "\n".join(parts)

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

def sign_checkout_state(form_body: bytes, secret: bytes) -> str:
    """MAC of the form-encoded checkout state (amount, currency, order) that round-trips through the browser."""
    return hashlib.sha256(secret + form_body).hexdigest()

def checkout_state_is_authentic(form_body: bytes, signature: str, secret: bytes) -> bool:
    """True when the state posted back by the browser is exactly what we signed."""
    return hmac.compare_digest(sign_checkout_state(form_body, secret), signature)

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())

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
