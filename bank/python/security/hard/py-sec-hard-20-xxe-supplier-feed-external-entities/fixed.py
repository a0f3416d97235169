from dataclasses import dataclass
import os
import subprocess
import re
import random
import io
import xml.dom.minidom
import xml.sax
import xml.sax.handler
import html

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def convert_document_to_pdf(input_path: str, output_dir: str) -> str:
    """Converts an uploaded office document to PDF with LibreOffice; returns the PDF's path."""
    source = os.path.abspath(input_path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", os.path.abspath(output_dir), source],
        check=True,
        capture_output=True,
        timeout=120,
    )
    stem = os.path.splitext(os.path.basename(source))[0]
    return os.path.join(os.path.abspath(output_dir), f"{stem}.pdf")

def parse_tag_list(raw: str) -> list[str]:
    """Turns the "tags" form field ("python, web security, api") into a list of lower-cased tags."""
    text = raw.strip()
    if not text:
        return []
    if len(text) > 500 or not all(re.fullmatch(r"[\w ]*", part) for part in text.split(",")):
        raise ValueError("tags may only contain letters, digits, spaces and commas")
    tags = [tag.strip().lower() for tag in text.split(",")]
    return [tag for tag in tags if tag][:20]

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)

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

def render_guestbook(entries: list[dict[str, str]]) -> str:
    """HTML of the event page's guestbook: the stored entries visitors left, newest first."""
    parts = ['<section class="guestbook">']
    for entry in entries:
        parts.append(
            f'<article><h3>{html.escape(entry["name"])}</h3><p>{html.escape(entry["message"])}</p>'
            f'<footer>{html.escape(entry["posted_at"][:10])}</footer></article>'
        )
    parts.append("</section>")
    return "\n".join(parts)

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size
