from dataclasses import dataclass
import re
import random
from collections.abc import Iterable, Iterator

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def parse_tag_list(raw: str) -> list[str]:
    """Turns the "tags" form field ("python, web security, api") into a list of lower-cased tags."""
    text = raw.strip()
    if not text:
        return []
    if not re.fullmatch(r"(\w+\s*,?\s*)+", text):
        raise ValueError("tags may only contain letters, digits, spaces and commas")
    tags = [tag.strip().lower() for tag in text.split(",")]
    return [tag for tag in tags if tag][:20]

def backoff_with_jitter(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Seconds to wait before retrying a failed call to the e-mail provider ("full jitter" back-off)."""
    if attempt < 0:
        raise ValueError("attempt cannot be negative")
    ceiling = min(cap, base * (2 ** min(attempt, 16)))
    return random.uniform(0, ceiling)

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

def evaluate_price_formula(formula: str, variables: dict[str, float]) -> float:
    """Evaluates a merchant's pricing rule such as "base * 0.9 + shipping" (merchants edit these in their dashboard)."""
    if len(formula) > 200:
        raise ValueError("formula is too long")
    if "__" in formula or "import" in formula:
        raise ValueError("formula contains forbidden text")
    result = eval(formula, {"__builtins__": {}}, dict(variables))
    if not isinstance(result, (int, float)):
        raise ValueError("formula must produce a number")
    return float(result)
