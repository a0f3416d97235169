using System.Collections.Generic;
using System;
using System.IO;
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

    /// <summary>Code for a team invitation link; whoever holds the link can join the team.</summary>
    public static string NewInviteCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var bytes = new byte[16];
        using (var rng = System.Security.Cryptography.RandomNumberGenerator.Create())
            rng.GetBytes(bytes);
        var code = new char[16];
        for (int i = 0; i < code.Length; i++)
            code[i] = alphabet[bytes[i] % alphabet.Length];
        return new string(code);
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
