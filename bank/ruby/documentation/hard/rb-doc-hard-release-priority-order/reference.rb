
require 'set'

# Helper for release order by priority.
#
# @param priorities [Object] the priorities (map of int) the description refers to as `priorities`
# @param dependencies [Object] the dependencies (list of list of string) the description refers to as `dependencies`
# @return [Object] the computed value
# @raise [ArgumentError] when a dependency names a task missing from priorities, or the dependencies form a cycle (a task depending on itself included)
def dependency_graph(priorities, dependencies)
  followers = priorities.keys.to_h { |task| [task, Set.new] }
  waiting = priorities.keys.to_h { |task| [task, 0] }
  dependencies.each do |before, after|
    unless priorities.key?(before) && priorities.key?(after)
      raise ArgumentError, "unknown task in dependency #{before} -> #{after}"
    end

    waiting[after] += 1 if followers[before].add?(after)
  end
  [followers, waiting]
end

# `priorities` maps every task name to an integer priority.
#
# @param priorities [Object] the priorities (map of int) the description refers to as `priorities`
# @param dependencies [Object] the dependencies (list of list of string) the description refers to as `dependencies`
# @return [Object] the result described above (list of string)
# @raise [ArgumentError] when a dependency names a task missing from priorities, or the dependencies form a cycle (a task depending on itself included)
def release_order(priorities, dependencies)
  followers, waiting = dependency_graph(priorities, dependencies)
  ready = waiting.select { |_, count| count.zero? }.keys
  order = []
  until ready.empty?
    task = ready.min_by { |candidate| [-priorities[candidate], candidate] }
    ready.delete(task)
    order << task
    followers[task].each do |follower|
      waiting[follower] -= 1
      ready << follower if waiting[follower].zero?
    end
  end
  raise ArgumentError, 'the dependencies contain a cycle' unless order.size == priorities.size

  order
end
