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

/// POST /admin/orgs/{id}/suspend: suspends a customer organisation (staff only).
pub fn suspend_organisation(db: &dyn Db, caller: &User, org_id: u64, reason: &str) -> Result<(), String> {
    if caller.role != "staff" {
        return Err("forbidden".to_string());
    }
    let reason = reason.trim();
    if reason.is_empty() || reason.len() > 500 {
        return Err("a reason of at most 500 characters is required".to_string());
    }
    let id = org_id.to_string();
    let changed = db.execute("UPDATE orgs SET suspended = 1, suspended_reason = ? WHERE id = ?", &[reason, &id])?;
    if changed == 0 {
        return Err("organisation not found".to_string());
    }
    Ok(())
}

/// Verifies the `X-Signature` header (hex MAC of the raw body) on an incoming payment webhook.
pub fn verify_payment_webhook(signer: &dyn Signer, body: &[u8], signature_hex: &str) -> bool {
    let provided = signature_hex.trim().to_ascii_lowercase();
    if provided.len() != 64 {
        return false;
    }
    let expected: String = signer.sign(body).iter().map(|b| format!("{:02x}", b)).collect();
    expected.len() == provided.len()
        && expected.bytes().zip(provided.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
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
    if version != 2 || !signer.verify(&blob[..18], tag) {
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
