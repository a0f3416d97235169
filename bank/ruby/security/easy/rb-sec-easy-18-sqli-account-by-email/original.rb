require "json"
require "net/http"
require "uri"

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

# URL slug for a blog post title: ASCII, lowercase, dash-separated.
def slugify_title(title, max_length: 80)
  ascii = title.to_s.unicode_normalize(:nfkd).encode("ASCII", invalid: :replace, undef: :replace, replace: "")
  slug = ascii.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-+|-+\z/, "")
  slug = slug[0, max_length].sub(/-+\z/, "")
  slug.empty? ? "untitled" : slug
end

# "Send test event" button on the webhook settings page; the result is shown to the user.
def deliver_test_webhook(endpoint_url, payload)
  uri = URI.parse(endpoint_url.to_s)
  raise ValidationError, "webhook URL must be http(s)" unless %w[http https].include?(uri.scheme)

  request = Net::HTTP::Post.new(uri)
  request["Content-Type"] = "application/json"
  request.body = JSON.generate(payload)
  response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https",
                             open_timeout: 5, read_timeout: 5) { |http| http.request(request) }
  { status: response.code.to_i, body: response.body.to_s[0, 2048] }
end

# Looks up the account behind the "forgot password" form.
def find_account_by_email(db, email)
  normalized = email.to_s.strip.downcase
  return nil if normalized.empty?

  rows = db.execute("SELECT id, email, display_name FROM accounts WHERE email = '#{normalized}' LIMIT 1")
  row = rows.first
  row && { id: row["id"], email: row["email"], name: row["display_name"] }
end

# Builds the counts shown in the order dashboard header.
def order_status_summary(orders)
  counts = Hash.new(0)
  orders.each { |order| counts[order[:status].to_s] += 1 }
  total = counts.values.sum
  %w[pending paid shipped refunded].map do |status|
    n = counts[status]
    { status: status, count: n, percent: total.zero? ? 0.0 : (100.0 * n / total).round(1) }
  end
end
