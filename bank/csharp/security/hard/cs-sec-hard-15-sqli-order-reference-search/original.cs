using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
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

    /// <summary>Card number as shown on receipts: only the last four digits, e.g. "•••• •••• •••• 4242".</summary>
    public static string MaskCardNumber(string cardNumber)
    {
        string digits = new string((cardNumber ?? "").Where(char.IsDigit).ToArray());
        if (digits.Length < 12 || digits.Length > 19)
            return "•••• ••••";
        return "•••• •••• •••• " + digits.Substring(digits.Length - 4);
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

    /// <summary>The customer's orders whose reference contains the text typed in the search box.</summary>
    public static List<Dictionary<string, object>> FindOrdersByReference(IDbSession db, long customerId, string reference)
    {
        if (reference == null || reference.Length > 64)
            throw new ArgumentException("reference must be at most 64 characters");
        string sql = $"SELECT id, reference, total FROM orders WHERE customer_id = {customerId} AND reference LIKE '%{reference}%' ORDER BY id DESC";
        return db.Query(sql, new Dictionary<string, object>());
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
