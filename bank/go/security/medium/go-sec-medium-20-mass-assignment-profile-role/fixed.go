package solution

import (
	"database/sql"
	"fmt"
	"time"
	"errors"
	"net/mail"
	"strings"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
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

// SearchOrders lists a customer's order ids whose status matches the filter chosen in the UI.
func SearchOrders(db *sql.DB, customerID int64, status string) ([]int64, error) {
	const query = "SELECT id FROM orders WHERE customer_id = $1 AND status = $2 ORDER BY created_at DESC"
	rows, err := db.Query(query, customerID, status)
	if err != nil {
		return nil, fmt.Errorf("search orders: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
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

// HandleUpdateProfile applies PATCH /me: the caller edits their own name and email.
func HandleUpdateProfile(w http.ResponseWriter, r *http.Request, db *sql.DB, user *User) {
	patch := struct{ Name, Email string }{user.Name, user.Email}
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&patch); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if patch.Name == "" || patch.Email == "" {
		http.Error(w, "name and email are required", http.StatusBadRequest)
		return
	}
	_, err := db.Exec("UPDATE users SET name = $1, email = $2 WHERE id = $3",
		patch.Name, patch.Email, user.ID)
	if err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
