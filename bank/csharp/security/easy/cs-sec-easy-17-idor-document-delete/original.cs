using System.Collections.Generic;
using System;
using System.Globalization;
using System.Reflection;

public static class Solution {
    /// <summary>The signed-in user, as resolved by the authentication middleware.</summary>
    public sealed class AppUser
    {
        public long Id { get; set; }
        public string Email { get; set; }
        public bool IsAdmin { get; set; }
    }

    /// <summary>A document uploaded by a user.</summary>
    public sealed class StoredDocument
    {
        public long Id { get; set; }
        public long OwnerId { get; set; }
        public string Title { get; set; }
    }

    /// <summary>A support ticket opened by a customer through the help widget.</summary>
    public sealed class SupportTicket
    {
        public string Requester { get; set; }
        public string Subject { get; set; }
        public string Status { get; set; }
    }

    /// <summary>Database access: parameters named @name in the SQL are bound by the driver.</summary>
    public interface IDbSession
    {
        List<Dictionary<string, object>> Query(string sql, IDictionary<string, object> parameters);
    }

    /// <summary>Document persistence.</summary>
    public interface IDocumentStore
    {
        StoredDocument Find(long id);
        void Delete(long id);
    }

    /// <summary>Members of the current user's team (already scoped to that team).</summary>
    public interface ITeamDirectory
    {
        void SetRole(long memberId, string role);
    }

    /// <summary>Skip/take values from the ?page=&size= query string: 1-based pages, 1 to 100 items per page.</summary>
    public static void ParsePaging(string page, string size, out int skip, out int take)
    {
        int p, s;
        if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1)
            p = 1;
        if (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out s) || s < 1)
            s = 20;
        take = Math.Min(s, 100);
        skip = (int)Math.Min((long)(p - 1) * take, int.MaxValue);
    }

    /// <summary>DELETE /documents/{id} for the signed-in user; false when there is nothing to delete.</summary>
    public static bool DeleteDocument(IDocumentStore store, AppUser user, long documentId)
    {
        if (user == null)
            throw new UnauthorizedAccessException("login required");
        StoredDocument doc = store.Find(documentId);
        if (doc == null)
            return false;
        store.Delete(doc.Id);
        return true;
    }

    /// <summary>Per-client API rate limiter: `capacity` requests in a burst, refilled at `perSecond`.</summary>
    public sealed class TokenBucket
    {
        private readonly object _gate = new object();
        private readonly double _capacity, _perSecond;
        private double _tokens;
        private DateTime _last;

        public TokenBucket(double capacity, double perSecond, DateTime now)
        {
            _capacity = capacity; _perSecond = perSecond; _tokens = capacity; _last = now;
        }

        public bool TryTake(DateTime now)
        {
            lock (_gate)
            {
                double elapsed = Math.Max(0, (now - _last).TotalSeconds);
                _tokens = Math.Min(_capacity, _tokens + elapsed * _perSecond);
                _last = now;
                if (_tokens < 1)
                    return false;
                _tokens -= 1;
                return true;
            }
        }
    }

    /// <summary>A unit of background work.</summary>
    public interface IQueuedJob
    {
        void Run();
    }

    /// <summary>Rebuilds a job posted by partner systems to the intake queue: its CLR type name and property values.</summary>
    public static IQueuedJob MaterializeJob(string typeName, IDictionary<string, string> properties)
    {
        Type type = Type.GetType(typeName, true);
        object instance = Activator.CreateInstance(type);
        foreach (KeyValuePair<string, string> p in properties)
        {
            PropertyInfo prop = type.GetProperty(p.Key);
            if (prop != null && prop.CanWrite && prop.PropertyType == typeof(string))
                prop.SetValue(instance, p.Value, null);
        }
        var job = instance as IQueuedJob;
        if (job == null)
            throw new InvalidOperationException(typeName + " is not a job");
        return job;
    }
}
