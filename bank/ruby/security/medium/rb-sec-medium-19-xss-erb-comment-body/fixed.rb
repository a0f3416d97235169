require "digest"
require "time"
require "securerandom"
require "erb"

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

# Issues a password-reset token that is emailed to the account owner.
def issue_password_reset(db, account_id)
  token = SecureRandom.urlsafe_base64(24)
  expires_at = Time.now.utc + 30 * 60
  db.execute("INSERT INTO password_resets (account_id, token_digest, expires_at) VALUES (?, ?, ?)",
             account_id, Digest::SHA256.hexdigest(token), expires_at.iso8601)
  token
end

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
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

# Builds the counts shown in the order dashboard header.
def order_status_summary(orders)
  counts = Hash.new(0)
  orders.each { |order| counts[order[:status].to_s] += 1 }
  total = counts.values.sum
  %w[pending paid shipped refunded].map do |status|
    n = counts[status]
    { status: status, count: n, percent: total.zero? ? 0.0 : (100.0 * n / total).round(1) }
  end
end

# URL slug for a blog post title: ASCII, lowercase, dash-separated.
def slugify_title(title, max_length: 80)
  ascii = title.to_s.unicode_normalize(:nfkd).encode("ASCII", invalid: :replace, undef: :replace, replace: "")
  slug = ascii.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-+|-+\z/, "")
  slug = slug[0, max_length].sub(/-+\z/, "")
  slug.empty? ? "untitled" : slug
end
