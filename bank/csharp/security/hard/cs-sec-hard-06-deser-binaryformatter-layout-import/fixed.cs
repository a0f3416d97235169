using System.Collections.Generic;
using System;
using System.IO;
using System.Xml;
using System.Globalization;
using System.Runtime.Serialization.Formatters.Binary;
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

    /// <summary>Bytes of a message attachment; `fileName` comes from the download link's query string.</summary>
    public static byte[] ReadAttachment(string attachmentRoot, string fileName)
    {
        if (string.IsNullOrEmpty(fileName) || fileName.Contains(".."))
            throw new ArgumentException("invalid file name");
        string root = Path.GetFullPath(attachmentRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string full = Path.GetFullPath(Path.Combine(root, fileName));
        if (!full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full))
            throw new FileNotFoundException("attachment not found", fileName);
        return File.ReadAllBytes(full);
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

    /// <summary>DELETE /documents/{id} for the signed-in user; false when there is nothing to delete.</summary>
    public static bool DeleteDocument(IDocumentStore store, AppUser user, long documentId)
    {
        if (user == null)
            throw new UnauthorizedAccessException("login required");
        StoredDocument doc = store.Find(documentId);
        if (doc == null || (doc.OwnerId != user.Id && !user.IsAdmin))
            return false;
        store.Delete(doc.Id);
        return true;
    }

    /// <summary>A user's dashboard layout, exported and re-imported with "Settings > Import".</summary>
    [Serializable]
    public sealed class DashboardLayout
    {
        public string Theme = "light";
        public List<string> Widgets = new List<string>();
    }

    /// <summary>Reads an uploaded settings file ("theme=dark" / "widget=sales" lines) back into a layout.</summary>
    public static DashboardLayout ImportLayout(byte[] upload)
    {
        var layout = new DashboardLayout();
        foreach (string line in System.Text.Encoding.UTF8.GetString(upload).Split('\n'))
        {
            string[] kv = line.Trim().Split(new[] { '=' }, 2);
            if (kv.Length != 2 || kv[1].Length > 40)
                continue;
            if (kv[0] == "theme" && (kv[1] == "light" || kv[1] == "dark"))
                layout.Theme = kv[1];
            else if (kv[0] == "widget" && layout.Widgets.Count < 50)
                layout.Widgets.Add(kv[1]);
        }
        return layout;
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
}
