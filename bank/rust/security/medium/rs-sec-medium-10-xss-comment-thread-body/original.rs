use std::fs;
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

/// Serves a theme asset (CSS, fonts, images) by the relative path that follows /theme/ in the URL.
pub fn load_theme_asset(theme_root: &Path, requested: &str) -> io::Result<Vec<u8>> {
    if requested.is_empty() || requested.split('/').any(|segment| segment == "..") {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "invalid asset path"));
    }
    let path = theme_root.join(requested);
    fs::read(path)
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
