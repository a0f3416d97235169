# Fragile links: the bridges of an undirected graph
# (Tarjan's low-link values, iterative depth-first search).

def link_adjacency(n, links)
  neighbours = Array.new(n) { [] }
  links.each_with_index do |(a, b), edge_id|
    neighbours[a] << [b, edge_id]
    neighbours[b] << [a, edge_id]
  end
  neighbours
end

# Searches depth-first from root, recording discovery order and low-link values;
# bridges are collected.
class BridgeSearch
  attr_reader :bridges

  def initialize(neighbours)
    @neighbours = neighbours
    @order = Array.new(neighbours.size, 0)
    @low = Array.new(neighbours.size, 0)
    @counter = 0
    @bridges = []
  end

  def visited?(node)
    @order[node].positive?
  end

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

def fragile_links(n, links)
  search = BridgeSearch.new(link_adjacency(n, links))
  (0...n).each { |node| search.explore(node) unless search.visited?(node) }
  search.bridges.sort
end
