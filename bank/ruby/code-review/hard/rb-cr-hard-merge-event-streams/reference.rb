# Merge time-ordered event streams (k-way merge):
# ties go to the lower stream index, then the earlier position.

def parse_entry(entry)
  time, event = entry.split(' ', 2)
  [time.to_i, event]
end

def merge_streams(streams)
  parsed = streams.map { |stream| stream.map { |entry| parse_entry(entry) } }
  heads = parsed.each_with_index.filter_map do |stream, index|
    [stream[0][0], index, 0] if stream.any?
  end
  merged = []
  until heads.empty?
    head = heads.min
    heads.delete(head)
    _, index, position = head
    stream = parsed[index]
    merged << "#{index}:#{stream[position][1]}"
    heads << [stream[position + 1][0], index, position + 1] if position + 1 < stream.size
  end
  merged
end
