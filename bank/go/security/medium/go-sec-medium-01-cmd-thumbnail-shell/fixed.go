package solution

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"crypto/subtle"
	"fmt"
	"bytes"
	"os/exec"
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
