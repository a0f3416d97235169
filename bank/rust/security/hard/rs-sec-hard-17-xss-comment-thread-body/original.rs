use std::fs::File;
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

/// Loads the OpenID discovery document of the identity provider named in a login request.
pub fn fetch_oidc_config(http: &dyn HttpClient, issuer: &str, trusted_issuers: &[String]) -> Result<String, String> {
    let issuer = issuer.trim_end_matches('/');
    let body = http.get(&format!("{}/.well-known/openid-configuration", issuer))?;
    let doc = String::from_utf8(body).map_err(|_| "discovery document is not UTF-8".to_string())?;
    if !trusted_issuers.iter().any(|t| t.trim_end_matches('/') == issuer) {
        return Err(format!("issuer {} is not trusted", issuer));
    }
    Ok(doc)
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

/// Opens a generated report by the relative path in its download link.
pub fn open_report(reports_root: &Path, relative: &str) -> io::Result<File> {
    let root = reports_root.canonicalize()?;
    let candidate = root.join(relative).canonicalize()?;
    if !candidate.starts_with(&root) {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "outside the reports directory"));
    }
    File::open(candidate)
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
