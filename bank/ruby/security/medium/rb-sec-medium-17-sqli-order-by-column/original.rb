require "openssl"
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

# Authenticates machine clients that send "Authorization: Bearer <key id><secret>".
def api_client_for(db, authorization_header)
  token = authorization_header.to_s[/\ABearer ([A-Za-z0-9_-]{40,128})\z/, 1]
  return nil if token.nil?

  row = db.execute("SELECT client_id, token_sha256 FROM api_tokens WHERE key_id = ?", token[0, 8]).first
  return nil if row.nil?

  presented = Digest::SHA256.hexdigest(token)
  OpenSSL.secure_compare(presented, row["token_sha256"].to_s) ? row["client_id"] : nil
end

# Back-office order listing with a sortable table header.
def list_orders(db, status:, sort: "created_at", direction: "desc", limit: 50)
  dir = direction.to_s.downcase == "asc" ? "ASC" : "DESC"
  capped = limit.to_i.clamp(1, 200)
  sql = "SELECT id, customer_id, total_cents, status, created_at FROM orders " \
        "WHERE status = ? ORDER BY #{sort} #{dir} LIMIT ?"
  db.execute(sql, status, capped)
end

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
end

# Where to send the browser after a successful sign-in (?return_to=/billing).
def post_login_location(params, fallback: "/dashboard")
  target = params["return_to"].to_s.strip
  return fallback if target.empty?
  return fallback unless target.start_with?("/")

  target
end

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end
