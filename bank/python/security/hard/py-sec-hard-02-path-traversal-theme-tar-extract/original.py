from dataclasses import dataclass
import html
import os
import subprocess
import re
import hashlib
import hmac
import datetime
import tarfile

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def render_mention_email(actor_name: str, comment: str, thread_url: str) -> str:
    """HTML body of the "you were mentioned" e-mail; thread_url is built by us from the thread's numeric id."""
    excerpt = comment if len(comment) <= 280 else comment[:279] + "…"
    return (
        f"<p><strong>{html.escape(actor_name)}</strong> mentioned you:</p>"
        f"<blockquote>{html.escape(excerpt)}</blockquote>"
        f'<p><a href="{html.escape(thread_url)}">Open the conversation</a></p>'
    )

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

def acquire_job_lock(lock_dir: str, job_name: str) -> bool:
    """Ensures only one worker runs a scheduled job (e.g. nightly billing); True when this process got the lock."""
    if not re.fullmatch(r"[a-z0-9_]{1,64}", job_name):
        raise ValueError("invalid job name")
    lock_path = os.path.join(lock_dir, f"{job_name}.lock")
    if os.path.exists(lock_path):
        return False
    with open(lock_path, "w", encoding="utf-8") as handle:
        handle.write(str(os.getpid()))
    return True

def sign_checkout_state(form_body: bytes, secret: bytes) -> str:
    """MAC of the form-encoded checkout state (amount, currency, order) that round-trips through the browser."""
    return hashlib.sha256(secret + form_body).hexdigest()

def checkout_state_is_authentic(form_body: bytes, signature: str, secret: bytes) -> bool:
    """True when the state posted back by the browser is exactly what we signed."""
    return hmac.compare_digest(sign_checkout_state(form_body, secret), signature)

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

def install_theme_archive(archive_path: str, themes_dir: str, theme_name: str) -> str:
    """Unpacks a theme (.tar.gz) uploaded by a site owner into its own directory; returns that directory."""
    if not re.fullmatch(r"[a-z0-9-]{1,40}", theme_name):
        raise ValueError("theme names use lowercase letters, digits and hyphens")
    target_dir = os.path.join(themes_dir, theme_name)
    os.makedirs(target_dir, exist_ok=False)
    with tarfile.open(archive_path, "r:gz") as archive:
        members = archive.getmembers()
        if len(members) > 2000 or sum(member.size for member in members) > 50 * 1024 * 1024:
            raise ValueError("theme archive is too large")
        archive.extractall(target_dir)
    return target_dir
