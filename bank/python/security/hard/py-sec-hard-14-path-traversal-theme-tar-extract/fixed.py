from dataclasses import dataclass
import sqlite3
import os
import re
import tarfile
import hashlib
import subprocess

@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, taken from the verified session."""

    id: int
    org_id: int
    is_admin: bool

def update_profile(conn: sqlite3.Connection, user_id: int, changes: dict[str, str]) -> None:
    """PATCH /me: applies the fields of the JSON body to the caller's profile row."""
    if not changes:
        return
    if any(not isinstance(value, str) or len(value) > 500 for value in changes.values()):
        raise ValueError("profile fields must be strings of at most 500 characters")
    editable = ("display_name", "bio", "timezone", "locale")
    unknown = [column for column in changes if column not in editable]
    if unknown:
        raise ValueError(f"fields cannot be edited: {', '.join(sorted(unknown))}")
    columns = [column for column in editable if column in changes]
    assignments = ", ".join(f"{column} = ?" for column in columns)
    with conn:
        conn.execute(
            f"UPDATE profiles SET {assignments} WHERE user_id = ?",
            (*(changes[column] for column in columns), user_id),
        )

def install_theme_archive(archive_path: str, themes_dir: str, theme_name: str) -> str:
    """Unpacks a theme (.tar.gz) uploaded by a site owner into its own directory; returns that directory."""
    if not re.fullmatch(r"[a-z0-9-]{1,40}", theme_name):
        raise ValueError("theme names use lowercase letters, digits and hyphens")
    target_dir = os.path.join(themes_dir, theme_name)
    os.makedirs(target_dir, exist_ok=False)
    root = os.path.realpath(target_dir)
    with tarfile.open(archive_path, "r:gz") as archive:
        members = archive.getmembers()
        if len(members) > 2000 or sum(member.size for member in members) > 50 * 1024 * 1024:
            raise ValueError("theme archive is too large")
        for member in members:
            destination = os.path.realpath(os.path.join(root, member.name))
            if not (member.isfile() or member.isdir()) or os.path.commonpath([root, destination]) != root:
                raise ValueError(f"unsafe entry in theme archive: {member.name!r}")
        archive.extractall(target_dir, members=members)
    return target_dir

def deactivate_account(conn: sqlite3.Connection, acting_user: CurrentUser, account_id: int) -> None:
    """Admin console: deactivates an account and ends all of its sessions."""
    if not acting_user.is_admin:
        raise PermissionError("only administrators can deactivate accounts")
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

def convert_document_to_pdf(input_path: str, output_dir: str) -> str:
    """Converts an uploaded office document to PDF with LibreOffice; returns the PDF's path."""
    source = os.path.abspath(input_path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", os.path.abspath(output_dir), source],
        check=True,
        capture_output=True,
        timeout=120,
    )
    stem = os.path.splitext(os.path.basename(source))[0]
    return os.path.join(os.path.abspath(output_dir), f"{stem}.pdf")

def mask_email(address: str) -> str:
    """Shows an e-mail address partially, e.g. on a "we sent a code to j***e@example.com" page."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return "***"
    if len(local) <= 2:
        return f"{local[0]}***@{domain}"
    return f"{local[0]}***{local[-1]}@{domain}"
