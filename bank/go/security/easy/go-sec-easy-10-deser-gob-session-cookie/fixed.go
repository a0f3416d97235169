package solution

import (
	"sort"
	"strings"
	"unicode"
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"errors"
	"net/http"
	"time"
	"crypto/hmac"
	"crypto/sha256"
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

// Slugify turns an article title into a URL slug such as "hello-world-2024".
func Slugify(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 80 {
			break
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

type SessionData struct { // what the "sess" cookie carries between requests
	UserID  int64
	IsAdmin bool
	Expires time.Time
}
// LoadSession restores the caller's session from the "sess" cookie (gob, base64url).
func LoadSession(r *http.Request, macKey []byte) (*SessionData, error) {
	c, err := r.Cookie("sess")
	if err != nil {
		return nil, err
	}
	raw, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil || len(raw) < sha256.Size {
		return nil, errors.New("malformed session")
	}
	payload, tag := raw[:len(raw)-sha256.Size], raw[len(raw)-sha256.Size:]
	mac := hmac.New(sha256.New, macKey)
	mac.Write(payload)
	if !hmac.Equal(mac.Sum(nil), tag) {
		return nil, errors.New("bad session signature")
	}
	var s SessionData
	if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(&s); err != nil {
		return nil, err
	}
	if !time.Now().Before(s.Expires) {
		return nil, errors.New("session expired")
	}
	return &s, nil
}
