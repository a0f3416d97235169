from dataclasses import dataclass
import hashlib
import random
import string
import secrets
import hmac

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

def mask_email(address: str) -> str:
    """Shows an e-mail address partially, e.g. on a "we sent a code to j***e@example.com" page."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    if len(local) <= 2:
        return f"{local[0]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count

def generate_invite_code(length: int = 12) -> str:
    """The code in an organisation invite link; anyone holding it can join the organisation."""
    if not 8 <= length <= 32:
        raise ValueError("invite codes have 8 to 32 characters")
    alphabet = string.ascii_uppercase + string.digits
    code = "".join(secrets.choice(alphabet) for _ in range(length))
    return f"{code[:4]}-{code[4:]}"

def sign_checkout_state(form_body: bytes, secret: bytes) -> str:
    """MAC of the form-encoded checkout state (amount, currency, order) that round-trips through the browser."""
    return hmac.new(secret, form_body, hashlib.sha256).hexdigest()

def checkout_state_is_authentic(form_body: bytes, signature: str, secret: bytes) -> bool:
    """True when the state posted back by the browser is exactly what we signed."""
    return hmac.compare_digest(sign_checkout_state(form_body, secret), signature)
