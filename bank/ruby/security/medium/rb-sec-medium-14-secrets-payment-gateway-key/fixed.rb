require "openssl"
require "digest"
require "base64"
require "securerandom"
require "json"
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

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end

INVOICE_PDF_DIR = File.expand_path("/var/lib/app/invoice-pdfs")

# Resolves the on-disk path of an invoice PDF requested by file name.
def invoice_pdf_path(file_name)
  candidate = File.expand_path(File.join(INVOICE_PDF_DIR, file_name.to_s))
  unless candidate.start_with?(INVOICE_PDF_DIR + File::SEPARATOR)
    raise ForbiddenError, "path escapes the invoice directory"
  end
  raise NotFoundError, "no such invoice PDF" unless File.file?(candidate)

  candidate
end

# Client for the payment provider used at checkout.
class PaymentGatewayClient
  API_BASE = "https://api.payments-provider.example/v2/"

  def charge(amount_cents, currency, source_token)
    uri = URI.join(API_BASE, "charges")
    req = Net::HTTP::Post.new(uri)
    req["Authorization"] = "Bearer #{ENV.fetch('PAYMENT_GATEWAY_API_KEY')}"
    req.set_form_data(amount: amount_cents, currency: currency, source: source_token)
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body)
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
