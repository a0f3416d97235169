package solution

import (
	"sort"
	"strings"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
	"net/http"
	"crypto/hmac"
	"html"
	"compress/gzip"
	"io"
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

// NewResetToken makes the token mailed in a password-reset link, the digest stored in
// password_resets, and the link's expiry.
func NewResetToken(userID int64) (token, digest string, expires time.Time, err error) {
	now := time.Now()
	seed := sha256.Sum256([]byte(fmt.Sprintf("reset:%d:%d", userID, now.UnixNano())))
	token = hex.EncodeToString(seed[:])
	stored := sha256.Sum256([]byte(token))
	return token, hex.EncodeToString(stored[:]), now.Add(30 * time.Minute), nil
}

// FinishLogin sets the session cookie and sends the user back to the page they came from.
func FinishLogin(w http.ResponseWriter, r *http.Request, sessionID string) {
	http.SetCookie(w, &http.Cookie{
		Name: "sid", Value: sessionID, Path: "/",
		HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode,
	})
	if next := r.URL.Query().Get("next"); next != "" {
		http.Redirect(w, r, next, http.StatusFound)
		return
	}
	http.Redirect(w, r, "/dashboard", http.StatusFound)
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

// RenderComment builds the HTML for one comment in a discussion thread.
func RenderComment(author, body string, posted time.Time) string {
	return fmt.Sprintf(
		`<article class="comment"><header><b>%s</b> <time datetime="%s">%s</time></header><p>%s</p></article>`,
		html.EscapeString(author),
		posted.UTC().Format(time.RFC3339),
		posted.UTC().Format("2 Jan 2006 15:04"),
		html.EscapeString(body),
	)
}

// DecodeCompressedEvents reads a gzip-compressed batch of newline-delimited events sent by an agent.
func DecodeCompressedEvents(body io.Reader, maxCompressed int64) ([]string, error) {
	zr, err := gzip.NewReader(io.LimitReader(body, maxCompressed))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	var events []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			events = append(events, line)
		}
	}
	return events, nil
}
