using System.Collections.Generic;
using System.Text;
using System;
using System.Net;
using System.Linq;
using System.IO;
using System.Xml;

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

    /// <summary>Canonical form of a user-entered tag: "  Machine Learning! " -> "machine-learning"; null when empty.</summary>
    public static string NormalizeTag(string raw)
    {
        if (raw == null)
            return null;
        var sb = new StringBuilder();
        foreach (char c in raw.Trim().ToLowerInvariant())
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                sb.Append(c);
            else if ((c == ' ' || c == '-' || c == '_') && sb.Length > 0 && sb[sb.Length - 1] != '-')
                sb.Append('-');
            if (sb.Length >= 32)
                break;
        }
        string tag = sb.ToString().Trim('-');
        return tag.Length == 0 ? null : tag;
    }

    /// <summary>Request for the carrier's tracking API, used by the "Where is my parcel?" page.</summary>
    public static HttpWebRequest CreateTrackingRequest(string trackingNumber)
    {
        if (string.IsNullOrEmpty(trackingNumber) || trackingNumber.Length > 40)
            throw new ArgumentException("invalid tracking number");
        string apiKey = Environment.GetEnvironmentVariable("CARRIER_API_KEY");
        if (string.IsNullOrEmpty(apiKey))
            throw new InvalidOperationException("CARRIER_API_KEY is not set");
        var uri = new Uri("https://api.parcelcarrier.example/v3/track/" + Uri.EscapeDataString(trackingNumber));
        var request = (HttpWebRequest)WebRequest.Create(uri);
        request.Method = "GET";
        request.Timeout = 8000;
        request.Headers["X-Api-Key"] = apiKey;
        return request;
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

    /// <summary>Titles of the products in a catalogue XML file uploaded by a merchant.</summary>
    public static List<string> ReadProductTitles(Stream upload)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
        };
        var titles = new List<string>();
        using (XmlReader reader = XmlReader.Create(upload, settings))
        {
            while (titles.Count < 10000 && reader.ReadToFollowing("title"))
                titles.Add(reader.ReadElementContentAsString().Trim());
        }
        return titles;
    }
}
