use std::io;
use std::io::Read;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering;
use std::fs;
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

/// A tenant's storage quota, shared by all upload worker threads.
pub struct StorageQuota {
    used_bytes: AtomicU64,
    limit_bytes: u64,
}

impl StorageQuota {
    /// Reserves `size` bytes for an upload, failing if the tenant would exceed the quota.
    pub fn try_reserve(&self, size: u64) -> Result<(), String> {
        let used = self.used_bytes.load(Ordering::SeqCst);
        if used.saturating_add(size) > self.limit_bytes {
            return Err(format!("quota exceeded: {} of {} bytes used", used, self.limit_bytes));
        }
        self.used_bytes.fetch_add(size, Ordering::SeqCst);
        Ok(())
    }
}

/// Serves a theme asset (CSS, fonts, images) by the relative path that follows /theme/ in the URL.
pub fn load_theme_asset(theme_root: &Path, requested: &str) -> io::Result<Vec<u8>> {
    if requested.is_empty() || requested.split('/').any(|segment| segment == "..") {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "invalid asset path"));
    }
    let path = theme_root.join(requested);
    fs::read(path)
}
