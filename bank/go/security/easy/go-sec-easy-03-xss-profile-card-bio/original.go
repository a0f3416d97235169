package solution

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"unicode"
	"fmt"
	"html"
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
		b.WriteString("<p>" + line + "</p>")
	}
	b.WriteString(`</div>`)
	return b.String()
}
