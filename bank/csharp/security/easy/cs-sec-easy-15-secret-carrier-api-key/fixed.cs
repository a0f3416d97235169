using System.Collections.Generic;
using System;
using System.Net;
using System.Globalization;
using System.Text;

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

    /// <summary>The customer's orders whose reference contains the text typed in the search box.</summary>
    public static List<Dictionary<string, object>> FindOrdersByReference(IDbSession db, long customerId, string reference)
    {
        if (reference == null || reference.Length > 64)
            throw new ArgumentException("reference must be at most 64 characters");
        const string sql = "SELECT id, reference, total FROM orders WHERE customer_id = @customer AND reference LIKE @pattern ORDER BY id DESC";
        var parameters = new Dictionary<string, object> { { "@customer", customerId }, { "@pattern", "%" + reference + "%" } };
        return db.Query(sql, parameters);
    }

    private static readonly Dictionary<string, string> PriceSymbols =
        new Dictionary<string, string> { { "EUR", "€" }, { "USD", "$" }, { "GBP", "£" } };

    /// <summary>Price label for the cart, e.g. FormatPrice(1999, "EUR") -> "€19.99".</summary>
    public static string FormatPrice(long cents, string currency)
    {
        string symbol;
        if (!PriceSymbols.TryGetValue(currency ?? "", out symbol))
            throw new ArgumentException("unsupported currency");
        decimal amount = cents / 100m;
        string sign = amount < 0 ? "-" : "";
        return sign + symbol + Math.Abs(amount).ToString("0.00", CultureInfo.InvariantCulture);
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
}
