use std::collections::HashSet;
use std::sync::Mutex;
use std::io;
use std::path::Path;
use std::process::Command;
use std::io::Read;
use std::fs;

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

/// Downloads the spreadsheet for an "import from URL" job; only partner file stores are allowed.
pub fn download_import_source(http: &dyn HttpClient, source_url: &str) -> Result<Vec<u8>, String> {
    const IMPORT_HOSTS: [&str; 2] = ["files.partner-drive.com", "exports.crm-partner.io"];
    let allowed = IMPORT_HOSTS
        .iter()
        .any(|host| source_url.starts_with(&format!("https://{}", host)));
    if !allowed {
        return Err("imports are only possible from partner file stores".to_string());
    }
    http.get(source_url)
}

/// Reads one length-prefixed message ([len: u32 little-endian][bytes]) from a client socket.
pub fn read_bounded_message(stream: &mut impl Read) -> io::Result<Vec<u8>> {
    const MAX_MESSAGE: u32 = 256 * 1024;
    let mut len_buf = [0u8; 4];
    stream.read_exact(&mut len_buf)?;
    let len = u32::from_le_bytes(len_buf);
    if len > MAX_MESSAGE {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "message too large"));
    }
    let mut message = vec![0u8; len as usize];
    stream.read_exact(&mut message)?;
    Ok(message)
}

/// Serves GET /whitepapers/{file_name}: a PDF from the public downloads directory.
pub fn read_whitepaper_pdf(downloads_dir: &Path, file_name: &str) -> io::Result<Vec<u8>> {
    if !file_name.ends_with(".pdf") {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "not a PDF"));
    }
    let path = downloads_dir.join(file_name);
    fs::read(path)
}
