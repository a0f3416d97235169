using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.IO;
using System.Xml;
using System;
using System.Globalization;
using System.Net;

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

    /// <summary>Validates the title typed in the "new project" dialog: words of letters and digits separated by spaces.</summary>
    public static bool IsValidProjectTitle(string title)
    {
        if (string.IsNullOrEmpty(title) || title.Length > 200)
            return false;
        return Regex.IsMatch(title, @"^([A-Za-z0-9]+\s?)*$");
    }

    /// <summary>Page URLs listed in a sitemap.xml that a customer uploads for the SEO audit.</summary>
    public static List<string> ReadSitemapUrls(Stream upload)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 10000000,
        };
        var urls = new List<string>();
        using (XmlReader reader = XmlReader.Create(upload, settings))
        {
            while (urls.Count < 50000 && reader.ReadToFollowing("loc"))
                urls.Add(reader.ReadElementContentAsString().Trim());
        }
        return urls;
    }

    /// <summary>The customer's orders whose reference contains the text typed in the search box.</summary>
    public static List<Dictionary<string, object>> FindOrdersByReference(IDbSession db, long customerId, string reference)
    {
        if (reference == null || reference.Length > 64)
            throw new ArgumentException("reference must be at most 64 characters");
        string sql = $"SELECT id, reference, total FROM orders WHERE customer_id = {customerId} AND reference LIKE '%{reference}%' ORDER BY id DESC";
        return db.Query(sql, new Dictionary<string, object>());
    }

    /// <summary>Full path of a generated report the user asked for by name (?report=2024/q3.pdf).</summary>
    public static string ResolveReportPath(string reportRoot, string requested)
    {
        string root = Path.GetFullPath(reportRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string full = Path.GetFullPath(Path.Combine(root, requested ?? ""));
        if (!full.StartsWith(root, StringComparison.Ordinal))
            throw new UnauthorizedAccessException("report outside the report folder");
        if (!File.Exists(full))
            throw new FileNotFoundException("no such report", requested);
        return full;
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

    /// <summary>Request for the carrier's tracking API, used by the "Where is my parcel?" page.</summary>
    public static HttpWebRequest CreateTrackingRequest(string trackingNumber)
    {
        if (string.IsNullOrEmpty(trackingNumber) || trackingNumber.Length > 40)
            throw new ArgumentException("invalid tracking number");
        var uri = new Uri("https://api.parcelcarrier.example/v3/track/" + Uri.EscapeDataString(trackingNumber));
        var request = (HttpWebRequest)WebRequest.Create(uri);
        request.Method = "GET";
        request.Timeout = 8000;
        request.Headers["X-Api-Key"] = "pk_prod_7Hc2QmV9xLr4TnW8bZ3kDy6S";
        return request;
    }
}
