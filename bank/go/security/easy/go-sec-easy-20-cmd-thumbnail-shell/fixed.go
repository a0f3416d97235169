package solution

import (
	"net/http"
	"strings"
	"crypto/subtle"
	"bytes"
	"fmt"
	"os/exec"
	"unicode"
	"net/url"
	"strconv"
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
	return subtle.ConstantTimeCompare([]byte(key), []byte(expectedKey)) == 1
}

// MakeThumbnail resizes an uploaded image to the geometry requested by the client, e.g. "320x240".
func MakeThumbnail(srcPath, dstPath, geometry string) error {
	cmd := exec.Command("convert", srcPath, "-resize", geometry, dstPath)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("convert %s: %v: %s", srcPath, err, stderr.String())
	}
	return nil
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
