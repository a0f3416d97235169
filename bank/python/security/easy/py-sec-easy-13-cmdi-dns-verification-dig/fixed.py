from dataclasses import dataclass
import subprocess
import re

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def mask_email(address: str) -> str:
    """Shows an e-mail address partially, e.g. on a "we sent a code to j***e@example.com" page."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    if len(local) <= 2:
        return f"{local[0]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"

def lookup_verification_record(domain: str) -> list[str]:
    """TXT records of _acme-verify.<domain>, used to confirm a customer owns a domain they added."""
    domain = domain.strip().lower()
    if len(domain) > 253 or not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", domain):
        raise ValueError("invalid domain")
    completed = subprocess.run(
        ["dig", "+short", "TXT", f"_acme-verify.{domain}"],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return [line.strip().strip('"') for line in completed.stdout.splitlines() if line.strip()]

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
