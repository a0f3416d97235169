using System.Collections.Generic;
using System.Text.RegularExpressions;
using System;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Linq;
using System.Diagnostics;
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

    /// <summary>Validates the title typed in the "new project" dialog: words of letters and digits separated by spaces.</summary>
    public static bool IsValidProjectTitle(string title)
    {
        if (string.IsNullOrEmpty(title) || title.Length > 200)
            return false;
        return Regex.IsMatch(title, @"^[A-Za-z0-9]+( [A-Za-z0-9]+)*$", RegexOptions.None, System.TimeSpan.FromMilliseconds(100));
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

    /// <summary>Card number as shown on receipts: only the last four digits, e.g. "•••• •••• •••• 4242".</summary>
    public static string MaskCardNumber(string cardNumber)
    {
        string digits = new string((cardNumber ?? "").Where(char.IsDigit).ToArray());
        if (digits.Length < 12 || digits.Length > 19)
            return "•••• ••••";
        return "•••• •••• •••• " + digits.Substring(digits.Length - 4);
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
}
