package solution

import (
	"compress/gzip"
	"io"
	"strings"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"bytes"
	"fmt"
	"os/exec"
	"encoding/json"
	"net/http"
	"html"
	"time"
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
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

// DecodeCompressedEvents reads a gzip-compressed batch of newline-delimited events sent by an agent.
func DecodeCompressedEvents(body io.Reader, maxCompressed int64) ([]string, error) {
	zr, err := gzip.NewReader(io.LimitReader(body, maxCompressed))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	var events []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			events = append(events, line)
		}
	}
	return events, nil
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

// MakeThumbnail resizes an uploaded image to the geometry requested by the client, e.g. "320x240".
func MakeThumbnail(srcPath, dstPath, geometry string) error {
	cmd := exec.Command("sh", "-c", "convert "+srcPath+" -resize "+geometry+" "+dstPath)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("convert %s: %v: %s", srcPath, err, stderr.String())
	}
	return nil
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
