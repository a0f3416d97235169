
def validate_route_input(n, edges, source, target)
  raise ArgumentError, 'there must be at least one depot' if n < 1

  [source, target].each do |node|
    raise ArgumentError, "depot #{node} out of range" unless node.between?(0, n - 1)
  end
  edges.each do |edge|
    raise ArgumentError, "malformed edge #{edge}" unless edge.size == 3

    start, finish, minutes = edge
    known = start.between?(0, n - 1) && finish.between?(0, n - 1)
    raise ArgumentError, "edge #{edge} uses an unknown depot" unless known
    raise ArgumentError, "edge #{edge} has a non-positive travel time" if minutes < 1
  end
end

def distances_to(target, incoming)
  dist = Array.new(incoming.size)
  dist[target] = 0
  frontier = { target => 0 }
  until frontier.empty?
    node, cost = frontier.min_by { |candidate, known| [known, candidate] }
    frontier.delete(node)
    incoming[node].each do |previous, minutes|
      next unless dist[previous].nil? || cost + minutes < dist[previous]

      dist[previous] = cost + minutes
      frontier[previous] = cost + minutes
    end
  end
  dist
end

def next_depot(edges, dist, remaining)
  edges.select { |nxt, minutes| dist[nxt] && dist[nxt] + minutes == remaining }.map(&:first).min
end

def cheapest_route(n, edges, source, target)
  validate_route_input(n, edges, source, target)
  outgoing = Array.new(n) { [] }
  incoming = Array.new(n) { [] }
  edges.each do |start, finish, minutes|
    outgoing[start] << [finish, minutes]
    incoming[finish] << [start, minutes]
  end
  dist = distances_to(target, incoming)
  return [] if dist[source].nil?

  route = [source]
  route << next_depot(outgoing[route.last], dist, dist[route.last]) until route.last == target
  route
end
