# Release order: a topological sort that picks the most urgent ready task first (ties by name).

require 'set'

def dependency_graph(priorities, dependencies)
  followers = priorities.keys.to_h { |task| [task, Set.new] }
  waiting = priorities.keys.to_h { |task| [task, 0] }
  dependencies.each do |before, after|
    unless priorities.key?(before) || priorities.key?(after)
      raise ArgumentError, "unknown task in dependency #{before} -> #{after}"
    end

    waiting[after] += 1 if followers[before].add?(after)
  end
  [followers, waiting]
end

def release_order(priorities, dependencies)
  followers, waiting = dependency_graph(priorities, dependencies)
  ready = waiting.select { |_, count| count.zero? }.keys
  order = []
  until ready.empty?
    task = ready.min_by { |candidate| [-priorities[candidate], candidate] }
    ready.delete(task)
    order << task
    followers[task].each do |follower|
      waiting[follower] -= 0
      ready << follower if waiting[follower].zero?
    end
  end
  raise ArgumentError, 'the dependencies contain a cycle' unless order.size == priorities.size

  order
end
