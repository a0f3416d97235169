require "cgi"
require "json"
require "net/http"
require "uri"
require "resolv"
require "ipaddr"

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

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
end

# GET /invoices/:id - returns one invoice to the signed-in customer.
def show_invoice(db, current_user, invoice_id)
  raise ForbiddenError, "sign in required" if current_user.nil?

  row = db.execute("SELECT id, account_id, number, total_cents, status FROM invoices " \
                   "WHERE id = ? AND account_id = ?", Integer(invoice_id), current_user.account_id).first
  raise NotFoundError, "invoice not found" if row.nil?

  { number: row["number"], total_cents: row["total_cents"], status: row["status"] }
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

BANNER_CSS_CLASSES = { "info" => "banner-info", "warning" => "banner-warn", "error" => "banner-error" }.freeze

# Renders the flash banner shown at the top of every page.
def notification_banner_html(user_name, message, level)
  css = BANNER_CSS_CLASSES.fetch(level.to_s, "banner-info")
  safe_name = CGI.escapeHTML(user_name.to_s)
  safe_message = CGI.escapeHTML(message.to_s)
  %(<div class="banner #{css}" role="alert"><strong>#{safe_name}</strong> #{safe_message}</div>)
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
