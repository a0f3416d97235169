from dataclasses import dataclass
import urllib.request
import ipaddress
import socket
import urllib.parse

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size

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
