use std::fs::File;
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

/// Encrypts a tenant's CSV export with its data key before upload to object storage.
pub fn encrypt_export(cipher: &dyn BlockCipher, plaintext: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; 8];
    File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut nonce)).expect("OS randomness");
    let mut data = nonce.to_vec();
    for (i, chunk) in plaintext.chunks(16).enumerate() {
        let mut counter_block = [0u8; 16];
        counter_block[..8].copy_from_slice(&nonce);
        counter_block[8..].copy_from_slice(&(i as u64).to_be_bytes());
        cipher.encrypt_block(&mut counter_block);
        data.extend(chunk.iter().zip(counter_block.iter()).map(|(p, k)| p ^ k));
    }
    data
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

/// Picks the Location header after a successful login; `return_to` comes from the login form.
pub fn post_login_location(return_to: Option<&str>) -> String {
    match return_to.map(str::trim) {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path.to_string()
        }
        _ => "/home".to_string(),
    }
}

/// Loads the OpenID discovery document of the identity provider named in a login request.
pub fn fetch_oidc_config(http: &dyn HttpClient, issuer: &str, trusted_issuers: &[String]) -> Result<String, String> {
    let issuer = issuer.trim_end_matches('/');
    let trusted = trusted_issuers
        .iter()
        .map(|t| t.trim_end_matches('/'))
        .find(|t| *t == issuer)
        .ok_or_else(|| format!("issuer {} is not trusted", issuer))?;
    let body = http.get(&format!("{}/.well-known/openid-configuration", trusted))?;
    let doc = String::from_utf8(body).map_err(|_| "discovery document is not UTF-8".to_string())?;
    Ok(doc)
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
