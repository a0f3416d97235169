
# Part of lfu cache simulation.
class LfuCache
  def initialize(capacity)
    @capacity = capacity
    @values = {}
    @uses = {}
    @by_uses = Hash.new { |groups, count| groups[count] = {} }
    @fewest = 0
  end

  # Helper for lfu cache simulation.
  #
  # @param key [Object] the key to work on
  # @return [Object] the computed value
  def get(key)
    return nil unless @values.key?(key)

    touch(key)
    @values[key]
  end

  # Helper for lfu cache simulation.
  #
  # @param key [Object] the key to work on
  # @param value [Object] the value to work on
  # @return [Object] the computed value
  def put(key, value)
    return if @capacity.zero?
    return touch(key).then { @values[key] = value } if @values.key?(key)

    evict if @values.size == @capacity
    @values[key] = value
    @uses[key] = 1
    @by_uses[1][key] = true
    @fewest = 1
  end

  private

  def touch(key)
    count = @uses[key]
    remove_from_group(count, key)
    @fewest = count + 1 if @fewest == count && !@by_uses.key?(count)
    @uses[key] = count + 1
    @by_uses[count + 1][key] = true
  end

  def evict
    victim = @by_uses[@fewest].each_key.first
    remove_from_group(@fewest, victim)
    @values.delete(victim)
    @uses.delete(victim)
  end

  def remove_from_group(count, key)
    @by_uses[count].delete(key)
    @by_uses.delete(count) if @by_uses[count].empty?
  end
end

# Simulate a least-frequently-used cache holding at most `capacity` keys (capacity >= 0).
#
# @param capacity [Object] the capacity (int) the description refers to as `capacity`
# @param ops [Object] the ops (list of string) the description refers to as `ops`
# @return [Object] the result described above (list of optional of int)
def lfu_simulate(capacity, ops)
  cache = LfuCache.new(capacity)
  ops.each_with_object([]) do |op, results|
    command, key, value = op.split
    command == 'get' ? results << cache.get(key) : cache.put(key, value.to_i)
  end
end
