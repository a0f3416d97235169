using System.Collections.Generic;
using System.Text;
using System;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

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

    /// <summary>Support console: opens one of the service's log files; `name` is the ?name= query value.</summary>
    public static Stream OpenLogFile(string name)
    {
        if (string.IsNullOrEmpty(name) || Path.GetFileName(name) != name || name.StartsWith("."))
            throw new ArgumentException("invalid log file name");
        string full = Path.Combine("/var/log/shop", name);
        if (!File.Exists(full))
            throw new FileNotFoundException("no such log file", name);
        return File.OpenRead(full);
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

    /// <summary>Duration in seconds of an uploaded video, which is stored as /srv/uploads/{id:N}.mp4.</summary>
    public static double ProbeVideoDuration(Guid uploadId)
    {
        string path = "/srv/uploads/" + uploadId.ToString("N") + ".mp4";
        var psi = new ProcessStartInfo("ffprobe", "-v error -show_entries format=duration -of csv=p=0 " + path)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        using (Process proc = Process.Start(psi))
        {
            string output = proc.StandardOutput.ReadLine();
            proc.WaitForExit(10000);
            return double.Parse(output ?? "0", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Validates the title typed in the "new project" dialog: words of letters and digits separated by spaces.</summary>
    public static bool IsValidProjectTitle(string title)
    {
        if (string.IsNullOrEmpty(title) || title.Length > 200)
            return false;
        return Regex.IsMatch(title, @"^[A-Za-z0-9]+( [A-Za-z0-9]+)*$", RegexOptions.None, System.TimeSpan.FromMilliseconds(100));
    }
}
