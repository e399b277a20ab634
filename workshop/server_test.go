package workshop

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// Keys as a terminal sends them.
const (
	enter = "\r"
	down  = "\x1b[B"
	ctrlC = "\x03"
	ctrlE = "\x05"
	ctrlS = "\x13"
)

// Titles of the fields the tests fill in.
const (
	titleLanguage = "Language / Språk"
	titleName     = "What is the organisation called?"
	titleKind     = "What kind of organisation is it?"
	titleAbout    = "What does it do?"
	titleAudience = "Who do you want to reach?"
	titlePresence = "Are the people you want to reach (Neighbours) on social media?"
	titleReason   = "Why will you not be on social media?"
	titleRevisit  = "When will you look at this decision again?"
	titleOwner    = "Who is responsible for that?"
)

// typeInto waits for the field to have the focus, types text into it and
// waits for the text to show before pressing enter, so no key lands in
// the field before or after.
func (h *harness) typeInto(tm *terminal, id, title, text string) {
	h.t.Helper()
	h.focused(id, title)
	tm.send(text)
	h.screen(id, text)
	tm.send(enter)
}

// quitAfterName types name into the organisation page, chooses the
// business kind, quits with ctrl+c from the next field and answers the
// question with answer (y keeps the page aside, s saves it), then waits
// for the session to end.
func (h *harness) quitAfterName(tm *terminal, id, name, answer string) {
	h.t.Helper()
	h.typeInto(tm, id, titleName, name)
	h.businessKind(tm, id)
	h.focused(id, titleAbout)
	tm.send(ctrlC)
	h.screen(id, "s save and quit")
	tm.send(answer)
	tm.wait()
}

// businessKind waits for the kind question after the name, sees business
// offered and takes it with enter, as a small business does.
func (h *harness) businessKind(tm *terminal, id string) {
	h.t.Helper()
	h.focused(id, titleKind)
	h.screen(id, "> Business")
	tm.send(enter)
}

// toOrganisation goes from the welcome page to the organisation's name.
func (h *harness) toOrganisation(tm *terminal, id string) {
	h.t.Helper()
	h.focused(id, titleLanguage)
	tm.send(enter)
	h.focused(id, titleName)
}

// interview answers every page of a plan without presence and writes the
// document.
func (h *harness) interview(tm *terminal, id, org string) {
	h.t.Helper()
	h.toOrganisation(tm, id)
	h.typeInto(tm, id, titleName, org)
	h.businessKind(tm, id)
	h.typeInto(tm, id, titleAbout, "We bake bread")
	h.typeInto(tm, id, titleAudience, "Neighbours")
	tm.send(enter) // a list takes a line per enter; an empty line goes on
	h.focused(id, titlePresence)
	tm.send(down)
	h.screen(id, "> No: we decide")
	tm.send(enter)
	h.typeInto(tm, id, titleReason, "Our customers meet us in the shop")
	h.typeInto(tm, id, titleRevisit, "In a year")
	h.typeInto(tm, id, titleOwner, "Kari")
	h.screen(id, "Everything is decided.")
	// f would add the web page and the Word file on a person's own
	// computer; the folder holds only the Markdown document, so a
	// participant's f changes nothing and the finish saves cleanly.
	tm.send("f")
	tm.send(ctrlS)
}

func (h *harness) folder(id string) *Folder {
	h.t.Helper()
	f, err := h.store.Folder(id, false)
	if err != nil {
		h.t.Fatalf("folder of %s: %v", id, err)
	}
	h.t.Cleanup(func() { f.Close() })
	return f
}

// savedPlan returns the participant's saved plan, nil if none.
func (h *harness) savedPlan(id string) *strategy.Plan {
	h.t.Helper()
	f, err := h.store.Folder(id, false)
	if err != nil {
		return nil
	}
	defer f.Close()
	p, err := f.Plan()
	if err != nil {
		h.t.Fatalf("plan of %s: %v", id, err)
	}
	return p
}

func TestInterviewWithoutPresence(t *testing.T) {
	h := startServer(t, Config{})
	tm := h.openTerminal("Kari")
	h.interview(tm, "kari", "Bakeriet Nord")
	if code := tm.wait(); code != 0 {
		t.Errorf("exit status = %d, want 0; stderr: %s", code, tm.errOut.String())
	}
	if r := h.srv.Saves(); r.Failed != 0 {
		t.Errorf("%d saves failed, want none: %+v", r.Failed, r)
	}
	if out := tm.out.String(); !strings.Contains(out, h.sshTo("kari")+" markdown > strategy.md") {
		t.Errorf("closing message missing the download command; output ends %q", tail(out))
	}

	f := h.folder("kari")
	p, err := f.Plan()
	if err != nil || p == nil {
		t.Fatalf("plan on disk = %v, %v", p, err)
	}
	want := map[string]string{
		"organisation.name":  "Bakeriet Nord",
		"presence":           strategy.PresenceNone,
		"no_presence_reason": "Our customers meet us in the shop",
		"review.cadence":     "In a year",
		"review.owner":       "Kari",
	}
	got := map[string]string{
		"organisation.name":  p.Organisation.Name,
		"presence":           p.Presence,
		"no_presence_reason": p.NoPresenceReason,
		"review.cadence":     p.Review.Cadence,
		"review.owner":       p.Review.Owner,
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("saved %s = %q, want %q", k, got[k], w)
		}
	}
	if d, n := p.Decided(); d != n {
		t.Errorf("saved plan decides %d of %d points, want all", d, n)
	}
	doc, err := f.ReadFile(DocumentFile)
	if err != nil {
		t.Fatalf("document: %v", err)
	}
	if !strings.Contains(string(doc), "Bakeriet Nord") {
		t.Errorf("document does not name the organisation:\n%s", doc)
	}
	m, err := f.Meta()
	if err != nil || m.Name != "Kari" || m.LastSeen.IsZero() {
		t.Errorf("record = %+v, %v; want name Kari and a last visit", m, err)
	}

	// The commands print what is saved, without the TUI.
	out, errOut, code := h.run("kari", "markdown")
	if code != 0 || out != string(doc) {
		t.Errorf("markdown = %d, %q (stderr %q); want 0 and the document on disk", code, tail(out), errOut)
	}
	yml, _ := f.ReadFile(PlanFile)
	if out, _, code := h.run("KARI", "yaml"); code != 0 || out != string(yml) {
		t.Errorf("yaml = %d, %q; want 0 and the answers on disk", code, tail(out))
	}
}

func tail(s string) string {
	if len(s) > 300 {
		return "…" + s[len(s)-300:]
	}
	return s
}

// TestQuitWithoutSavingKeepsThePage: y ("quit") over SSH keeps the page's
// answers in UnsavedFile, leaves the plan as last saved, and the closing
// message says so rather than that the answers are saved.
func TestQuitWithoutSavingKeepsThePage(t *testing.T) {
	h := startServer(t, Config{})
	tm := h.openTerminal("ola")
	h.toOrganisation(tm, "ola")
	h.quitAfterName(tm, "ola", "Olas Sykler", "y")
	out := tm.out.String()
	// The closing message is what comes after the wizard's screen: the
	// welcome page itself says the answers are saved after every step.
	if i := strings.LastIndex(out, "\x1b[?1049l"); i >= 0 {
		out = out[i:]
	}
	if strings.Contains(out, "Your answers are saved") || !strings.Contains(out, "ola/"+UnsavedFile) {
		t.Errorf("closing message %q; want it to name ola/%s, not say the answers are saved", tail(out), UnsavedFile)
	}
	f := h.folder("ola")
	if plan, _ := f.ReadFile(PlanFile); strings.Contains(string(plan), "Olas Sykler") {
		t.Errorf("plan = %q; the participant chose not to save the name", plan)
	}
	kept, err := f.ReadFile(UnsavedFile)
	if err != nil || !strings.Contains(string(kept), "name: Olas Sykler") {
		t.Errorf("%s = %q, %v; want the typed name kept", UnsavedFile, kept, err)
	}
}

// TestSavedAfterQuitWithoutSaving: a participant who quit a page without
// saving it, came back and saved is no longer reported as having unsaved
// answers; the file with that page's answers stays.
func TestSavedAfterQuitWithoutSaving(t *testing.T) {
	h := startServer(t, Config{})
	tm := h.openTerminal("ola")
	h.toOrganisation(tm, "ola")
	h.quitAfterName(tm, "ola", "Olas Sykler", "y")
	if s := h.store.summary("ola"); !s.Unsaved || s.SavedSince {
		t.Fatalf("after quitting without saving: Unsaved, SavedSince = %v, %v; want true, false", s.Unsaved, s.SavedSince)
	}

	tm = h.openTerminal("ola")
	h.screen("ola", "✓ saved to plan.yaml") // the resumed plan is on disk
	// Said once: where the page left last time is, and who has it.
	h.screen("ola", UnsavedFile+" on the workshop server")
	h.quitAfterName(tm, "ola", "Olas Sykler", "s")
	if p := h.savedPlan("ola"); p == nil || p.Organisation.Name != "Olas Sykler" {
		t.Fatalf("plan after the second session = %+v; want the name saved", p)
	}
	if s := h.store.summary("ola"); s.Unsaved || !s.SavedSince {
		t.Errorf("after saving again: Unsaved, SavedSince = %v, %v; want false, true", s.Unsaved, s.SavedSince)
	}
	if kept, err := h.folder("ola").ReadFile(UnsavedFile); err != nil || !strings.Contains(string(kept), "name: Olas Sykler") {
		t.Errorf("%s = %q, %v; want it kept after the later save", UnsavedFile, kept, err)
	}
}

// TestSecondQuitWithoutSavingKeepsTheFirst: a page kept aside is never
// written over by the next one: the second goes to plan.unsaved-2.yaml,
// the closing message names it, and status reports the newest.
func TestSecondQuitWithoutSavingKeepsTheFirst(t *testing.T) {
	h := startServer(t, Config{})
	quitUnsaved := func(name string) string {
		t.Helper()
		tm := h.openTerminal("ola")
		if name == "Olas Sykler" {
			h.toOrganisation(tm, "ola")
		}
		h.quitAfterName(tm, "ola", name, "y")
		return tm.out.String()
	}
	quitUnsaved("Olas Sykler")
	out := quitUnsaved("Olas Sykkel")
	if i := strings.LastIndex(out, "\x1b[?1049l"); i >= 0 {
		out = out[i:]
	}
	if !strings.Contains(out, "ola/"+UnsavedName(2)) {
		t.Errorf("closing message %q; want it to name ola/%s", tail(out), UnsavedName(2))
	}
	f := h.folder("ola")
	for file, want := range map[string]string{UnsavedFile: "name: Olas Sykler", UnsavedName(2): "name: Olas Sykkel"} {
		if kept, err := f.ReadFile(file); err != nil || !strings.Contains(string(kept), want) {
			t.Errorf("%s = %q, %v; want %q kept", file, kept, err, want)
		}
	}
	if s := h.store.summary("ola"); !s.Unsaved || strings.Join(s.Kept, ",") != UnsavedName(2)+","+UnsavedFile {
		t.Errorf("summary: Unsaved, Kept = %v, %v; want true, the newest first", s.Unsaved, s.Kept)
	}
}

// TestUnsavedFilesBounded: past MaxUnsaved pages kept aside, the next
// name is one the folder refuses to write, so quitting without saving
// fails (the page can still be saved) rather than fill the disk.
func TestUnsavedFilesBounded(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f, err := st.Folder("ola", true)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for n := 1; n <= MaxUnsaved; n++ {
		if got := f.freeUnsaved(); got != UnsavedName(n) {
			t.Fatalf("freeUnsaved() with %d kept = %q, want %q", n-1, got, UnsavedName(n))
		}
		if err := f.WriteFile(UnsavedName(n), []byte("version: 2\n")); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.WriteFile(f.freeUnsaved(), []byte("version: 2\n")); err == nil {
		t.Errorf("WriteFile(%q) with %d kept = nil, want it refused", f.freeUnsaved(), MaxUnsaved)
	}
	if got := len(f.Unsaved()); got != MaxUnsaved {
		t.Errorf("len(Unsaved()) = %d, want %d", got, MaxUnsaved)
	}
}

func TestCommands(t *testing.T) {
	h := startServer(t, Config{})
	tm := h.openTerminal("ola")
	h.toOrganisation(tm, "ola")
	h.quitAfterName(tm, "ola", "Olas Sykler", "s")

	tests := []struct {
		user, command string
		code          int
		stdout        string // a text stdout must contain
		stderr        string // a text stderr must contain
	}{
		{"ola", "markdown", 0, "Olas Sykler", ""},
		{"ola", "md", 0, "Olas Sykler", ""},
		{"ola", "yaml", 0, "name: Olas Sykler", ""},
		{"ola", "help", 0, h.sshTo("ola") + " markdown > strategy.md", ""},
		{"ola", "rm -rf /", 2, "", "Unknown command"},
		{"ola", "markdown\x1b]0;pwned\x07", 2, "", `\x1b]0;pwned\a`},
		{"nobody", "markdown", 1, "", "Nothing is saved for nobody yet: connect with " + h.sshTo("nobody") + " to start"},
		{"ola", "", 1, "", "needs a terminal: connect with " + strings.Replace(h.sshTo("ola"), "ssh ", "ssh -t ", 1)},
	}
	for _, tt := range tests {
		t.Run(tt.user+" "+tt.command, func(t *testing.T) {
			out, errOut, code := h.run(tt.user, tt.command)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("ssh %s@host %q = %d, stdout %q, stderr %q; want %d, stdout with %q, stderr with %q",
					tt.user, tt.command, code, tail(out), errOut, tt.code, tt.stdout, tt.stderr)
			}
			if strings.Contains(errOut, "\x1b") {
				t.Errorf("stderr carries an escape sequence: %q", errOut)
			}
		})
	}
	if _, err := h.store.Folder("nobody", false); err == nil {
		t.Errorf("a command for an unknown name created a folder")
	}
}

func TestParticipantsAreSeparate(t *testing.T) {
	h := startServer(t, Config{})
	kari, ola := h.openTerminal("kari"), h.openTerminal("ola")
	h.toOrganisation(kari, "kari")
	h.toOrganisation(ola, "ola")
	h.typeInto(kari, "kari", titleName, "Kari Bakes")
	h.typeInto(ola, "ola", titleName, "Ola Cycles")
	h.businessKind(kari, "kari")
	h.businessKind(ola, "ola")
	h.focused("kari", titleAbout)
	h.focused("ola", titleAbout)
	kari.kill()
	ola.kill()
	eventually(t, "both sessions to end", func() bool { return h.srv.Live() == 0 })
	tests := []struct{ user, own, other string }{
		{"kari", "Kari Bakes", "Ola Cycles"},
		{"ola", "Ola Cycles", "Kari Bakes"},
	}
	for _, tt := range tests {
		out, _, code := h.run(tt.user, "yaml")
		if code != 0 || !strings.Contains(out, tt.own) || strings.Contains(out, tt.other) {
			t.Errorf("ssh %s@host yaml = %d, %q; want only %q", tt.user, code, out, tt.own)
		}
	}
	ids, err := h.store.IDs()
	if err != nil || strings.Join(ids, ",") != "kari,ola" {
		t.Errorf("IDs() = %v, %v; want [kari ola]", ids, err)
	}
}

func TestBadUserNames(t *testing.T) {
	h := startServer(t, Config{})
	tests := []struct{ name, user, reason string }{
		{"empty", "", "it is empty"},
		{"parent dirs", "../../x", "starts with"},
		{"slash", "a/b", "slash"},
		{"backslash", `a\b`, "slash"},
		{"dot", ".", "starts with"},
		{"hidden", ".ssh", "starts with"},
		{"flag", "-rf", "starts with"},
		{"long", strings.Repeat("k", 10<<10), "longer than"},
		{"escape", "kari\x1b[2J\x1b]0;pwned\x07", "control characters"},
		{"bidi", "kari\u202eevil", "control characters"},
		{"space", "kari nordmann", "contains"},
		{"device", "con", "reserved"},
		{"invalid utf8", "kari\xff", "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, command := range []string{"", "markdown"} {
				c, err := h.dial(tt.user)
				if err != nil {
					t.Fatalf("dial: %v", err)
				}
				tm := startTerminal(t, c, command)
				if code := tm.wait(); code != 1 {
					t.Errorf("ssh %q %q: exit status = %d, want 1", QuoteName(tt.user), command, code)
				}
				msg := tm.errOut.String()
				if !strings.Contains(msg, "cannot be used") || !strings.Contains(msg, tt.reason) {
					t.Errorf("ssh %q %q: message = %q, want one saying %q", QuoteName(tt.user), command, msg, tt.reason)
				}
				if strings.ContainsAny(msg, "\x1b\u202e\x07") || len(msg) > 1000 {
					t.Errorf("ssh %q %q: message echoes the name raw: %q", QuoteName(tt.user), command, tail(msg))
				}
			}
		})
	}
	// Nothing but the host key and the empty participants folder exists.
	var files []string
	filepath.WalkDir(h.store.Dir(), func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(h.store.Dir(), p)
		files = append(files, rel)
		return err
	})
	if got := strings.Join(files, ","); got != ".,host_key,participants,serve.lock" {
		t.Errorf("data folder holds %s, want only host_key and an empty participants", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(h.store.Dir())); len(entries) != 1 {
		t.Errorf("files appeared beside the data folder: %v", entries)
	}
}

func TestParticipantID(t *testing.T) {
	tests := []struct {
		user, want string
		ok         bool
	}{
		{"kari", "kari", true},
		{"Kari", "kari", true},
		{"kåre", "kåre", true},
		{"KA\u030aRE", "kåre", true}, // decomposed Å: NFC, so one participant
		{"ola.nordmann", "ola.nordmann", true},
		{"a_b-c", "a_b-c", true},
		{"x9", "x9", true},
		{strings.Repeat("k", MaxNameLen), strings.Repeat("k", MaxNameLen), true},
		{strings.Repeat("k", MaxNameLen+1), "", false},
		{"", "", false},
		{"..", "", false},
		{"../../x", "", false},
		{"Index", "", false}, // collect's index.md would overwrite their document
		{"a/b", "", false},
		{"a\x00b", "", false},
		{"a\u200bb", "", false}, // zero-width space
		{"nul.txt", "", false},
		{"COM1", "", false},
		{"a:b", "", false},
	}
	for _, tt := range tests {
		got, err := ParticipantID(tt.user)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParticipantID(%q) = %q, %v; want %q, ok %v", tt.user, got, err, tt.want, tt.ok)
		}
		var ne *NameError
		if err != nil && !errors.As(err, &ne) {
			t.Errorf("ParticipantID(%q) error is %T, want *NameError", tt.user, err)
		}
	}
}

func TestSecondSessionRefused(t *testing.T) {
	h := startServer(t, Config{})
	first := h.openTerminal("kari")
	h.focused("kari", titleLanguage)
	second := h.openTerminal("KARI")
	if code := second.wait(); code != 1 || !strings.Contains(second.errOut.String(), "kari is connected already") {
		t.Errorf("second session = %d, %q; want 1 and a clear message", code, second.errOut.String())
	}
	// The first goes on undisturbed, and once it ends the name is free.
	first.send(enter)
	h.focused("kari", titleName)
	first.send(ctrlC)
	first.wait()
	eventually(t, "the name to be free", func() bool { return h.srv.Live() == 0 })
	third := h.openTerminal("kari")
	h.focused("kari", titleName)
	third.kill()
}

func TestMaxSessions(t *testing.T) {
	h := startServer(t, Config{MaxSessions: 1})
	first := h.openTerminal("kari")
	h.focused("kari", titleLanguage)
	full := h.openTerminal("ola")
	if code := full.wait(); code != 1 || !strings.Contains(full.errOut.String(), "The workshop is full") {
		t.Errorf("session over the cap = %d, %q; want 1 and a clear message", code, full.errOut.String())
	}
	first.kill()
}

func TestAuthentication(t *testing.T) {
	keyFile := filepath.Join(t.TempDir(), "authorized_keys")
	alice, bob, eve := newSigner(t), newSigner(t), newSigner(t)
	os.WriteFile(keyFile, append(gossh.MarshalAuthorizedKey(alice.PublicKey()), gossh.MarshalAuthorizedKey(bob.PublicKey())...), 0o600)
	answer := func(code string) gossh.AuthMethod {
		return gossh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
			a := make([]string, len(qs))
			for i := range a {
				a[i] = code
			}
			return a, nil
		})
	}
	coded := startServer(t, Config{Code: "sourdough"})
	keyed := startServer(t, Config{AuthorizedKeys: keyFile})

	tests := []struct {
		name   string
		h      *harness
		user   string
		auth   []gossh.AuthMethod
		wantIn bool
	}{
		{"no code", coded, "kari", nil, false},
		{"wrong password", coded, "kari", []gossh.AuthMethod{gossh.Password("rye")}, false},
		{"wrong answer", coded, "kari", []gossh.AuthMethod{answer("rye")}, false},
		{"empty password", coded, "kari", []gossh.AuthMethod{gossh.Password("")}, false},
		{"password", coded, "kari", []gossh.AuthMethod{gossh.Password("sourdough")}, true},
		{"keyboard-interactive", coded, "ola", []gossh.AuthMethod{answer("sourdough")}, true},
		{"key not listed", keyed, "eve", []gossh.AuthMethod{gossh.PublicKeys(eve)}, false},
		{"no key", keyed, "eve", []gossh.AuthMethod{gossh.Password("sourdough")}, false},
		{"listed key", keyed, "alice", []gossh.AuthMethod{gossh.PublicKeys(alice)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.h.dial(tt.user, tt.auth...)
			if (err == nil) != tt.wantIn {
				t.Fatalf("dial as %s = %v, want in: %v", tt.user, err, tt.wantIn)
			}
			if err != nil {
				return
			}
			c.Close()
		})
	}

	// With keys, a name belongs to the first key that used it.
	if _, _, code := keyed.run("alice", "help", gossh.PublicKeys(alice)); code != 0 {
		t.Fatalf("alice's help = %d", code)
	}
	tm := keyed.openTerminal("alice", gossh.PublicKeys(alice))
	keyed.focused("alice", titleLanguage)
	tm.send(ctrlC)
	tm.wait()
	_, errOut, code := keyed.run("alice", "yaml", gossh.PublicKeys(bob))
	if code != 1 || !strings.Contains(errOut, "belongs to someone else's key") {
		t.Errorf("bob as alice = %d, %q; want 1 and a refusal", code, errOut)
	}
	c, err := keyed.dial("alice", gossh.PublicKeys(bob))
	if err != nil {
		t.Fatal(err)
	}
	if tm := startTerminal(t, c, ""); tm.wait() != 1 || !strings.Contains(tm.errOut.String(), "someone else's key") {
		t.Errorf("bob's interview as alice was not refused: %q", tm.errOut.String())
	}
}

func newSigner(t *testing.T) gossh.Signer {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestKillThenResume(t *testing.T) {
	h := startServer(t, Config{})
	baseline := runtime.NumGoroutine()

	tm := h.openTerminal("kari")
	h.toOrganisation(tm, "kari")
	h.typeInto(tm, "kari", titleName, "Bakeriet")
	h.businessKind(tm, "kari")
	h.focused("kari", titleAbout)
	tm.send("Half a sentence")
	h.screen("kari", "Half a sentence")
	tm.kill()

	// What was on the page when the client died is saved too.
	eventually(t, "the open page to be saved", func() bool {
		p := h.savedPlan("kari")
		return p != nil && p.Organisation.About == "Half a sentence"
	})
	settled(t, h, baseline)

	// Back on the page the client died on, at its first empty field.
	again := h.openTerminal("kari")
	h.focused("kari", titleAudience)
	h.screen("kari", "Bakeriet", "Half a sentence")
	again.kill()
	settled(t, h, baseline)
}

// settled waits until the goroutines are back to the baseline, showing
// those left over when they are not.
func settled(t *testing.T, h *harness, baseline int) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for runtime.NumGoroutine() > baseline || h.srv.Live() > 0 {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines, baseline %d:\n%s", runtime.NumGoroutine(), baseline, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestNoLeaksUnderChurn(t *testing.T) {
	h := startServer(t, Config{Limits: Limits{NewNames: 100}})
	baseline := runtime.NumGoroutine()
	for round := range 3 {
		var ts []*terminal
		for i := range 5 {
			id := string(rune('a'+round)) + string(rune('a'+i))
			ts = append(ts, h.openTerminal(id))
			h.focused(id, titleLanguage)
		}
		for i, tm := range ts {
			switch i % 3 {
			case 0:
				tm.kill()
			case 1:
				tm.send(ctrlC)
				tm.wait()
				tm.client.Close()
			case 2:
				tm.sess.Close() // the session, not the connection
				tm.wait()
				tm.client.Close()
			}
		}
	}
	settled(t, h, baseline)
}

func TestGracefulShutdown(t *testing.T) {
	h := startServer(t, Config{})
	names := []string{"kari", "ola", "nina"}
	var ts []*terminal
	for _, id := range names {
		tm := h.openTerminal(id)
		h.toOrganisation(tm, id)
		tm.send("Unsaved " + id)
		h.screen(id, "Unsaved "+id)
		ts = append(ts, tm)
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := h.srv.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("shutdown took %s, want under 5s", d)
	}
	for i, id := range names {
		if p := h.savedPlan(id); p == nil || p.Organisation.Name != "Unsaved "+id {
			t.Errorf("%s's plan after shutdown = %+v, want the typed name saved", id, p)
		}
		ts[i].wait()
		if !strings.Contains(ts[i].out.String(), "The workshop is closing") {
			t.Errorf("%s was not told the workshop is closing: %q", id, tail(ts[i].out.String()))
		}
	}
	if _, err := h.dial("late"); err == nil {
		t.Errorf("a connection after shutdown was accepted")
	}
}

func TestIdleTimeout(t *testing.T) {
	h := startServer(t, Config{IdleTimeout: 300 * time.Millisecond})
	tm := h.openTerminal("kari")
	if code := tm.wait(); code != 0 || !strings.Contains(tm.out.String(), "without input") {
		t.Errorf("idle session = %d, %q; want 0 and a message", code, tail(tm.out.String()))
	}
	if p := h.savedPlan("kari"); p == nil {
		t.Errorf("nothing saved at the idle timeout")
	}
}

func TestHandshakeTimeout(t *testing.T) {
	h := startServer(t, Config{HandshakeTimeout: 200 * time.Millisecond})
	c, err := net.Dial("tcp", h.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(waitTimeout))
	buf := make([]byte, 256)
	for {
		if _, err = c.Read(buf); err != nil {
			break
		}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Errorf("a silent connection was kept open for %s", waitTimeout)
	}
}

// panicky panics on ctrl+p, as a bug in the wizard would.
type panicky struct{ tea.Model }

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "ctrl+p" {
		panic("a bug")
	}
	m, cmd := p.Model.Update(msg)
	p.Model = m
	return p, cmd
}

func TestPanicIsContained(t *testing.T) {
	v := &views{}
	h := startServer(t, Config{wrap: func(id string, m tea.Model) tea.Model { return panicky{v.wrap(id, m)} }})
	h.views = v
	kari, ola := h.openTerminal("kari"), h.openTerminal("ola")
	h.toOrganisation(kari, "kari")
	h.typeInto(kari, "kari", titleName, "Saved before")
	h.businessKind(kari, "kari")
	h.typeInto(kari, "kari", titleAbout, "Bread")
	h.typeInto(kari, "kari", titleAudience, "Neighbours")
	kari.send(enter) // a list takes a line per enter; an empty line goes on
	h.focused("kari", titlePresence)
	h.focused("ola", titleLanguage)
	eventually(t, "the page to be saved", func() bool {
		p := h.savedPlan("kari")
		return p != nil && p.Organisation.Name == "Saved before"
	})

	kari.send("\x10") // ctrl+p
	if code := kari.wait(); code != 1 || !strings.Contains(kari.errOut.String(), "Something went wrong") {
		t.Errorf("panicking session = %d, %q; want 1 and an apology", code, kari.errOut.String())
	}
	if p := h.savedPlan("kari"); p == nil || p.Organisation.Name != "Saved before" {
		t.Errorf("saved answers after the panic = %+v", p)
	}
	// The other session goes on.
	ola.send(enter)
	h.focused("ola", titleName)
	if !strings.Contains(h.logs.String(), "panicked") {
		t.Errorf("the panic was not logged:\n%s", h.logs.String())
	}
	// And the name is free again.
	again := h.openTerminal("kari")
	h.focused("kari", titlePresence)
	again.kill()
}

func TestEditorIsOff(t *testing.T) {
	marker := filepath.Join(t.TempDir(), "editor-ran")
	script := filepath.Join(t.TempDir(), "editor")
	os.WriteFile(script, []byte("#!/bin/sh\ntouch "+marker+"\n"), 0o755)
	t.Setenv("EDITOR", script)
	t.Setenv("VISUAL", script)

	h := startServer(t, Config{})
	tm := h.openTerminal("kari")
	h.toOrganisation(tm, "kari")
	h.typeInto(tm, "kari", titleName, "Bakeriet")
	h.businessKind(tm, "kari")
	h.focused("kari", titleAbout)
	tm.send(ctrlE, "after")
	h.screen("kari", "after") // ctrl+e has been handled by now
	if v := h.views.get("kari"); strings.Contains(v, "ctrl+e") {
		t.Errorf("the help offers ctrl+e:\n%s", v)
	}
	if _, err := os.Stat(marker); err == nil {
		t.Errorf("ctrl+e ran the editor on the server")
	}
	tm.kill()
}

func TestControlCharactersNeverStored(t *testing.T) {
	h := startServer(t, Config{})
	tm := h.openTerminal("kari")
	h.toOrganisation(tm, "kari")
	// A bracketed paste full of escapes and a bidi override.
	tm.send("\x1b[200~Bak\x1b]0;pwned\x07er\u202eiet\x1b[2J\x1b[201~")
	h.screen("kari", "Bak")
	tm.send(enter)
	h.businessKind(tm, "kari")
	h.focused("kari", titleAbout)
	tm.kill()
	eventually(t, "the session to end", func() bool { return h.srv.Live() == 0 })
	name := h.savedPlan("kari").Organisation.Name
	if strings.ContainsAny(name, "\x1b\x07\u202e") || !strings.HasPrefix(name, "Bak") {
		t.Errorf("saved name = %q, want it without control characters", name)
	}
	out, _, _ := h.run("kari", "markdown")
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("markdown carries control characters: %q", out)
	}
}

func TestHostKey(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	before, _ := os.ReadDir(wd)
	var fingerprints []string
	for range 2 {
		st, err := OpenStore(dir)
		if err != nil {
			t.Fatal(err)
		}
		s, err := New(Config{Store: st})
		if err != nil {
			t.Fatal(err)
		}
		fingerprints = append(fingerprints, s.HostKeyFingerprint())
		st.Close()
	}
	if fingerprints[0] != fingerprints[1] {
		t.Errorf("host key changed between starts: %v", fingerprints)
	}
	fi, err := os.Stat(filepath.Join(dir, hostKeyFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("host key file = %v, %v; want mode 0600", fi, err)
	}
	after, _ := os.ReadDir(wd)
	if len(after) != len(before) {
		t.Errorf("files were written to the current folder: %d before, %d after", len(before), len(after))
	}
}

// TestMemoryLimitFollowsSessions: with a budget per session, the soft
// memory limit grows and shrinks with the sessions that are live, and a
// small room gets at least minLimit.
func TestMemoryLimitFollowsSessions(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	s := &Server{cfg: Config{SessionMemory: 3 << 20}, live: map[string]*liveSession{}, base: minBase}
	files := int64(residentFiles())
	if runtime.GOOS == "linux" && files == 0 {
		t.Fatal("no resident files read on Linux: the program's own code is resident")
	}
	for i := range 40 {
		if _, err := s.register(fmt.Sprint("p", i), "test"); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := debug.SetMemoryLimit(-1), minBase+40*(3<<20)-files; got > want || got < want-4<<20 {
		t.Errorf("limit with 40 sessions = %d, want %d", got, want)
	}
	s.unregister("p39")
	if got, want := debug.SetMemoryLimit(-1), minBase+39*(3<<20)-files; got > want || got < want-4<<20 {
		t.Errorf("limit with 39 sessions = %d, want %d", got, want)
	}
	for i := range 38 {
		s.unregister(fmt.Sprint("p", i))
	}
	if got := debug.SetMemoryLimit(-1); got != minLimit {
		t.Errorf("limit with one session = %d, want the floor %d", got, int64(minLimit))
	}
}

// TestFilterRefusesExec: a served wizard's request to run a process never
// reaches Bubble Tea, whatever path led to it.
func TestFilterRefusesExec(t *testing.T) {
	s := &Server{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	f := s.filter("kari")
	if got := f(nil, tea.Exec(nil, nil)()); got != nil {
		t.Errorf("filter(exec) = %T, want nil", got)
	}
	if got := f(nil, tea.KeyPressMsg{Code: 0x200b, Text: "\u200b"}); got != nil {
		t.Errorf("filter(zero-width space) = %v, want nil", got)
	}
	if got := f(nil, tea.KeyPressMsg{Code: 'a', Text: "a"}); got == nil {
		t.Error("filter dropped an ordinary key")
	}
}
