use std::fs;
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

/// Usernames: 3 to 32 ASCII letters, digits, `_` or `-`, starting with a letter.
pub fn is_valid_username(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.len() < 3 || bytes.len() > 32 {
        return false;
    }
    if !bytes[0].is_ascii_alphabetic() {
        return false;
    }
    bytes
        .iter()
        .all(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
}

/// Serves GET /whitepapers/{file_name}: a PDF from the public downloads directory.
pub fn read_whitepaper_pdf(downloads_dir: &Path, file_name: &str) -> io::Result<Vec<u8>> {
    if !file_name.ends_with(".pdf") {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "not a PDF"));
    }
    let path = downloads_dir.join(file_name);
    fs::read(path)
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

/// Renders the member badge shown next to forum posts.
pub fn render_member_badge(display_name: &str, title: &str, post_count: u32) -> String {
    format!(
        "<span class=\"badge\" title=\"{}\"><b>{}</b> &middot; {} posts</span>",
        escape_html(title),
        escape_html(display_name),
        post_count
    )
}
