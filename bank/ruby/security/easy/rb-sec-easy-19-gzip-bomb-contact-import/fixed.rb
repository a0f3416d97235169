require "zlib"
require "stringio"
require "base64"
require "json"

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

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end

# Restores the shopping cart that is kept client-side in the "cart" cookie.
def cart_from_cookie(cookies)
  raw = cookies["cart"]
  return { items: [] } if raw.nil? || raw.empty?

  cart = JSON.parse(Base64.urlsafe_decode64(raw), symbolize_names: true)
  cart.is_a?(Hash) ? cart : { items: [] }
rescue ArgumentError, TypeError, JSON::ParserError
  { items: [] }
end
