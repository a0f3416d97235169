use std::env;
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

/// Renders the member badge shown next to forum posts.
pub fn render_member_badge(display_name: &str, title: &str, post_count: u32) -> String {
    format!(
        "<span class=\"badge\" title=\"{}\"><b>{}</b> &middot; {} posts</span>",
        escape_html(title),
        escape_html(display_name),
        post_count
    )
}

/// Settings for the outbound mail relay.
pub struct MailRelayConfig {
    pub host: String,
    pub port: u16,
    pub username: String,
    pub password: String,
}

/// Builds the mail relay settings used by the notification worker in production.
pub fn mail_relay_config() -> MailRelayConfig {
    let host = env::var("SMTP_HOST").unwrap_or_else(|_| "smtp.mailrelay.internal".to_string());
    let port = env::var("SMTP_PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(587);
    MailRelayConfig {
        host,
        port,
        username: "notifications@ourapp.example".to_string(),
        password: "Rl9!vQ2#mZ7xP4wK".to_string(),
    }
}

/// Delay before retry number `attempt` (0-based) of a failed webhook delivery:
/// exponential from 500 ms, capped at 10 minutes, never overflowing.
pub fn retry_delay_ms(attempt: u32) -> u64 {
    const BASE_MS: u64 = 500;
    const MAX_MS: u64 = 10 * 60 * 1000;
    let factor = 1u64.checked_shl(attempt.min(32)).unwrap_or(u64::MAX);
    BASE_MS.saturating_mul(factor).min(MAX_MS)
}

/// Usernames: 3 to 32 ASCII letters, digits, `_` or `-`, starting with a letter.
pub fn is_valid_username(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.len() < 3 || bytes.len() > 32 {
        return false;
    }
    if !bytes[0].is_ascii_alphabetic() {
        return false;
    }
    bytes
        .iter()
        .all(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
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
