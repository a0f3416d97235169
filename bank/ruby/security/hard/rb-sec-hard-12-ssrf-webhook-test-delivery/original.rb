require "json"
require "net/http"
require "uri"
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

# "Send test event" button on the webhook settings page; the result is shown to the user.
def deliver_test_webhook(endpoint_url, payload)
  uri = URI.parse(endpoint_url.to_s)
  raise ValidationError, "webhook URL must be http(s)" unless %w[http https].include?(uri.scheme)

  request = Net::HTTP::Post.new(uri)
  request["Content-Type"] = "application/json"
  request.body = JSON.generate(payload)
  response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https",
                             open_timeout: 5, read_timeout: 5) { |http| http.request(request) }
  { status: response.code.to_i, body: response.body.to_s[0, 2048] }
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
  unless website.empty?
    link = %(<a rel="nofollow" href="#{CGI.escapeHTML(website)}">Website</a>)
  end
  %(<div class="card"><h3>#{name}</h3><p>#{bio}</p>#{link}</div>)
end

EXPORT_ROOT = "/var/lib/app/exports"

# Returns a previously generated report export so it can be downloaded.
def read_export(filename)
  path = File.join(EXPORT_ROOT, filename)
  raise NotFoundError, "no such export" unless File.file?(path)

  File.binread(path)
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

DURATION_UNIT_SECONDS = { "d" => 86_400, "h" => 3_600, "m" => 60, "s" => 1 }.freeze

# Parses durations such as "1h30m" or "2d" from the retention settings form.
def parse_duration(text)
  input = text.to_s.strip.downcase
  raise ValidationError, "bad duration" unless input.match?(/\A(?:\d{1,4}[dhms]){1,4}\z/)

  input.scan(/(\d+)([dhms])/).sum { |n, unit| n.to_i * DURATION_UNIT_SECONDS.fetch(unit) }
end
