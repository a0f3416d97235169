from dataclasses import dataclass
import base64
import pickle

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

def mask_email(address: str) -> str:
    """Shows an e-mail address partially, e.g. on a "we sent a code to j***e@example.com" page."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    if len(local) <= 2:
        return f"{local[0]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"
