using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of single cpu dispatcher.
/// </summary>
public static class Solution
{
    private sealed class ReadyComparer : IComparer<int>
    {
        private readonly List<List<long>> jobs;

        public ReadyComparer(List<List<long>> jobs)
        {
            this.jobs = jobs;
        }

        public int Compare(int a, int b)
        {
            if (jobs[a][2] != jobs[b][2]) return jobs[b][2].CompareTo(jobs[a][2]);
            if (jobs[a][0] != jobs[b][0]) return jobs[a][0].CompareTo(jobs[b][0]);
            return a.CompareTo(b);
        }
    }

    /// <summary>
    /// jobs[i] = [arrival, duration, priority] with arrival &gt;= 0 and duration &gt;= 1.
    /// </summary>
    /// <param name="jobs">the jobs (list of list of int) the description refers to as `jobs`</param>
    /// <returns>the result described above (list of list of int)</returns>
    public static List<List<long>> DispatchJobs(List<List<long>> jobs)
    {
        var arrivals = Enumerable.Range(0, jobs.Count)
            .OrderBy(index => jobs[index][0]).ThenBy(index => index).ToList();
        var ready = new SortedSet<int>(new ReadyComparer(jobs));
        var schedule = new List<List<long>>();
        long clock = 0;
        int next = 0;
        while (schedule.Count < jobs.Count)
        {
            if (ready.Count == 0) clock = Math.Max(clock, jobs[arrivals[next]][0]);
            while (next < jobs.Count && jobs[arrivals[next]][0] <= clock)
            {
                ready.Add(arrivals[next++]);
            }
            int index = ready.Min;
            ready.Remove(index);
            long finish = clock + jobs[index][1];
            schedule.Add(new List<long> { index, clock, finish });
            clock = finish;
        }
        return schedule;
    }
}
