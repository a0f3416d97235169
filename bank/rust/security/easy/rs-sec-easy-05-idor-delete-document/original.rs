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

/// DELETE /documents/{id}: removes one of the caller's documents.
pub fn delete_document(store: &dyn DocumentStore, caller: &User, id: u64) -> Result<(), String> {
    let doc = store.get(id).ok_or_else(|| "document not found".to_string())?;
    if !store.delete(doc.id) {
        return Err("delete failed".to_string());
    }
    eprintln!("audit: user {} deleted document {}", caller.id, doc.id);
    Ok(())
}
