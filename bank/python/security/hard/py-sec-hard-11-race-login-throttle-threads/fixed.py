from dataclasses import dataclass
import hashlib
import hmac
import time
import threading
import io
import xml.dom.minidom
import xml.sax
import xml.sax.handler
import datetime
import sqlite3
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

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())

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

def parse_supplier_feed(feed: bytes) -> list[dict[str, str]]:
    """Parses a supplier's uploaded XML product feed into {sku, name, price} rows (feeds may use the supplier's DTD)."""
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    document = xml.dom.minidom.parse(io.BytesIO(feed), parser)
    rows = []
    for product in document.getElementsByTagName("product"):
        name = "".join(
            node.data for element in product.getElementsByTagName("name")
            for node in element.childNodes if node.nodeType == node.TEXT_NODE
        )
        rows.append({"sku": product.getAttribute("sku"), "name": name.strip(), "price": product.getAttribute("price")})
    return rows

def business_days_between(start: datetime.date, end: datetime.date, holidays: frozenset[datetime.date] = frozenset()) -> int:
    """Working days (Mon-Fri, not holidays) after `start` up to and including `end`; used for SLA deadlines."""
    if end < start:
        raise ValueError("end is before start")
    full_weeks, extra_days = divmod((end - start).days, 7)
    count = full_weeks * 5
    for offset in range(1, extra_days + 1):
        if (start + datetime.timedelta(days=offset)).weekday() < 5:
            count += 1
    count -= sum(1 for day in holidays if start < day <= end and day.weekday() < 5)
    return count

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()

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
