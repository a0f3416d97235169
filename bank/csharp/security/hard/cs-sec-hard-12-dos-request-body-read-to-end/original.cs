using System.Collections.Generic;
using System.Net;
using System;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
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

    /// <summary>Body of the order confirmation page, greeting the customer and echoing the delivery note.</summary>
    public static string RenderOrderConfirmation(string customerName, string deliveryNote, int orderNumber)
    {
        string name = WebUtility.HtmlEncode(customerName);
        string note = WebUtility.HtmlEncode(deliveryNote ?? "");
        return $"<h1>Thank you, {name}!</h1>\n"
            + $"<p>Order #{orderNumber} is confirmed.</p>\n"
            + (note.Length > 0 ? $"<blockquote class=\"note\">{note}</blockquote>\n" : "");
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

    /// <summary>Imports a profile picture from a URL the user pasted (at most 1 MB).</summary>
    public static byte[] ImportAvatarFromUrl(string url)
    {
        Uri uri;
        if (!Uri.TryCreate(url, UriKind.Absolute, out uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new ArgumentException("not a web URL");
        string host = uri.Host.ToLowerInvariant();
        if (host == "localhost" || host.StartsWith("127.") || host.StartsWith("10.") || host.StartsWith("192.168."))
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

    /// <summary>A user's dashboard layout, exported and re-imported with "Settings > Import".</summary>
    [Serializable]
    public sealed class DashboardLayout
    {
        public string Theme = "light";
        public List<string> Widgets = new List<string>();
    }

    /// <summary>Reads an uploaded settings file back into a layout.</summary>
    public static DashboardLayout ImportLayout(byte[] upload)
    {
        using (var stream = new MemoryStream(upload))
        {
            var layout = (DashboardLayout)new BinaryFormatter().Deserialize(stream);
            if (layout.Widgets.Count > 50)
                throw new InvalidDataException("too many widgets");
            return layout;
        }
    }

    /// <summary>Text of an incoming API request body, handed to the JSON parser.</summary>
    public static string ReadRequestBody(Stream body, Encoding encoding)
    {
        using (var reader = new StreamReader(body, encoding ?? Encoding.UTF8))
        {
            string text = reader.ReadToEnd();
            if (text.Length == 0)
                throw new InvalidDataException("empty request body");
            return text;
        }
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
