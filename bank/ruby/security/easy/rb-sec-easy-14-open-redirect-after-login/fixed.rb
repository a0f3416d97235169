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

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
end

# Where to send the browser after a successful sign-in (?return_to=/billing).
def post_login_location(params, fallback: "/dashboard")
  target = params["return_to"].to_s.strip
  return fallback if target.empty?
  return fallback unless target.match?(%r{\A/(?![/\\])[^\x00-\x1f]*\z})

  target
end
