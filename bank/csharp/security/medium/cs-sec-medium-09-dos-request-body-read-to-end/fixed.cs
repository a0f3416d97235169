using System.Collections.Generic;
using System.Net;
using System.Text;
using System;
using System.IO;
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

    /// <summary>Table rows of the agents' ticket queue page.</summary>
    public static string RenderTicketRows(IEnumerable<SupportTicket> tickets)
    {
        var html = new StringBuilder();
        foreach (SupportTicket t in tickets)
        {
            html.Append("<tr class=\"ticket\">");
            html.Append("<td>").Append(WebUtility.HtmlEncode(t.Requester)).Append("</td>");
            html.Append("<td>").Append(WebUtility.HtmlEncode(t.Subject)).Append("</td>");
            html.Append("<td>").Append(WebUtility.HtmlEncode(t.Status)).Append("</td>");
            html.Append("</tr>\n");
        }
        return html.ToString();
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

    /// <summary>Text of an incoming API request body, handed to the JSON parser.</summary>
    public static string ReadRequestBody(Stream body, Encoding encoding)
    {
        const int maxChars = 1024 * 1024;
        using (var reader = new StreamReader(body, encoding ?? Encoding.UTF8))
        {
            var buffer = new char[maxChars + 1];
            int total = 0, read;
            while (total < buffer.Length && (read = reader.Read(buffer, total, buffer.Length - total)) > 0)
                total += read;
            if (total > maxChars)
                throw new InvalidDataException("request body larger than 1 MB");
            if (total == 0)
                throw new InvalidDataException("empty request body");
            return new string(buffer, 0, total);
        }
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
}
