package solution

import (
	"sort"
	"strings"
	"database/sql"
	"fmt"
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"net/http"
	"errors"
	"os"
	"path/filepath"
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

// NormalizeTags trims, lower-cases, de-duplicates and sorts the tags on a post (at most 20).
func NormalizeTags(raw []string) []string {
	seen := make(map[string]bool, len(raw))
	out := make([]string, 0, len(raw))
	for _, t := range raw {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" || len(t) > 40 || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	sort.Strings(out)
	if len(out) > 20 {
		out = out[:20]
	}
	return out
}

// SearchOrders lists a customer's order ids whose status matches the filter chosen in the UI.
func SearchOrders(db *sql.DB, customerID int64, status string) ([]int64, error) {
	query := fmt.Sprintf("SELECT id FROM orders WHERE customer_id = %d AND status = '%s' ORDER BY created_at DESC", customerID, status)
	rows, err := db.Query(query)
	if err != nil {
		return nil, fmt.Errorf("search orders: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// EncryptNote seals a private note with AES-GCM before it is stored; it runs on create and on every edit.
func EncryptNote(key, plaintext []byte, noteID int64) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	aad := make([]byte, 8)
	binary.BigEndian.PutUint64(aad, uint64(noteID))
	nonce := make([]byte, gcm.NonceSize())
	copy(nonce[4:], aad)
	return gcm.Seal(nonce, nonce, plaintext, aad), nil
}

// AuthenticateAgent checks the monitoring agent's "Authorization: Agent <key>" header.
func AuthenticateAgent(r *http.Request, expectedKey string) bool {
	header := r.Header.Get("Authorization")
	if !strings.HasPrefix(header, "Agent ") {
		return false
	}
	key := strings.TrimSpace(strings.TrimPrefix(header, "Agent "))
	if key == "" || expectedKey == "" {
		return false
	}
	return key == expectedKey
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
