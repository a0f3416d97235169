from dataclasses import dataclass
import re
import urllib.parse

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size

def post_login_redirect(next_url: str | None) -> tuple[int, dict[str, str]]:
    """Status and headers sending the user back to the page they came from (`?next=`), or to the dashboard."""
    target = "/dashboard"
    if next_url and re.match(r"/(?![/\\])", next_url) and not urllib.parse.urlsplit(next_url).netloc:
        target = next_url
    return 302, {"Location": target, "Cache-Control": "no-store"}
