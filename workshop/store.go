package workshop

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/gofrs/flock"
	gossh "golang.org/x/crypto/ssh"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// Names of the files in the data folder. Participants' folders live under
// participantsDir, one per participant id.
const (
	hostKeyFile     = "host_key"
	participantsDir = "participants"

	// PlanFile is a participant's answers, saved after every page.
	PlanFile = "plan.yaml"
	// DocumentFile is a participant's document, written when they finish.
	DocumentFile = "strategy.md"
	// UnsavedFile keeps the answers a participant quit without saving,
	// with those saved before: the facilitator can give them back. A
	// later such quit keeps its page in the next free name of
	// UnsavedName, never over an earlier one.
	UnsavedFile = "plan.unsaved.yaml"
	// metaFile holds who the participant is and when they were last here.
	metaFile = "participant.json"

	// MaxUnsaved is how many pages a participant may keep aside, each in
	// a file of its own: past it, quitting without saving is refused (the
	// page can still be saved), so no participant fills the disk.
	MaxUnsaved = 20
)

// UnsavedName is the name of the n-th file of answers kept aside, from 1:
// UnsavedFile, then plan.unsaved-2.yaml …, as the wizard names them on a
// person's own computer.
func UnsavedName(n int) string {
	if n <= 1 {
		return UnsavedFile
	}
	return fmt.Sprintf("plan.unsaved-%d.yaml", n)
}

// participantFiles are the only names written in a participant's folder,
// besides the MaxUnsaved names of UnsavedName.
var participantFiles = []string{PlanFile, DocumentFile, metaFile}

// isParticipantFile reports whether name is one the server writes in a
// participant's folder.
func isParticipantFile(name string) bool {
	if slices.Contains(participantFiles, name) {
		return true
	}
	for n := 1; n <= MaxUnsaved; n++ {
		if name == UnsavedName(n) {
			return true
		}
	}
	return false
}

// Store is the data folder of a workshop. Every access goes through an
// os.Root, so no path can leave the folder, whatever it is made of.
type Store struct {
	dir  string
	root *os.Root
	lock *flock.Flock // held by the server using the folder
}

// lockFile is the data folder's lock: a server holds it (flock(2) on Unix,
// LockFileEx on Windows, through github.com/gofrs/flock) while it runs, and
// writes its process id and start time into it for the message a second
// server gets. The lock ends with the process, so a crash leaves no stale
// lock behind.
const lockFile = "serve.lock"

// FolderInUseError is returned by Lock when another server uses the data
// folder.
type FolderInUseError struct {
	Dir string
	// Owner is what the other server wrote in the lock file: its process
	// id and start time; empty if it could not be read.
	Owner string
}

func (e *FolderInUseError) Error() string {
	owner := ""
	if e.Owner != "" {
		owner = " (" + e.Owner + ")"
	}
	return fmt.Sprintf("another workshop server uses the data folder %s%s; stop it first, or give this one another --data folder", e.Dir, owner)
}

// Lock takes the data folder for one server, or returns a
// *FolderInUseError when another server holds it; Close lets it go.
// `workshop status` and `collect` only read and need no lock.
func (s *Store) Lock() error {
	if s.lock != nil {
		return nil
	}
	path := filepath.Join(s.dir, lockFile)
	l := flock.New(path, flock.SetFlag(os.O_CREATE|os.O_RDWR), flock.SetPermissions(0o600))
	ok, err := l.TryLock()
	if err != nil {
		return fmt.Errorf("lock the data folder: %w", err)
	}
	if !ok {
		owner, _ := s.root.ReadFile(lockFile)
		return &FolderInUseError{Dir: s.dir, Owner: strings.TrimSpace(string(owner))}
	}
	f, err := s.root.OpenFile(lockFile, os.O_WRONLY|os.O_TRUNC, 0o600)
	if err == nil {
		fmt.Fprintf(f, "process %d, started %s\n", os.Getpid(), time.Now().Format(time.DateTime))
		f.Close()
	}
	s.lock = l
	return nil
}

// OpenStore opens the data folder, creating it (readable by its owner
// only) when it does not exist yet.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create the data folder: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("open the data folder: %w", err)
	}
	if err := root.MkdirAll(participantsDir, 0o700); err != nil {
		root.Close()
		return nil, fmt.Errorf("create %s in the data folder: %w", participantsDir, err)
	}
	return &Store{dir: dir, root: root}, nil
}

// Dir returns the path of the data folder.
func (s *Store) Dir() string { return s.dir }

// Close lets the data folder go: its lock, if taken, and the folder.
func (s *Store) Close() error {
	if s.lock != nil {
		s.root.WriteFile(lockFile, nil, 0o600)
		s.lock.Unlock()
		s.lock = nil
	}
	return s.root.Close()
}

// HostKey returns the server's private host key in PEM form, generating an
// ed25519 key into the data folder (mode 0600) the first time, so that
// participants see the same host key every time the server starts.
func (s *Store) HostKey() (key []byte, created bool, err error) {
	data, err := s.root.ReadFile(hostKeyFile)
	if err == nil {
		if fi, err := s.root.Stat(hostKeyFile); err == nil && fi.Mode().Perm()&0o077 != 0 {
			// Someone widened it; a host key is a secret.
			if err := s.root.Chmod(hostKeyFile, 0o600); err != nil {
				return nil, false, fmt.Errorf("restrict the host key to its owner: %w", err)
			}
		}
		return data, false, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, fmt.Errorf("read the host key: %w", err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, false, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "socialstrategy workshop")
	if err != nil {
		return nil, false, err
	}
	data = pem.EncodeToMemory(block)
	// Written whole to a temporary file, then linked into place: a reader
	// sees no key or a whole one, and if another process made one first,
	// the link fails and its key is used.
	var rnd [6]byte
	rand.Read(rnd[:])
	tmp := "." + hostKeyFile + "." + hex.EncodeToString(rnd[:]) + ".tmp"
	defer s.root.Remove(tmp)
	if err := writeSynced(s.root, tmp, data); err != nil {
		return nil, false, fmt.Errorf("write the host key: %w", err)
	}
	if err := s.root.Link(tmp, hostKeyFile); err != nil {
		if errors.Is(err, fs.ErrExist) {
			data, err := s.root.ReadFile(hostKeyFile)
			return data, false, err
		}
		return nil, false, fmt.Errorf("write the host key: %w", err)
	}
	return data, true, nil
}

// writeSynced writes a new file (mode 0600) and syncs it.
func writeSynced(root *os.Root, name string, data []byte) error {
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// IDs lists the participants who have a folder, sorted.
func (s *Store) IDs() ([]string, error) {
	entries, err := fs.ReadDir(s.root.FS(), participantsDir)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, e := range entries {
		// Only folders whose name is a valid id: anything else in there was
		// not made by the server and is left alone.
		if id, err := ParticipantID(e.Name()); e.IsDir() && err == nil && id == e.Name() {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids, nil
}

// Folder opens a participant's folder, creating it when create is set.
// The id must come from ParticipantID.
func (s *Store) Folder(id string, create bool) (*Folder, error) {
	if got, err := ParticipantID(id); err != nil || got != id {
		return nil, fmt.Errorf("participant id %s is not valid", QuoteName(id))
	}
	dir := path.Join(participantsDir, id)
	if create {
		if err := s.root.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("create the folder of %s: %w", id, err)
		}
	}
	root, err := s.root.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &Folder{ID: id, root: root}, nil
}

// Folder is one participant's folder: their plan, document and record.
type Folder struct {
	// ID is the participant's id, which is also the folder's name.
	ID   string
	root *os.Root
}

// Close closes the folder.
func (f *Folder) Close() error { return f.root.Close() }

// WriteFile writes one of the participant's files atomically: to a
// temporary file in the folder, synced, then renamed over the old one. A
// crash leaves the old file or the new one, never a mix.
func (f *Folder) WriteFile(name string, data []byte) (err error) {
	if !isParticipantFile(name) {
		return fmt.Errorf("write %s: not a participant's file", QuoteName(name))
	}
	var rnd [6]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return err
	}
	tmp := "." + name + "." + hex.EncodeToString(rnd[:]) + ".tmp"
	t, err := f.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			t.Close()
			f.root.Remove(tmp)
		}
	}()
	if _, err = t.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err = t.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err = t.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err = f.root.Rename(tmp, name); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// ReadFile reads one of the participant's files.
func (f *Folder) ReadFile(name string) ([]byte, error) {
	if !isParticipantFile(name) {
		return nil, fmt.Errorf("read %s: not a participant's file", QuoteName(name))
	}
	return f.root.ReadFile(name)
}

// Plan reads the participant's saved plan, leniently (a plan in progress
// is incomplete); it returns nil and no error when nothing is saved yet.
func (f *Folder) Plan() (*strategy.Plan, error) {
	data, err := f.ReadFile(PlanFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return strategy.Decode(f.ID+"/"+PlanFile, data)
}

// Modified returns when a file was last written; zero when it does not
// exist.
func (f *Folder) Modified(name string) time.Time {
	fi, err := f.root.Stat(name)
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}

// Unsaved lists the files of answers the participant kept aside (see
// UnsavedName), the newest first.
func (f *Folder) Unsaved() []string {
	var names []string
	when := map[string]time.Time{}
	for n := 1; n <= MaxUnsaved; n++ {
		if t := f.Modified(UnsavedName(n)); !t.IsZero() {
			names = append(names, UnsavedName(n))
			when[UnsavedName(n)] = t
		}
	}
	slices.SortStableFunc(names, func(a, b string) int { return when[b].Compare(when[a]) })
	return names
}

// KeptAside is the newest file of answers the participant kept aside
// since their plan was last saved, or "" when there is none.
func (f *Folder) KeptAside() string {
	kept := f.Unsaved()
	if len(kept) == 0 || !f.Modified(kept[0]).After(f.Modified(PlanFile)) {
		return ""
	}
	return kept[0]
}

// freeUnsaved is the first name of UnsavedName no file has, for the next
// page kept aside; past MaxUnsaved, one that WriteFile refuses.
func (f *Folder) freeUnsaved() string {
	for n := 1; n <= MaxUnsaved; n++ {
		if f.Modified(UnsavedName(n)).IsZero() {
			return UnsavedName(n)
		}
	}
	return UnsavedName(MaxUnsaved + 1)
}

// Meta is what the server records about a participant besides the plan.
type Meta struct {
	// Name is the SSH user name they connect with.
	Name string `json:"name"`
	// Key is the SHA256 fingerprint of their public key when the server
	// checks keys: the name belongs to that key from then on.
	Key       string    `json:"key,omitempty"`
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
}

// Meta reads the participant's record; a missing one is empty.
func (f *Folder) Meta() (Meta, error) {
	var m Meta
	data, err := f.ReadFile(metaFile)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("%s/%s: %w", f.ID, metaFile, err)
	}
	return m, nil
}

// SetMeta writes the participant's record.
func (f *Folder) SetMeta(m Meta) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return f.WriteFile(metaFile, append(data, '\n'))
}
