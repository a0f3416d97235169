from dataclasses import dataclass
import hashlib
import hmac
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

def signed_download_url(file_id: str, expires_at: int) -> str:
    """A time-limited link to a stored export; the download endpoint recomputes and checks the signature."""
    signing_key = b"dl-prod-3f9a7c21e8b54d06a1c2f7e9b0d4a6c8"
    message = f"{file_id}:{expires_at}".encode("utf-8")
    signature = hmac.new(signing_key, message, hashlib.sha256).hexdigest()
    query = urllib.parse.urlencode({"id": file_id, "expires": expires_at, "sig": signature})
    return f"https://files.example.com/download?{query}"

def post_login_redirect(next_url: str | None) -> tuple[int, dict[str, str]]:
    """Status and headers sending the user back to the page they came from (`?next=`), or to the dashboard."""
    target = "/dashboard"
    if next_url and next_url.startswith("/"):
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

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count
