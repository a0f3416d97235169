require "set"
require "yaml"
require "openssl"

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

# Single-use promo codes, shared by all request threads of the process.
class PromoCodeBook
  def initialize(codes)
    @unused = Set.new(codes)
    @redemptions = []
    @lock = Mutex.new
  end

  def redeem(code, account_id)
    return false unless @unused.include?(code)

    @lock.synchronize do
      @unused.delete(code)
      @redemptions << [code, account_id]
    end
    true
  end
end

# Parses the feature-flag file a tenant admin uploads.
def parse_feature_flags(yaml_text)
  raise ValidationError, "flag file too large" if yaml_text.bytesize > 64 * 1024

  data = YAML.safe_load(yaml_text, permitted_classes: [], aliases: false) || {}
  raise ValidationError, "flags must be a mapping" unless data.is_a?(Hash)

  data.each_with_object({}) { |(name, value), flags| flags[name.to_s] = value == true }
end

# Verifies the "t=<unix>,v1=<hex hmac>" signature header on incoming payment webhooks.
def valid_webhook_signature?(secret, raw_body, header_value)
  timestamp, signature = header_value.to_s.split(",", 2).map { |part| part.split("=", 2).last }
  return false if timestamp.nil? || signature.nil?
  return false if (Time.now.to_i - timestamp.to_i).abs > 300

  expected = OpenSSL::HMAC.hexdigest("SHA256", secret, "#{timestamp}.#{raw_body}")
  expected == signature
end

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
end
