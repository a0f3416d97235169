require "fileutils"
require "openssl"
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

DURATION_UNIT_SECONDS = { "d" => 86_400, "h" => 3_600, "m" => 60, "s" => 1 }.freeze

# Parses durations such as "1h30m" or "2d" from the retention settings form.
def parse_duration(text)
  input = text.to_s.strip.downcase
  raise ValidationError, "bad duration" unless input.match?(/\A(?:\d{1,4}[dhms]){1,4}\z/)

  input.scan(/(\d+)([dhms])/).sum { |n, unit| n.to_i * DURATION_UNIT_SECONDS.fetch(unit) }
end

# Validates the comma-separated tag list typed into the post editor.
def parse_tag_list(input)
  text = input.to_s.strip
  raise ValidationError, "tag list too long" if text.length > 2_000
  raise ValidationError, "invalid tag list" unless text.match?(/\A(\w+\s?)+(,\s*(\w+\s?)+)*\z/)

  text.split(",").map { |tag| tag.strip.downcase }.uniq.first(20)
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

# Back-office order listing with a sortable table header.
def list_orders(db, status:, sort: "created_at", direction: "desc", limit: 50)
  dir = direction.to_s.downcase == "asc" ? "ASC" : "DESC"
  capped = limit.to_i.clamp(1, 200)
  sql = "SELECT id, customer_id, total_cents, status, created_at FROM orders " \
        "WHERE status = ? ORDER BY #{sort} #{dir} LIMIT ?"
  db.execute(sql, status, capped)
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

INVOICE_PDF_DIR = File.expand_path("/var/lib/app/invoice-pdfs")

# Resolves the on-disk path of an invoice PDF requested by file name.
def invoice_pdf_path(file_name)
  candidate = File.expand_path(File.join(INVOICE_PDF_DIR, file_name.to_s))
  unless candidate.start_with?(INVOICE_PDF_DIR + File::SEPARATOR)
    raise ForbiddenError, "path escapes the invoice directory"
  end
  raise NotFoundError, "no such invoice PDF" unless File.file?(candidate)

  candidate
end
