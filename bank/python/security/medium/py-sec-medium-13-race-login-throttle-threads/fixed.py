from dataclasses import dataclass
import time
import threading
import urllib.request
import ipaddress
import socket
import urllib.parse
import hashlib

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

class LoginThrottle:
    """At most `limit` sign-in attempts per account in a sliding window; shared by the server's worker threads."""

    def __init__(self, limit: int = 5, window_seconds: float = 300.0) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._attempts: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def allow_attempt(self, account: str) -> bool:
        now = time.monotonic()
        with self._lock:
            history = self._attempts.setdefault(account, [])
            history[:] = [t for t in history if now - t < self.window_seconds]
            if len(history) >= self.limit:
                return False
            history.append(now)
            return True

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

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count
