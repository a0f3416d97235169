from dataclasses import dataclass
import html
import os
import re
import tarfile
from collections.abc import Iterable, Iterator

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

def parse_bool_setting(name: str, raw: str | None, default: bool = False) -> bool:
    """Reads a boolean from configuration text ("true"/"false", "1"/"0", "yes"/"no", "on"/"off")."""
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"setting {name} must be a boolean, got {raw!r}")

def post_login_redirect(next_url: str | None) -> tuple[int, dict[str, str]]:
    """Status and headers sending the user back to the page they came from (`?next=`), or to the dashboard."""
    target = "/dashboard"
    if next_url and next_url.startswith("/"):
        target = next_url
    return 302, {"Location": target, "Cache-Control": "no-store"}

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
