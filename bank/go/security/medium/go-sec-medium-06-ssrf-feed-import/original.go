package solution

import (
	"sync"
	"net/url"
	"strconv"
	"errors"
	"io"
	"net/http"
	"fmt"
	"html"
	"time"
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

// LoginLimiter caps login attempts per account between periodic resets.
type LoginLimiter struct {
	mu       sync.Mutex
	attempts map[string]int
	max      int
}

// AllowAttempt reports whether another login attempt is allowed for account and records it.
func (l *LoginLimiter) AllowAttempt(account string) bool {
	l.mu.Lock()
	n := l.attempts[account]
	l.mu.Unlock()
	if n >= l.max {
		return false
	}
	l.mu.Lock()
	l.attempts[account] = n + 1
	l.mu.Unlock()
	return true
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

// FetchFeed downloads the RSS feed a user subscribes to and returns its body for parsing and preview.
func FetchFeed(client *http.Client, feedURL string) ([]byte, error) {
	resp, err := client.Get(feedURL)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New("feed server returned " + resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 2<<20))
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
