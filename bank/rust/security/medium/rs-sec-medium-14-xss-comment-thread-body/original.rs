use std::io;
use std::process::Command;
use std::fs::File;
use std::path::Path;
use std::collections::HashMap;

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

/// Looks up the TXT record a customer publishes to prove they own their custom domain.
pub fn lookup_verification_txt(domain: &str) -> io::Result<Vec<String>> {
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!("dig +short TXT _site-verify.{}", domain))
        .output()?;
    if !output.status.success() {
        return Err(io::Error::new(io::ErrorKind::Other, "dig failed"));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text
        .lines()
        .map(|l| l.trim().trim_matches('"').to_string())
        .filter(|l| !l.is_empty())
        .collect())
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

/// One comment as stored in the database.
pub struct CommentView {
    pub author: String,
    pub body: String,
    pub posted_at: String,
}

/// Renders the comment thread shown under an article.
pub fn render_comment_thread(comments: &[CommentView]) -> String {
    let mut html = String::from("<ul class=\"comments\">\n");
    for c in comments {
        html.push_str(&format!(
            "  <li><strong>{}</strong> <time>{}</time><p>{}</p></li>\n",
            escape_html(&c.author),
            escape_html(&c.posted_at),
            c.body.replace('\n', "<br>")
        ));
    }
    html.push_str("</ul>\n");
    html
}

/// Parses `key = value` lines of a settings file, ignoring blank lines and `#` comments.
pub fn parse_kv_config(text: &str) -> Result<HashMap<String, String>, String> {
    let mut settings = HashMap::new();
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| format!("line {}: expected key = value", number + 1))?;
        settings.insert(key.trim().to_string(), value.trim().to_string());
    }
    Ok(settings)
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
