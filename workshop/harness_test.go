package workshop

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// waitTimeout bounds every wait for a condition; conditions are polled,
// never assumed after a sleep.
const waitTimeout = 10 * time.Second

// eventually polls cond until it holds or the wait times out.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// views records the last view of every participant's wizard, stripped of
// styles, so tests wait for what is on the screen rather than parse the
// renderer's stream of changed cells.
type views struct {
	mu sync.Mutex
	m  map[string]*atomic.Value
}

func (v *views) get(id string) string {
	v.mu.Lock()
	a := v.m[id]
	v.mu.Unlock()
	if a == nil {
		return ""
	}
	s, _ := a.Load().(string)
	return s
}

func (v *views) wrap(id string, m tea.Model) tea.Model {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.m == nil {
		v.m = map[string]*atomic.Value{}
	}
	a := new(atomic.Value)
	a.Store("")
	v.m[id] = a
	return spy{m, a}
}

type spy struct {
	tea.Model
	last *atomic.Value
}

func (s spy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := s.Model.Update(msg)
	s.Model = m
	return s, cmd
}

func (s spy) View() tea.View {
	v := s.Model.View()
	s.last.Store(ansi.Strip(v.Content))
	return v
}

// harness is a workshop server on a loopback port, with a fresh data folder.
type harness struct {
	t     *testing.T
	srv   *Server
	store *Store
	addr  string
	views *views
	logs  *syncBuffer
	done  chan error
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func startServer(t *testing.T, cfg Config) *harness {
	t.Helper()
	if cfg.Store == nil {
		st, err := OpenStore(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		cfg.Store = st
	}
	h := &harness{t: t, store: cfg.Store, views: &views{}, logs: &syncBuffer{}, done: make(chan error, 1)}
	if cfg.wrap == nil {
		cfg.wrap = h.views.wrap
	}
	cfg.Log = slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h.srv, h.addr = srv, l.Addr().String()
	go func() { h.done <- srv.Serve(l) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		<-h.done
		if t.Failed() {
			t.Logf("server log:\n%s", h.logs.String())
		}
	})
	return h
}

// sshTo is the command a participant types to reach the test server.
func (h *harness) sshTo(id string) string {
	_, port, _ := net.SplitHostPort(h.addr)
	return "ssh -p " + port + " " + id + "@127.0.0.1"
}

func (h *harness) dial(user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", h.addr, &gossh.ClientConfig{
		User:            user,
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(h.srv.key),
		Timeout:         waitTimeout,
	})
}

// terminal is a client session with a PTY, as a participant's ssh opens.
type terminal struct {
	t      testing.TB
	client *gossh.Client
	sess   *gossh.Session
	stdin  io.WriteCloser
	out    *syncBuffer
	errOut *syncBuffer
	exit   chan error
}

// openTerminal connects as user and starts the interview in a 120×40 PTY.
func (h *harness) openTerminal(user string, auth ...gossh.AuthMethod) *terminal {
	h.t.Helper()
	c, err := h.dial(user, auth...)
	if err != nil {
		h.t.Fatalf("dial as %q: %v", user, err)
	}
	return startTerminal(h.t, c, "")
}

func startTerminal(t testing.TB, c *gossh.Client, command string) *terminal {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	tm := &terminal{t: t, client: c, sess: sess, out: &syncBuffer{}, errOut: &syncBuffer{}, exit: make(chan error, 1)}
	sess.Stdout, sess.Stderr = tm.out, tm.errOut
	if tm.stdin, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(command)
	}
	if err != nil {
		t.Fatal(err)
	}
	go func() { tm.exit <- sess.Wait() }()
	t.Cleanup(func() { c.Close() })
	return tm
}

// kill drops the connection without a goodbye, as kill -9 of ssh does.
func (tm *terminal) kill() { tm.client.Close() }

func (tm *terminal) send(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		if _, err := io.WriteString(tm.stdin, k); err != nil {
			tm.t.Fatalf("send %q: %v", k, err)
		}
	}
}

// wait waits for the session to end and returns its exit status.
func (tm *terminal) wait() int {
	tm.t.Helper()
	select {
	case err := <-tm.exit:
		if err == nil {
			return 0
		}
		if e, ok := err.(*gossh.ExitError); ok {
			return e.ExitStatus()
		}
		return -1
	case <-time.After(waitTimeout):
		tm.t.Fatalf("session did not end; output:\n%s\nstderr:\n%s", ansi.Strip(tm.out.String()), tm.errOut.String())
	}
	return -1
}

// run runs a command without a PTY, as `ssh kari@host markdown` does, and
// returns its output, error output and exit status.
func (h *harness) run(user, command string, auth ...gossh.AuthMethod) (stdout, stderr string, code int) {
	h.t.Helper()
	c, err := h.dial(user, auth...)
	if err != nil {
		h.t.Fatalf("dial as %q: %v", user, err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		h.t.Fatal(err)
	}
	var o, e bytes.Buffer
	sess.Stdout, sess.Stderr = &o, &e
	err = sess.Run(command)
	if ee, ok := err.(*gossh.ExitError); ok {
		code = ee.ExitStatus()
	} else if err != nil {
		h.t.Fatalf("run %q as %q: %v", command, user, err)
	}
	return o.String(), e.String(), code
}

// screen waits until the participant's wizard shows every one of the texts.
func (h *harness) screen(id string, texts ...string) {
	h.t.Helper()
	eventually(h.t, "the screen of "+id+" to show "+strings.Join(texts, ", "), func() bool {
		v := h.views.get(id)
		for _, s := range texts {
			if !strings.Contains(v, s) {
				return false
			}
		}
		return true
	})
}

// focused waits until the field with the given title has the focus, which
// huh marks with a thick bar at the start of its lines.
func (h *harness) focused(id, title string) {
	h.t.Helper()
	eventually(h.t, id+"'s focus on "+title, func() bool {
		for _, line := range strings.Split(h.views.get(id), "\n") {
			if strings.Contains(line, title) && strings.Contains(line, "┃") {
				return true
			}
		}
		return false
	})
}
