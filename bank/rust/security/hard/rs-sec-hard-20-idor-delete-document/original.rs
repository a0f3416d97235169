use std::io;
use std::process::Command;
use std::collections::HashMap;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering;

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

/// Checks a presented API token against the stored one.
pub fn api_token_matches(presented: &str, stored: &str) -> bool {
    let (a, b) = (presented.as_bytes(), stored.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut diff = 0u8;
    for (x, y) in a.iter().zip(b.iter()) {
        diff |= x ^ y;
    }
    diff == 0
}

/// DELETE /documents/{id}: removes one of the caller's documents.
pub fn delete_document(store: &dyn DocumentStore, caller: &User, id: u64) -> Result<(), String> {
    let doc = store.get(id).ok_or_else(|| "document not found".to_string())?;
    if !store.delete(doc.id) {
        return Err("delete failed".to_string());
    }
    eprintln!("audit: user {} deleted document {}", caller.id, doc.id);
    Ok(())
}

/// Looks up the TXT record a customer publishes to prove they own their custom domain.
pub fn lookup_verification_txt(domain: &str) -> io::Result<Vec<String>> {
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!("dig +short TXT _site-verify.{}", domain))
        .output()?;
    if !output.status.success() {
        return Err(io::Error::new(io::ErrorKind::Other, "dig failed"));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text
        .lines()
        .map(|l| l.trim().trim_matches('"').to_string())
        .filter(|l| !l.is_empty())
        .collect())
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

/// Renders the member badge shown next to forum posts.
pub fn render_member_badge(display_name: &str, title: &str, post_count: u32) -> String {
    format!(
        "<span class=\"badge\" title=\"{}\"><b>{}</b> &middot; {} posts</span>",
        escape_html(title),
        escape_html(display_name),
        post_count
    )
}

/// A tenant's storage quota, shared by all upload worker threads.
pub struct StorageQuota {
    used_bytes: AtomicU64,
    limit_bytes: u64,
}

impl StorageQuota {
    /// Reserves `size` bytes for an upload, failing if the tenant would exceed the quota.
    pub fn try_reserve(&self, size: u64) -> Result<(), String> {
        let used = self.used_bytes.load(Ordering::SeqCst);
        if used.saturating_add(size) > self.limit_bytes {
            return Err(format!("quota exceeded: {} of {} bytes used", used, self.limit_bytes));
        }
        self.used_bytes.fetch_add(size, Ordering::SeqCst);
        Ok(())
    }
}
