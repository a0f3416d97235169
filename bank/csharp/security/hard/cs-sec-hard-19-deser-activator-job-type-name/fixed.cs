using System.Collections.Generic;
using System;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.IO;
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

    /// <summary>A unit of background work.</summary>
    public interface IQueuedJob
    {
        void Run();
    }

    /// <summary>Rebuilds a job posted by partner systems to the intake queue: its CLR type name and property values.</summary>
    public static IQueuedJob MaterializeJob(string typeName, IDictionary<string, string> properties)
    {
        Type type = Type.GetType(typeName, false);
        if (type == null || type.IsAbstract || !typeof(IQueuedJob).IsAssignableFrom(type)
            || type.Assembly != typeof(IQueuedJob).Assembly)
            throw new InvalidOperationException(typeName + " is not a known job");
        object instance = Activator.CreateInstance(type);
        foreach (KeyValuePair<string, string> p in properties)
        {
            PropertyInfo prop = type.GetProperty(p.Key);
            if (prop != null && prop.CanWrite && prop.PropertyType == typeof(string))
                prop.SetValue(instance, p.Value, null);
        }
        return (IQueuedJob)instance;
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

    /// <summary>Full path of a generated report the user asked for by name (?report=2024/q3.pdf).</summary>
    public static string ResolveReportPath(string reportRoot, string requested)
    {
        string root = Path.GetFullPath(reportRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string full = Path.GetFullPath(Path.Combine(root, requested ?? ""));
        if (!full.StartsWith(root, StringComparison.Ordinal))
            throw new UnauthorizedAccessException("report outside the report folder");
        if (!File.Exists(full))
            throw new FileNotFoundException("no such report", requested);
        return full;
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
}
