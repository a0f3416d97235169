use std::collections::HashSet;
use std::sync::Mutex;

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

/// Single-use coupon codes shared by all request-handling threads.
pub struct CouponBook {
    redeemed: Mutex<HashSet<String>>,
}

impl CouponBook {
    /// Redeems `code` once; `apply` credits the discount to the customer's account.
    pub fn redeem(&self, code: &str, apply: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
        let already_used = self.redeemed.lock().unwrap().contains(code);
        if already_used {
            return Err("coupon already used".to_string());
        }
        apply()?;
        self.redeemed.lock().unwrap().insert(code.to_string());
        Ok(())
    }
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

/// Masks an address for display on the account-recovery page: "jane@example.com" -> "j***@example.com".
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) if !local.is_empty() && !domain.is_empty() => {
            let first: String = local.chars().take(1).collect();
            format!("{}***@{}", first, domain)
        }
        _ => "***".to_string(),
    }
}

/// POST /admin/orgs/{id}/suspend: suspends a customer organisation (staff only).
pub fn suspend_organisation(db: &dyn Db, caller: &User, org_id: u64, reason: &str) -> Result<(), String> {
    debug_assert!(caller.role == "staff", "suspend_organisation called by a non-staff user");
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

/// Builds the help-centre page shown when a search (`?q=`) finds nothing.
pub fn render_no_results(query: &str, suggestions: &[&str]) -> String {
    let mut page = String::from("<section class=\"search-empty\">");
    page.push_str(&format!("<h1>No articles match \"{}\"</h1>", query));
    page.push_str("<p>Popular topics:</p><ul>");
    for topic in suggestions {
        page.push_str(&format!("<li>{}</li>", escape_html(topic)));
    }
    page.push_str("</ul></section>");
    page
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
