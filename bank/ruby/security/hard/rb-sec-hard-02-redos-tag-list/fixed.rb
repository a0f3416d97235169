require "digest"
require "openssl"
require "base64"
require "securerandom"
require "net/http"
require "uri"
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

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
end

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
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

# Validates the comma-separated tag list typed into the post editor.
def parse_tag_list(input)
  text = input.to_s.strip
  raise ValidationError, "tag list too long" if text.length > 2_000
  raise ValidationError, "invalid tag list" unless text.split(",").all? { |t| t.strip.match?(/\A\w+(?: \w+)*\z/) }

  text.split(",").map { |tag| tag.strip.downcase }.uniq.first(20)
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

BANNER_CSS_CLASSES = { "info" => "banner-info", "warning" => "banner-warn", "error" => "banner-error" }.freeze

# Renders the flash banner shown at the top of every page.
def notification_banner_html(user_name, message, level)
  css = BANNER_CSS_CLASSES.fetch(level.to_s, "banner-info")
  safe_name = CGI.escapeHTML(user_name.to_s)
  safe_message = CGI.escapeHTML(message.to_s)
  %(<div class="banner #{css}" role="alert"><strong>#{safe_name}</strong> #{safe_message}</div>)
end
