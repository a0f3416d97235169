require "open3"
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

# Extracts the text layer of a stored PDF upload for full-text search.
def pdf_text(pdf_path, first_page: 1, last_page: 20)
  absolute = File.expand_path(pdf_path.to_s)
  args = ["pdftotext", "-layout", "-f", Integer(first_page).to_s, "-l", Integer(last_page).to_s, absolute, "-"]
  stdout, stderr, status = Open3.capture3(*args)
  raise "pdftotext failed: #{stderr.strip[0, 200]}" unless status.success?

  stdout
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

# URL slug for a blog post title: ASCII, lowercase, dash-separated.
def slugify_title(title, max_length: 80)
  ascii = title.to_s.unicode_normalize(:nfkd).encode("ASCII", invalid: :replace, undef: :replace, replace: "")
  slug = ascii.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-+|-+\z/, "")
  slug = slug[0, max_length].sub(/-+\z/, "")
  slug.empty? ? "untitled" : slug
end

# Validates the comma-separated tag list typed into the post editor.
def parse_tag_list(input)
  text = input.to_s.strip
  raise ValidationError, "tag list too long" if text.length > 2_000
  raise ValidationError, "invalid tag list" unless text.split(",").all? { |t| t.strip.match?(/\A\w+(?: \w+)*\z/) }

  text.split(",").map { |tag| tag.strip.downcase }.uniq.first(20)
end
