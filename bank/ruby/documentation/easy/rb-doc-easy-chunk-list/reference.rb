
# Split the list into consecutive chunks of `size` elements, keeping the original order.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @param size [Object] the size (int) the description refers to as `size`
# @return [Object] the result described above (list of list of int)
# @raise [ArgumentError] when size is smaller than 1
def chunk_list(values, size)
  raise ArgumentError, 'size must be at least 1' if size < 1

  values.each_slice(size).to_a
end
