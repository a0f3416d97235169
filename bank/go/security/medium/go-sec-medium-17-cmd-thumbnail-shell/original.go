package solution

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"fmt"
	"time"
	"net/http"
	"sort"
	"bytes"
	"os/exec"
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

// OpenPublicAsset opens a file under the public assets directory by the path in the URL.
func OpenPublicAsset(assetsRoot, requested string) (*os.File, error) {
	root := filepath.Clean(assetsRoot)
	full := filepath.Join(root, requested)
	rel, err := filepath.Rel(root, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, errors.New("invalid asset path")
	}
	return os.Open(full)
}

// Timeouts are the HTTP server limits read from configuration.
type Timeouts struct {
	Read, Write, Idle time.Duration
}

// LoadTimeouts parses "read", "write" and "idle" durations such as "15s", keeping defaults for missing keys.
func LoadTimeouts(cfg map[string]string) (Timeouts, error) {
	t := Timeouts{Read: 15 * time.Second, Write: 30 * time.Second, Idle: 2 * time.Minute}
	for key, dst := range map[string]*time.Duration{"read": &t.Read, "write": &t.Write, "idle": &t.Idle} {
		raw, ok := cfg[key]
		if !ok {
			continue
		}
		d, err := time.ParseDuration(raw)
		if err != nil || d <= 0 || d > 10*time.Minute {
			return Timeouts{}, fmt.Errorf("timeout %q: invalid duration %q", key, raw)
		}
		*dst = d
	}
	return t, nil
}

// FinishLogin sets the session cookie and sends the user back to the page they came from.
func FinishLogin(w http.ResponseWriter, r *http.Request, sessionID string) {
	http.SetCookie(w, &http.Cookie{
		Name: "sid", Value: sessionID, Path: "/",
		HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode,
	})
	if next := r.URL.Query().Get("next"); next != "" {
		http.Redirect(w, r, next, http.StatusFound)
		return
	}
	http.Redirect(w, r, "/dashboard", http.StatusFound)
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

// MakeThumbnail resizes an uploaded image to the geometry requested by the client, e.g. "320x240".
func MakeThumbnail(srcPath, dstPath, geometry string) error {
	cmd := exec.Command("sh", "-c", "convert "+srcPath+" -resize "+geometry+" "+dstPath)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("convert %s: %v: %s", srcPath, err, stderr.String())
	}
	return nil
}
