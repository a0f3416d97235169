
# A trie node: the stored words (with repeats) and the distinct words passing through it,
# and the copies ending here.
TrieNode = Struct.new(:children, :words, :distinct, :ends) do
  # Helper for prefix tally.
  #
  # @return [Object] the computed value
  def self.empty
    new({}, 0, 0, 0)
  end
end

# Part of prefix tally.
class Trie
  def initialize
    @root = TrieNode.empty
  end

  # Helper for prefix tally.
  #
  # @param text [Object] the text to work on
  # @param create [Object] the create to work on
  # @return [Object] the computed value
  def path(text, create: false)
    nodes = [@root]
    text.each_char do |char|
      return nil unless create || nodes.last.children.key?(char)

      nodes << (nodes.last.children[char] ||= TrieNode.empty)
    end
    nodes
  end

  # Helper for prefix tally.
  #
  # @param word [Object] the word to work on
  # @return [Object] the computed value
  def add(word)
    nodes = path(word, create: true)
    is_new = nodes.last.ends.zero?
    nodes.each do |node|
      node.words += 1
      node.distinct += 1 if is_new
    end
    nodes.last.ends += 1
  end

  # Helper for prefix tally.
  #
  # @param word [Object] the word to work on
  # @return [Object] the computed value
  def remove(word)
    nodes = path(word)
    return if nodes.nil? || nodes.last.ends.zero?

    nodes.last.ends -= 1
    gone = nodes.last.ends.zero?
    nodes.each do |node|
      node.words -= 1
      node.distinct -= 1 if gone
    end
  end
end

# Maintain a multiset of lower-case words, initially empty, and process the operations in order: - "add w": add one copy of word w.
#
# @param ops [Object] the ops (list of string) the description refers to as `ops`
# @return [Object] the result described above (list of int)
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
