using System.Collections.Generic;
using System;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Linq;

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

    /// <summary>DELETE /documents/{id} for the signed-in user; false when there is nothing to delete.</summary>
    public static bool DeleteDocument(IDocumentStore store, AppUser user, long documentId)
    {
        if (user == null)
            throw new UnauthorizedAccessException("login required");
        StoredDocument doc = store.Find(documentId);
        if (doc == null)
            return false;
        store.Delete(doc.Id);
        return true;
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

    /// <summary>Products shown in the "recently viewed" strip, from the ids kept in the visitor's cookie.</summary>
    public static List<Dictionary<string, object>> FindProductsByIds(IDbSession db, IList<long> ids)
    {
        if (ids.Count == 0)
            return new List<Dictionary<string, object>>();
        if (ids.Count > 50)
            throw new ArgumentException("at most 50 ids");
        var parameters = new Dictionary<string, object>();
        for (int i = 0; i < ids.Count; i++)
            parameters["@p" + i] = ids[i];
        string sql = "SELECT id, name, price FROM products WHERE id IN (" + string.Join(", ", parameters.Keys) + ")";
        return db.Query(sql, parameters);
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
