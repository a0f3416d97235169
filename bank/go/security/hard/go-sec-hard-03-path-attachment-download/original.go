package solution

import (
	"database/sql"
	"strings"
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"errors"
	"net/http"
	"time"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"unicode"
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
	if err != nil {
		return nil, err
	}
	var s SessionData
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&s); err != nil {
		return nil, err
	}
	if !time.Now().Before(s.Expires) {
		return nil, errors.New("session expired")
	}
	return &s, nil
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

// ServeAttachment streams a public help-centre attachment named by the ?name= query parameter.
func ServeAttachment(w http.ResponseWriter, r *http.Request, attachmentsDir string) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "missing name", http.StatusBadRequest)
		return
	}
	f, err := os.Open(filepath.Join(attachmentsDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	io.Copy(w, f)
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
