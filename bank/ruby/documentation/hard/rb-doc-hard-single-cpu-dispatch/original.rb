
def dispatch_jobs(jobs)
  arrivals = jobs.each_index.sort_by { |index| [jobs[index][0], index] }
  ready = []
  schedule = []
  clock = 0
  until schedule.size == jobs.size
    clock = [clock, jobs[arrivals.first][0]].max if ready.empty?
    ready << arrivals.shift while arrivals.any? && jobs[arrivals.first][0] <= clock
    index = ready.min_by { |candidate| [-jobs[candidate][2], jobs[candidate][0], candidate] }
    ready.delete(index)
    finish = clock + jobs[index][1]
    schedule << [index, clock, finish]
    clock = finish
  end
  schedule
end
