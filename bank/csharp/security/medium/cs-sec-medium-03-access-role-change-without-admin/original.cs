using System.Collections.Generic;
using System;
using System.Globalization;
using System.IO;
using System.Xml;
using System.Net;
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

    /// <summary>Team settings page: sets another member's role to "viewer", "editor" or "admin".</summary>
    public static void ChangeMemberRole(ITeamDirectory team, AppUser actor, long memberId, string role)
    {
        if (actor == null)
            throw new UnauthorizedAccessException("login required");
        if (actor.Id == memberId)
            throw new InvalidOperationException("you cannot change your own role");
        if (role != "viewer" && role != "editor" && role != "admin")
            throw new ArgumentException("unknown role: " + role);
        team.SetRole(memberId, role);
    }

    /// <summary>Body of the order confirmation page, greeting the customer and echoing the delivery note.</summary>
    public static string RenderOrderConfirmation(string customerName, string deliveryNote, int orderNumber)
    {
        string name = WebUtility.HtmlEncode(customerName);
        string note = WebUtility.HtmlEncode(deliveryNote ?? "");
        return $"<h1>Thank you, {name}!</h1>\n"
            + $"<p>Order #{orderNumber} is confirmed.</p>\n"
            + (note.Length > 0 ? $"<blockquote class=\"note\">{note}</blockquote>\n" : "");
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
