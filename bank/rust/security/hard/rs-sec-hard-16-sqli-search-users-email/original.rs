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

/// Admin console search: users whose email contains `term`.
pub fn search_users_by_email(db: &dyn Db, term: &str) -> Result<Vec<(String, String)>, String> {
    let sql = format!("SELECT id, email FROM users WHERE email LIKE '%{}%' ORDER BY email LIMIT 50", term);
    let rows = db.query(&sql, &[])?;
    Ok(rows
        .into_iter()
        .filter_map(|row| match row.as_slice() {
            [id, email, ..] => Some((id.clone(), email.clone())),
            _ => None,
        })
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
