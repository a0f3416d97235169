package solution

import (
	"sort"
	"strings"
	"net/http"
	"net/url"
	"errors"
	"io"
	"net"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
	"crypto/rand"
	"crypto/subtle"
	"os/exec"
)

// User is the authenticated caller, as resolved by the auth middleware.
type User struct {
	ID    int64
	Name  string
	Email string
	Role  string
}

// Invoice is a billing document owned by one customer.
type Invoice struct {
	ID          int64  `json:"id"`
	OwnerID     int64  `json:"owner_id"`
	AmountCents int64  `json:"amount_cents"`
	Status      string `json:"status"`
}

// InvoiceStore reads invoices from the billing database.
type InvoiceStore interface {
	InvoiceByID(id int64) (*Invoice, error)
}

// NormalizeTags trims, lower-cases, de-duplicates and sorts the tags on a post (at most 20).
func NormalizeTags(raw []string) []string {
	seen := make(map[string]bool, len(raw))
	out := make([]string, 0, len(raw))
	for _, t := range raw {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" || len(t) > 40 || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	sort.Strings(out)
	if len(out) > 20 {
		out = out[:20]
	}
	return out
}

// RedirectToPartner forwards the user to a partner site named by ?to= after an integration handshake.
func RedirectToPartner(w http.ResponseWriter, r *http.Request) {
	allowed := map[string]bool{"billing.partner-one.com": true, "docs.partner-two.io": true}
	target, err := url.Parse(r.URL.Query().Get("to"))
	if err != nil || target.Scheme != "https" || target.User != nil || !allowed[target.Host] {
		http.Redirect(w, r, "/integrations", http.StatusFound)
		return
	}
	http.Redirect(w, r, target.String(), http.StatusFound)
}

// FetchFeed downloads the RSS feed a user subscribes to and returns its body for parsing and preview.
func FetchFeed(client *http.Client, feedURL string) ([]byte, error) {
	u, err := url.Parse(feedURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, errors.New("unsupported feed URL")
	}
	ips, err := net.LookupIP(u.Hostname())
	if err != nil {
		return nil, err
	}
	for _, ip := range ips {
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return nil, errors.New("feed host is not allowed")
		}
	}
	resp, err := client.Get(u.String())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New("feed server returned " + resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 2<<20))
}

// NewResetToken makes the token mailed in a password-reset link, the digest stored in
// password_resets, and the link's expiry.
func NewResetToken(userID int64) (token, digest string, expires time.Time, err error) {
	now := time.Now()
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", "", time.Time{}, fmt.Errorf("reset token for user %d: %w", userID, err)
	}
	token = hex.EncodeToString(raw)
	stored := sha256.Sum256([]byte(token))
	return token, hex.EncodeToString(stored[:]), now.Add(30 * time.Minute), nil
}

// AuthenticateAgent checks the monitoring agent's "Authorization: Agent <key>" header.
func AuthenticateAgent(r *http.Request, expectedKey string) bool {
	header := r.Header.Get("Authorization")
	if !strings.HasPrefix(header, "Agent ") {
		return false
	}
	key := strings.TrimSpace(strings.TrimPrefix(header, "Agent "))
	if key == "" || expectedKey == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(key), []byte(expectedKey)) == 1
}

// RecentCommits lists the last commits touching a file in a hosted repository.
func RecentCommits(repoDir, filePath string) ([]string, error) {
	cmd := exec.Command("git", "-C", repoDir, "log", "-n", "20", "--format=%h %s", "--", filePath)
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	var commits []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if line != "" {
			commits = append(commits, line)
		}
	}
	return commits, nil
}
