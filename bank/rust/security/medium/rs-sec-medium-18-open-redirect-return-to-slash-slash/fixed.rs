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

/// Picks the Location header after a successful login; `return_to` comes from the login form.
pub fn post_login_location(return_to: Option<&str>) -> String {
    match return_to.map(str::trim) {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path.to_string()
        }
        _ => "/home".to_string(),
    }
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

/// A tenant's storage quota, shared by all upload worker threads.
pub struct StorageQuota {
    used_bytes: AtomicU64,
    limit_bytes: u64,
}

impl StorageQuota {
    /// Reserves `size` bytes for an upload, failing if the tenant would exceed the quota.
    pub fn try_reserve(&self, size: u64) -> Result<(), String> {
        self.used_bytes
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |used| {
                used.checked_add(size).filter(|total| *total <= self.limit_bytes)
            })
            .map(|_| ())
            .map_err(|used| format!("quota exceeded: {} of {} bytes used", used, self.limit_bytes))
    }
}
