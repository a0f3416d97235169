from dataclasses import dataclass
import hashlib
import hmac
import urllib.parse
import os
import ast
import random
import string
import secrets
import sqlite3
from collections.abc import Iterable, Iterator

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def signed_download_url(file_id: str, expires_at: int) -> str:
    """A time-limited link to a stored export; the download endpoint recomputes and checks the signature."""
    signing_key = os.environ["DOWNLOAD_SIGNING_KEY"].encode("utf-8")
    message = f"{file_id}:{expires_at}".encode("utf-8")
    signature = hmac.new(signing_key, message, hashlib.sha256).hexdigest()
    query = urllib.parse.urlencode({"id": file_id, "expires": expires_at, "sig": signature})
    return f"https://files.example.com/download?{query}"

def verify_partner_signature(body: bytes, header_value: str, secret: bytes) -> bool:
    """Checks the `X-Partner-Signature: sha256=<hex>` header of an incoming webhook."""
    prefix = "sha256="
    if not header_value.startswith(prefix):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(prefix):].lower())

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

def generate_invite_code(length: int = 12) -> str:
    """The code in an organisation invite link; anyone holding it can join the organisation."""
    if not 8 <= length <= 32:
        raise ValueError("invite codes have 8 to 32 characters")
    alphabet = string.ascii_uppercase + string.digits
    code = "".join(secrets.choice(alphabet) for _ in range(length))
    return f"{code[:4]}-{code[4:]}"

def find_orders_by_status(conn: sqlite3.Connection, customer_id: int, statuses: list[str]) -> list[tuple]:
    """The customer's orders in any of the given statuses (filter chips on the orders page)."""
    if not statuses:
        return []
    if len(statuses) > 10:
        raise ValueError("at most 10 statuses")
    placeholders = ", ".join("?" for _ in statuses)
    sql = f"SELECT id, status, total_cents FROM orders WHERE customer_id = ? AND status IN ({placeholders})"
    return conn.execute(sql, (customer_id, *statuses)).fetchall()

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
