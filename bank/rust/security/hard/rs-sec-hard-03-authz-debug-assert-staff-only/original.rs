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

/// Builds the help-centre page shown when a search (`?q=`) finds nothing.
pub fn render_no_results(query: &str, suggestions: &[&str]) -> String {
    let mut page = String::from("<section class=\"search-empty\">");
    page.push_str(&format!("<h1>No articles match \"{}\"</h1>", query));
    page.push_str("<p>Popular topics:</p><ul>");
    for topic in suggestions {
        page.push_str(&format!("<li>{}</li>", escape_html(topic)));
    }
    page.push_str("</ul></section>");
    page
}

/// POST /admin/orgs/{id}/suspend: suspends a customer organisation (staff only).
pub fn suspend_organisation(db: &dyn Db, caller: &User, org_id: u64, reason: &str) -> Result<(), String> {
    debug_assert!(caller.role == "staff", "suspend_organisation called by a non-staff user");
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
