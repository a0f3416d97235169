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

/// One line of a checkout request.
pub struct CartLine {
    pub sku: String,
    pub quantity: u32,
    pub unit_price_cents: u32,
}

/// Amount to charge for a cart in cents; quantities come straight from the checkout form.
pub fn cart_total_cents(lines: &[CartLine]) -> Result<u64, String> {
    let mut total: u64 = 0;
    for line in lines {
        if line.quantity == 0 {
            return Err(format!("invalid quantity for {}", line.sku));
        }
        let line_total = line.quantity * line.unit_price_cents;
        total += u64::from(line_total);
    }
    Ok(total)
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
