require "digest"
require "time"
require "securerandom"
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

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
end

# Per-key request limiter (fixed window), safe to share between threads.
class FixedWindowLimiter
  def initialize(limit:, window_seconds:)
    @limit = limit
    @window = window_seconds
    @hits = Hash.new(0)
    @lock = Mutex.new
  end

  def allow?(key, now: Time.now.to_i)
    window = now / @window
    @lock.synchronize do
      @hits.delete_if { |(_, w), _| w < window } if @hits.size > 10_000
      return false if @hits[[key, window]] >= @limit

      @hits[[key, window]] += 1
      true
    end
  end
end

# Issues a password-reset token that is emailed to the account owner.
def issue_password_reset(db, account_id)
  token = SecureRandom.urlsafe_base64(24)
  expires_at = Time.now.utc + 30 * 60
  db.execute("INSERT INTO password_resets (account_id, token_digest, expires_at) VALUES (?, ?, ?)",
             account_id, Digest::SHA256.hexdigest(token), expires_at.iso8601)
  token
end

IMAGE_CDN_HOST = "images.shopcdn.example"

# Downloads a product image the merchant picked from our CDN, for resizing.
def fetch_catalog_image(url)
  uri = URI.parse(url.to_s)
  unless uri.is_a?(URI::HTTPS) && uri.host == IMAGE_CDN_HOST && uri.userinfo.nil?
    raise ValidationError, "images must come from our CDN"
  end

  response = Net::HTTP.get_response(uri)
  raise NotFoundError, "image fetch failed (#{response.code})" unless response.is_a?(Net::HTTPSuccess)

  response.body
end

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
end

# Where to send the browser after a successful sign-in (?return_to=/billing).
def post_login_location(params, fallback: "/dashboard")
  target = params["return_to"].to_s.strip
  return fallback if target.empty?
  return fallback unless target.match?(%r{\A/(?![/\\])[^\x00-\x1f]*\z})

  target
end
