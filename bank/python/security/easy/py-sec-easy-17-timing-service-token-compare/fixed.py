from dataclasses import dataclass
from collections.abc import Iterable, Iterator
import hmac
import datetime
import io
import xml.dom.minidom
import xml.sax
import xml.sax.handler

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def chunked(items: Iterable[str], size: int) -> Iterator[list[str]]:
    """Yields lists of at most `size` items, e.g. to send notification batches of 100."""
    if size < 1:
        raise ValueError("size must be positive")
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

def authenticate_service_token(headers: dict[str, str], expected_token: str) -> bool:
    """Guards the internal metrics endpoint, which expects `Authorization: Bearer <token>`."""
    authorization = headers.get("Authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return hmac.compare_digest(token.encode("utf-8"), expected_token.encode("utf-8"))

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
