
import heapq


def dispatch_jobs(jobs: list[list[int]]) -> list[list[int]]:
    arrivals = sorted(range(len(jobs)), key=lambda index: (jobs[index][0], index))
    ready: list[tuple[int, int, int]] = []  # (-priority, arrival, index)
    schedule: list[list[int]] = []
    clock = 0
    next_arrival = 0
    while len(schedule) < len(jobs):
        if not ready and clock < jobs[arrivals[next_arrival]][0]:
            clock = jobs[arrivals[next_arrival]][0]
        while next_arrival < len(jobs) and jobs[arrivals[next_arrival]][0] <= clock:
            index = arrivals[next_arrival]
            arrival, _, priority = jobs[index]
            heapq.heappush(ready, (-priority, arrival, index))
            next_arrival += 1
        _, _, index = heapq.heappop(ready)
        finish = clock + jobs[index][1]
        schedule.append([index, clock, finish])
        clock = finish
    return schedule
