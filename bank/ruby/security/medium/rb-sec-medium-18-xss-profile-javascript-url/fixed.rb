require "cgi"

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

# Public profile card; the website field is free text from the profile form.
def profile_card_html(profile)
  name = CGI.escapeHTML(profile[:display_name].to_s)
  bio = CGI.escapeHTML(profile[:bio].to_s).gsub("\n", "<br>")
  website = profile[:website].to_s.strip
  link = ""
  if website.match?(%r{\Ahttps?://[^\s]+\z}i)
    link = %(<a rel="nofollow" href="#{CGI.escapeHTML(website)}">Website</a>)
  end
  %(<div class="card"><h3>#{name}</h3><p>#{bio}</p>#{link}</div>)
end

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
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

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end
