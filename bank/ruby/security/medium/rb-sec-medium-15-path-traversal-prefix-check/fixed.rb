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

AVATAR_DIR = File.expand_path("/srv/app/storage/avatars")

# Serves a user's avatar image from the stored relative key.
def avatar_bytes(key)
  full = File.expand_path(key.to_s, AVATAR_DIR)
  raise ForbiddenError, "outside avatar storage" unless full.start_with?(AVATAR_DIR + File::SEPARATOR)
  raise NotFoundError, "missing avatar" unless File.file?(full)

  File.binread(full)
end

# Parses the feature-flag file a tenant admin uploads.
def parse_feature_flags(yaml_text)
  raise ValidationError, "flag file too large" if yaml_text.bytesize > 64 * 1024

  data = YAML.safe_load(yaml_text, permitted_classes: [], aliases: false) || {}
  raise ValidationError, "flags must be a mapping" unless data.is_a?(Hash)

  data.each_with_object({}) { |(name, value), flags| flags[name.to_s] = value == true }
end

DURATION_UNIT_SECONDS = { "d" => 86_400, "h" => 3_600, "m" => 60, "s" => 1 }.freeze

# Parses durations such as "1h30m" or "2d" from the retention settings form.
def parse_duration(text)
  input = text.to_s.strip.downcase
  raise ValidationError, "bad duration" unless input.match?(/\A(?:\d{1,4}[dhms]){1,4}\z/)

  input.scan(/(\d+)([dhms])/).sum { |n, unit| n.to_i * DURATION_UNIT_SECONDS.fetch(unit) }
end

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end

# Verifies the "t=<unix>,v1=<hex hmac>" signature header on incoming payment webhooks.
def valid_webhook_signature?(secret, raw_body, header_value)
  timestamp, signature = header_value.to_s.split(",", 2).map { |part| part.split("=", 2).last }
  return false if timestamp.nil? || signature.nil?
  return false if (Time.now.to_i - timestamp.to_i).abs > 300

  expected = OpenSSL::HMAC.hexdigest("SHA256", secret, "#{timestamp}.#{raw_body}")
  OpenSSL.secure_compare(expected, signature)
end
