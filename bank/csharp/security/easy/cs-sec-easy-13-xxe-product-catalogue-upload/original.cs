using System.Collections.Generic;
using System.IO;
using System.Xml;
using System;
using System.Globalization;

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

    /// <summary>Delay before retry number `attempt` (1-based) of a failed webhook delivery: doubling from 2 s, capped at 1 h, with jitter.</summary>
    public static TimeSpan RetryDelay(int attempt, double jitter)
    {
        if (attempt < 1)
            throw new ArgumentOutOfRangeException("attempt");
        int exponent = Math.Min(attempt - 1, 11);
        double seconds = Math.Min(2.0 * (1 << exponent), 3600.0);
        double factor = 0.8 + 0.4 * Math.Max(0.0, Math.Min(1.0, jitter));
        return TimeSpan.FromSeconds(seconds * factor);
    }
}
