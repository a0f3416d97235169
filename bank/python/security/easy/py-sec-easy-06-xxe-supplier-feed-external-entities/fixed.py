from dataclasses import dataclass
import io
import xml.dom.minidom
import xml.sax
import xml.sax.handler
import datetime

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

def mask_email(address: str) -> str:
    """Shows an e-mail address partially, e.g. on a "we sent a code to j***e@example.com" page."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    if len(local) <= 2:
        return f"{local[0]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"
