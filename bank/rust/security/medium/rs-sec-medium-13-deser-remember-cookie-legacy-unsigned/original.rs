use std::fs;
use std::io;
use std::path::Path;
use std::process::Command;
use std::collections::HashMap;

/// Database handle; `?` placeholders in `sql` are bound to `params` in order.
pub trait Db {
    fn query(&self, sql: &str, params: &[&str]) -> Result<Vec<Vec<String>>, String>;
    fn execute(&self, sql: &str, params: &[&str]) -> Result<u64, String>;
}

/// Outbound HTTP client used for server-side requests; returns the response body.
pub trait HttpClient {
    fn get(&self, url: &str) -> Result<Vec<u8>, String>;
}

/// The authenticated caller, as resolved by the auth middleware.
#[derive(Debug, Clone)]
pub struct User {
    pub id: u64,
    pub org_id: u64,
    pub role: String,
}

/// Keyed MAC from the platform crypto module (HMAC-SHA256); `verify` is constant-time.
pub trait Signer {
    fn sign(&self, data: &[u8]) -> Vec<u8>;
    fn verify(&self, data: &[u8], tag: &[u8]) -> bool;
}

/// A 128-bit block cipher (AES) that holds its key.
pub trait BlockCipher {
    fn encrypt_block(&self, block: &mut [u8; 16]);
}

/// A stored document and its owner.
pub struct Document {
    pub id: u64,
    pub owner_id: u64,
    pub org_id: u64,
    pub title: String,
}

/// Document persistence.
pub trait DocumentStore {
    fn get(&self, id: u64) -> Option<Document>;
    fn delete(&self, id: u64) -> bool;
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

/// Serves a theme asset (CSS, fonts, images) by the relative path that follows /theme/ in the URL.
pub fn load_theme_asset(theme_root: &Path, requested: &str) -> io::Result<Vec<u8>> {
    if requested.is_empty() || requested.split('/').any(|segment| segment == "..") {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "invalid asset path"));
    }
    let path = theme_root.join(requested);
    fs::read(path)
}

/// Lists the recent commits that touched a file in a hosted repository.
pub fn file_history(repo_dir: &Path, file_path: &str) -> io::Result<Vec<String>> {
    let output = Command::new("git")
        .arg("-C")
        .arg(repo_dir)
        .args(["log", "-n", "20", "--format=%h %s", "--"])
        .arg(file_path)
        .output()?;
    if !output.status.success() {
        return Err(io::Error::new(io::ErrorKind::Other, "git log failed"));
    }
    Ok(String::from_utf8_lossy(&output.stdout).lines().map(str::to_string).collect())
}

/// Turns an article title into a URL slug such as "hello-world-2024" (at most 80 characters).
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 80 {
            break;
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Parses `key = value` lines of a settings file, ignoring blank lines and `#` comments.
pub fn parse_kv_config(text: &str) -> Result<HashMap<String, String>, String> {
    let mut settings = HashMap::new();
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| format!("line {}: expected key = value", number + 1))?;
        settings.insert(key.trim().to_string(), value.trim().to_string());
    }
    Ok(settings)
}

/// State restored from the "remember me" cookie.
#[derive(Debug)]
pub struct RememberedSession {
    pub user_id: u64,
    pub is_admin: bool,
    pub expires_at: u64,
}

/// Decodes the cookie: [version:1][user_id:8][is_admin:1][expires_at:8], then (since v2) a MAC tag.
pub fn decode_remember_cookie(blob: &[u8], signer: &dyn Signer, now: u64) -> Option<RememberedSession> {
    let (&version, rest) = blob.split_first()?;
    if rest.len() < 17 {
        return None;
    }
    let (payload, tag) = rest.split_at(17);
    if version >= 2 && !signer.verify(&blob[..18], tag) {
        return None;
    }
    let user_id = u64::from_be_bytes(payload[0..8].try_into().ok()?);
    let is_admin = payload[8] == 1;
    let expires_at = u64::from_be_bytes(payload[9..17].try_into().ok()?);
    if expires_at < now {
        return None;
    }
    Some(RememberedSession { user_id, is_admin, expires_at })
}
