use std::collections::HashSet;
use std::sync::Mutex;
use std::fs::File;
use std::io;
use std::path::Path;

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

/// Looks up display names for a batch of user ids (the authors on a page of comments).
pub fn display_names(db: &dyn Db, ids: &[u64]) -> Result<Vec<(String, String)>, String> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders = vec!["?"; ids.len()].join(", ");
    let sql = format!("SELECT id, display_name FROM users WHERE id IN ({})", placeholders);
    let id_strings: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
    let params: Vec<&str> = id_strings.iter().map(String::as_str).collect();
    let rows = db.query(&sql, &params)?;
    Ok(rows
        .into_iter()
        .filter_map(|row| match row.as_slice() {
            [id, name, ..] => Some((id.clone(), name.clone())),
            _ => None,
        })
        .collect())
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

/// One line of a checkout request.
pub struct CartLine {
    pub sku: String,
    pub quantity: u32,
    pub unit_price_cents: u32,
}

/// Amount to charge for a cart in cents; quantities come straight from the checkout form.
pub fn cart_total_cents(lines: &[CartLine]) -> Result<u64, String> {
    let mut total: u64 = 0;
    for line in lines {
        if line.quantity == 0 {
            return Err(format!("invalid quantity for {}", line.sku));
        }
        let line_total = line.quantity * line.unit_price_cents;
        total += u64::from(line_total);
    }
    Ok(total)
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

/// Opens a generated report by the relative path in its download link.
pub fn open_report(reports_root: &Path, relative: &str) -> io::Result<File> {
    let root = reports_root.canonicalize()?;
    let candidate = root.join(relative).canonicalize()?;
    if !candidate.starts_with(&root) {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "outside the reports directory"));
    }
    File::open(candidate)
}

/// Formats an elapsed time for the job list, e.g. 3725 -> "1h 2m".
pub fn humanize_duration(total_secs: u64) -> String {
    let days = total_secs / 86_400;
    let hours = (total_secs % 86_400) / 3_600;
    let minutes = (total_secs % 3_600) / 60;
    let seconds = total_secs % 60;
    match (days, hours, minutes) {
        (0, 0, 0) => format!("{}s", seconds),
        (0, 0, m) => format!("{}m {}s", m, seconds),
        (0, h, m) => format!("{}h {}m", h, m),
        (d, h, _) => format!("{}d {}h", d, h),
    }
}
