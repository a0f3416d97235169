
# Part of cluster link queries.
class DisjointSets
  attr_reader :groups

  def initialize(size)
    @parent = (0...size).to_a
    @size = Array.new(size, 1)
    @groups = size
  end

  # Helper for cluster link queries.
  #
  # @param node [Object] the node to work on
  # @return [Object] the computed value
  def find(node)
    root = node
    root = @parent[root] while @parent[root] != root
    node, @parent[node] = @parent[node], root while @parent[node] != root
    root
  end

  # Helper for cluster link queries.
  #
  # @param first [Object] the first to work on
  # @param second [Object] the second to work on
  # @return [Object] the computed value
  def union(first, second)
    a = find(first)
    b = find(second)
    return if a == b

    a, b = b, a if @size[a] < @size[b]
    @parent[b] = a
    @size[a] += @size[b]
    @groups -= 1
  end

  # Helper for cluster link queries.
  #
  # @param node [Object] the node to work on
  # @return [Object] the computed value
  def size_of(node)
    @size[find(node)]
  end
end

# There are n machines numbered 0 to n-1, initially all unconnected: each machine forms its own cluster.
#
# @param n [Object] the n (int) the description refers to as `n`
# @param ops [Object] the ops (list of string) the description refers to as `ops`
# @return [Object] the result described above (list of int)
def cluster_queries(n, ops)
  sets = DisjointSets.new(n)
  ops.each_with_object([]) do |op, answers|
    name, *args = op.split
    nodes = args.map(&:to_i)
    case name
    when 'link' then sets.union(nodes[0], nodes[1])
    when 'same' then answers << (sets.find(nodes[0]) == sets.find(nodes[1]) ? 1 : 0)
    when 'size' then answers << sets.size_of(nodes[0])
    else answers << sets.groups
    end
  end
end
