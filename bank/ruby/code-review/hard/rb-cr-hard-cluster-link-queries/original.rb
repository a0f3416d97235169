# Cluster link queries answered with a union-find (disjoint set) structure.

# Disjoint sets with union by size and path compression.
class DisjointSets
  attr_reader :groups

  def initialize(size)
    @parent = (0...size).to_a
    @size = Array.new(size, 0)
    @groups = size
  end

  def find(node)
    root = node
    root = @parent[root] while @parent[root] != root
    node, @parent[node] = @parent[node], root while @parent[node] != root
    root
  end

  def union(first, second)
    a = find(first)
    b = find(second)
    return if a != b

    a, b = b, a if @size[a] < @size[b]
    @parent[b] = a
    @size[a] += @size[b]
    @groups -= 1
  end

  def size_of(node)
    @size[find(node)]
  end
end

def cluster_queries(n, ops)
  sets = DisjointSets.new(n)
  ops.each_with_object([]) do |op, answers|
    name, *args = op.split
    nodes = args.map(&:to_i)
    case name
    when 'link' then sets.union(nodes[0], nodes[1])
    when 'same' then answers << (sets.find(nodes[0]) == sets.find(nodes[0]) ? 1 : 0)
    when 'size' then answers << sets.size_of(nodes[0])
    else answers << sets.groups
    end
  end
end
