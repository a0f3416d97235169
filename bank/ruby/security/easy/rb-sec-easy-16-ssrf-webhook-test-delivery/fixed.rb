require "json"
require "net/http"
require "uri"
require "resolv"
require "ipaddr"

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

DURATION_UNIT_SECONDS = { "d" => 86_400, "h" => 3_600, "m" => 60, "s" => 1 }.freeze

# Parses durations such as "1h30m" or "2d" from the retention settings form.
def parse_duration(text)
  input = text.to_s.strip.downcase
  raise ValidationError, "bad duration" unless input.match?(/\A(?:\d{1,4}[dhms]){1,4}\z/)

  input.scan(/(\d+)([dhms])/).sum { |n, unit| n.to_i * DURATION_UNIT_SECONDS.fetch(unit) }
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

# "Send test event" button on the webhook settings page; the result is shown to the user.
def deliver_test_webhook(endpoint_url, payload)
  uri = URI.parse(endpoint_url.to_s)
  raise ValidationError, "webhook URL must be http(s)" unless %w[http https].include?(uri.scheme)

  address = Resolv.getaddresses(uri.host.to_s).map { |a| IPAddr.new(a) }.first
  if address.nil? || address.private? || address.loopback? || address.link_local? || address.to_i.zero?
    raise ValidationError, "webhook URL must resolve to a public address"
  end
  request = Net::HTTP::Post.new(uri)
  request["Content-Type"] = "application/json"
  request.body = JSON.generate(payload)
  http = Net::HTTP.new(uri.host, uri.port)
  http.ipaddr = address.to_s
  http.use_ssl = uri.scheme == "https"
  http.open_timeout = 5
  http.read_timeout = 5
  response = http.start { |conn| conn.request(request) }
  { status: response.code.to_i, body: response.body.to_s[0, 2048] }
end
