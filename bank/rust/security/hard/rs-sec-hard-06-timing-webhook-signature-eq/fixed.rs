use std::collections::hash_map::DefaultHasher;
use std::hash::Hash;
use std::hash::Hasher;
use std::process;
use std::time::SystemTime;
use std::time::UNIX_EPOCH;
use std::fs::File;
use std::io::Read;
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

/// Downloads the spreadsheet for an "import from URL" job; only partner file stores are allowed.
pub fn download_import_source(http: &dyn HttpClient, source_url: &str) -> Result<Vec<u8>, String> {
    const IMPORT_HOSTS: [&str; 2] = ["files.partner-drive.com", "exports.crm-partner.io"];
    let rest = source_url.strip_prefix("https://").unwrap_or("");
    let authority = rest.split(|c| c == '/' || c == '?' || c == '#').next().unwrap_or("");
    let allowed = IMPORT_HOSTS.contains(&authority);
    if !allowed {
        return Err("imports are only possible from partner file stores".to_string());
    }
    http.get(source_url)
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

/// Opens a generated report by the relative path in its download link.
pub fn open_report(reports_root: &Path, relative: &str) -> io::Result<File> {
    let root = reports_root.canonicalize()?;
    let candidate = root.join(relative).canonicalize()?;
    if !candidate.starts_with(&root) {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "outside the reports directory"));
    }
    File::open(candidate)
}

/// Verifies the `X-Signature` header (hex MAC of the raw body) on an incoming payment webhook.
pub fn verify_payment_webhook(signer: &dyn Signer, body: &[u8], signature_hex: &str) -> bool {
    let provided = signature_hex.trim().to_ascii_lowercase();
    if provided.len() != 64 {
        return false;
    }
    let expected: String = signer.sign(body).iter().map(|b| format!("{:02x}", b)).collect();
    expected.len() == provided.len()
        && expected.bytes().zip(provided.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}
