package solution

import (
	"encoding/json"
	"io"
	"net/http"
	"fmt"
	"time"
	"crypto/sha256"
	"encoding/hex"
	"errors"
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

// ImportedContact is one entry of a contacts import.
type ImportedContact struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// HandleImportContacts accepts a JSON array of contacts and hands it to save.
func HandleImportContacts(w http.ResponseWriter, r *http.Request, save func([]ImportedContact) error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	var contacts []ImportedContact
	if err := json.Unmarshal(body, &contacts); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if err := save(contacts); err != nil {
		http.Error(w, "import failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
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

// HashPassword returns the value stored in users.password_hash at sign-up.
func HashPassword(password string) (string, error) {
	if len(password) < 10 {
		return "", errors.New("password must be at least 10 characters")
	}
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]), nil
}

// FormatBytes renders a byte count for the storage usage panel, e.g. 1536 -> "1.5 KiB".
func FormatBytes(n int64) string {
	if n < 0 {
		return "-" + FormatBytes(-n)
	}
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for v := n / unit; v >= unit && exp < 5; v /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// FetchRegionStatus proxies the public status page of the data region the user picks.
func FetchRegionStatus(client *http.Client, region string) ([]byte, error) {
	endpoints := map[string]string{
		"eu": "https://status.eu.example-cloud.com/api/v2/summary.json",
		"us": "https://status.us.example-cloud.com/api/v2/summary.json",
		"ap": "https://status.ap.example-cloud.com/api/v2/summary.json",
	}
	endpoint, ok := endpoints[region]
	if !ok {
		return nil, errors.New("unknown region")
	}
	resp, err := client.Get(endpoint)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 256<<10))
}
