require "json"
require "fileutils"
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

# Re-imports a dashboard layout that a user exported earlier as a JSON file.
def import_dashboard_layout(db, user_id, json_text)
  raise ValidationError, "layout file too large" if json_text.bytesize > 256 * 1024

  layout = JSON.parse(json_text)
  raise ValidationError, "layout must be an object" unless layout.is_a?(Hash)

  widgets = Array(layout["widgets"]).first(50)
  db.execute("UPDATE dashboards SET layout = ? WHERE user_id = ?",
             JSON.generate("widgets" => widgets), user_id)
  widgets.size
end

UPLOAD_ROOT = "/var/lib/app/uploads"

# Stores an uploaded document under the chosen name, never overwriting an existing file.
def store_upload(owner_id, name, data)
  raise ValidationError, "bad file name" unless name.to_s.match?(/\A[\w-]{1,64}\.(pdf|png|jpg)\z/)

  dir = File.join(UPLOAD_ROOT, Integer(owner_id).to_s)
  FileUtils.mkdir_p(dir)
  path = File.join(dir, name)
  File.open(path, File::WRONLY | File::CREAT | File::EXCL | File::BINARY) { |f| f.write(data) }
  path
rescue Errno::EEXIST
  raise ValidationError, "a file with that name already exists"
end

DURATION_UNIT_SECONDS = { "d" => 86_400, "h" => 3_600, "m" => 60, "s" => 1 }.freeze

# Parses durations such as "1h30m" or "2d" from the retention settings form.
def parse_duration(text)
  input = text.to_s.strip.downcase
  raise ValidationError, "bad duration" unless input.match?(/\A(?:\d{1,4}[dhms]){1,4}\z/)

  input.scan(/(\d+)([dhms])/).sum { |n, unit| n.to_i * DURATION_UNIT_SECONDS.fetch(unit) }
end

# Formats an integer amount of cents for invoices, e.g. 123456 -> "$1,234.56".
def format_cents(cents, symbol: "$")
  amount = Integer(cents)
  whole, frac = amount.abs.divmod(100)
  grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
  sign = amount.negative? ? "-" : ""
  "#{sign}#{symbol}#{grouped}.#{frac.to_s.rjust(2, '0')}"
end

# Conditional GET support for the (already authorized) report endpoint.
def cached_report_response(report_body, generated_at, if_none_match)
  etag = %(W/"#{Digest::SHA1.hexdigest("#{generated_at.to_i}:#{report_body}")}")
  headers = { "ETag" => etag, "Cache-Control" => "private, max-age=0, must-revalidate" }
  return [304, headers, ""] if if_none_match.to_s.split(/\s*,\s*/).include?(etag)

  [200, headers.merge("Content-Type" => "text/csv"), report_body]
end
