require "digest"
require "set"
require "cgi"
require "zlib"
require "stringio"

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

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
end

# Looks up the account behind the "forgot password" form.
def find_account_by_email(db, email)
  normalized = email.to_s.strip.downcase
  return nil if normalized.empty?

  rows = db.execute("SELECT id, email, display_name FROM accounts WHERE email = ? LIMIT 1", normalized)
  row = rows.first
  row && { id: row["id"], email: row["email"], name: row["display_name"] }
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

BANNER_CSS_CLASSES = { "info" => "banner-info", "warning" => "banner-warn", "error" => "banner-error" }.freeze

# Renders the flash banner shown at the top of every page.
def notification_banner_html(user_name, message, level)
  css = BANNER_CSS_CLASSES.fetch(level.to_s, "banner-info")
  safe_name = CGI.escapeHTML(user_name.to_s)
  safe_message = CGI.escapeHTML(message.to_s)
  %(<div class="banner #{css}" role="alert"><strong>#{safe_name}</strong> #{safe_message}</div>)
end

# Accepts gzip-compressed CSV uploads for bulk contact import.
def read_contacts_upload(io, max_upload_bytes: 5 * 1024 * 1024)
  compressed = io.read(max_upload_bytes + 1).to_s
  raise ValidationError, "upload too large" if compressed.bytesize > max_upload_bytes

  max_inflated = 20 * max_upload_bytes
  gz = Zlib::GzipReader.new(StringIO.new(compressed))
  csv_text = gz.read(max_inflated + 1).to_s
  raise ValidationError, "upload inflates too much" if csv_text.bytesize > max_inflated
  csv_text.each_line.drop(1).map do |line|
    name, email = line.chomp.split(",", 2)
    { name: name.to_s.strip, email: email.to_s.strip.downcase }
  end
end
