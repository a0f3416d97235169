package solution

import (
	"errors"
	"io"
	"net/http"
	"net"
	"net/url"
	"sync"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode"
	"database/sql"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
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

// LoginLimiter caps login attempts per account between periodic resets.
type LoginLimiter struct {
	mu       sync.Mutex
	attempts map[string]int
	max      int
}

// AllowAttempt reports whether another login attempt is allowed for account and records it.
func (l *LoginLimiter) AllowAttempt(account string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.attempts[account] >= l.max {
		return false
	}
	l.attempts[account]++
	return true
}

// ChargeCustomer asks the payments provider to charge the customer's stored card.
func ChargeCustomer(client *http.Client, customerID string, amountCents int64) error {
	apiKey := os.Getenv("PAYMENTS_API_KEY")
	if apiKey == "" {
		return errors.New("PAYMENTS_API_KEY is not set")
	}
	body, err := json.Marshal(map[string]interface{}{"customer": customerID, "amount": amountCents, "currency": "usd"})
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, "https://api.payments.example/v1/charges", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("charge failed: %s", resp.Status)
	}
	return nil
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

// FindUserNames maps each requested user id to its display name.
func FindUserNames(db *sql.DB, ids []int64) (map[int64]string, error) {
	names := make(map[int64]string, len(ids))
	if len(ids) == 0 {
		return names, nil
	}
	placeholders := make([]string, len(ids))
	args := make([]interface{}, len(ids))
	for i, id := range ids {
		placeholders[i] = fmt.Sprintf("$%d", i+1)
		args[i] = id
	}
	query := fmt.Sprintf("SELECT id, name FROM users WHERE id IN (%s)", strings.Join(placeholders, ", "))
	rows, err := db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, err
		}
		names[id] = name
	}
	return names, rows.Err()
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
