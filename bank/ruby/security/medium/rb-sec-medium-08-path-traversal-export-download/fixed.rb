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

# Authenticates machine clients that send "Authorization: Bearer <key id><secret>".
def api_client_for(db, authorization_header)
  token = authorization_header.to_s[/\ABearer ([A-Za-z0-9_-]{40,128})\z/, 1]
  return nil if token.nil?

  row = db.execute("SELECT client_id, token_sha256 FROM api_tokens WHERE key_id = ?", token[0, 8]).first
  return nil if row.nil?

  presented = Digest::SHA256.hexdigest(token)
  OpenSSL.secure_compare(presented, row["token_sha256"].to_s) ? row["client_id"] : nil
end

# Signs and verifies the session cookie value.
module SessionCookie
  def self.signing_secret
    ENV.fetch("SESSION_SECRET")
  end

  def self.sign(session_id)
    "#{session_id}--#{OpenSSL::HMAC.hexdigest('SHA256', signing_secret, session_id)}"
  end

  def self.verify(cookie)
    session_id, mac = cookie.to_s.split("--", 2)
    return nil if session_id.nil? || mac.nil?

    expected = OpenSSL::HMAC.hexdigest("SHA256", signing_secret, session_id)
    OpenSSL.secure_compare(expected, mac) ? session_id : nil
  end
end

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end

EXPORT_ROOT = "/var/lib/app/exports"

# Returns a previously generated report export so it can be downloaded.
def read_export(filename)
  path = File.expand_path(filename, EXPORT_ROOT)
  raise NotFoundError, "no such export" unless path.start_with?(EXPORT_ROOT + File::SEPARATOR)
  raise NotFoundError, "no such export" unless File.file?(path)

  File.binread(path)
end
