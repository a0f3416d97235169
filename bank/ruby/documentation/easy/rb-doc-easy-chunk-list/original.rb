
def chunk_list(values, size)
  raise ArgumentError, 'size must be at least 1' if size < 1

  values.each_slice(size).to_a
end
