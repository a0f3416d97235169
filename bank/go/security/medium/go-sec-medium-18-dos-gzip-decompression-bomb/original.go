package solution

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"html"
	"time"
	"compress/gzip"
	"io"
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

// ChargeCustomer asks the payments provider to charge the customer's stored card.
func ChargeCustomer(client *http.Client, customerID string, amountCents int64) error {
	const apiKey = "pk_prod_4f9b2c7e1a8d4e3f9b6c5a2d7e8f1c3b"
	body, err := json.Marshal(map[string]interface{}{"customer": customerID, "amount": amountCents, "currency": "usd"})
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, "https://api.payments.example/v1/charges", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("charge failed: %s", resp.Status)
	}
	return nil
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
