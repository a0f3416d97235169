require "json"
require "net/http"
require "uri"
require "resolv"
require "ipaddr"
require "open3"
require "cgi"

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

  address = Resolv.getaddresses(uri.host.to_s).map { |a| IPAddr.new(a) }.first
  if address.nil? || address.private? || address.loopback? || address.link_local? || address.to_i.zero?
    raise ValidationError, "webhook URL must resolve to a public address"
  end
  request = Net::HTTP::Post.new(uri)
  request["Content-Type"] = "application/json"
  request.body = JSON.generate(payload)
  http = Net::HTTP.new(uri.host, uri.port)
  http.ipaddr = address.to_s
  http.use_ssl = uri.scheme == "https"
  http.open_timeout = 5
  http.read_timeout = 5
  response = http.start { |conn| conn.request(request) }
  { status: response.code.to_i, body: response.body.to_s[0, 2048] }
end

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
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

# Admin diagnostics page: checks whether a monitored host answers a ping.
def host_reachable?(host)
  unless host.to_s.match?(/\A[a-z0-9][a-z0-9.-]{0,252}\z/i)
    raise ValidationError, "invalid host name"
  end

  output, status = Open3.capture2e("ping", "-c", "1", "-W", "2", host)
  status.success? && output.include?(" 0% packet loss")
end

# Builds the "no results" fragment of the site search page.
def search_empty_state_html(query, suggestions)
  items = suggestions.first(5).map do |s|
    %(<li><a href="/search?q=#{CGI.escape(s)}">#{CGI.escapeHTML(s)}</a></li>)
  end
  <<~HTML
    <div class="empty">
      <p>No results for <em>#{CGI.escapeHTML(query.to_s)}</em>.</p>
      <ul class="suggestions">#{items.join}</ul>
    </div>
  HTML
end
