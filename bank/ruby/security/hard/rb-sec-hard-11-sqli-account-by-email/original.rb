require "json"
require "cgi"

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

  layout = JSON.load(json_text)
  raise ValidationError, "layout must be an object" unless layout.is_a?(Hash)

  widgets = Array(layout["widgets"]).first(50)
  db.execute("UPDATE dashboards SET layout = ? WHERE user_id = ?",
             JSON.generate("widgets" => widgets), user_id)
  widgets.size
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

BANNER_CSS_CLASSES = { "info" => "banner-info", "warning" => "banner-warn", "error" => "banner-error" }.freeze

# Renders the flash banner shown at the top of every page.
def notification_banner_html(user_name, message, level)
  css = BANNER_CSS_CLASSES.fetch(level.to_s, "banner-info")
  safe_name = CGI.escapeHTML(user_name.to_s)
  safe_message = CGI.escapeHTML(message.to_s)
  %(<div class="banner #{css}" role="alert"><strong>#{safe_name}</strong> #{safe_message}</div>)
end

# GET /invoices/:id - returns one invoice to the signed-in customer.
def show_invoice(db, current_user, invoice_id)
  raise ForbiddenError, "sign in required" if current_user.nil?

  row = db.execute("SELECT id, account_id, number, total_cents, status FROM invoices WHERE id = ?",
                   Integer(invoice_id)).first
  raise NotFoundError, "invoice not found" if row.nil?

  { number: row["number"], total_cents: row["total_cents"], status: row["status"] }
end

# Looks up the account behind the "forgot password" form.
def find_account_by_email(db, email)
  normalized = email.to_s.strip.downcase
  return nil if normalized.empty?

  rows = db.execute("SELECT id, email, display_name FROM accounts WHERE email = '#{normalized}' LIMIT 1")
  row = rows.first
  row && { id: row["id"], email: row["email"], name: row["display_name"] }
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
