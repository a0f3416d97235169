use std::env;

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

/// Masks an address for display on the account-recovery page: "jane@example.com" -> "j***@example.com".
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) if !local.is_empty() && !domain.is_empty() => {
            let first: String = local.chars().take(1).collect();
            format!("{}***@{}", first, domain)
        }
        _ => "***".to_string(),
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
