require "openssl"
require "uri"
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

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
end

# Verifies the "t=<unix>,v1=<hex hmac>" signature header on incoming payment webhooks.
def valid_webhook_signature?(secret, raw_body, header_value)
  timestamp, signature = header_value.to_s.split(",", 2).map { |part| part.split("=", 2).last }
  return false if timestamp.nil? || signature.nil?
  return false if (Time.now.to_i - timestamp.to_i).abs > 300

  expected = OpenSSL::HMAC.hexdigest("SHA256", secret, "#{timestamp}.#{raw_body}")
  OpenSSL.secure_compare(expected, signature)
end

DURATION_UNIT_SECONDS = { "d" => 86_400, "h" => 3_600, "m" => 60, "s" => 1 }.freeze

# Parses durations such as "1h30m" or "2d" from the retention settings form.
def parse_duration(text)
  input = text.to_s.strip.downcase
  raise ValidationError, "bad duration" unless input.match?(/\A(?:\d{1,4}[dhms]){1,4}\z/)

  input.scan(/(\d+)([dhms])/).sum { |n, unit| n.to_i * DURATION_UNIT_SECONDS.fetch(unit) }
end

RETURN_TO_HOSTS = %w[app.example.com billing.example.com].freeze

# Validates the absolute return URL passed by our own sub-applications.
def safe_return_to(param, fallback: "https://app.example.com/dashboard")
  uri = URI.parse(param.to_s)
  return fallback unless uri.is_a?(URI::HTTPS) && RETURN_TO_HOSTS.include?(uri.host) && uri.userinfo.nil?

  uri.to_s
rescue URI::InvalidURIError
  fallback
end

# Re-imports a dashboard layout that a user exported earlier as a JSON file.
def import_dashboard_layout(db, user_id, json_text)
  raise ValidationError, "layout file too large" if json_text.bytesize > 256 * 1024

  layout = JSON.parse(json_text)
  raise ValidationError, "layout must be an object" unless layout.is_a?(Hash)

  widgets = Array(layout["widgets"]).first(50)
  db.execute("UPDATE dashboards SET layout = ? WHERE user_id = ?",
             JSON.generate("widgets" => widgets), user_id)
  widgets.size
end

# PATCH /me - lets a signed-in user edit their own profile.
def update_own_profile(db, current_user, params)
  changes = params.to_h.transform_keys(&:to_s).slice("display_name", "bio", "timezone", "avatar_key")
  raise ValidationError, "nothing to update" if changes.empty?

  changes.each_key do |column|
    raise ValidationError, "bad field #{column}" unless column.match?(/\A[a-z_]{1,40}\z/)
  end
  assignments = changes.keys.map { |column| "#{column} = ?" }.join(", ")
  db.execute("UPDATE users SET #{assignments} WHERE id = ?", *changes.values, current_user.id)
  changes.keys
end
