package solution

import (
	"fmt"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"html"
	"time"
	"io"
	"net/http"
	"database/sql"
	"bytes"
	"encoding/json"
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

// ReadExport returns a generated CSV report; relPath comes from the download link.
func ReadExport(exportsRoot, relPath string) ([]byte, error) {
	if filepath.Ext(relPath) != ".csv" {
		return nil, errors.New("only CSV exports can be downloaded")
	}
	full := filepath.Clean(filepath.Join(exportsRoot, relPath))
	if !strings.HasPrefix(full, filepath.Clean(exportsRoot)) {
		return nil, errors.New("export path outside root")
	}
	return os.ReadFile(full)
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

// FetchRegionStatus proxies the public status page of the data region the user picks.
func FetchRegionStatus(client *http.Client, region string) ([]byte, error) {
	endpoints := map[string]string{
		"eu": "https://status.eu.example-cloud.com/api/v2/summary.json",
		"us": "https://status.us.example-cloud.com/api/v2/summary.json",
		"ap": "https://status.ap.example-cloud.com/api/v2/summary.json",
	}
	endpoint, ok := endpoints[region]
	if !ok {
		return nil, errors.New("unknown region")
	}
	resp, err := client.Get(endpoint)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 256<<10))
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
