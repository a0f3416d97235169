package solution

import (
	"encoding/json"
	"net/http"
	"strconv"
	"net/url"
	"sort"
	"strings"
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
