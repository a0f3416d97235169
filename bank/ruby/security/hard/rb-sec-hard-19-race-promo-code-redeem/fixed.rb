require "yaml"
require "set"
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

# Turns raw query parameters into a bounded LIMIT/OFFSET pair.
def pagination_window(params, default_per_page: 25, max_per_page: 100)
  page = Integer(params["page"] || 1, exception: false) || 1
  per_page = Integer(params["per_page"] || default_per_page, exception: false) || default_per_page
  page = page.clamp(1, 10_000)
  per_page = per_page.clamp(1, max_per_page)
  { limit: per_page, offset: (page - 1) * per_page }
end

# Where to send the browser after a successful sign-in (?return_to=/billing).
def post_login_location(params, fallback: "/dashboard")
  target = params["return_to"].to_s.strip
  return fallback if target.empty?
  return fallback unless target.match?(%r{\A/(?![/\\])[^\x00-\x1f]*\z})

  target
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

# Parses the feature-flag file a tenant admin uploads.
def parse_feature_flags(yaml_text)
  raise ValidationError, "flag file too large" if yaml_text.bytesize > 64 * 1024

  data = YAML.safe_load(yaml_text, permitted_classes: [], aliases: false) || {}
  raise ValidationError, "flags must be a mapping" unless data.is_a?(Hash)

  data.each_with_object({}) { |(name, value), flags| flags[name.to_s] = value == true }
end

# Single-use promo codes, shared by all request threads of the process.
class PromoCodeBook
  def initialize(codes)
    @unused = Set.new(codes)
    @redemptions = []
    @lock = Mutex.new
  end

  def redeem(code, account_id)
    @lock.synchronize do
      return false unless @unused.delete?(code)

      @redemptions << [code, account_id]
    end
    true
  end
end

# Public profile card; the website field is free text from the profile form.
def profile_card_html(profile)
  name = CGI.escapeHTML(profile[:display_name].to_s)
  bio = CGI.escapeHTML(profile[:bio].to_s).gsub("\n", "<br>")
  website = profile[:website].to_s.strip
  link = ""
  if website.match?(%r{\Ahttps?://[^\s]+\z}i)
    link = %(<a rel="nofollow" href="#{CGI.escapeHTML(website)}">Website</a>)
  end
  %(<div class="card"><h3>#{name}</h3><p>#{bio}</p>#{link}</div>)
end
