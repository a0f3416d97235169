require "openssl"
require "digest"
require "fileutils"

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

# Authenticates machine clients that send "Authorization: Bearer <key id><secret>".
def api_client_for(db, authorization_header)
  token = authorization_header.to_s[/\ABearer ([A-Za-z0-9_-]{40,128})\z/, 1]
  return nil if token.nil?

  row = db.execute("SELECT client_id, token_sha256 FROM api_tokens WHERE key_id = ?", token[0, 8]).first
  return nil if row.nil?

  presented = Digest::SHA256.hexdigest(token)
  OpenSSL.secure_compare(presented, row["token_sha256"].to_s) ? row["client_id"] : nil
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

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
end

AVATAR_DIR = File.expand_path("/srv/app/storage/avatars")

# Serves a user's avatar image from the stored relative key.
def avatar_bytes(key)
  full = File.expand_path(key.to_s, AVATAR_DIR)
  raise ForbiddenError, "outside avatar storage" unless full.start_with?(AVATAR_DIR)
  raise NotFoundError, "missing avatar" unless File.file?(full)

  File.binread(full)
end

UPLOAD_ROOT = "/var/lib/app/uploads"

# Stores an uploaded document under the chosen name, never overwriting an existing file.
def store_upload(owner_id, name, data)
  raise ValidationError, "bad file name" unless name.to_s.match?(/\A[\w-]{1,64}\.(pdf|png|jpg)\z/)

  dir = File.join(UPLOAD_ROOT, Integer(owner_id).to_s)
  FileUtils.mkdir_p(dir)
  path = File.join(dir, name)
  raise ValidationError, "a file with that name already exists" if File.exist?(path)

  File.binwrite(path, data)
  path
end
