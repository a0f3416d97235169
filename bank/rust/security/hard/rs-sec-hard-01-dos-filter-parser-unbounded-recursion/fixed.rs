use std::io;
use std::io::Read;
use std::fs;
use std::path::Path;
use std::path::Component;

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

/// Proxies the public status summary of the data region the user selects.
pub fn fetch_region_status(http: &dyn HttpClient, region: &str) -> Result<Vec<u8>, String> {
    let url = match region {
        "eu" => "https://status.eu.example-cloud.com/api/v2/summary.json",
        "us" => "https://status.us.example-cloud.com/api/v2/summary.json",
        "ap" => "https://status.ap.example-cloud.com/api/v2/summary.json",
        _ => return Err(format!("unknown region {:?}", region)),
    };
    http.get(url)
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

/// Admin console search: users whose email contains `term`.
pub fn search_users_by_email(db: &dyn Db, term: &str) -> Result<Vec<(String, String)>, String> {
    let pattern = format!("%{}%", term.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let rows = db.query(
        "SELECT id, email FROM users WHERE email LIKE ? ESCAPE '\\' ORDER BY email LIMIT 50",
        &[pattern.as_str()],
    )?;
    Ok(rows
        .into_iter()
        .filter_map(|row| match row.as_slice() {
            [id, email, ..] => Some((id.clone(), email.clone())),
            _ => None,
        })
        .collect())
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

/// Serves a theme asset (CSS, fonts, images) by the relative path that follows /theme/ in the URL.
pub fn load_theme_asset(theme_root: &Path, requested: &str) -> io::Result<Vec<u8>> {
    let relative = Path::new(requested);
    if requested.is_empty() || !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "invalid asset path"));
    }
    let path = theme_root.join(relative);
    fs::read(path)
}

/// A saved-search filter: a term, or a parenthesised group such as `(red (blue green))`.
pub enum FilterNode {
    Term(String),
    Group(Vec<FilterNode>),
}

/// Parses one filter node from the tokens (`(`, `)` or a word) the user typed into the search bar.
pub fn parse_filter(tokens: &mut std::slice::Iter<'_, String>) -> Result<FilterNode, String> {
    fn parse_at(tokens: &mut std::slice::Iter<'_, String>, depth: usize) -> Result<FilterNode, String> {
        match tokens.next().map(String::as_str) {
            Some("(") if depth >= 32 => Err("filter nested too deeply".to_string()),
            Some("(") => {
                let mut children = Vec::new();
                loop {
                    match tokens.as_slice().first().map(String::as_str) {
                        None => return Err("unclosed group".to_string()),
                        Some(")") => {
                            tokens.next();
                            return Ok(FilterNode::Group(children));
                        }
                        Some(_) => children.push(parse_at(tokens, depth + 1)?),
                    }
                }
            }
            Some(word) if word != ")" => Ok(FilterNode::Term(word.to_string())),
            _ => Err("expected a term or (".to_string()),
        }
    }
    parse_at(tokens, 0)
}
