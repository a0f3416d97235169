require "fileutils"

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

UPLOAD_ROOT = "/var/lib/app/uploads"

# Stores an uploaded document under the chosen name, never overwriting an existing file.
def store_upload(owner_id, name, data)
  raise ValidationError, "bad file name" unless name.to_s.match?(/\A[\w-]{1,64}\.(pdf|png|jpg)\z/)

  dir = File.join(UPLOAD_ROOT, Integer(owner_id).to_s)
  FileUtils.mkdir_p(dir)
  path = File.join(dir, name)
  raise ValidationError, "a file with that name already exists" if File.exist?(path)

  File.binwrite(path, data)
  path
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
