def dispatch_jobs(jobs)
  n = jobs.length
  used = Array.new(n, false)
  t = 0
  res = []
  count = 0
  while count < n
    pick = -1
    for i in 0...n
      if used[i] == false
        if jobs[i][0] <= t
          if pick == -1
            pick = i
          else
            if jobs[i][2] > jobs[pick][2]
              pick = i
            elsif jobs[i][2] == jobs[pick][2]
              if jobs[i][0] < jobs[pick][0]
                pick = i
              end
            end
          end
        end
      end
    end
    if pick == -1
      nxt = 999999999999999
      for i in 0...n
        if used[i] == false
          if jobs[i][0] < nxt
            nxt = jobs[i][0]
          end
        end
      end
      t = nxt
      next
    end
    used[pick] = true
    res.push([pick, t, t + jobs[pick][1]])
    t = t + jobs[pick][1]
    count = count + 1
  end
  return res
end
