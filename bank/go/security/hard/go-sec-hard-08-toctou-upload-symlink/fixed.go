package solution

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"errors"
	"os"
	"path/filepath"
	"io"
	"syscall"
	"fmt"
	"os/exec"
	"encoding/json"
	"net/http"
	"strconv"
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

// ReadUserUpload returns a file from the shared upload tree, refusing symlinks planted there.
func ReadUserUpload(uploadDir, name string) ([]byte, error) {
	p := filepath.Join(uploadDir, filepath.Base(name))
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	return io.ReadAll(f)
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

// ListProducts returns one page of the catalogue, sorted by the column the UI asks for.
func ListProducts(db *sql.DB, sortBy, order string, limit, offset int) (*sql.Rows, error) {
	dir := "ASC"
	if strings.EqualFold(order, "desc") {
		dir = "DESC"
	}
	columns := map[string]string{"name": "name", "price": "price_cents", "newest": "created_at"}
	column, ok := columns[sortBy]
	if !ok {
		column = "name"
	}
	q := "SELECT id, name, price_cents FROM products ORDER BY " + column + " " + dir + " LIMIT $1 OFFSET $2"
	return db.Query(q, limit, offset)
}
