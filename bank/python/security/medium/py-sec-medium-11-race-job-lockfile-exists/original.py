from dataclasses import dataclass
import os
import re
import hashlib
import hmac
import urllib.parse

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

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count

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

def signed_download_url(file_id: str, expires_at: int) -> str:
    """A time-limited link to a stored export; the download endpoint recomputes and checks the signature."""
    signing_key = b"dl-prod-3f9a7c21e8b54d06a1c2f7e9b0d4a6c8"
    message = f"{file_id}:{expires_at}".encode("utf-8")
    signature = hmac.new(signing_key, message, hashlib.sha256).hexdigest()
    query = urllib.parse.urlencode({"id": file_id, "expires": expires_at, "sig": signature})
    return f"https://files.example.com/download?{query}"

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
