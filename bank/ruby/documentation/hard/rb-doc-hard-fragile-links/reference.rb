
# Helper for fragile network links.
#
# @param n [Object] the n (int) the description refers to as `n`
# @param links [Object] the links (list of list of int) the description refers to as `links`
# @return [Object] the computed value
def link_adjacency(n, links)
  neighbours = Array.new(n) { [] }
  links.each_with_index do |(a, b), edge_id|
    neighbours[a] << [b, edge_id]
    neighbours[b] << [a, edge_id]
  end
  neighbours
end

# Part of fragile network links.
class BridgeSearch
  attr_reader :bridges

  def initialize(neighbours)
    @neighbours = neighbours
    @order = Array.new(neighbours.size, 0)
    @low = Array.new(neighbours.size, 0)
    @counter = 0
    @bridges = []
  end

  # Helper for fragile network links.
  #
  # @param node [Object] the node to work on
  # @return [Object] the computed value
  def visited?(node)
    @order[node].positive?
  end

  # Helper for fragile network links.
  #
  # @param root [Object] the root to work on
  # @return [Object] the computed value
  def explore(root)
    stack = [discover(root, -1)]
    until stack.empty?
      frame = stack.last
      node, via, index = frame
      if index == @neighbours[node].size
        retreat(stack)
        next
      end
      frame[2] += 1
      other, edge_id = @neighbours[node][index]
      next if edge_id == via

      if visited?(other)
        @low[node] = [@low[node], @order[other]].min
      else
        stack << discover(other, edge_id)
      end
    end
  end

  private

  def discover(node, via)
    @counter += 1
    @order[node] = @low[node] = @counter
    [node, via, 0]
  end

  def retreat(stack)
    node = stack.pop.first
    return if stack.empty?

    parent = stack.last.first
    @low[parent] = [@low[parent], @low[node]].min
    @bridges << [parent, node].sort if @low[node] > @order[parent]
  end
end

# A network has n nodes numbered 0 to n-1 (n >= 0) and undirected links [a, b] between nodes in that range; links may repeat and may join a node to itself.
#
# @param n [Object] the n (int) the description refers to as `n`
# @param links [Object] the links (list of list of int) the description refers to as `links`
# @return [Object] the result described above (list of list of int)
def fragile_links(n, links)
  search = BridgeSearch.new(link_adjacency(n, links))
  (0...n).each { |node| search.explore(node) unless search.visited?(node) }
  search.bridges.sort
end
