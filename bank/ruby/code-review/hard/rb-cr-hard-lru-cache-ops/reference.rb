# Least-recently-used cache simulated from a list of operations (a Hash keeps insertion order).

def lru_simulate(capacity, ops)
  cache = {}
  ops.each_with_object([]) do |op, results|
    command, key, value = op.split
    if command == 'get'
      cache[key] = cache.delete(key) if cache.key?(key)
      results << cache[key]
    elsif capacity.positive?
      cache.delete(key)
      cache[key] = value.to_i
      cache.delete(cache.each_key.first) if cache.size > capacity
    end
  end
end
