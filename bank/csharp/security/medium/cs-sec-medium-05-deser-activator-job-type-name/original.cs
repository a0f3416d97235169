using System.Collections.Generic;
using System;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.IO;
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

    /// <summary>A unit of background work.</summary>
    public interface IQueuedJob
    {
        void Run();
    }

    /// <summary>Rebuilds a job posted by partner systems to the intake queue: its CLR type name and property values.</summary>
    public static IQueuedJob MaterializeJob(string typeName, IDictionary<string, string> properties)
    {
        Type type = Type.GetType(typeName, true);
        object instance = Activator.CreateInstance(type);
        foreach (KeyValuePair<string, string> p in properties)
        {
            PropertyInfo prop = type.GetProperty(p.Key);
            if (prop != null && prop.CanWrite && prop.PropertyType == typeof(string))
                prop.SetValue(instance, p.Value, null);
        }
        var job = instance as IQueuedJob;
        if (job == null)
            throw new InvalidOperationException(typeName + " is not a job");
        return job;
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
