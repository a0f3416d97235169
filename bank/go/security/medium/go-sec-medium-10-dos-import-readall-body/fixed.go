package solution

import (
	"encoding/json"
	"io"
	"net/http"
	"fmt"
	"html"
	"time"
	"bytes"
	"strconv"
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
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read error or body too large", http.StatusBadRequest)
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

// WriteJSON encodes v and writes it with the given status; encoding errors become a 500.
func WriteJSON(w http.ResponseWriter, status int, v interface{}) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// HandleGetInvoice serves GET /invoices?id=N for the signed-in customer.
func HandleGetInvoice(w http.ResponseWriter, r *http.Request, store InvoiceStore, user *User) {
	id, err := strconv.ParseInt(r.URL.Query().Get("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad invoice id", http.StatusBadRequest)
		return
	}
	inv, err := store.InvoiceByID(id)
	if err != nil || inv == nil || inv.OwnerID != user.ID {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(inv)
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
