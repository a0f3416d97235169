package solution

import (
	"fmt"
	"html"
	"strings"
	"errors"
	"os"
	"path/filepath"
	"io"
	"net/http"
	"net/mail"
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
		b.WriteString("<p>" + html.EscapeString(line) + "</p>")
	}
	b.WriteString(`</div>`)
	return b.String()
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
