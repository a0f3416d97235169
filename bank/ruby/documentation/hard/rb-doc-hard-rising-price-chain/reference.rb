
# Helper for longest rising price chain.
#
# @param prices [Object] the prices (list of int) the description refers to as `prices`
# @return [Object] the computed value
def chain_lengths(prices)
  lengths = Array.new(prices.size, 1)
  (prices.size - 1).downto(0) do |i|
    (i + 1...prices.size).each do |j|
      lengths[i] = [lengths[i], lengths[j] + 1].max if prices[j] > prices[i]
    end
  end
  lengths
end

# Helper for longest rising price chain.
#
# @param prices [Object] the prices (list of int) the description refers to as `prices`
# @param lengths [Object] the lengths to work on
# @param start [Object] the start to work on
# @param floor [Object] the floor to work on
# @param needed [Object] the needed to work on
# @return [Object] the computed value
def next_link(prices, lengths, start, floor, needed)
  usable = (start...prices.size).select do |j|
    lengths[j] == needed && (floor.nil? || prices[j] > floor)
  end
  usable.min_by { |j| [prices[j], j] }
end

# Return the longest strictly increasing subsequence of `prices`: values taken in their original order, not necessarily adjacent, each larger than the previous one.
#
# @param prices [Object] the prices (list of int) the description refers to as `prices`
# @return [Object] the result described above (list of int)
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
