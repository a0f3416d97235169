
TAG = /\Av?([0-9]+)\.([0-9]+)\.([0-9]+)(?:-rc([0-9]+))?\z/.freeze

def tag_key(tag)
  match = TAG.match(tag)
  raise ArgumentError, "malformed tag: #{tag.inspect}" if match.nil?

  major, minor, patch = match.captures.first(3).map(&:to_i)
  candidate = match[4]
  candidate.nil? ? [major, minor, patch, 1, 0] : [major, minor, patch, 0, candidate.to_i]
end

def order_release_tags(tags)
  keys = tags.to_h { |tag| [tag, tag_key(tag)] }
  tags.each_with_index.sort_by { |tag, index| [keys[tag], index] }.map(&:first)
end
