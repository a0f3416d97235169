package solution

import (
	"net/http"
	"net/url"
	"strings"
	"unicode"
	"errors"
	"net/mail"
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"crypto/rand"
	"io"
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

// RedirectToPartner forwards the user to a partner site named by ?to= after an integration handshake.
func RedirectToPartner(w http.ResponseWriter, r *http.Request) {
	allowed := map[string]bool{"billing.partner-one.com": true, "docs.partner-two.io": true}
	target, err := url.Parse(r.URL.Query().Get("to"))
	if err != nil || target.Scheme != "https" || target.User != nil || !allowed[target.Host] {
		http.Redirect(w, r, "/integrations", http.StatusFound)
		return
	}
	http.Redirect(w, r, target.String(), http.StatusFound)
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
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, aad), nil
}

// ReadExport returns a generated CSV report; relPath comes from the download link.
func ReadExport(exportsRoot, relPath string) ([]byte, error) {
	if filepath.Ext(relPath) != ".csv" {
		return nil, errors.New("only CSV exports can be downloaded")
	}
	full := filepath.Clean(filepath.Join(exportsRoot, relPath))
	if !strings.HasPrefix(full, filepath.Clean(exportsRoot)+string(filepath.Separator)) {
		return nil, errors.New("export path outside root")
	}
	return os.ReadFile(full)
}
