using System.Collections.Generic;
using System.IO;
using System.Xml;
using System;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>Code for a team invitation link; whoever holds the link can join the team.</summary>
    public static string NewInviteCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var rng = new Random();
        var code = new char[16];
        for (int i = 0; i < code.Length; i++)
            code[i] = alphabet[rng.Next(alphabet.Length)];
        return new string(code);
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

    /// <summary>Ids from a "3,17,42" query value: positive, distinct, at most 100 of them.</summary>
    public static List<long> ParseIdList(string csv)
    {
        var ids = new List<long>();
        if (string.IsNullOrWhiteSpace(csv))
            return ids;
        foreach (string part in csv.Split(','))
        {
            long id;
            if (!long.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0)
                throw new FormatException("ids must be positive integers");
            if (!ids.Contains(id))
                ids.Add(id);
            if (ids.Count > 100)
                throw new FormatException("at most 100 ids");
        }
        return ids;
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
}
