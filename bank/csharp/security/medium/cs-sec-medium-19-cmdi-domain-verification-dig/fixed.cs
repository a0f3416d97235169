using System.Collections.Generic;
using System.IO;
using System.Xml;
using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Diagnostics;
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

    /// <summary>Encrypts a customer's IBAN before it is written to the payouts table.</summary>
    public static string EncryptIban(byte[] key, string iban)
    {
        using (Aes aes = Aes.Create())
        {
            aes.Key = key;
            aes.Mode = CipherMode.CBC;
            aes.GenerateIV();
            using (ICryptoTransform encryptor = aes.CreateEncryptor())
            {
                byte[] plain = Encoding.UTF8.GetBytes(iban);
                byte[] cipher = encryptor.TransformFinalBlock(plain, 0, plain.Length);
                byte[] output = new byte[aes.IV.Length + cipher.Length];
                Buffer.BlockCopy(aes.IV, 0, output, 0, aes.IV.Length);
                Buffer.BlockCopy(cipher, 0, output, aes.IV.Length, cipher.Length);
                return Convert.ToBase64String(output);
            }
        }
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
}
