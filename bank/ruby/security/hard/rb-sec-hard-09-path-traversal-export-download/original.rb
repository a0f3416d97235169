require "uri"
require "openssl"
require "digest"
require "base64"
require "json"
require "net/http"

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

RETURN_TO_HOSTS = %w[app.example.com billing.example.com].freeze

# Validates the absolute return URL passed by our own sub-applications.
def safe_return_to(param, fallback: "https://app.example.com/dashboard")
  uri = URI.parse(param.to_s)
  return fallback unless uri.is_a?(URI::HTTPS) && RETURN_TO_HOSTS.include?(uri.host) && uri.userinfo.nil?

  uri.to_s
rescue URI::InvalidURIError
  fallback
end

# Encrypts third-party API tokens of connected integrations before they are stored.
module TokenVault
  def self.cipher_for(direction, key)
    cipher = OpenSSL::Cipher.new("aes-256-gcm")
    direction == :encrypt ? cipher.encrypt : cipher.decrypt
    cipher.key = key
    cipher.iv = Digest::SHA256.digest(key)[0, 12]
    cipher
  end

  def self.encrypt(key, plaintext)
    c = cipher_for(:encrypt, key)
    ciphertext = c.update(plaintext) + c.final
    Base64.strict_encode64(ciphertext + c.auth_tag)
  end

  def self.decrypt(key, encoded)
    raw = Base64.strict_decode64(encoded)
    c = cipher_for(:decrypt, key)
    c.auth_tag = raw[-16..]
    c.update(raw[0...-16]) + c.final
  end
end

# Client for the payment provider used at checkout.
class PaymentGatewayClient
  API_BASE = "https://api.payments-provider.example/v2/"
  API_KEY = "gw_live_7Qm2XkP9vT4rLs8NcW1yHb6ZdE3fJa5U"

  def charge(amount_cents, currency, source_token)
    uri = URI.join(API_BASE, "charges")
    req = Net::HTTP::Post.new(uri)
    req["Authorization"] = "Bearer #{API_KEY}"
    req.set_form_data(amount: amount_cents, currency: currency, source: source_token)
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body)
  end
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

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
end

EXPORT_ROOT = "/var/lib/app/exports"

# Returns a previously generated report export so it can be downloaded.
def read_export(filename)
  path = File.join(EXPORT_ROOT, filename)
  raise NotFoundError, "no such export" unless File.file?(path)

  File.binread(path)
end
