using System.Collections.Generic;
using System;
using System.IO;
using System.Xml;
using System.Net;
using System.Text;
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

    private static int _runningExports;

    /// <summary>Runs a CSV export unless three are already running (exports are heavy on the database).</summary>
    public static bool TryRunExport(Action export)
    {
        if (_runningExports >= 3)
            return false;
        _runningExports++;
        try
        {
            export();
            return true;
        }
        finally
        {
            _runningExports--;
        }
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

    /// <summary>Table rows of the agents' ticket queue page.</summary>
    public static string RenderTicketRows(IEnumerable<SupportTicket> tickets)
    {
        var html = new StringBuilder();
        foreach (SupportTicket t in tickets)
        {
            html.Append("<tr class=\"ticket\">");
            html.Append("<td>").Append(WebUtility.HtmlEncode(t.Requester)).Append("</td>");
            html.Append("<td>").Append(t.Subject).Append("</td>");
            html.Append("<td>").Append(WebUtility.HtmlEncode(t.Status)).Append("</td>");
            html.Append("</tr>\n");
        }
        return html.ToString();
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

    /// <summary>Skip/take values from the ?page=&size= query string: 1-based pages, 1 to 100 items per page.</summary>
    public static void ParsePaging(string page, string size, out int skip, out int take)
    {
        int p, s;
        if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1)
            p = 1;
        if (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out s) || s < 1)
            s = 20;
        take = Math.Min(s, 100);
        skip = (int)Math.Min((long)(p - 1) * take, int.MaxValue);
    }
}
