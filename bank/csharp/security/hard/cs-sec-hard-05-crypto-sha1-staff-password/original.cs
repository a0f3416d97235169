using System.Collections.Generic;
using System;
using System.Security.Cryptography;
using System.Text;
using System.Reflection;
using System.Linq;
using System.IO;

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

    /// <summary>The hash stored when a staff account's password is set.</summary>
    public static string HashStaffPassword(string password)
    {
        if (password == null || password.Length < 12)
            throw new ArgumentException("password must have at least 12 characters");
        using (SHA1 sha = SHA1.Create())
        {
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(password));
            return Convert.ToBase64String(hash);
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

    /// <summary>Where to go after sign-in: the ?returnUrl= value if it is a path on this site, else the home page.</summary>
    public static string SafeReturnUrl(string returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048)
            return "/";
        bool localPath = returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'));
        foreach (char c in returnUrl)
            if (char.IsControl(c) || c == '\\')
                return "/";
        return localPath ? returnUrl : "/";
    }

    /// <summary>Products shown in the "recently viewed" strip, from the ids kept in the visitor's cookie.</summary>
    public static List<Dictionary<string, object>> FindProductsByIds(IDbSession db, IList<long> ids)
    {
        if (ids.Count == 0)
            return new List<Dictionary<string, object>>();
        if (ids.Count > 50)
            throw new ArgumentException("at most 50 ids");
        var parameters = new Dictionary<string, object>();
        for (int i = 0; i < ids.Count; i++)
            parameters["@p" + i] = ids[i];
        string sql = "SELECT id, name, price FROM products WHERE id IN (" + string.Join(", ", parameters.Keys) + ")";
        return db.Query(sql, parameters);
    }

    /// <summary>Bytes of a message attachment; `fileName` comes from the download link's query string.</summary>
    public static byte[] ReadAttachment(string attachmentRoot, string fileName)
    {
        if (string.IsNullOrEmpty(fileName) || fileName.Contains(".."))
            throw new ArgumentException("invalid file name");
        string path = Path.Combine(attachmentRoot, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException("attachment not found", fileName);
        return File.ReadAllBytes(path);
    }
}
