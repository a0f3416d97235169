using System.Collections.Generic;
using System;
using System.Globalization;
using System.Reflection;
using System.IO;
using System.Linq;

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

    /// <summary>Ids from a "3,17,42" query value: positive, distinct, at most 100 of them.</summary>
    public static List<long> ParseIdList(string csv)
    {
        var ids = new List<long>();
        if (string.IsNullOrWhiteSpace(csv))
            return ids;
        foreach (string part in csv.Split(','))
        {
            long id;
            if (!long.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0)
                throw new FormatException("ids must be positive integers");
            if (!ids.Contains(id))
                ids.Add(id);
            if (ids.Count > 100)
                throw new FormatException("at most 100 ids");
        }
        return ids;
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

    /// <summary>Support console: opens one of the service's log files; `name` is the ?name= query value.</summary>
    public static Stream OpenLogFile(string name)
    {
        if (string.IsNullOrEmpty(name))
            throw new ArgumentException("name is required");
        string path = "/var/log/shop/" + name;
        if (!File.Exists(path))
            throw new FileNotFoundException("no such log file", name);
        return File.OpenRead(path);
    }

    /// <summary>Card number as shown on receipts: only the last four digits, e.g. "•••• •••• •••• 4242".</summary>
    public static string MaskCardNumber(string cardNumber)
    {
        string digits = new string((cardNumber ?? "").Where(char.IsDigit).ToArray());
        if (digits.Length < 12 || digits.Length > 19)
            return "•••• ••••";
        return "•••• •••• •••• " + digits.Substring(digits.Length - 4);
    }
}
