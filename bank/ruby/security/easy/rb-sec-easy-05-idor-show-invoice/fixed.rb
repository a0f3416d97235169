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

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end

# GET /invoices/:id - returns one invoice to the signed-in customer.
def show_invoice(db, current_user, invoice_id)
  raise ForbiddenError, "sign in required" if current_user.nil?

  row = db.execute("SELECT id, account_id, number, total_cents, status FROM invoices " \
                   "WHERE id = ? AND account_id = ?", Integer(invoice_id), current_user.account_id).first
  raise NotFoundError, "invoice not found" if row.nil?

  { number: row["number"], total_cents: row["total_cents"], status: row["status"] }
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
