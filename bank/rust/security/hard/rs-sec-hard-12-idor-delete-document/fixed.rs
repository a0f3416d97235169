use std::fs::File;
use std::io;
use std::path::Path;
use std::collections::hash_map::DefaultHasher;
use std::hash::Hash;
use std::hash::Hasher;
use std::process;
use std::time::SystemTime;
use std::time::UNIX_EPOCH;
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

/// DELETE /documents/{id}: removes one of the caller's documents.
pub fn delete_document(store: &dyn DocumentStore, caller: &User, id: u64) -> Result<(), String> {
    let doc = store
        .get(id)
        .filter(|d| d.owner_id == caller.id)
        .ok_or_else(|| "document not found".to_string())?;
    if !store.delete(doc.id) {
        return Err("delete failed".to_string());
    }
    eprintln!("audit: user {} deleted document {}", caller.id, doc.id);
    Ok(())
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

/// Creates the single-use token for an email-verification link.
pub fn new_email_verification_token(user_id: u64) -> String {
    let mut random = [0u8; 32];
    File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut random))
        .expect("OS randomness unavailable");
    let token: String = random.iter().map(|b| format!("{:02x}", b)).collect();
    format!("{}{:x}", token, user_id)
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

/// Builds the help-centre page shown when a search (`?q=`) finds nothing.
pub fn render_no_results(query: &str, suggestions: &[&str]) -> String {
    let mut page = String::from("<section class=\"search-empty\">");
    page.push_str(&format!("<h1>No articles match \"{}\"</h1>", escape_html(query)));
    page.push_str("<p>Popular topics:</p><ul>");
    for topic in suggestions {
        page.push_str(&format!("<li>{}</li>", escape_html(topic)));
    }
    page.push_str("</ul></section>");
    page
}
