require "digest"
require "time"

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

# PATCH /me - lets a signed-in user edit their own profile.
def update_own_profile(db, current_user, params)
  changes = params.to_h.transform_keys(&:to_s).reject { |column, _| column == "id" }
  raise ValidationError, "nothing to update" if changes.empty?

  changes.each_key do |column|
    raise ValidationError, "bad field #{column}" unless column.match?(/\A[a-z_]{1,40}\z/)
  end
  assignments = changes.keys.map { |column| "#{column} = ?" }.join(", ")
  db.execute("UPDATE users SET #{assignments} WHERE id = ?", *changes.values, current_user.id)
  changes.keys
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

# Issues a password-reset token that is emailed to the account owner.
def issue_password_reset(db, account_id)
  token = Array.new(24) { rand(36).to_s(36) }.join
  expires_at = Time.now.utc + 30 * 60
  db.execute("INSERT INTO password_resets (account_id, token_digest, expires_at) VALUES (?, ?, ?)",
             account_id, Digest::SHA256.hexdigest(token), expires_at.iso8601)
  token
end
