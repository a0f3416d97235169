require "cgi"
require "open3"
require "yaml"
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

# Builds the "no results" fragment of the site search page.
def search_empty_state_html(query, suggestions)
  items = suggestions.first(5).map do |s|
    %(<li><a href="/search?q=#{CGI.escape(s)}">#{CGI.escapeHTML(s)}</a></li>)
  end
  <<~HTML
    <div class="empty">
      <p>No results for <em>#{CGI.escapeHTML(query.to_s)}</em>.</p>
      <ul class="suggestions">#{items.join}</ul>
    </div>
  HTML
end

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
end

# Admin diagnostics page: checks whether a monitored host answers a ping.
def host_reachable?(host)
  unless host.to_s.match?(/\A[a-z0-9][a-z0-9.-]{0,252}\z/i)
    raise ValidationError, "invalid host name"
  end

  output, status = Open3.capture2e("ping", "-c", "1", "-W", "2", host)
  status.success? && output.include?(" 0% packet loss")
end

# Parses the feature-flag file a tenant admin uploads.
def parse_feature_flags(yaml_text)
  raise ValidationError, "flag file too large" if yaml_text.bytesize > 64 * 1024

  data = YAML.safe_load(yaml_text, permitted_classes: [], aliases: false) || {}
  raise ValidationError, "flags must be a mapping" unless data.is_a?(Hash)

  data.each_with_object({}) { |(name, value), flags| flags[name.to_s] = value == true }
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
