use std::io;
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

/// State restored from the "remember me" cookie.
#[derive(Debug)]
pub struct RememberedSession {
    pub user_id: u64,
    pub is_admin: bool,
    pub expires_at: u64,
}

/// Decodes the cookie: [version:1][user_id:8][is_admin:1][expires_at:8], then (since v2) a MAC tag.
pub fn decode_remember_cookie(blob: &[u8], signer: &dyn Signer, now: u64) -> Option<RememberedSession> {
    let (&version, rest) = blob.split_first()?;
    if rest.len() < 17 {
        return None;
    }
    let (payload, tag) = rest.split_at(17);
    if version >= 2 && !signer.verify(&blob[..18], tag) {
        return None;
    }
    let user_id = u64::from_be_bytes(payload[0..8].try_into().ok()?);
    let is_admin = payload[8] == 1;
    let expires_at = u64::from_be_bytes(payload[9..17].try_into().ok()?);
    if expires_at < now {
        return None;
    }
    Some(RememberedSession { user_id, is_admin, expires_at })
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

/// Formats an elapsed time for the job list, e.g. 3725 -> "1h 2m".
pub fn humanize_duration(total_secs: u64) -> String {
    let days = total_secs / 86_400;
    let hours = (total_secs % 86_400) / 3_600;
    let minutes = (total_secs % 3_600) / 60;
    let seconds = total_secs % 60;
    match (days, hours, minutes) {
        (0, 0, 0) => format!("{}s", seconds),
        (0, 0, m) => format!("{}m {}s", m, seconds),
        (0, h, m) => format!("{}h {}m", h, m),
        (d, h, _) => format!("{}d {}h", d, h),
    }
}

/// A saved-search filter: a term, or a parenthesised group such as `(red (blue green))`.
pub enum FilterNode {
    Term(String),
    Group(Vec<FilterNode>),
}

/// Parses one filter node from the tokens (`(`, `)` or a word) the user typed into the search bar.
pub fn parse_filter(tokens: &mut std::slice::Iter<'_, String>) -> Result<FilterNode, String> {
    match tokens.next().map(String::as_str) {
        Some("(") => {
            let mut children = Vec::new();
            loop {
                match tokens.as_slice().first().map(String::as_str) {
                    None => return Err("unclosed group".to_string()),
                    Some(")") => {
                        tokens.next();
                        return Ok(FilterNode::Group(children));
                    }
                    Some(_) => children.push(parse_filter(tokens)?),
                }
            }
        }
        Some(word) if word != ")" => Ok(FilterNode::Term(word.to_string())),
        _ => Err("expected a term or (".to_string()),
    }
}
