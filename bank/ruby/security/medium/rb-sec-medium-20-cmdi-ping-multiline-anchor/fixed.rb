require "open3"
require "zlib"
require "stringio"
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

# Admin diagnostics page: checks whether a monitored host answers a ping.
def host_reachable?(host)
  unless host.to_s.match?(/\A[a-z0-9][a-z0-9.-]{0,252}\z/i)
    raise ValidationError, "invalid host name"
  end

  output, status = Open3.capture2e("ping", "-c", "1", "-W", "2", host)
  status.success? && output.include?(" 0% packet loss")
end

# Accepts gzip-compressed CSV uploads for bulk contact import.
def read_contacts_upload(io, max_upload_bytes: 5 * 1024 * 1024)
  compressed = io.read(max_upload_bytes + 1).to_s
  raise ValidationError, "upload too large" if compressed.bytesize > max_upload_bytes

  max_inflated = 20 * max_upload_bytes
  gz = Zlib::GzipReader.new(StringIO.new(compressed))
  csv_text = gz.read(max_inflated + 1).to_s
  raise ValidationError, "upload inflates too much" if csv_text.bytesize > max_inflated
  csv_text.each_line.drop(1).map do |line|
    name, email = line.chomp.split(",", 2)
    { name: name.to_s.strip, email: email.to_s.strip.downcase }
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

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
end

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end
