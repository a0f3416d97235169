from dataclasses import dataclass
import time
import threading
import ast
import hashlib
import hmac
import sqlite3
import random
import string
import secrets

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

class LoginThrottle:
    """At most `limit` sign-in attempts per account in a sliding window; shared by the server's worker threads."""

    def __init__(self, limit: int = 5, window_seconds: float = 300.0) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._attempts: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def allow_attempt(self, account: str) -> bool:
        now = time.monotonic()
        with self._lock:
            history = self._attempts.setdefault(account, [])
            history[:] = [t for t in history if now - t < self.window_seconds]
            if len(history) >= self.limit:
                return False
            history.append(now)
            return True

def evaluate_price_formula(formula: str, variables: dict[str, float]) -> float:
    """Evaluates a merchant's pricing rule such as "base * 0.9 + shipping" (merchants edit these in their dashboard)."""
    if len(formula) > 200:
        raise ValueError("formula is too long")
    tree = ast.parse(formula, mode="eval")
    allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load,
               ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd)
    for node in ast.walk(tree):
        if not isinstance(node, allowed):
            raise ValueError(f"unsupported syntax in formula: {type(node).__name__}")
        if isinstance(node, ast.Name) and node.id not in variables:
            raise ValueError(f"unknown variable {node.id!r}")
        if isinstance(node, ast.Constant) and type(node.value) not in (int, float):
            raise ValueError("only numeric constants are allowed")
    result = eval(compile(tree, "<formula>", "eval"), {"__builtins__": {}}, dict(variables))
    if not isinstance(result, (int, float)):
        raise ValueError("formula must produce a number")
    return float(result)

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

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()

def generate_invite_code(length: int = 12) -> str:
    """The code in an organisation invite link; anyone holding it can join the organisation."""
    if not 8 <= length <= 32:
        raise ValueError("invite codes have 8 to 32 characters")
    alphabet = string.ascii_uppercase + string.digits
    code = "".join(secrets.choice(alphabet) for _ in range(length))
    return f"{code[:4]}-{code[4:]}"
