use std::io;
use std::io::Read;
use std::path::Path;
use std::process::Command;

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

/// Reads one length-prefixed frame ([len: u32 big-endian][payload]) from a device connection.
pub fn read_frame(stream: &mut impl Read) -> io::Result<Vec<u8>> {
    const MAX_FRAME_LEN: u32 = 1 << 20;
    let mut header = [0u8; 4];
    stream.read_exact(&mut header)?;
    let len = u32::from_be_bytes(header);
    if len > MAX_FRAME_LEN {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "frame too large"));
    }
    let mut payload = vec![0u8; len as usize];
    stream.read_exact(&mut payload)?;
    Ok(payload)
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

/// Reads `page` and `per_page` from a query string with defaults and bounds.
pub fn parse_page_params(query: &str) -> (u32, u32) {
    let (mut page, mut per_page) = (1u32, 25u32);
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match (key, value.parse::<u32>()) {
            ("page", Ok(v)) if (1..=10_000).contains(&v) => page = v,
            ("per_page", Ok(v)) if v >= 1 => per_page = v.min(100),
            _ => {}
        }
    }
    (page, per_page)
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
        let line_total = u64::from(line.quantity) * u64::from(line.unit_price_cents);
        total = total.checked_add(line_total).ok_or("cart total overflow")?;
    }
    Ok(total)
}
