using System.Collections.Generic;
using System.Linq;
using System;
using System.Net;
using System.Text.RegularExpressions;
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

    /// <summary>Card number as shown on receipts: only the last four digits, e.g. "•••• •••• •••• 4242".</summary>
    public static string MaskCardNumber(string cardNumber)
    {
        string digits = new string((cardNumber ?? "").Where(char.IsDigit).ToArray());
        if (digits.Length < 12 || digits.Length > 19)
            return "•••• ••••";
        return "•••• •••• •••• " + digits.Substring(digits.Length - 4);
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

    /// <summary>Validates the title typed in the "new project" dialog: words of letters and digits separated by spaces.</summary>
    public static bool IsValidProjectTitle(string title)
    {
        if (string.IsNullOrEmpty(title) || title.Length > 200)
            return false;
        return Regex.IsMatch(title, @"^([A-Za-z0-9]+\s?)*$");
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

    /// <summary>Titles of the products in a catalogue XML file uploaded by a merchant.</summary>
    public static List<string> ReadProductTitles(Stream upload)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = new XmlUrlResolver(),
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
