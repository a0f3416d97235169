package solution

import (
	"fmt"
	"html"
	"time"
	"crypto/sha256"
	"encoding/hex"
	"crypto/rand"
	"net/http"
	"net/url"
	"errors"
	"crypto/hmac"
	"bytes"
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

// HashPassword returns the value stored in users.password_hash at sign-up.
func HashPassword(password string) (string, error) {
	if len(password) < 10 {
		return "", errors.New("password must be at least 10 characters")
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	prf := hmac.New(sha256.New, []byte(password)) // PBKDF2-HMAC-SHA256, one 32-byte block
	prf.Write(append(append([]byte{}, salt...), 0, 0, 0, 1))
	u := prf.Sum(nil)
	key := append([]byte{}, u...)
	for i := 1; i < 600000; i++ {
		prf.Reset()
		prf.Write(u)
		u = prf.Sum(u[:0])
		for j := range key {
			key[j] ^= u[j]
		}
	}
	return "pbkdf2-sha256$600000$" + hex.EncodeToString(salt) + "$" + hex.EncodeToString(key), nil
}

// Timeouts are the HTTP server limits read from configuration.
type Timeouts struct {
	Read, Write, Idle time.Duration
}

// LoadTimeouts parses "read", "write" and "idle" durations such as "15s", keeping defaults for missing keys.
func LoadTimeouts(cfg map[string]string) (Timeouts, error) {
	t := Timeouts{Read: 15 * time.Second, Write: 30 * time.Second, Idle: 2 * time.Minute}
	for key, dst := range map[string]*time.Duration{"read": &t.Read, "write": &t.Write, "idle": &t.Idle} {
		raw, ok := cfg[key]
		if !ok {
			continue
		}
		d, err := time.ParseDuration(raw)
		if err != nil || d <= 0 || d > 10*time.Minute {
			return Timeouts{}, fmt.Errorf("timeout %q: invalid duration %q", key, raw)
		}
		*dst = d
	}
	return t, nil
}

// MakeThumbnail resizes an uploaded image to the geometry requested by the client, e.g. "320x240".
func MakeThumbnail(srcPath, dstPath, geometry string) error {
	cmd := exec.Command("convert", srcPath, "-resize", geometry, dstPath)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("convert %s: %v: %s", srcPath, err, stderr.String())
	}
	return nil
}
