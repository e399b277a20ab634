package workshop

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// dialFrom connects from a given loopback address (127.0.0.0/8 is all
// loopback on Linux), as a participant on another computer would.
func (h *harness) dialFrom(from, user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: waitTimeout}
	c, err := d.Dial("tcp", h.addr)
	if err != nil {
		return nil, err
	}
	cc, chans, reqs, err := gossh.NewClientConn(c, h.addr, &gossh.ClientConfig{
		User: user, Auth: auth, HostKeyCallback: gossh.FixedHostKey(h.srv.key), Timeout: waitTimeout,
	})
	if err != nil {
		c.Close()
		return nil, err
	}
	return gossh.NewClient(cc, chans, reqs), nil
}

// sizes records every window size a wizard is given.
type sizes struct {
	mu  sync.Mutex
	got []tea.WindowSizeMsg
}

type sizeSpy struct {
	tea.Model
	s *sizes
}

func (s sizeSpy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		s.s.mu.Lock()
		s.s.got = append(s.s.got, ws)
		s.s.mu.Unlock()
	}
	m, cmd := s.Model.Update(msg)
	s.Model = m
	return s, cmd
}

func (s *sizes) max() (w, h int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.got {
		w, h = max(w, m.Width), max(h, m.Height)
	}
	return w, h
}

func (s *sizes) last() tea.WindowSizeMsg {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.got) == 0 {
		return tea.WindowSizeMsg{}
	}
	return s.got[len(s.got)-1]
}

func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// Fault 1: a 65535×65535 PTY and a huge resize are clamped; the server's
// heap stays within its budget and a normal participant still gets a
// first frame.
func TestHugeTerminalIsClamped(t *testing.T) {
	var v views
	rec := &sizes{}
	h := startServer(t, Config{wrap: func(id string, m tea.Model) tea.Model {
		m = v.wrap(id, m)
		if id == "eve" {
			return sizeSpy{m, rec}
		}
		return m
	}})
	h.views = &v
	before := heapInUse()

	c, err := h.dial("eve")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	sess.Stdout = &out
	in, _ := sess.StdinPipe()
	if err := sess.RequestPty("xterm-256color", 65535, 65535, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	h.focused("eve", titleLanguage)
	for _, size := range [][2]int{{1024, 1024}, {3000, 3000}, {1 << 31, 1 << 31}, {0xffffffff, 1}} {
		if _, err := sess.SendRequest("window-change", false, gossh.Marshal(struct{ W, H, PW, PH uint32 }{uint32(size[0]), uint32(size[1]), 0, 0})); err != nil {
			t.Fatal(err)
		}
	}
	// A size the wizard can use still gets through, after the flood.
	sess.WindowChange(30, 100)
	eventually(t, "the last window size", func() bool { return rec.last() == tea.WindowSizeMsg{Width: 100, Height: 30} })
	if w, hh := rec.max(); w > DefaultMaxWidth || hh > DefaultMaxHeight {
		t.Errorf("the wizard was given %d×%d, want at most %d×%d", w, hh, DefaultMaxWidth, DefaultMaxHeight)
	}
	io.WriteString(in, enter)
	h.focused("eve", titleName)

	// Another participant is served as usual.
	kari := h.openTerminal("kari")
	h.focused("kari", titleLanguage)
	kari.kill()

	if grown := int64(heapInUse()) - int64(before); grown > 3*(3<<20) {
		t.Errorf("heap grew %.1f MB for two sessions, over the budget of 3 MB each", float64(grown)/(1<<20))
	}
	if !strings.Contains(h.logs.String(), `msg="limit hit" limit=window-size`) {
		t.Errorf("the clamped size was not logged:\n%s", h.logs.String())
	}
}

// Fault 2: 300 connections that never start the handshake, from one
// address and from many, do not keep a participant with the code out.
func TestSilentConnectionsDoNotLockOut(t *testing.T) {
	h := startServer(t, Config{Code: "sourdough", MaxSessions: 3})
	var silent []net.Conn
	defer func() {
		for _, c := range silent {
			c.Close()
		}
	}()
	open := func(from string) {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}
		c, err := d.Dial("tcp", h.addr)
		if err == nil {
			silent = append(silent, c)
		}
	}
	for range 150 {
		open("127.0.0.2") // one address: most are refused at once
	}
	for i := range 150 {
		open(fmt.Sprintf("127.0.1.%d", 1+i%50)) // fifty addresses: the pool fills and the oldest go
	}
	eventually(t, "the handshake pool to be full", func() bool { return h.srv.gate.count() == DefaultMaxHandshakes })

	tm := startTerminal(t, mustDial(t, h, "127.0.0.1", "kari", gossh.Password("sourdough")), "")
	h.focused("kari", titleLanguage)
	tm.kill()
	logs := h.logs.String()
	for _, want := range []string{"limit=handshakes-per-address", "limit=handshakes ", `msg="login ok" remote=127.0.0.1`} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q", want)
		}
	}
}

func mustDial(t *testing.T, h *harness, from, user string, auth ...gossh.AuthMethod) *gossh.Client {
	t.Helper()
	c, err := h.dialFrom(from, user, auth...)
	if err != nil {
		t.Fatalf("dial from %s as %s: %v", from, user, err)
	}
	return c
}

// Fault 3: a second server on the same data folder is refused, and host
// keys made at the same moment are one key.
func TestSecondServerRefused(t *testing.T) {
	dir := t.TempDir()
	first, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	if _, err := New(Config{Store: first}); err != nil {
		t.Fatal(err)
	}
	second, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	_, err = New(Config{Store: second})
	var inUse *FolderInUseError
	if !errors.As(err, &inUse) || !strings.Contains(err.Error(), fmt.Sprintf("process %d", os.Getpid())) {
		t.Fatalf("second server = %v, want a *FolderInUseError naming this process", err)
	}
	// Once the first lets go, the folder can be used again.
	first.Close()
	if _, err := New(Config{Store: second}); err != nil {
		t.Errorf("after the first server closed: %v", err)
	}
}

func TestHostKeyRace(t *testing.T) {
	dir := t.TempDir()
	const n = 30
	keys := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			st, err := OpenStore(dir)
			if err != nil {
				errs[i] = err
				return
			}
			defer st.Close()
			keys[i], _, errs[i] = st.HostKey()
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil || !bytes.Equal(keys[i], keys[0]) || len(keys[i]) == 0 {
			t.Fatalf("store %d: key %d bytes, %v; want the one key every store got", i, len(keys[i]), errs[i])
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file was left: %s", e.Name())
		}
	}
}

// Fault 5: look-alike names are refused, and a fullwidth name is the
// participant it looks like.
func TestLookAlikeNames(t *testing.T) {
	h := startServer(t, Config{})
	for _, id := range []string{"kari", "cop"} {
		tm := h.openTerminal(id)
		h.focused(id, titleLanguage)
		tm.send(ctrlC)
		tm.wait()
	}
	eventually(t, "the sessions to end", func() bool { return h.srv.Live() == 0 })
	tests := []struct{ user, want string }{
		{"k\u0430ri", "mixes letters of two alphabets (Latin and Cyrillic)"}, // Cyrillic а
		{"\u0441\u043e\u0440", "looks like cop"},                             // Cyrillic сор, all one script
		{"k\u200bari", "control characters"},                                 // zero-width space
		{"kari\u200e", "control characters"},                                 // LRM
		{"𝐤𝐚𝐫𝐢", "symbols or styled letters"},                                // mathematical bold
	}
	for _, tt := range tests {
		c, err := h.dial(tt.user)
		if err != nil {
			t.Fatal(err)
		}
		tm := startTerminal(t, c, "")
		if code := tm.wait(); code != 1 || !strings.Contains(tm.errOut.String(), tt.want) {
			t.Errorf("ssh %s@host = %d, %q; want 1 and %q", QuoteName(tt.user), code, tm.errOut.String(), tt.want)
		}
	}
	// Fullwidth letters fold to kari's own name: her plan, not a second one.
	c, err := h.dial("ｋａｒｉ")
	if err != nil {
		t.Fatal(err)
	}
	tm := startTerminal(t, c, "")
	h.focused("kari", titleLanguage)
	tm.kill()
	if ids, _ := h.store.IDs(); strings.Join(ids, ",") != "cop,kari" {
		t.Errorf("participants = %v, want only cop and kari", ids)
	}
}

// Fault 7: every failed login is logged with its address, and an address
// that guesses too often is refused even the right code, while another
// address still gets in.
func TestLoginFailuresThrottled(t *testing.T) {
	h := startServer(t, Config{Code: "sourdough", Limits: Limits{LoginFailures: 3}})
	for range 3 {
		if c, err := h.dialFrom("127.0.0.2", "eve", gossh.Password("guess")); err == nil {
			c.Close()
			t.Fatal("a wrong code got in")
		}
	}
	if c, err := h.dialFrom("127.0.0.2", "eve", gossh.Password("sourdough")); err == nil {
		c.Close()
		t.Error("the right code got in from an address that guessed too often")
	}
	c := mustDial(t, h, "127.0.0.3", "kari", gossh.Password("sourdough"))
	c.Close()
	logs := h.logs.String()
	if n := strings.Count(logs, `msg="login failed" remote=127.0.0.2:`); n != 3 {
		t.Errorf("%d failed logins logged, want 3:\n%s", n, logs)
	}
	for _, want := range []string{`reason="wrong code"`, `limit=login-failures remote=127.0.0.2`, `action="closed before the handshake"`, ` user=eve `, ` user=kari `} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %s", want)
		}
	}
}

// Fault 4 and 6: a save that fails is logged when it happens, the
// participant sees a short message without paths, and the server's save
// report counts it.
func TestFailedSaveIsReported(t *testing.T) {
	h := startServer(t, Config{})
	tm := h.openTerminal("kari")
	h.toOrganisation(tm, "kari")
	// The participant's folder disappears under the server (a disk
	// unmounted, a facilitator's mistake): the next save cannot land.
	// (A save still in flight may add a file while it goes: try again.)
	eventually(t, "kari's folder to go", func() bool {
		return os.RemoveAll(filepath.Join(h.store.Dir(), participantsDir, "kari")) == nil
	})
	h.typeInto(tm, "kari", titleName, "Bakeriet")
	h.businessKind(tm, "kari")
	h.typeInto(tm, "kari", titleAbout, "Bread")
	h.typeInto(tm, "kari", titleAudience, "Neighbours")
	tm.send(enter) // an empty line ends the list and the page, which saves
	defer func() {
		if t.Failed() {
			t.Logf("screen:\n%s", h.views.get("kari"))
		}
	}()
	h.screen("kari", "could not save: the server could not store it; tell the facilitator")
	if v := h.views.get("kari"); strings.Contains(v, h.store.Dir()) || strings.Contains(v, ".tmp") {
		t.Errorf("the screen shows a path:\n%s", v)
	}
	eventually(t, "the failed save in the log", func() bool { return strings.Contains(h.logs.String(), `msg="save failed" id=kari file=plan.yaml`) })
	tm.kill()
	eventually(t, "the session to end", func() bool { return h.srv.Live() == 0 })
	r := h.srv.Saves()
	if r.Failed < 1 || strings.Join(r.Unsaved, ",") != "kari" {
		t.Errorf("Saves() = %+v, want failures and kari unsaved", r)
	}
	// kari comes back and saves: the closing summary no longer calls
	// kari's latest answers unsaved, and still counts the failure.
	tm = h.openTerminal("kari")
	h.toOrganisation(tm, "kari") // leaving the welcome page saves the plan
	eventually(t, "kari's plan saved again", func() bool { return h.savedPlan("kari") != nil })
	eventually(t, "kari off the unsaved list", func() bool { return len(h.srv.Saves().Unsaved) == 0 })
	if r := h.srv.Saves(); r.Failed < 1 {
		t.Errorf("Saves() after kari saved again = %+v, want the earlier failures still counted", r)
	}
}

// Fault 6: a corrupt record neither shows its error nor locks the
// participant out.
func TestCorruptRecord(t *testing.T) {
	h := startServer(t, Config{})
	tm := h.openTerminal("kari")
	h.toOrganisation(tm, "kari")
	tm.send(ctrlC)
	tm.wait()
	eventually(t, "the session to end", func() bool { return h.srv.Live() == 0 })
	os.WriteFile(filepath.Join(h.store.Dir(), participantsDir, "kari", metaFile), []byte("{not json"), 0o600)
	if out, errOut, code := h.run("kari", "yaml"); code != 0 || !strings.Contains(out, "language:") {
		t.Errorf("yaml with a corrupt record = %d, %q, %q", code, tail(out), errOut)
	}
	tm = h.openTerminal("kari")
	eventually(t, "the corrupt record in the log", func() bool { return strings.Contains(h.logs.String(), "cannot read a participant's record") })
	eventually(t, "the wizard", func() bool { return h.srv.Live() == 1 })
	h.focused("kari", titleName)
	tm.kill()
}

// Fault 8: a session without a PTY claims no name; from= is honoured; a
// line with an option the server cannot honour is left out with a warning.
func TestAuthorizedKeyOptions(t *testing.T) {
	keyFile := filepath.Join(t.TempDir(), "authorized_keys")
	alice, bob, far, cmd := newSigner(t), newSigner(t), newSigner(t), newSigner(t)
	line := func(opts string, s gossh.Signer) string {
		return opts + string(gossh.MarshalAuthorizedKey(s.PublicKey()))
	}
	os.WriteFile(keyFile, []byte(line("", alice)+line(`from="127.0.0.1,!127.0.0.9" `, bob)+
		line(`from="10.0.0.0/8" `, far)+line(`command="/bin/sh" `, cmd)+"not a key\n"), 0o600)
	h := startServer(t, Config{AuthorizedKeys: keyFile})

	// bob without a terminal does not take alice's name.
	c := mustDial(t, h, "127.0.0.1", "alice", gossh.PublicKeys(bob))
	if tm := startTerminalNoPty(t, c); tm.wait() != 1 || !strings.Contains(tm.errOut.String(), "needs a terminal") {
		t.Errorf("bob without a PTY: %q", tm.errOut.String())
	}
	if _, err := h.store.Folder("alice", false); err == nil {
		t.Errorf("a session without a PTY created alice's folder")
	}
	tm := startTerminal(t, mustDial(t, h, "127.0.0.1", "alice", gossh.PublicKeys(alice)), "")
	h.focused("alice", titleLanguage)
	tm.kill()

	for _, tt := range []struct {
		from   string
		signer gossh.Signer
		in     bool
	}{
		{"127.0.0.1", bob, true},
		{"127.0.0.9", bob, false},
		{"127.0.0.1", far, false},
		{"127.0.0.1", cmd, false},
	} {
		c, err := h.dialFrom(tt.from, "x", gossh.PublicKeys(tt.signer))
		if (err == nil) != tt.in {
			t.Errorf("from %s with key %s: %v, want in: %v", tt.from, gossh.FingerprintSHA256(tt.signer.PublicKey()), err, tt.in)
		}
		if c != nil {
			c.Close()
		}
	}
	logs := h.logs.String()
	for _, want := range []string{`authorized_keys:4: the option \"command\" is not supported`, "authorized_keys:5: no key can be read"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %s:\n%s", want, logs)
		}
	}
}

func startTerminalNoPty(t *testing.T, c *gossh.Client) *terminal {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	tm := &terminal{t: t, client: c, sess: sess, out: &syncBuffer{}, errOut: &syncBuffer{}, exit: make(chan error, 1)}
	sess.Stdout, sess.Stderr = tm.out, tm.errOut
	tm.stdin, _ = sess.StdinPipe()
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() { tm.exit <- sess.Wait() }()
	t.Cleanup(func() { c.Close() })
	return tm
}

// Participants created per minute from one address are bounded.
func TestNewNamesPerAddress(t *testing.T) {
	h := startServer(t, Config{Limits: Limits{NewNames: 2}})
	for _, id := range []string{"a1", "a2"} {
		tm := startTerminal(t, mustDial(t, h, "127.0.0.2", id), "")
		h.focused(id, titleLanguage)
		tm.kill()
	}
	tm := startTerminal(t, mustDial(t, h, "127.0.0.2", "a3"), "")
	if code := tm.wait(); code != 1 || !strings.Contains(tm.errOut.String(), "too many new names") {
		t.Errorf("third new name = %d, %q", code, tm.errOut.String())
	}
	// A returning participant and another computer are not held back.
	tm = startTerminal(t, mustDial(t, h, "127.0.0.2", "a1"), "")
	eventually(t, "a1's wizard", func() bool { return h.srv.Live() >= 1 })
	tm.kill()
	tm = startTerminal(t, mustDial(t, h, "127.0.0.3", "b1"), "")
	h.focused("b1", titleLanguage)
	tm.kill()
}

// Fault 7: a client typing thousands of keys a second is held to the
// input rate.
func TestInputRate(t *testing.T) {
	src := bytes.NewReader(bytes.Repeat([]byte("k"), 3000))
	var hits atomic.Int32
	r := newThrottledReader(context.Background(), src, 2000, 1000, func() { hits.Add(1) })
	start := time.Now()
	n, _ := io.Copy(io.Discard, r)
	if d := time.Since(start); n != 3000 || d < 900*time.Millisecond {
		t.Errorf("read %d bytes in %s; want 3000 in at least (3000-1000)/2000 s", n, d)
	}
	if hits.Load() != 1 {
		t.Errorf("limit reported %d times, want once", hits.Load())
	}
}

// Smaller faults: a window below the minimum asks for a larger one.
func TestWindowTooSmall(t *testing.T) {
	h := startServer(t, Config{})
	c, err := h.dial("kari")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, _ := c.NewSession()
	var out syncBuffer
	sess.Stdout = &out
	sess.StdinPipe() // kept open: the session ends when its input does
	sess.RequestPty("xterm", 5, 20, gossh.TerminalModes{})
	sess.Shell()
	eventually(t, "the request for a larger window", func() bool {
		s := ansi.Strip(out.String())
		return strings.Contains(s, "Make the") && strings.Contains(s, "larger")
	})
	sess.WindowChange(24, 80)
	eventually(t, "the wizard", func() bool { return strings.Contains(ansi.Strip(out.String()), "Social media strategy") })
}

// Smaller faults: the plain interview over SSH, with and without a PTY.
func TestAccessibleOverSSH(t *testing.T) {
	h := startServer(t, Config{})
	for _, pty := range []bool{false, true} {
		id := "plain"
		if pty {
			id = "plainpty"
		}
		c, err := h.dial(id)
		if err != nil {
			t.Fatal(err)
		}
		sess, _ := c.NewSession()
		var out syncBuffer
		sess.Stdout = &out
		in, _ := sess.StdinPipe()
		if pty {
			sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{})
		}
		if err := sess.Start("accessible"); err != nil {
			t.Fatal(err)
		}
		eventually(t, "the first question", func() bool { return strings.Contains(out.String(), "Language") })
		// Choose the first language, then name the organisation, with a
		// typo mended by backspace when there is a PTY; an empty answer
		// takes the kind offered (business).
		nl := "\n"
		if pty {
			nl = "\r"
		}
		io.WriteString(in, "1"+nl)
		eventually(t, "the organisation question", func() bool { return strings.Contains(out.String(), titleName) })
		if pty {
			io.WriteString(in, "Bakerx\x7fiet\r\rBread\rNeighbours\r")
		} else {
			io.WriteString(in, "Bakeriet\n\nBread\nNeighbours\n")
		}
		eventually(t, "the answer saved", func() bool {
			p := h.savedPlan(id)
			return p != nil && p.Organisation.Name == "Bakeriet" && p.Organisation.Kind == strategy.KindBusiness &&
				p.Organisation.About == "Bread"
		})
		if pty && !strings.Contains(out.String(), "Bakerx\b \biet\r\n") {
			t.Errorf("typing was not echoed as a terminal would: %q", tail(out.String()))
		}
		c.Close()
	}
}

// Fault 5: invisible format characters typed or pasted never reach an
// answer, so two answers that look the same are the same.
func TestInvisibleCharactersNeverStored(t *testing.T) {
	h := startServer(t, Config{})
	tm := h.openTerminal("kari")
	h.toOrganisation(tm, "kari")
	tm.send("Ba\u200bker\u200eiet")
	h.screen("kari", "Bakeriet")
	tm.send(enter)
	h.businessKind(tm, "kari")
	h.focused("kari", titleAbout)
	tm.send("\x1b[200~We\u2060 bake\u200f bread\ufeff\x1b[201~")
	h.screen("kari", "We bake bread")
	tm.send(enter)
	h.focused("kari", titleAudience)
	h.typeInto(tm, "kari", titleAudience, "Coders 👩\u200d💻")
	tm.send(enter)                                                                           // an empty line ends the list
	h.focused("kari", "Are the people you want to reach (Coders 👩\u200d💻) on social media?") // going on saved the page
	tm.send(ctrlC)
	tm.wait()
	p := h.savedPlan("kari")
	if p == nil || p.Organisation.Name != "Bakeriet" || p.Organisation.About != "We bake bread" {
		t.Fatalf("saved %+v, want the answers without invisible characters", p)
	}
	if got := strings.Join(p.AudienceNames(), ","); got != "Coders 👩\u200d💻" {
		t.Errorf("audiences = %q, want the emoji with its joiner", got)
	}
}

// The handshake pool makes room by closing a connection that has sent
// nothing, then one that has stalled, and otherwise turns the new one
// away: clients under way are not closed.
func TestGateEvictsSilentFirst(t *testing.T) {
	var hits []string
	g := newGate(2, 10, func(limit, _ string, _ int, _ ...any) { hits = append(hits, limit) })
	conn := func() (net.Conn, net.Conn) { return net.Pipe() }
	a, aPeer := conn()
	b, bPeer := conn()
	pa, pb := g.admit(a), g.admit(b)
	if pa == nil || pb == nil {
		t.Fatal("the first two connections were refused")
	}
	go bPeer.Write([]byte("SSH-2.0-client\r\n")) // b speaks, a stays silent
	pb.Read(make([]byte, 64))
	c, _ := conn()
	if g.admit(c) == nil {
		t.Fatal("a new connection was turned away while a silent one held a place")
	}
	if _, err := aPeer.Write([]byte("x")); err == nil {
		t.Error("the silent connection was not closed")
	}
	if g.count() != 2 {
		t.Errorf("pool holds %d, want 2", g.count())
	}
	// Now both in the pool have spoken (c is told to) and are young: a
	// fourth is turned away.
	pc := func() *pendingConn {
		for p := range g.pending {
			if p != pb {
				return p
			}
		}
		return nil
	}()
	pc.spoke.Store(true)
	d, _ := conn()
	if g.admit(d) != nil {
		t.Error("a client under way was closed to make room")
	}
	// One that has stalled past stallAge makes room.
	pc.since = time.Now().Add(-2 * stallAge)
	e, _ := conn()
	if g.admit(e) == nil {
		t.Error("a stalled handshake kept a new connection out")
	}
	if len(hits) != 3 {
		t.Errorf("limit hits = %v, want one per full pool", hits)
	}
}

// Every message to participants is in every language, with the same
// format verbs.
func TestMessagesComplete(t *testing.T) {
	v := reflect.ValueOf(msg)
	for i := range v.NumField() {
		text := v.Field(i).Interface().(strategy.Text)
		if ok, why := text.Complete(); !ok {
			t.Errorf("message %s: %s", v.Type().Field(i).Name, why)
		}
	}
}

// Names are refused in the participant's language, with every reason
// translated.
func TestNameReasonsComplete(t *testing.T) {
	v := reflect.ValueOf(nameReasons)
	for i := range v.NumField() {
		if ok, why := v.Field(i).Interface().(strategy.Text).Complete(); !ok {
			t.Errorf("reason %s: %s", v.Type().Field(i).Name, why)
		}
	}
	_, err := ParticipantID("k\u0430ri")
	var ne *NameError
	if !errors.As(err, &ne) || !strings.Contains(ne.In(strategy.LangBokmal), "blander bokstaver fra to alfabeter (Latin og Cyrillic)") {
		t.Errorf("bokmål refusal = %v", err)
	}
}
