using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<List<long>> DispatchJobs(List<List<long>> jobs)
    {
        int n = jobs.Count;
        bool[] ran = new bool[n];
        List<List<long>> result = new List<List<long>>();
        long clock = 0;
        for (int step = 0; step < n; step++)
        {
            int pick = -1;
            for (int i = 0; i < n; i++)
            {
                if (!ran[i] && jobs[i][0] <= clock)
                {
                    if (pick == -1)
                    {
                        pick = i;
                    }
                    else
                    {
                        if (jobs[i][2] > jobs[pick][2])
                        {
                            pick = i;
                        }
                        else if (jobs[i][2] == jobs[pick][2] && jobs[i][0] < jobs[pick][0])
                        {
                            pick = i;
                        }
                    }
                }
            }
            if (pick == -1)
            {
                long next = long.MaxValue;
                for (int i = 0; i < n; i++)
                {
                    if (!ran[i] && jobs[i][0] < next)
                    {
                        next = jobs[i][0];
                    }
                }
                clock = next;
                step = step - 1;
                continue;
            }
            ran[pick] = true;
            List<long> row = new List<long>();
            row.Add(pick);
            row.Add(clock);
            row.Add(clock + jobs[pick][1]);
            result.Add(row);
            clock = clock + jobs[pick][1];
        }
        return result;
    }
}
