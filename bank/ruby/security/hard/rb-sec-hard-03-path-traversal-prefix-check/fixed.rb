require "erb"
require "open3"
require "fileutils"
require "yaml"

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

# Renders the comment thread under a post; comments are written by other users.
def render_comment_list(comments)
  template = ERB.new(<<~HTML, trim_mode: "-")
    <ul class="comments">
    <%- comments.each do |c| -%>
      <li><strong><%= ERB::Util.html_escape(c[:author]) %></strong>
        <span class="body"><%= ERB::Util.html_escape(c[:body]) %></span></li>
    <%- end -%>
    </ul>
  HTML
  template.result_with_hash(comments: comments)
end

AVATAR_DIR = File.expand_path("/srv/app/storage/avatars")

# Serves a user's avatar image from the stored relative key.
def avatar_bytes(key)
  full = File.expand_path(key.to_s, AVATAR_DIR)
  raise ForbiddenError, "outside avatar storage" unless full.start_with?(AVATAR_DIR + File::SEPARATOR)
  raise NotFoundError, "missing avatar" unless File.file?(full)

  File.binread(full)
end

# Extracts the text layer of a stored PDF upload for full-text search.
def pdf_text(pdf_path, first_page: 1, last_page: 20)
  absolute = File.expand_path(pdf_path.to_s)
  args = ["pdftotext", "-layout", "-f", Integer(first_page).to_s, "-l", Integer(last_page).to_s, absolute, "-"]
  stdout, stderr, status = Open3.capture3(*args)
  raise "pdftotext failed: #{stderr.strip[0, 200]}" unless status.success?

  stdout
end

# URL slug for a blog post title: ASCII, lowercase, dash-separated.
def slugify_title(title, max_length: 80)
  ascii = title.to_s.unicode_normalize(:nfkd).encode("ASCII", invalid: :replace, undef: :replace, replace: "")
  slug = ascii.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-+|-+\z/, "")
  slug = slug[0, max_length].sub(/-+\z/, "")
  slug.empty? ? "untitled" : slug
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

# Parses the feature-flag file a tenant admin uploads.
def parse_feature_flags(yaml_text)
  raise ValidationError, "flag file too large" if yaml_text.bytesize > 64 * 1024

  data = YAML.safe_load(yaml_text, permitted_classes: [], aliases: false) || {}
  raise ValidationError, "flags must be a mapping" unless data.is_a?(Hash)

  data.each_with_object({}) { |(name, value), flags| flags[name.to_s] = value == true }
end
