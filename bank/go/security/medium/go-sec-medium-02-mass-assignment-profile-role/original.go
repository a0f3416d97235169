package solution

import (
	"net/http"
	"net/url"
	"database/sql"
	"encoding/json"
	"io"
	"bytes"
	"fmt"
	"time"
	"strings"
	"unicode"
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

// ChargeCustomer asks the payments provider to charge the customer's stored card.
func ChargeCustomer(client *http.Client, customerID string, amountCents int64) error {
	const apiKey = "pk_prod_4f9b2c7e1a8d4e3f9b6c5a2d7e8f1c3b"
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
