from dataclasses import dataclass
import hashlib
import hmac
import base64
import pickle
import sqlite3

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

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

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())

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

def load_saved_filters(cookie_value: str) -> dict[str, object]:
    """Restores the report filters the browser keeps in the `filters` cookie."""
    if not cookie_value:
        return {}
    try:
        raw = base64.urlsafe_b64decode(cookie_value.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return {}
    filters = pickle.loads(raw)
    return filters if isinstance(filters, dict) else {}

def deactivate_account(conn: sqlite3.Connection, acting_user: CurrentUser, account_id: int) -> None:
    """Admin console: deactivates an account and ends all of its sessions."""
    assert acting_user.is_admin, "only administrators can deactivate accounts"
    with conn:
        conn.execute("UPDATE users SET active = 0 WHERE id = ?", (account_id,))
        conn.execute("DELETE FROM sessions WHERE user_id = ?", (account_id,))
        conn.execute(
            "INSERT INTO audit_log (actor_id, action, subject) VALUES (?, ?, ?)",
            (acting_user.id, "account.deactivate", str(account_id)),
        )

def cache_shard_for(cache_key: str, shard_count: int) -> int:
    """Which cache node holds a key; must be stable across processes (unlike the built-in hash())."""
    if shard_count < 1:
        raise ValueError("need at least one shard")
    digest = hashlib.md5(cache_key.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big") % shard_count
