# Cargo loadout: 0/1 knapsack with deterministic tie-breaking.

# best[i][room]: the best [total value, minus total weight] using only items i.. within room.
def suffix_table(weights, values, capacity)
  count = weights.size
  best = Array.new(count + 1) { Array.new(capacity + 1) { [0, 0] } }
  (count - 1).downto(0) do |i|
    (0..capacity).each do |room|
      best[i][room] = best[i + 1][room]
      next if weights[i] > room

      value, neg_weight = best[i - 1][room - weights[i]]
      best[i][room] = [best[i][room], [value + values[i], neg_weight - weights[i]]].max
    end
  end
  best
end

def choose_cargo(weights, values, capacity)
  best = suffix_table(weights, values, capacity)
  room = capacity
  weights.zip(values).each_with_index.with_object([]) do |((weight, value), i), chosen|
    next if weight > room

    rest_value, rest_neg_weight = best[i - 1][room - weight]
    next unless [rest_value + value, rest_neg_weight - weight] == best[i][room]

    chosen << i
    room -= weight
  end
end
