require "base64"
require "zlib"
require "stringio"
require "digest"

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

# Restores the shopping cart that is kept client-side in the "cart" cookie.
def cart_from_cookie(cookies)
  raw = cookies["cart"]
  return { items: [] } if raw.nil? || raw.empty?

  cart = Marshal.load(Base64.urlsafe_decode64(raw))
  cart.is_a?(Hash) ? cart : { items: [] }
rescue ArgumentError, TypeError
  { items: [] }
end

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
end

# Accepts gzip-compressed CSV uploads for bulk contact import.
def read_contacts_upload(io, max_upload_bytes: 5 * 1024 * 1024)
  compressed = io.read(max_upload_bytes + 1).to_s
  raise ValidationError, "upload too large" if compressed.bytesize > max_upload_bytes

  csv_text = Zlib::GzipReader.new(StringIO.new(compressed)).read
  csv_text.each_line.drop(1).map do |line|
    name, email = line.chomp.split(",", 2)
    { name: name.to_s.strip, email: email.to_s.strip.downcase }
  end
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

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
end
