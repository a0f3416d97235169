using System.Collections.Generic;
using System.IO;
using System.Xml;
using System;
using System.Net;
using System.Runtime.Serialization.Formatters.Binary;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>Imports a profile picture from a URL the user pasted (at most 1 MB).</summary>
    public static byte[] ImportAvatarFromUrl(string url)
    {
        Uri uri;
        if (!Uri.TryCreate(url, UriKind.Absolute, out uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new ArgumentException("not a web URL");
        foreach (IPAddress address in Dns.GetHostAddresses(uri.DnsSafeHost))
            if (!IsPublicAvatarAddress(address))
                throw new ArgumentException("internal addresses are not allowed");
        var request = (HttpWebRequest)WebRequest.Create(uri);
        request.Timeout = 5000;
        request.AllowAutoRedirect = false;
        using (var response = (HttpWebResponse)request.GetResponse())
        using (Stream body = response.GetResponseStream())
        {
            var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = body.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > 1024 * 1024)
                    throw new InvalidDataException("avatar larger than 1 MB");
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }

    private static bool IsPublicAvatarAddress(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6)
            ip = ip.MapToIPv4();
        if (IPAddress.IsLoopback(ip) || ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6Multicast)
            return false;
        byte[] b = ip.GetAddressBytes();
        if (b.Length == 16)
            return (b[0] & 0xFE) != 0xFC && !ip.Equals(IPAddress.IPv6Any);
        return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224 || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
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

    /// <summary>Checks a presented API key against the SHA-256 hash stored for the client.</summary>
    public static bool ApiKeyMatches(string presentedKey, byte[] storedHash)
    {
        if (presentedKey == null || storedHash == null || storedHash.Length != 32)
            return false;
        byte[] presentedHash;
        using (SHA256 sha = SHA256.Create())
            presentedHash = sha.ComputeHash(Encoding.UTF8.GetBytes(presentedKey));
        int diff = 0;
        for (int i = 0; i < storedHash.Length; i++)
            diff |= presentedHash[i] ^ storedHash[i];
        return diff == 0;
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
}
