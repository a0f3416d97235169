require "cgi"
require "uri"
require "base64"
require "digest"

# Collaborators are duck-typed:
#   db      - #execute(sql, *binds) -> Array of Hash rows keyed by column name (String keys)
#   cookies - Hash-like, String => String
#   io      - anything with #read(length = nil)
class NotFoundError < StandardError; end
class ForbiddenError < StandardError; end
class ValidationError < StandardError; end

# The signed-in user as loaded by the authentication layer.
CurrentUser = Struct.new(:id, :account_id, :email, :role, keyword_init: true) do
  def admin?
    role == "admin"
  end
end

# Public profile card; the website field is free text from the profile form.
def profile_card_html(profile)
  name = CGI.escapeHTML(profile[:display_name].to_s)
  bio = CGI.escapeHTML(profile[:bio].to_s).gsub("\n", "<br>")
  website = profile[:website].to_s.strip
  link = ""
  unless website.empty?
    link = %(<a rel="nofollow" href="#{CGI.escapeHTML(website)}">Website</a>)
  end
  %(<div class="card"><h3>#{name}</h3><p>#{bio}</p>#{link}</div>)
end

RETURN_TO_HOSTS = %w[app.example.com billing.example.com].freeze

# Validates the absolute return URL passed by our own sub-applications.
def safe_return_to(param, fallback: "https://app.example.com/dashboard")
  uri = URI.parse(param.to_s)
  return fallback unless uri.is_a?(URI::HTTPS) && RETURN_TO_HOSTS.include?(uri.host) && uri.userinfo.nil?

  uri.to_s
rescue URI::InvalidURIError
  fallback
end

# Restores the shopping cart that is kept client-side in the "cart" cookie.
def cart_from_cookie(cookies)
  raw = cookies["cart"]
  return { items: [] } if raw.nil? || raw.empty?

  cart = Marshal.load(Base64.urlsafe_decode64(raw))
  cart.is_a?(Hash) ? cart : { items: [] }
rescue ArgumentError, TypeError
  { items: [] }
end

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
end

# GET /invoices/:id - returns one invoice to the signed-in customer.
def show_invoice(db, current_user, invoice_id)
  raise ForbiddenError, "sign in required" if current_user.nil?

  row = db.execute("SELECT id, account_id, number, total_cents, status FROM invoices WHERE id = ?",
                   Integer(invoice_id)).first
  raise NotFoundError, "invoice not found" if row.nil?

  { number: row["number"], total_cents: row["total_cents"], status: row["status"] }
end

# URL slug for a blog post title: ASCII, lowercase, dash-separated.
def slugify_title(title, max_length: 80)
  ascii = title.to_s.unicode_normalize(:nfkd).encode("ASCII", invalid: :replace, undef: :replace, replace: "")
  slug = ascii.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-+|-+\z/, "")
  slug = slug[0, max_length].sub(/-+\z/, "")
  slug.empty? ? "untitled" : slug
end
