use std::io;
use std::process::Command;
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

/// Looks up the TXT record a customer publishes to prove they own their custom domain.
pub fn lookup_verification_txt(domain: &str) -> io::Result<Vec<String>> {
    let output = Command::new("dig")
        .args(["+short", "TXT"])
        .arg(format!("_site-verify.{}", domain))
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

/// Serves a theme asset (CSS, fonts, images) by the relative path that follows /theme/ in the URL.
pub fn load_theme_asset(theme_root: &Path, requested: &str) -> io::Result<Vec<u8>> {
    let relative = Path::new(requested);
    if requested.is_empty() || !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "invalid asset path"));
    }
    let path = theme_root.join(relative);
    fs::read(path)
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
