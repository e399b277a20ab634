package workshop

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"path"
	"strings"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// authorizedKey is one usable line of an authorized_keys file.
type authorizedKey struct {
	key gossh.PublicKey
	// from holds the patterns of a from="…" option (sshd(8)): addresses
	// with * and ? wildcards or CIDR ranges, "!" before one refuses it.
	from  []string
	noPty bool
	line  int
}

// harmlessOptions are key options that need nothing from this server: it
// forwards nothing and runs no shell, so they hold already.
var harmlessOptions = map[string]bool{
	"restrict": true, "no-agent-forwarding": true, "no-port-forwarding": true,
	"no-x11-forwarding": true, "no-user-rc": true,
}

// parseAuthorizedKeys reads an authorized_keys file. Lines that cannot be
// read, or that carry an option this server cannot honour (command=,
// environment=, expiry-time=, permitopen= and the like), are left out,
// each with a warning naming its line: a key restricted in a way the
// server would ignore must not get in unrestricted. from= and no-pty are
// honoured.
func parseAuthorizedKeys(file string, data []byte) (keys []authorizedKey, warnings []string) {
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		pk, _, opts, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("%s:%d: no key can be read; line left out", file, n+1))
			continue
		}
		k := authorizedKey{key: pk, line: n + 1}
		ok := true
		for _, o := range opts {
			name, value, hasValue := strings.Cut(o, "=")
			name = strings.ToLower(name)
			switch {
			case name == "from" && hasValue:
				k.from = strings.Split(strings.Trim(value, `"`), ",")
			case name == "no-pty" && !hasValue:
				k.noPty = true
			case harmlessOptions[name] && !hasValue:
			default:
				warnings = append(warnings, fmt.Sprintf("%s:%d: the option %s is not supported by the workshop server; line left out (from= and no-pty are)", file, n+1, QuoteName(name)))
				ok = false
			}
		}
		if ok {
			keys = append(keys, k)
		}
	}
	return keys, warnings
}

// allows reports whether the key may log in from the address, by its
// from= option: a negated pattern that matches refuses, and otherwise
// some pattern must match.
func (k authorizedKey) allows(remote net.Addr) bool {
	if len(k.from) == 0 {
		return true
	}
	host := hostOf(remote)
	ip := net.ParseIP(host)
	allowed := false
	for _, p := range k.from {
		neg := strings.HasPrefix(p, "!")
		p = strings.TrimPrefix(p, "!")
		if !patternMatches(p, host, ip) {
			continue
		}
		if neg {
			return false
		}
		allowed = true
	}
	return allowed
}

func patternMatches(p, host string, ip net.IP) bool {
	if _, cidr, err := net.ParseCIDR(p); err == nil {
		return ip != nil && cidr.Contains(ip)
	}
	ok, err := path.Match(p, host)
	return err == nil && ok
}

// keyring is the authorized_keys file, read again whenever it changes, so
// keys can be added while the server runs; warnings are logged once per
// version of the file.
type keyring struct {
	file string
	log  func(msg string, args ...any)

	mu    sync.Mutex
	mod   time.Time
	size  int64
	keys  []authorizedKey
	ready bool
}

// load returns the keys, reading the file when it changed.
func (r *keyring) load() ([]authorizedKey, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	fi, err := os.Stat(r.file)
	if err != nil {
		return nil, fmt.Errorf("read the authorized keys: %w", err)
	}
	if r.ready && fi.ModTime().Equal(r.mod) && fi.Size() == r.size {
		return r.keys, nil
	}
	data, err := os.ReadFile(r.file)
	if err != nil {
		return nil, fmt.Errorf("read the authorized keys: %w", err)
	}
	keys, warnings := parseAuthorizedKeys(r.file, data)
	for _, w := range warnings {
		r.log(w)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s lists no usable key", r.file)
	}
	r.keys, r.mod, r.size, r.ready = keys, fi.ModTime(), fi.Size(), true
	return keys, nil
}

// find returns the entry of the key that may log in from remote.
func (r *keyring) find(key ssh.PublicKey, remote net.Addr) (authorizedKey, bool, error) {
	keys, err := r.load()
	if err != nil {
		return authorizedKey{}, false, err
	}
	for _, k := range keys {
		if ssh.KeysEqual(k.key, key) && k.allows(remote) {
			return k, true, nil
		}
	}
	return authorizedKey{}, false, nil
}
