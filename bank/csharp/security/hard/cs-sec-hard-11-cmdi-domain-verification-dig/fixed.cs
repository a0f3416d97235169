using System.Collections.Generic;
using System;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Net;
using System.IO;
using System.Xml;
using System.Threading;

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

    /// <summary>Custom-domain setup: reads the TXT record the customer was asked to publish for their domain.</summary>
    public static string LookupVerificationRecord(string domain)
    {
        if (domain == null || !Regex.IsMatch(domain, "^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"))
            throw new ArgumentException("invalid domain");
        var psi = new ProcessStartInfo("dig", "+short TXT _verify." + domain)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        using (Process proc = Process.Start(psi))
        {
            string output = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            return output.Trim();
        }
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

    /// <summary>Validates the title typed in the "new project" dialog: words of letters and digits separated by spaces.</summary>
    public static bool IsValidProjectTitle(string title)
    {
        if (string.IsNullOrEmpty(title) || title.Length > 200)
            return false;
        return Regex.IsMatch(title, @"^[A-Za-z0-9]+( [A-Za-z0-9]+)*$", RegexOptions.None, System.TimeSpan.FromMilliseconds(100));
    }

    private static int _runningExports;

    /// <summary>Runs a CSV export unless three are already running (exports are heavy on the database).</summary>
    public static bool TryRunExport(Action export)
    {
        if (Interlocked.Increment(ref _runningExports) > 3)
        {
            Interlocked.Decrement(ref _runningExports);
            return false;
        }
        try
        {
            export();
            return true;
        }
        finally
        {
            Interlocked.Decrement(ref _runningExports);
        }
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
