package solution

import (
	"net/http"
	"strings"
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"errors"
	"time"
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"os/exec"
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

// FinishLogin sets the session cookie and sends the user back to the page they came from.
func FinishLogin(w http.ResponseWriter, r *http.Request, sessionID string) {
	http.SetCookie(w, &http.Cookie{
		Name: "sid", Value: sessionID, Path: "/",
		HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode,
	})
	if next := r.URL.Query().Get("next"); strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//") && !strings.Contains(next, "\\") {
		http.Redirect(w, r, next, http.StatusFound)
		return
	}
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}

type SessionData struct { // what the "sess" cookie carries between requests
	UserID  int64
	IsAdmin bool
	Expires time.Time
}
// LoadSession restores the caller's session from the "sess" cookie (gob, base64url).
func LoadSession(r *http.Request, macKey []byte) (*SessionData, error) {
	c, err := r.Cookie("sess")
	if err != nil {
		return nil, err
	}
	raw, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil || len(raw) < sha256.Size {
		return nil, errors.New("malformed session")
	}
	payload, tag := raw[:len(raw)-sha256.Size], raw[len(raw)-sha256.Size:]
	mac := hmac.New(sha256.New, macKey)
	mac.Write(payload)
	if !hmac.Equal(mac.Sum(nil), tag) {
		return nil, errors.New("bad session signature")
	}
	var s SessionData
	if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(&s); err != nil {
		return nil, err
	}
	if !time.Now().Before(s.Expires) {
		return nil, errors.New("session expired")
	}
	return &s, nil
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
