package solution

import (
	"errors"
	"net/mail"
	"strings"
	"fmt"
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
