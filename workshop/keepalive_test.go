package workshop

import (
	"net"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// freezer is a TCP proxy to the server that can stop passing bytes both
// ways without closing anything: a laptop that went to sleep.
type freezer struct {
	l      net.Listener
	frozen atomic.Bool
}

func newFreezer(t *testing.T, to string) *freezer {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &freezer{l: l}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", to)
			if err != nil {
				c.Close()
				return
			}
			go f.pass(c, s)
			go f.pass(s, c)
		}
	}()
	return f
}

// pass copies src to dst until either closes, dropping what arrives while
// frozen.
func (f *freezer) pass(dst, src net.Conn) {
	defer dst.Close()
	defer src.Close()
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if err != nil {
			return
		}
		if f.frozen.Load() {
			continue
		}
		if _, err := dst.Write(buf[:n]); err != nil {
			return
		}
	}
}

// TestKeepAlive: a client that answers keeps its session however quiet
// its participant; a client that stops answering is closed after three
// intervals, its open page saved and its name free to connect again.
func TestKeepAlive(t *testing.T) {
	const every = 100 * time.Millisecond
	h := startServer(t, Config{KeepAlive: every})
	fr := newFreezer(t, h.addr)
	c, err := gossh.Dial("tcp", fr.l.Addr().String(), &gossh.ClientConfig{
		User: "kari", HostKeyCallback: gossh.FixedHostKey(h.srv.key), Timeout: waitTimeout,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	tm := startTerminal(t, c, "")
	h.toOrganisation(tm, "kari")
	h.typeInto(tm, "kari", titleName, "Bakeriet")
	h.businessKind(tm, "kari")
	h.focused("kari", titleAbout)
	tm.send("Typed before the lid closed")
	h.screen("kari", "Typed before the lid closed")

	time.Sleep(10 * every) // quiet, but answering
	if h.srv.Live() != 1 {
		t.Fatal("a quiet client that answers was closed")
	}

	fr.frozen.Store(true)
	eventually(t, "the silent connection to be closed", func() bool { return h.srv.Live() == 0 })
	if p := h.savedPlan("kari"); p == nil || p.Organisation.About != "Typed before the lid closed" {
		t.Errorf("open page not saved when the connection was closed: %+v", p)
	}
	again := h.openTerminal("kari")
	h.focused("kari", titleAudience) // the page the lid closed on, at its first empty field
	again.kill()
}

// TestKeepAliveCountsTyping: a client that never answers the server's
// keep-alives (as the SSH protocol says it must) keeps its session while
// its participant types, and loses it once they stop.
func TestKeepAliveCountsTyping(t *testing.T) {
	const every = 100 * time.Millisecond
	h := startServer(t, Config{KeepAlive: every})
	nc, err := net.Dial("tcp", h.addr)
	if err != nil {
		t.Fatal(err)
	}
	conn, chans, _, err := gossh.NewClientConn(nc, h.addr, &gossh.ClientConfig{
		User: "kari", HostKeyCallback: gossh.FixedHostKey(h.srv.key), Timeout: waitTimeout,
	})
	if err != nil {
		t.Fatal(err)
	}
	// The server's requests are left unread, so never answered.
	c := gossh.NewClient(conn, chans, make(chan *gossh.Request))
	defer c.Close()
	tm := startTerminal(t, c, "")
	h.toOrganisation(tm, "kari")
	h.focused("kari", titleName)
	for range 30 { // 1.5 s: five keep-alive timeouts
		tm.send("a")
		time.Sleep(every / 2)
	}
	if h.srv.Live() != 1 {
		t.Fatal("a client that types was closed for not answering keep-alives")
	}
	eventually(t, "the silent client to be closed once typing stopped", func() bool { return h.srv.Live() == 0 })
}
