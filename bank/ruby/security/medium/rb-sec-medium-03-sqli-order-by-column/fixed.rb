require "openssl"
require "digest"
require "base64"
require "securerandom"

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

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
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

# Encrypts third-party API tokens of connected integrations before they are stored.
module TokenVault
  def self.cipher_for(direction, key, nonce)
    cipher = OpenSSL::Cipher.new("aes-256-gcm")
    direction == :encrypt ? cipher.encrypt : cipher.decrypt
    cipher.key = key
    cipher.iv = nonce
    cipher
  end

  def self.encrypt(key, plaintext)
    nonce = SecureRandom.random_bytes(12)
    c = cipher_for(:encrypt, key, nonce)
    ciphertext = c.update(plaintext) + c.final
    Base64.strict_encode64(nonce + ciphertext + c.auth_tag)
  end

  def self.decrypt(key, encoded)
    raw = Base64.strict_decode64(encoded)
    c = cipher_for(:decrypt, key, raw[0, 12])
    c.auth_tag = raw[-16..]
    c.update(raw[12...-16]) + c.final
  end
end

DURATION_UNIT_SECONDS = { "d" => 86_400, "h" => 3_600, "m" => 60, "s" => 1 }.freeze

# Parses durations such as "1h30m" or "2d" from the retention settings form.
def parse_duration(text)
  input = text.to_s.strip.downcase
  raise ValidationError, "bad duration" unless input.match?(/\A(?:\d{1,4}[dhms]){1,4}\z/)

  input.scan(/(\d+)([dhms])/).sum { |n, unit| n.to_i * DURATION_UNIT_SECONDS.fetch(unit) }
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
