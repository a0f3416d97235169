from dataclasses import dataclass
import io
import xml.dom.minidom
import xml.sax
import xml.sax.handler
from collections.abc import Iterable, Iterator
import random

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def parse_supplier_feed(feed: bytes) -> list[dict[str, str]]:
    """Parses a supplier's uploaded XML product feed into {sku, name, price} rows (feeds may use the supplier's DTD)."""
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    document = xml.dom.minidom.parse(io.BytesIO(feed), parser)
    rows = []
    for product in document.getElementsByTagName("product"):
        name = "".join(
            node.data for element in product.getElementsByTagName("name")
            for node in element.childNodes if node.nodeType == node.TEXT_NODE
        )
        rows.append({"sku": product.getAttribute("sku"), "name": name.strip(), "price": product.getAttribute("price")})
    return rows

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

def render_guestbook(entries: list[dict[str, str]]) -> str:
    """HTML of the event page's guestbook: the stored entries visitors left, newest first."""
    parts = ['<section class="guestbook">']
    for entry in entries:
        parts.append(
            f'<article><h3>{entry["name"]}</h3><p>{entry["message"]}</p>'
            f'<footer>{entry["posted_at"][:10]}</footer></article>'
        )
    parts.append("</section>")
    return "\n".join(parts)

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)
