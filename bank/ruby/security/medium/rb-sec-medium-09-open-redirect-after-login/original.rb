require "digest"
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

# Where to send the browser after a successful sign-in (?return_to=/billing).
def post_login_location(params, fallback: "/dashboard")
  target = params["return_to"].to_s.strip
  return fallback if target.empty?
  return fallback unless target.start_with?("/")

  target
end

# Per-key request limiter (fixed window), safe to share between threads.
class FixedWindowLimiter
  def initialize(limit:, window_seconds:)
    @limit = limit
    @window = window_seconds
    @hits = Hash.new(0)
    @lock = Mutex.new
  end

  def allow?(key, now: Time.now.to_i)
    window = now / @window
    @lock.synchronize do
      @hits.delete_if { |(_, w), _| w < window } if @hits.size > 10_000
      return false if @hits[[key, window]] >= @limit

      @hits[[key, window]] += 1
      true
    end
  end
end

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
end

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
end

# Builds the "no results" fragment of the site search page.
def search_empty_state_html(query, suggestions)
  items = suggestions.first(5).map do |s|
    %(<li><a href="/search?q=#{CGI.escape(s)}">#{CGI.escapeHTML(s)}</a></li>)
  end
  <<~HTML
    <div class="empty">
      <p>No results for <em>#{query}</em>.</p>
      <ul class="suggestions">#{items.join}</ul>
    </div>
  HTML
end
