use std::env;
use std::fs::File;
use std::io;
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

/// Picks the Location header after a successful login; `return_to` comes from the login form.
pub fn post_login_location(return_to: Option<&str>) -> String {
    match return_to.map(str::trim) {
        Some(path) if path.starts_with('/') && !path.chars().any(char::is_control) => path.to_string(),
        _ => "/home".to_string(),
    }
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
        password: "Rl9!vQ2#mZ7xP4wK".to_string(),
    }
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

/// Renders the member badge shown next to forum posts.
pub fn render_member_badge(display_name: &str, title: &str, post_count: u32) -> String {
    format!(
        "<span class=\"badge\" title=\"{}\"><b>{}</b> &middot; {} posts</span>",
        escape_html(title),
        escape_html(display_name),
        post_count
    )
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

/// Encrypts a tenant's CSV export with its data key before upload to object storage.
pub fn encrypt_export(cipher: &dyn BlockCipher, plaintext: &[u8]) -> Vec<u8> {
    let pad = 16 - plaintext.len() % 16;
    let mut data = plaintext.to_vec();
    data.extend(std::iter::repeat(pad as u8).take(pad));
    for chunk in data.chunks_mut(16) {
        let block: &mut [u8; 16] = chunk.try_into().expect("16-byte block");
        cipher.encrypt_block(block);
    }
    data
}
