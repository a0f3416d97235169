from dataclasses import dataclass
import os
import re
import json
from typing import Any
import html

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

def read_json_body(environ: dict[str, Any]) -> Any:
    """Parses the JSON body of a WSGI request (POST /api/...)."""
    content_type = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip()
    if content_type != "application/json":
        raise ValueError("expected application/json")
    length = int(str(environ.get("CONTENT_LENGTH") or "0"))
    raw = environ["wsgi.input"].read(length)
    return json.loads(raw)

def render_mention_email(actor_name: str, comment: str, thread_url: str) -> str:
    """HTML body of the "you were mentioned" e-mail; thread_url is built by us from the thread's numeric id."""
    excerpt = comment if len(comment) <= 280 else comment[:279] + "…"
    return (
        f"<p><strong>{html.escape(actor_name)}</strong> mentioned you:</p>"
        f"<blockquote>{html.escape(excerpt)}</blockquote>"
        f'<p><a href="{html.escape(thread_url)}">Open the conversation</a></p>'
    )

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
