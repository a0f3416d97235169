from dataclasses import dataclass
import json
from typing import Any

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

def read_json_body(environ: dict[str, Any]) -> Any:
    """Parses the JSON body of a WSGI request (POST /api/...)."""
    content_type = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip()
    if content_type != "application/json":
        raise ValueError("expected application/json")
    length = int(str(environ.get("CONTENT_LENGTH") or "0"))
    raw = environ["wsgi.input"].read(length)
    return json.loads(raw)

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
