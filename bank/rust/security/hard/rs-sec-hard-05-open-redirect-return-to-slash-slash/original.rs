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
    let pad = 16 - plaintext.len() % 16;
    let mut data = plaintext.to_vec();
    data.extend(std::iter::repeat(pad as u8).take(pad));
    for chunk in data.chunks_mut(16) {
        let block: &mut [u8; 16] = chunk.try_into().expect("16-byte block");
        cipher.encrypt_block(block);
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
        Some(path) if path.starts_with('/') && !path.chars().any(char::is_control) => path.to_string(),
        _ => "/home".to_string(),
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

/// Renders the member badge shown next to forum posts.
pub fn render_member_badge(display_name: &str, title: &str, post_count: u32) -> String {
    format!(
        "<span class=\"badge\" title=\"{}\"><b>{}</b> &middot; {} posts</span>",
        escape_html(title),
        escape_html(display_name),
        post_count
    )
}
