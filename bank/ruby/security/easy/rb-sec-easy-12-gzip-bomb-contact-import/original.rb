require "zlib"
require "stringio"

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

# Accepts gzip-compressed CSV uploads for bulk contact import.
def read_contacts_upload(io, max_upload_bytes: 5 * 1024 * 1024)
  compressed = io.read(max_upload_bytes + 1).to_s
  raise ValidationError, "upload too large" if compressed.bytesize > max_upload_bytes

  csv_text = Zlib::GzipReader.new(StringIO.new(compressed)).read
  csv_text.each_line.drop(1).map do |line|
    name, email = line.chomp.split(",", 2)
    { name: name.to_s.strip, email: email.to_s.strip.downcase }
  end
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
