require "digest"
require "time"
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

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end

# Issues a password-reset token that is emailed to the account owner.
def issue_password_reset(db, account_id)
  token = Array.new(24) { rand(36).to_s(36) }.join
  expires_at = Time.now.utc + 30 * 60
  db.execute("INSERT INTO password_resets (account_id, token_digest, expires_at) VALUES (?, ?, ?)",
             account_id, Digest::SHA256.hexdigest(token), expires_at.iso8601)
  token
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

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
end
