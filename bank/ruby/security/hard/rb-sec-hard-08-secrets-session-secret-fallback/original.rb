require "set"
require "openssl"
require "digest"
require "time"
require "yaml"

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

DURATION_UNIT_SECONDS = { "d" => 86_400, "h" => 3_600, "m" => 60, "s" => 1 }.freeze

# Parses durations such as "1h30m" or "2d" from the retention settings form.
def parse_duration(text)
  input = text.to_s.strip.downcase
  raise ValidationError, "bad duration" unless input.match?(/\A(?:\d{1,4}[dhms]){1,4}\z/)

  input.scan(/(\d+)([dhms])/).sum { |n, unit| n.to_i * DURATION_UNIT_SECONDS.fetch(unit) }
end

# Single-use promo codes, shared by all request threads of the process.
class PromoCodeBook
  def initialize(codes)
    @unused = Set.new(codes)
    @redemptions = []
    @lock = Mutex.new
  end

  def redeem(code, account_id)
    return false unless @unused.include?(code)

    @lock.synchronize do
      @unused.delete(code)
      @redemptions << [code, account_id]
    end
    true
  end
end

# Signs and verifies the session cookie value.
module SessionCookie
  def self.signing_secret
    ENV.fetch("SESSION_SECRET", "d3v-s3ss10n-s3cr3t-ch4ng3-m3")
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

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
end

# Issues a password-reset token that is emailed to the account owner.
def issue_password_reset(db, account_id)
  token = Array.new(24) { rand(36).to_s(36) }.join
  expires_at = Time.now.utc + 30 * 60
  db.execute("INSERT INTO password_resets (account_id, token_digest, expires_at) VALUES (?, ?, ?)",
             account_id, Digest::SHA256.hexdigest(token), expires_at.iso8601)
  token
end

# Parses the feature-flag file a tenant admin uploads.
def parse_feature_flags(yaml_text)
  raise ValidationError, "flag file too large" if yaml_text.bytesize > 64 * 1024

  data = YAML.safe_load(yaml_text, permitted_classes: [], aliases: false) || {}
  raise ValidationError, "flags must be a mapping" unless data.is_a?(Hash)

  data.each_with_object({}) { |(name, value), flags| flags[name.to_s] = value == true }
end
