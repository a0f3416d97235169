package solution

import (
	"fmt"
	"time"
	"errors"
	"os"
	"path/filepath"
	"database/sql"
	"strings"
	"encoding/json"
	"io"
	"net/http"
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

// ReadUserUpload returns a file from the shared upload tree, refusing symlinks planted there.
func ReadUserUpload(uploadDir, name string) ([]byte, error) {
	p := filepath.Join(uploadDir, filepath.Base(name))
	info, err := os.Lstat(p)
	if err != nil {
		return nil, err
	}
	if info.Mode()&os.ModeSymlink != 0 || !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	return os.ReadFile(p)
}

// ListProducts returns one page of the catalogue, sorted by the column the UI asks for.
func ListProducts(db *sql.DB, sortBy, order string, limit, offset int) (*sql.Rows, error) {
	dir := "ASC"
	if strings.EqualFold(order, "desc") {
		dir = "DESC"
	}
	if sortBy == "" {
		sortBy = "name"
	}
	q := "SELECT id, name, price_cents FROM products ORDER BY " + sortBy + " " + dir + " LIMIT $1 OFFSET $2"
	return db.Query(q, limit, offset)
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

// RecentCommits lists the last commits touching a file in a hosted repository.
func RecentCommits(repoDir, filePath string) ([]string, error) {
	cmd := exec.Command("git", "-C", repoDir, "log", "-n", "20", "--format=%h %s", "--", filePath)
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	var commits []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if line != "" {
			commits = append(commits, line)
		}
	}
	return commits, nil
}
