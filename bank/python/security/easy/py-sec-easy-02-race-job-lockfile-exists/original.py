from dataclasses import dataclass
import os
import re

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
