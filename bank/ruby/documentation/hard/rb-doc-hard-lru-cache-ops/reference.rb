
# Simulate a cache holding at most `capacity` keys (capacity >= 0), processing the operations in order: - "put k v": store the integer v (possibly negative) under key k, replacing any previous value.
#
# @param capacity [Object] the capacity (int) the description refers to as `capacity`
# @param ops [Object] the ops (list of string) the description refers to as `ops`
# @return [Object] the result described above (list of optional of int)
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
