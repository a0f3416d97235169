using System.Collections.Generic;
using System;
using System.Security.Cryptography;
using System.Text;
using System.IO;
using System.Net;
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

    /// <summary>Encrypts a customer's IBAN before it is written to the payouts table.</summary>
    public static string EncryptIban(byte[] key, string iban)
    {
        using (Aes aes = Aes.Create())
        {
            aes.Key = key;
            aes.Mode = CipherMode.CBC;
            aes.IV = new byte[16];
            using (ICryptoTransform encryptor = aes.CreateEncryptor())
            {
                byte[] plain = Encoding.UTF8.GetBytes(iban);
                return Convert.ToBase64String(encryptor.TransformFinalBlock(plain, 0, plain.Length));
            }
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

    /// <summary>Per-client API rate limiter: `capacity` requests in a burst, refilled at `perSecond`.</summary>
    public sealed class TokenBucket
    {
        private readonly object _gate = new object();
        private readonly double _capacity, _perSecond;
        private double _tokens;
        private DateTime _last;

        public TokenBucket(double capacity, double perSecond, DateTime now)
        {
            _capacity = capacity; _perSecond = perSecond; _tokens = capacity; _last = now;
        }

        public bool TryTake(DateTime now)
        {
            lock (_gate)
            {
                double elapsed = Math.Max(0, (now - _last).TotalSeconds);
                _tokens = Math.Min(_capacity, _tokens + elapsed * _perSecond);
                _last = now;
                if (_tokens < 1)
                    return false;
                _tokens -= 1;
                return true;
            }
        }
    }

    /// <summary>Card number as shown on receipts: only the last four digits, e.g. "•••• •••• •••• 4242".</summary>
    public static string MaskCardNumber(string cardNumber)
    {
        string digits = new string((cardNumber ?? "").Where(char.IsDigit).ToArray());
        if (digits.Length < 12 || digits.Length > 19)
            return "•••• ••••";
        return "•••• •••• •••• " + digits.Substring(digits.Length - 4);
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
