package solution

import (
	"errors"
	"net/mail"
	"strings"
	"crypto/sha256"
	"encoding/hex"
	"crypto/hmac"
	"crypto/rand"
	"net/url"
	"strconv"
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"net/http"
	"time"
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

// NormalizeEmail validates an address typed at sign-up and lower-cases its domain.
func NormalizeEmail(input string) (string, error) {
	addr, err := mail.ParseAddress(strings.TrimSpace(input))
	if err != nil || addr.Name != "" {
		return "", errors.New("invalid email address")
	}
	at := strings.LastIndex(addr.Address, "@")
	if at < 1 || at == len(addr.Address)-1 || len(addr.Address) > 254 {
		return "", errors.New("invalid email address")
	}
	return addr.Address[:at] + "@" + strings.ToLower(addr.Address[at+1:]), nil
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

// ParsePage reads ?page= and ?per_page= with defaults and upper bounds.
func ParsePage(q url.Values) (page, perPage int) {
	page, perPage = 1, 25
	if v, err := strconv.Atoi(q.Get("page")); err == nil && v >= 1 && v <= 10000 {
		page = v
	}
	if v, err := strconv.Atoi(q.Get("per_page")); err == nil && v >= 1 {
		if v > 100 {
			v = 100
		}
		perPage = v
	}
	return page, perPage
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
