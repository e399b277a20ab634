package strategy

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Documents remembers what socialstrategy last wrote to each document
// (`render -o`, the wizard's document), so that writing again never
// silently replaces a document someone edited by hand. The record is a
// text file of "sha256 absolute-path" lines, by default
// $XDG_STATE_HOME/socialstrategy/written (~/.local/state/... without it).
type Documents struct {
	// Record is the record file; empty uses the default.
	Record string
}

// DocState is how a document on disk relates to what was last written.
type DocState int

// Document states.
const (
	DocNew     DocState = iota // no file yet
	DocOurs                    // the file is what socialstrategy last wrote
	DocEdited                  // socialstrategy wrote it, and it changed since
	DocForeign                 // socialstrategy never wrote this file
)

func (d Documents) record() string {
	if d.Record != "" {
		return d.Record
	}
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "socialstrategy", "written")
}

func hash(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// read returns the recorded hashes by absolute path.
func (d Documents) read() map[string]string {
	out := map[string]string{}
	data, err := os.ReadFile(d.record())
	if err != nil {
		return out
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if h, p, ok := strings.Cut(sc.Text(), " "); ok {
			out[p] = h
		}
	}
	return out
}

// State reports how the file at path relates to what was last written
// there, and the file's content (nil when there is none).
func (d Documents) State(path string) (DocState, []byte, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return DocNew, nil, nil // nothing to keep; writing says what is wrong
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return DocNew, nil, nil
	}
	if err != nil {
		return 0, nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return 0, nil, err
	}
	switch h, ok := d.read()[abs]; {
	case !ok:
		return DocForeign, data, nil
	case h != hash(data):
		return DocEdited, data, nil
	}
	return DocOurs, data, nil
}

// Write writes data to the document at path atomically and records it.
// A document edited by hand, or not written by socialstrategy, is kept
// first under a free name beside it (strategy.edited.md,
// strategy.edited-2.md, ...), which kept returns; callers ask before
// calling Write in that case. A file whose content is data already is
// not kept again.
func (d Documents) Write(path string, data []byte) (kept string, err error) {
	state, old, err := d.State(path)
	if err != nil {
		return "", err
	}
	if (state == DocEdited || state == DocForeign) && !bytes.Equal(old, data) {
		if kept, err = KeptName(path); err != nil {
			return "", err
		}
		if err := WriteFile(kept, old); err != nil {
			return "", fmt.Errorf("keep the edited %s: %w", path, err)
		}
	}
	if err := WriteFile(path, data); err != nil {
		return kept, err
	}
	d.remember(path, data) // a record that cannot be written makes the next write ask; it loses nothing
	return kept, nil
}

// remember records data as what was last written to path.
func (d Documents) remember(path string, data []byte) {
	abs, err := filepath.Abs(path)
	rec := d.record()
	if err != nil || rec == "" {
		return
	}
	all := d.read()
	all[abs] = hash(data)
	var b strings.Builder
	for p, h := range all {
		if _, err := os.Stat(p); err == nil || p == abs {
			fmt.Fprintf(&b, "%s %s\n", h, p)
		}
	}
	if os.MkdirAll(filepath.Dir(rec), 0o700) == nil {
		_ = WriteFile(rec, []byte(b.String()))
	}
}

// KeptName is a free name beside path for keeping the document there:
// "strategy.md" gives "strategy.edited.md", then "strategy.edited-2.md".
func KeptName(path string) (string, error) { return FreeName(path, "edited") }

// FreeName is a name beside path, tagged, that no file has yet:
// FreeName("plan.yaml", "unsaved") gives "plan.unsaved.yaml", then
// "plan.unsaved-2.yaml", up to 999; after that an error.
func FreeName(path, tag string) (string, error) {
	ext := filepath.Ext(path)
	base := strings.TrimSuffix(path, ext)
	for i := 1; i < 1000; i++ {
		name := base + "." + tag + ext
		if i > 1 {
			name = fmt.Sprintf("%s.%s-%d%s", base, tag, i, ext)
		}
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
	}
	return "", fmt.Errorf("no free name to keep a copy of %s under; move some of its .%s copies away", path, tag)
}

// NewestTagged is the newest of the copies FreeName(path, tag) names
// ("plan.unsaved.yaml", "plan.unsaved-2.yaml" …) that was written after
// path itself, or when path does not exist; "" when there is none. It
// tells a person coming back which answers an earlier run kept aside.
// Unreadable folders count as holding none.
func NewestTagged(path, tag string) string {
	ext := filepath.Ext(path)
	base := filepath.Base(strings.TrimSuffix(path, ext))
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return ""
	}
	var since time.Time
	if fi, err := os.Stat(path); err == nil {
		since = fi.ModTime()
	}
	newest, at := "", since
	for _, e := range entries {
		name := e.Name()
		rest, ok := strings.CutPrefix(name, base+"."+tag)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		rest, ok = strings.CutSuffix(rest, ext)
		if n, isNum := strings.CutPrefix(rest, "-"); !ok || (rest != "" && (!isNum || !digits(n))) {
			continue
		}
		fi, err := e.Info()
		if err != nil || !fi.ModTime().After(at) {
			continue
		}
		newest, at = filepath.Join(filepath.Dir(path), name), fi.ModTime()
	}
	return newest
}

// digits reports whether s is a number of one or more ASCII digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
