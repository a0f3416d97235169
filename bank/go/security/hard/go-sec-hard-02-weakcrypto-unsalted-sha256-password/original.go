package solution

import (
	"net/url"
	"strconv"
	"database/sql"
	"fmt"
	"strings"
	"errors"
	"io"
	"net/http"
	"crypto/sha256"
	"encoding/hex"
	"crypto/hmac"
	"os"
	"path/filepath"
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

// FetchAvatar downloads a profile picture; only images on our CDN (acme-cdn.net) are accepted.
func FetchAvatar(client *http.Client, avatarURL string) ([]byte, error) {
	u, err := url.Parse(avatarURL)
	if err != nil || u.Scheme != "https" {
		return nil, errors.New("invalid avatar URL")
	}
	if !strings.HasSuffix(u.Hostname(), "acme-cdn.net") {
		return nil, errors.New("avatar host not allowed")
	}
	resp, err := client.Get(u.String())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("avatar fetch: status %d", resp.StatusCode)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

// HashPassword returns the value stored in users.password_hash at sign-up.
func HashPassword(password string) (string, error) {
	if len(password) < 10 {
		return "", errors.New("password must be at least 10 characters")
	}
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]), nil
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

// ReadExport returns a generated CSV report; relPath comes from the download link.
func ReadExport(exportsRoot, relPath string) ([]byte, error) {
	if filepath.Ext(relPath) != ".csv" {
		return nil, errors.New("only CSV exports can be downloaded")
	}
	full := filepath.Clean(filepath.Join(exportsRoot, relPath))
	if !strings.HasPrefix(full, filepath.Clean(exportsRoot)) {
		return nil, errors.New("export path outside root")
	}
	return os.ReadFile(full)
}
