using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System;
using System.Globalization;
using System.Diagnostics;
using System.IO;
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

    /// <summary>Support console: opens one of the service's log files; `name` is the ?name= query value.</summary>
    public static Stream OpenLogFile(string name)
    {
        if (string.IsNullOrEmpty(name))
            throw new ArgumentException("name is required");
        string path = "/var/log/shop/" + name;
        if (!File.Exists(path))
            throw new FileNotFoundException("no such log file", name);
        return File.OpenRead(path);
    }
}
