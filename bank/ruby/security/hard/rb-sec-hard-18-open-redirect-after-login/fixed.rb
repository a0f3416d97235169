require "digest"
require "time"
require "securerandom"
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

# Issues a password-reset token that is emailed to the account owner.
def issue_password_reset(db, account_id)
  token = SecureRandom.urlsafe_base64(24)
  expires_at = Time.now.utc + 30 * 60
  db.execute("INSERT INTO password_resets (account_id, token_digest, expires_at) VALUES (?, ?, ?)",
             account_id, Digest::SHA256.hexdigest(token), expires_at.iso8601)
  token
end

# Extracts the text layer of a stored PDF upload for full-text search.
def pdf_text(pdf_path, first_page: 1, last_page: 20)
  absolute = File.expand_path(pdf_path.to_s)
  args = ["pdftotext", "-layout", "-f", Integer(first_page).to_s, "-l", Integer(last_page).to_s, absolute, "-"]
  stdout, stderr, status = Open3.capture3(*args)
  raise "pdftotext failed: #{stderr.strip[0, 200]}" unless status.success?

  stdout
end

# Where to send the browser after a successful sign-in (?return_to=/billing).
def post_login_location(params, fallback: "/dashboard")
  target = params["return_to"].to_s.strip
  return fallback if target.empty?
  return fallback unless target.match?(%r{\A/(?![/\\])[^\x00-\x1f]*\z})

  target
end

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
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
  raise ForbiddenError, "outside avatar storage" unless full.start_with?(AVATAR_DIR + File::SEPARATOR)
  raise NotFoundError, "missing avatar" unless File.file?(full)

  File.binread(full)
end
