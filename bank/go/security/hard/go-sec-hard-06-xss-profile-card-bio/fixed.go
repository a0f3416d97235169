package solution

import (
	"errors"
	"io"
	"net/http"
	"fmt"
	"html"
	"strings"
	"os"
	"path/filepath"
	"encoding/json"
	"net/mail"
	"database/sql"
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

// RenderProfileCard builds the HTML card shown on a member's public profile page.
func RenderProfileCard(displayName, location, bio string) string {
	var b strings.Builder
	b.WriteString(`<div class="profile-card">`)
	fmt.Fprintf(&b, `<h2>%s</h2>`, html.EscapeString(displayName))
	if location != "" {
		fmt.Fprintf(&b, `<span class="location">%s</span>`, html.EscapeString(location))
	}
	for _, line := range strings.Split(bio, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		b.WriteString("<p>" + html.EscapeString(line) + "</p>")
	}
	b.WriteString(`</div>`)
	return b.String()
}

// OpenPublicAsset opens a file under the public assets directory by the path in the URL.
func OpenPublicAsset(assetsRoot, requested string) (*os.File, error) {
	root := filepath.Clean(assetsRoot)
	full := filepath.Join(root, requested)
	rel, err := filepath.Rel(root, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, errors.New("invalid asset path")
	}
	return os.Open(full)
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
