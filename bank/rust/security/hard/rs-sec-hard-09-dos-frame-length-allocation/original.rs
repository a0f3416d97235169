use std::io;
use std::io::Read;
use std::fs;
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

/// Renders the member badge shown next to forum posts.
pub fn render_member_badge(display_name: &str, title: &str, post_count: u32) -> String {
    format!(
        "<span class=\"badge\" title=\"{}\"><b>{}</b> &middot; {} posts</span>",
        escape_html(title),
        escape_html(display_name),
        post_count
    )
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

/// Serves GET /whitepapers/{file_name}: a PDF from the public downloads directory.
pub fn read_whitepaper_pdf(downloads_dir: &Path, file_name: &str) -> io::Result<Vec<u8>> {
    if !file_name.ends_with(".pdf") {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "not a PDF"));
    }
    let path = downloads_dir.join(file_name);
    fs::read(path)
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
