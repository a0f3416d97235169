using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System;
using System.Linq;
using System.IO;

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

    /// <summary>The hash stored when a staff account's password is set.</summary>
    public static string HashStaffPassword(string password)
    {
        if (password == null || password.Length < 12)
            throw new ArgumentException("password must have at least 12 characters");
        using (SHA1 sha = SHA1.Create())
        {
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(password));
            return Convert.ToBase64String(hash);
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

    /// <summary>Bytes of a message attachment; `fileName` comes from the download link's query string.</summary>
    public static byte[] ReadAttachment(string attachmentRoot, string fileName)
    {
        if (string.IsNullOrEmpty(fileName) || fileName.Contains(".."))
            throw new ArgumentException("invalid file name");
        string path = Path.Combine(attachmentRoot, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException("attachment not found", fileName);
        return File.ReadAllBytes(path);
    }
}
