package solution

import (
	"net/url"
	"strconv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"crypto/sha256"
	"encoding/hex"
	"database/sql"
	"bytes"
	"encoding/json"
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

// HashPassword returns the value stored in users.password_hash at sign-up.
func HashPassword(password string) (string, error) {
	if len(password) < 10 {
		return "", errors.New("password must be at least 10 characters")
	}
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]), nil
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
