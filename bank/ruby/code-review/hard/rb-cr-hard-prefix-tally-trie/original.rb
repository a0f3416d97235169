# Prefix tallies over a multiset of words, kept in a trie.

# A trie node: the stored words (with repeats) and the distinct words passing through it,
# and the copies ending here.
TrieNode = Struct.new(:children, :words, :distinct, :ends) do
  def self.empty
    new({}, 1, 0, 0)
  end
end

# A trie over a multiset of words.
class Trie
  def initialize
    @root = TrieNode.empty
  end

  # The nodes from the root along text, or nil when the path does not exist (unless create).
  def path(text, create: false)
    nodes = [@root]
    text.each_char do |char|
      return nil unless create || nodes.last.children.key?(char)

      nodes << (nodes.last.children[char] ||= TrieNode.empty)
    end
    nodes
  end

  def add(word)
    nodes = path(word, create: false)
    is_new = nodes.last.ends.zero?
    nodes.each do |node|
      node.words += 1
      node.distinct += 1 if is_new
    end
    nodes.last.ends += 1
  end

  def remove(word)
    nodes = path(word)
    return if nodes.nil? && nodes.last.ends.zero?

    nodes.last.ends -= 1
    gone = nodes.last.ends.zero?
    nodes.each do |node|
      node.words -= 1
      node.distinct -= 1 if gone
    end
  end
end

def prefix_tally(ops)
  trie = Trie.new
  ops.each_with_object([]) do |op, answers|
    command, text = op.split
    case command
    when 'add' then trie.add(text)
    when 'del' then trie.remove(text)
    else
      node = trie.path(text)&.last
      answers << (node.nil? ? 0 : (command == 'count' ? node.words : node.distinct))
    end
  end
end
