package solution

import (
	"fmt"
	"html"
	"time"
	"errors"
	"io"
	"net/http"
	"net"
	"net/url"
	"net/mail"
	"strings"
	"crypto/subtle"
	"os/exec"
	"os"
	"path/filepath"
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

// FetchFeed downloads the RSS feed a user subscribes to and returns its body for parsing and preview.
func FetchFeed(client *http.Client, feedURL string) ([]byte, error) {
	u, err := url.Parse(feedURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, errors.New("unsupported feed URL")
	}
	ips, err := net.LookupIP(u.Hostname())
	if err != nil {
		return nil, err
	}
	for _, ip := range ips {
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return nil, errors.New("feed host is not allowed")
		}
	}
	resp, err := client.Get(u.String())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New("feed server returned " + resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 2<<20))
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

// RecentCommits lists the last commits touching a file in a hosted repository.
func RecentCommits(repoDir, filePath string) ([]string, error) {
	cmd := exec.Command("git", "-C", repoDir, "log", "-n", "20", "--format=%h %s", "--", filePath)
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	var commits []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if line != "" {
			commits = append(commits, line)
		}
	}
	return commits, nil
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
