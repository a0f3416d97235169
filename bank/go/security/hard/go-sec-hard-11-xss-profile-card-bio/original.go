package solution

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sort"
	"fmt"
	"html"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"errors"
	"os"
	"path/filepath"
	"net/url"
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

// VerifyWebhookSignature checks the "X-Signature: sha256=<hex>" header of an incoming webhook.
func VerifyWebhookSignature(secret, body []byte, header string) bool {
	if !strings.HasPrefix(header, "sha256=") {
		return false
	}
	got, err := hex.DecodeString(strings.TrimPrefix(header, "sha256="))
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hmac.Equal(mac.Sum(nil), got)
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

// RenderProfileCard builds the HTML card shown on a member's public profile page.
func RenderProfileCard(displayName, location, bio string) string {
	var b strings.Builder
	b.WriteString(`<div class="profile-card">`)
	fmt.Fprintf(&b, `<h2>%s</h2>`, html.EscapeString(displayName))
	if location != "" {
		fmt.Fprintf(&b, `<span class="location">%s</span>`, html.EscapeString(location))
	}
	for _, line := range strings.Split(bio, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		b.WriteString("<p>" + line + "</p>")
	}
	b.WriteString(`</div>`)
	return b.String()
}

// HandleUpdateProfile applies PATCH /me: the caller edits their own name and email.
func HandleUpdateProfile(w http.ResponseWriter, r *http.Request, db *sql.DB, user *User) {
	updated := *user
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&updated); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if updated.Name == "" || updated.Email == "" {
		http.Error(w, "name and email are required", http.StatusBadRequest)
		return
	}
	_, err := db.Exec("UPDATE users SET name = $1, email = $2, role = $3 WHERE id = $4",
		updated.Name, updated.Email, updated.Role, user.ID)
	if err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// OpenPublicAsset opens a file under the public assets directory by the path in the URL.
func OpenPublicAsset(assetsRoot, requested string) (*os.File, error) {
	root := filepath.Clean(assetsRoot)
	full := filepath.Join(root, requested)
	rel, err := filepath.Rel(root, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, errors.New("invalid asset path")
	}
	return os.Open(full)
}

// FetchAvatar downloads a profile picture; only images on our CDN (acme-cdn.net) are accepted.
func FetchAvatar(client *http.Client, avatarURL string) ([]byte, error) {
	u, err := url.Parse(avatarURL)
	if err != nil || u.Scheme != "https" {
		return nil, errors.New("invalid avatar URL")
	}
	if !strings.HasSuffix(u.Hostname(), "acme-cdn.net") {
		return nil, errors.New("avatar host not allowed")
	}
	resp, err := client.Get(u.String())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("avatar fetch: status %d", resp.StatusCode)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}
