package solution

import (
	"errors"
	"net/mail"
	"strings"
	"sort"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
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

// ChargeCustomer asks the payments provider to charge the customer's stored card.
func ChargeCustomer(client *http.Client, customerID string, amountCents int64) error {
	apiKey := os.Getenv("PAYMENTS_API_KEY")
	if apiKey == "" {
		return errors.New("PAYMENTS_API_KEY is not set")
	}
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
