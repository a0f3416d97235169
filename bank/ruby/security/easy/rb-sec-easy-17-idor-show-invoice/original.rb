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

# GET /invoices/:id - returns one invoice to the signed-in customer.
def show_invoice(db, current_user, invoice_id)
  raise ForbiddenError, "sign in required" if current_user.nil?

  row = db.execute("SELECT id, account_id, number, total_cents, status FROM invoices WHERE id = ?",
                   Integer(invoice_id)).first
  raise NotFoundError, "invoice not found" if row.nil?

  { number: row["number"], total_cents: row["total_cents"], status: row["status"] }
end

EXPORT_ROOT = "/var/lib/app/exports"

# Returns a previously generated report export so it can be downloaded.
def read_export(filename)
  path = File.join(EXPORT_ROOT, filename)
  raise NotFoundError, "no such export" unless File.file?(path)

  File.binread(path)
end

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
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
