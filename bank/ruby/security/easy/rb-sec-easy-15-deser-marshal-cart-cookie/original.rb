require "base64"

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

# Restores the shopping cart that is kept client-side in the "cart" cookie.
def cart_from_cookie(cookies)
  raw = cookies["cart"]
  return { items: [] } if raw.nil? || raw.empty?

  cart = Marshal.load(Base64.urlsafe_decode64(raw))
  cart.is_a?(Hash) ? cart : { items: [] }
rescue ArgumentError, TypeError
  { items: [] }
end
