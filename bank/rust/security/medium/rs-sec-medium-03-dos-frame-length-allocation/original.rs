use std::io;
use std::io::Read;
use std::collections::HashSet;
use std::sync::Mutex;

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

/// Reads one length-prefixed frame ([len: u32 big-endian][payload]) from a device connection.
pub fn read_frame(stream: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut header = [0u8; 4];
    stream.read_exact(&mut header)?;
    let len = u32::from_be_bytes(header) as usize;
    let mut payload = vec![0u8; len];
    stream.read_exact(&mut payload)?;
    Ok(payload)
}

/// Single-use coupon codes shared by all request-handling threads.
pub struct CouponBook {
    redeemed: Mutex<HashSet<String>>,
}

impl CouponBook {
    /// Redeems `code` once; `apply` credits the discount to the customer's account.
    pub fn redeem(&self, code: &str, apply: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
        let already_used = self.redeemed.lock().unwrap().contains(code);
        if already_used {
            return Err("coupon already used".to_string());
        }
        apply()?;
        self.redeemed.lock().unwrap().insert(code.to_string());
        Ok(())
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
