require "json"
require "set"

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

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
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

# URL slug for a blog post title: ASCII, lowercase, dash-separated.
def slugify_title(title, max_length: 80)
  ascii = title.to_s.unicode_normalize(:nfkd).encode("ASCII", invalid: :replace, undef: :replace, replace: "")
  slug = ascii.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-+|-+\z/, "")
  slug = slug[0, max_length].sub(/-+\z/, "")
  slug.empty? ? "untitled" : slug
end

# Single-use promo codes, shared by all request threads of the process.
class PromoCodeBook
  def initialize(codes)
    @unused = Set.new(codes)
    @redemptions = []
    @lock = Mutex.new
  end

  def redeem(code, account_id)
    @lock.synchronize do
      return false unless @unused.delete?(code)

      @redemptions << [code, account_id]
    end
    true
  end
end

# Loads several products at once for the cart sidebar.
def products_by_ids(db, ids)
  ids = Array(ids).map { |id| Integer(id) }.uniq.first(100)
  return [] if ids.empty?

  placeholders = (["?"] * ids.size).join(", ")
  db.execute("SELECT id, name, price_cents FROM products WHERE id IN (#{placeholders})", *ids)
end
