use std::collections::hash_map::DefaultHasher;
use std::hash::Hash;
use std::hash::Hasher;
use std::process;
use std::time::SystemTime;
use std::time::UNIX_EPOCH;
use std::fs::File;
use std::io::Read;

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

/// POST /admin/orgs/{id}/suspend: suspends a customer organisation (staff only).
pub fn suspend_organisation(db: &dyn Db, caller: &User, org_id: u64, reason: &str) -> Result<(), String> {
    if caller.role != "staff" {
        return Err("forbidden".to_string());
    }
    let reason = reason.trim();
    if reason.is_empty() || reason.len() > 500 {
        return Err("a reason of at most 500 characters is required".to_string());
    }
    let id = org_id.to_string();
    let changed = db.execute("UPDATE orgs SET suspended = 1, suspended_reason = ? WHERE id = ?", &[reason, &id])?;
    if changed == 0 {
        return Err("organisation not found".to_string());
    }
    Ok(())
}

/// Proxies the public status summary of the data region the user selects.
pub fn fetch_region_status(http: &dyn HttpClient, region: &str) -> Result<Vec<u8>, String> {
    let url = match region {
        "eu" => "https://status.eu.example-cloud.com/api/v2/summary.json",
        "us" => "https://status.us.example-cloud.com/api/v2/summary.json",
        "ap" => "https://status.ap.example-cloud.com/api/v2/summary.json",
        _ => return Err(format!("unknown region {:?}", region)),
    };
    http.get(url)
}

/// Creates the single-use token for an email-verification link.
pub fn new_email_verification_token(user_id: u64) -> String {
    let mut random = [0u8; 32];
    File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut random))
        .expect("OS randomness unavailable");
    let token: String = random.iter().map(|b| format!("{:02x}", b)).collect();
    format!("{}{:x}", token, user_id)
}

/// Delay before retry number `attempt` (0-based) of a failed webhook delivery:
/// exponential from 500 ms, capped at 10 minutes, never overflowing.
pub fn retry_delay_ms(attempt: u32) -> u64 {
    const BASE_MS: u64 = 500;
    const MAX_MS: u64 = 10 * 60 * 1000;
    let factor = 1u64.checked_shl(attempt.min(32)).unwrap_or(u64::MAX);
    BASE_MS.saturating_mul(factor).min(MAX_MS)
}
