require "zlib"
require "stringio"
require "openssl"
require "open3"

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

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
end

AVATAR_DIR = File.expand_path("/srv/app/storage/avatars")

# Serves a user's avatar image from the stored relative key.
def avatar_bytes(key)
  full = File.expand_path(key.to_s, AVATAR_DIR)
  raise ForbiddenError, "outside avatar storage" unless full.start_with?(AVATAR_DIR)
  raise NotFoundError, "missing avatar" unless File.file?(full)

  File.binread(full)
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

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
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

# Extracts the text layer of a stored PDF upload for full-text search.
def pdf_text(pdf_path, first_page: 1, last_page: 20)
  absolute = File.expand_path(pdf_path.to_s)
  args = ["pdftotext", "-layout", "-f", Integer(first_page).to_s, "-l", Integer(last_page).to_s, absolute, "-"]
  stdout, stderr, status = Open3.capture3(*args)
  raise "pdftotext failed: #{stderr.strip[0, 200]}" unless status.success?

  stdout
end
