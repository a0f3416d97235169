require "digest"
require "openssl"
require "securerandom"
require "base64"
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

# Back-office order listing with a sortable table header.
def list_orders(db, status:, sort: "created_at", direction: "desc", limit: 50)
  column = %w[created_at total_cents status].include?(sort.to_s) ? sort.to_s : "created_at"
  dir = direction.to_s.downcase == "asc" ? "ASC" : "DESC"
  capped = limit.to_i.clamp(1, 200)
  sql = "SELECT id, customer_id, total_cents, status, created_at FROM orders " \
        "WHERE status = ? ORDER BY #{column} #{dir} LIMIT ?"
  db.execute(sql, status, capped)
end

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
end

# Registers a new account with an email/password pair.
def create_account(db, email, password)
  raise ValidationError, "password too short" if password.to_s.length < 12

  salt = SecureRandom.random_bytes(16)
  hash = OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: 210_000, length: 32, hash: "SHA256")
  password_digest = "pbkdf2-sha256$210000$#{Base64.strict_encode64(salt)}$#{Base64.strict_encode64(hash)}"
  db.execute("INSERT INTO accounts (email, password_digest) VALUES (?, ?)",
             email.to_s.strip.downcase, password_digest)
  email
end

# Verifies the "t=<unix>,v1=<hex hmac>" signature header on incoming payment webhooks.
def valid_webhook_signature?(secret, raw_body, header_value)
  timestamp, signature = header_value.to_s.split(",", 2).map { |part| part.split("=", 2).last }
  return false if timestamp.nil? || signature.nil?
  return false if (Time.now.to_i - timestamp.to_i).abs > 300

  expected = OpenSSL::HMAC.hexdigest("SHA256", secret, "#{timestamp}.#{raw_body}")
  OpenSSL.secure_compare(expected, signature)
end

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
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
