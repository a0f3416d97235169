require "erb"
require "digest"
require "openssl"
require "securerandom"
require "base64"

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

# Renders the comment thread under a post; comments are written by other users.
def render_comment_list(comments)
  template = ERB.new(<<~HTML, trim_mode: "-")
    <ul class="comments">
    <%- comments.each do |c| -%>
      <li><strong><%= ERB::Util.html_escape(c[:author]) %></strong>
        <span class="body"><%= ERB::Util.html_escape(c[:body]) %></span></li>
    <%- end -%>
    </ul>
  HTML
  template.result_with_hash(comments: comments)
end

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
end

# Registers a new account with an email/password pair.
def create_account(db, email, password)
  raise ValidationError, "password too short" if password.to_s.length < 12

  salt = SecureRandom.random_bytes(16)
  hash = OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: 210_000, length: 32, hash: "SHA256")
  password_digest = "pbkdf2-sha256$210000$#{Base64.strict_encode64(salt)}$#{Base64.strict_encode64(hash)}"
  db.execute("INSERT INTO accounts (email, password_digest) VALUES (?, ?)",
             email.to_s.strip.downcase, password_digest)
  email
end

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
end

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
end
