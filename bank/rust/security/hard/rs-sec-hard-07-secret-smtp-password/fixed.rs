use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering;
use std::env;
use std::io;
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

/// A tenant's storage quota, shared by all upload worker threads.
pub struct StorageQuota {
    used_bytes: AtomicU64,
    limit_bytes: u64,
}

impl StorageQuota {
    /// Reserves `size` bytes for an upload, failing if the tenant would exceed the quota.
    pub fn try_reserve(&self, size: u64) -> Result<(), String> {
        self.used_bytes
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |used| {
                used.checked_add(size).filter(|total| *total <= self.limit_bytes)
            })
            .map(|_| ())
            .map_err(|used| format!("quota exceeded: {} of {} bytes used", used, self.limit_bytes))
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

/// Settings for the outbound mail relay.
pub struct MailRelayConfig {
    pub host: String,
    pub port: u16,
    pub username: String,
    pub password: String,
}

/// Builds the mail relay settings used by the notification worker in production.
pub fn mail_relay_config() -> MailRelayConfig {
    let host = env::var("SMTP_HOST").unwrap_or_else(|_| "smtp.mailrelay.internal".to_string());
    let port = env::var("SMTP_PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(587);
    MailRelayConfig {
        host,
        port,
        username: "notifications@ourapp.example".to_string(),
        password: env::var("SMTP_PASSWORD").expect("SMTP_PASSWORD must be set"),
    }
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
            escape_html(&c.body).replace('\n', "<br>")
        ));
    }
    html.push_str("</ul>\n");
    html
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
