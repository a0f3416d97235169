from dataclasses import dataclass
import subprocess
import hashlib
import os
import time

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def page_window(args: dict[str, str], default_size: int = 25, max_size: int = 100) -> tuple[int, int]:
    """(offset, limit) from ?page=&per_page= query arguments, with sane defaults and bounds."""

    def as_int(name: str, fallback: int) -> int:
        value = args.get(name, "")
        return int(value) if value.isdigit() and len(value) <= 9 else fallback

    page = max(as_int("page", 1), 1)
    size = min(max(as_int("per_page", default_size), 1), max_size)
    return (page - 1) * size, size

def lookup_verification_record(domain: str) -> list[str]:
    """TXT records of _acme-verify.<domain>, used to confirm a customer owns a domain they added."""
    domain = domain.strip().lower()
    if not domain or len(domain) > 253 or " " in domain:
        raise ValueError("invalid domain")
    completed = subprocess.run(
        f"dig +short TXT _acme-verify.{domain}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return [line.strip().strip('"') for line in completed.stdout.splitlines() if line.strip()]

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count

def static_asset_path(static_root: str, requested: str) -> str:
    """Maps GET /static/<requested> to a file under the static root, or raises FileNotFoundError."""
    root = os.path.realpath(static_root)
    candidate = os.path.realpath(os.path.join(root, requested))
    if os.path.commonpath([root, candidate]) != root or not os.path.isfile(candidate):
        raise FileNotFoundError(requested)
    return candidate

def post_login_redirect(next_url: str | None) -> tuple[int, dict[str, str]]:
    """Status and headers sending the user back to the page they came from (`?next=`), or to the dashboard."""
    target = "/dashboard"
    if next_url and next_url.startswith("/"):
        target = next_url
    return 302, {"Location": target, "Cache-Control": "no-store"}

class LoginThrottle:
    """At most `limit` sign-in attempts per account in a sliding window; shared by the server's worker threads."""

    def __init__(self, limit: int = 5, window_seconds: float = 300.0) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._attempts: dict[str, list[float]] = {}

    def allow_attempt(self, account: str) -> bool:
        now = time.monotonic()
        recent = [t for t in self._attempts.get(account, []) if now - t < self.window_seconds]
        if len(recent) >= self.limit:
            self._attempts[account] = recent
            return False
        recent.append(now)
        self._attempts[account] = recent
        return True
