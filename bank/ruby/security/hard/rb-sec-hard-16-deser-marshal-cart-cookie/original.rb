require "open3"
require "openssl"
require "digest"
require "base64"
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

# Extracts the text layer of a stored PDF upload for full-text search.
def pdf_text(pdf_path, first_page: 1, last_page: 20)
  absolute = File.expand_path(pdf_path.to_s)
  args = ["pdftotext", "-layout", "-f", Integer(first_page).to_s, "-l", Integer(last_page).to_s, absolute, "-"]
  stdout, stderr, status = Open3.capture3(*args)
  raise "pdftotext failed: #{stderr.strip[0, 200]}" unless status.success?

  stdout
end

# URL slug for a blog post title: ASCII, lowercase, dash-separated.
def slugify_title(title, max_length: 80)
  ascii = title.to_s.unicode_normalize(:nfkd).encode("ASCII", invalid: :replace, undef: :replace, replace: "")
  slug = ascii.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-+|-+\z/, "")
  slug = slug[0, max_length].sub(/-+\z/, "")
  slug.empty? ? "untitled" : slug
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

IMAGE_CDN_HOST = "images.shopcdn.example"

# Downloads a product image the merchant picked from our CDN, for resizing.
def fetch_catalog_image(url)
  unless url.to_s.start_with?("https://#{IMAGE_CDN_HOST}")
    raise ValidationError, "images must come from our CDN"
  end

  response = Net::HTTP.get_response(URI.parse(url))
  raise NotFoundError, "image fetch failed (#{response.code})" unless response.is_a?(Net::HTTPSuccess)

  response.body
end

# Restores the shopping cart that is kept client-side in the "cart" cookie.
def cart_from_cookie(cookies)
  raw = cookies["cart"]
  return { items: [] } if raw.nil? || raw.empty?

  cart = Marshal.load(Base64.urlsafe_decode64(raw))
  cart.is_a?(Hash) ? cart : { items: [] }
rescue ArgumentError, TypeError
  { items: [] }
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
