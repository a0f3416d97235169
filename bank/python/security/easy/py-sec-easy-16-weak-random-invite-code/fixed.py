from dataclasses import dataclass
import random
import string
import secrets
import re
import urllib.parse

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def generate_invite_code(length: int = 12) -> str:
    """The code in an organisation invite link; anyone holding it can join the organisation."""
    if not 8 <= length <= 32:
        raise ValueError("invite codes have 8 to 32 characters")
    alphabet = string.ascii_uppercase + string.digits
    code = "".join(secrets.choice(alphabet) for _ in range(length))
    return f"{code[:4]}-{code[4:]}"

def post_login_redirect(next_url: str | None) -> tuple[int, dict[str, str]]:
    """Status and headers sending the user back to the page they came from (`?next=`), or to the dashboard."""
    target = "/dashboard"
    if next_url and re.match(r"/(?![/\\])", next_url) and not urllib.parse.urlsplit(next_url).netloc:
        target = next_url
    return 302, {"Location": target, "Cache-Control": "no-store"}

def mask_email(address: str) -> str:
    """Shows an e-mail address partially, e.g. on a "we sent a code to j***e@example.com" page."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    if len(local) <= 2:
        return f"{local[0]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"

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
