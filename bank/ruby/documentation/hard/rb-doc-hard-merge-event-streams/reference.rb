
# Helper for merge event streams.
#
# @param entry [Object] the entry to work on
# @return [Object] the computed value
def parse_entry(entry)
  time, event = entry.split(' ', 2)
  [time.to_i, event]
end

# Each stream is a list of entries "<time> <event>": a non-negative integer time, one space, then the event text (which may itself contain spaces).
#
# @param streams [Object] the streams (list of list of string) the description refers to as `streams`
# @return [Object] the result described above (list of string)
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
