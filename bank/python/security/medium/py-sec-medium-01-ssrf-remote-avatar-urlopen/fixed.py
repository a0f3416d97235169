from dataclasses import dataclass
import hashlib
import urllib.request
import ipaddress
import socket
import urllib.parse
import json
from typing import Any

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count

def fetch_remote_avatar(image_url: str, max_bytes: int = 2_000_000) -> bytes:
    """Downloads the avatar image a user linked in their profile, to store and serve it ourselves."""
    parts = urllib.parse.urlsplit(image_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("avatar URL must be http(s)")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError("avatar URL points to a non-public address")

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    request = urllib.request.Request(image_url, headers={"User-Agent": "acme-avatars/1.0"})
    with urllib.request.build_opener(NoRedirects).open(request, timeout=5) as response:
        if response.headers.get_content_maintype() != "image":
            raise ValueError("the URL does not point to an image")
        data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("avatar image is too large")
    return data

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

def read_json_body(environ: dict[str, Any]) -> Any:
    """Parses the JSON body of a WSGI request (POST /api/...)."""
    content_type = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip()
    if content_type != "application/json":
        raise ValueError("expected application/json")
    declared = int(str(environ.get("CONTENT_LENGTH") or "0"))
    if declared < 0 or declared > 1024 * 1024:
        raise ValueError("request body must be at most 1 MiB")
    raw = environ["wsgi.input"].read(declared)
    return json.loads(raw)

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
