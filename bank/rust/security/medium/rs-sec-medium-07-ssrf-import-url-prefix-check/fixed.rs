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

/// Opens a generated report by the relative path in its download link.
pub fn open_report(reports_root: &Path, relative: &str) -> io::Result<File> {
    let root = reports_root.canonicalize()?;
    let candidate = root.join(relative).canonicalize()?;
    if !candidate.starts_with(&root) {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "outside the reports directory"));
    }
    File::open(candidate)
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

/// Downloads the spreadsheet for an "import from URL" job; only partner file stores are allowed.
pub fn download_import_source(http: &dyn HttpClient, source_url: &str) -> Result<Vec<u8>, String> {
    const IMPORT_HOSTS: [&str; 2] = ["files.partner-drive.com", "exports.crm-partner.io"];
    let rest = source_url.strip_prefix("https://").unwrap_or("");
    let authority = rest.split(|c| c == '/' || c == '?' || c == '#').next().unwrap_or("");
    let allowed = IMPORT_HOSTS.contains(&authority);
    if !allowed {
        return Err("imports are only possible from partner file stores".to_string());
    }
    http.get(source_url)
}

/// Builds the help-centre page shown when a search (`?q=`) finds nothing.
pub fn render_no_results(query: &str, suggestions: &[&str]) -> String {
    let mut page = String::from("<section class=\"search-empty\">");
    page.push_str(&format!("<h1>No articles match \"{}\"</h1>", escape_html(query)));
    page.push_str("<p>Popular topics:</p><ul>");
    for topic in suggestions {
        page.push_str(&format!("<li>{}</li>", escape_html(topic)));
    }
    page.push_str("</ul></section>");
    page
}
