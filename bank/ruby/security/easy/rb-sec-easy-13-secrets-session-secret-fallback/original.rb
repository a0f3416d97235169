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

# Signs and verifies the session cookie value.
module SessionCookie
  def self.signing_secret
    ENV.fetch("SESSION_SECRET", "d3v-s3ss10n-s3cr3t-ch4ng3-m3")
  end

  def self.sign(session_id)
    "#{session_id}--#{OpenSSL::HMAC.hexdigest('SHA256', signing_secret, session_id)}"
  end

  def self.verify(cookie)
    session_id, mac = cookie.to_s.split("--", 2)
    return nil if session_id.nil? || mac.nil?

    expected = OpenSSL::HMAC.hexdigest("SHA256", signing_secret, session_id)
    OpenSSL.secure_compare(expected, mac) ? session_id : nil
  end
end

# Masks a card number for receipts and support screens, keeping the last four digits.
def mask_card_number(number)
  digits = number.to_s.gsub(/\D/, "")
  return "" if digits.length < 12 || digits.length > 19

  "**** **** **** #{digits[-4..]}"
end

# URL slug for a blog post title: ASCII, lowercase, dash-separated.
def slugify_title(title, max_length: 80)
  ascii = title.to_s.unicode_normalize(:nfkd).encode("ASCII", invalid: :replace, undef: :replace, replace: "")
  slug = ascii.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-+|-+\z/, "")
  slug = slug[0, max_length].sub(/-+\z/, "")
  slug.empty? ? "untitled" : slug
end
