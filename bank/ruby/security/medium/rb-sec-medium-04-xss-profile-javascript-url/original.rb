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

# Public profile card; the website field is free text from the profile form.
def profile_card_html(profile)
  name = CGI.escapeHTML(profile[:display_name].to_s)
  bio = CGI.escapeHTML(profile[:bio].to_s).gsub("\n", "<br>")
  website = profile[:website].to_s.strip
  link = ""
  unless website.empty?
    link = %(<a rel="nofollow" href="#{CGI.escapeHTML(website)}">Website</a>)
  end
  %(<div class="card"><h3>#{name}</h3><p>#{bio}</p>#{link}</div>)
end

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
end

# Validates the comma-separated tag list typed into the post editor.
def parse_tag_list(input)
  text = input.to_s.strip
  raise ValidationError, "tag list too long" if text.length > 2_000
  raise ValidationError, "invalid tag list" unless text.match?(/\A(\w+\s?)+(,\s*(\w+\s?)+)*\z/)

  text.split(",").map { |tag| tag.strip.downcase }.uniq.first(20)
end
