# Longest strictly rising chain (subsequence) with the lexicographically smallest values.

# lengths[i]: the length of the longest rising chain that starts at index i.
def chain_lengths(prices)
  lengths = Array.new(prices.size, 1)
  (prices.size - 1).downto(0) do |i|
    (i + 1...prices.size).each do |j|
      lengths[i] = [lengths[i], lengths[j] + 1].max if prices[j] > prices[i]
    end
  end
  lengths
end

# The index of the smallest usable price from start on (the earliest on ties).
def next_link(prices, lengths, start, floor, needed)
  usable = (start...prices.size).select do |j|
    lengths[j] == needed && (floor.nil? || prices[j] > floor)
  end
  usable.min_by { |j| [prices[j], j] }
end

def rising_chain(prices)
  return [] if prices.empty?

  lengths = chain_lengths(prices)
  chain = []
  position = 0
  lengths.max.downto(1) do |needed|
    index = next_link(prices, lengths, position, chain.last, needed)
    chain << prices[index]
    position = index + 1
  end
  chain
end
