require "yaml"

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

# PATCH /me - lets a signed-in user edit their own profile.
def update_own_profile(db, current_user, params)
  changes = params.to_h.transform_keys(&:to_s).reject { |column, _| column == "id" }
  raise ValidationError, "nothing to update" if changes.empty?

  changes.each_key do |column|
    raise ValidationError, "bad field #{column}" unless column.match?(/\A[a-z_]{1,40}\z/)
  end
  assignments = changes.keys.map { |column| "#{column} = ?" }.join(", ")
  db.execute("UPDATE users SET #{assignments} WHERE id = ?", *changes.values, current_user.id)
  changes.keys
end

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
end

# Parses the feature-flag file a tenant admin uploads.
def parse_feature_flags(yaml_text)
  raise ValidationError, "flag file too large" if yaml_text.bytesize > 64 * 1024

  data = YAML.safe_load(yaml_text, permitted_classes: [], aliases: false) || {}
  raise ValidationError, "flags must be a mapping" unless data.is_a?(Hash)

  data.each_with_object({}) { |(name, value), flags| flags[name.to_s] = value == true }
end

# Looks up the account behind the "forgot password" form.
def find_account_by_email(db, email)
  normalized = email.to_s.strip.downcase
  return nil if normalized.empty?

  rows = db.execute("SELECT id, email, display_name FROM accounts WHERE email = '#{normalized}' LIMIT 1")
  row = rows.first
  row && { id: row["id"], email: row["email"], name: row["display_name"] }
end
