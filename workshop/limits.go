package workshop

import (
	"context"
	"encoding/binary"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"
)

// Limits bounds what one participant, or one address, can make the server
// do. Zero fields take the defaults below; the README's security notes
// list each with the serve option that changes it.
type Limits struct {
	// MaxWidth and MaxHeight bound the terminal size a session is drawn at,
	// in cells: the PTY request and every window change are clamped to
	// them before the program sees them. A larger terminal shows the
	// wizard in its top-left corner. DefaultMaxWidth×DefaultMaxHeight.
	MaxWidth, MaxHeight int
	// InputRate is how many bytes a second a session's keys may arrive at,
	// after a burst of InputBurst bytes (a paste); faster input waits.
	InputRate  int
	InputBurst int
	// MaxHandshakes is how many connections may be in the SSH handshake
	// or login at once. When they are all taken, the longest-waiting one
	// that has sent nothing yet is closed to make room (a real client sends
	// its version the moment it connects; a silent one never does), else
	// the longest-waiting one if it has taken over stallAge, else the new
	// connection.
	MaxHandshakes int
	// HandshakesPerAddress is how many of those one IP address may hold.
	HandshakesPerAddress int
	// LoginFailures is how many wrong codes one IP address may give a
	// minute (and in a burst); after that its logins are refused until
	// the minute has passed.
	LoginFailures int
	// NewNames is how many new participants one IP address may create a
	// minute (and in a burst).
	NewNames int
}

// Defaults for Limits.
const (
	// DefaultMaxWidth and DefaultMaxHeight: a wizard's form uses at most
	// about 120 columns; every cell costs the renderer 112 bytes twice, so
	// 160×50 keeps one session's screen at 1.8 MB, within the 3 MB a
	// session may cost in all (a 120×40 terminal's is 1.1 MB).
	DefaultMaxWidth  = 160
	DefaultMaxHeight = 50
	// MinWidth and MinHeight are the smallest window the wizard is drawn
	// in; below it the participant is asked for a larger window. Every
	// screen of the wizard is tested to fit at 60×20.
	MinWidth  = 60
	MinHeight = 20
	// DefaultInputRate: a fast typist sends 10–15 keys a second, up to 3
	// bytes each with arrows; 200 B/s leaves room and keeps a script at a
	// few per cent of a core.
	DefaultInputRate  = 200
	DefaultInputBurst = 8 << 10
	// DefaultMaxHandshakes and DefaultHandshakesPerAddress follow
	// OpenSSH's MaxStartups start of 10 per source.
	DefaultMaxHandshakes        = 128
	DefaultHandshakesPerAddress = 10
	// DefaultLoginFailures a minute per address: ten typos is a bad day,
	// not a guessing script.
	DefaultLoginFailures = 10
	// DefaultNewNames a minute per address: one laptop, a few names.
	DefaultNewNames = 10
	// maxEnv is how many environment variables a session may send; the
	// server reads only the locale and TERM.
	maxEnv = 32
	// maxEnvLen is the longest environment variable kept, in bytes.
	maxEnvLen = 1 << 10
	// maxTermLen is the longest TERM name kept.
	maxTermLen = 64
	// stallAge is how long a handshake that has sent something must have
	// taken before it may be closed to make room for a new one.
	stallAge = 5 * time.Second
	// resizeGap is the shortest time between two window sizes passed to a
	// wizard: a flood of window changes is coalesced to the last one.
	resizeGap = 50 * time.Millisecond
	// maxAuthTries is how many logins one connection may try.
	maxAuthTries = 3
)

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxWidth, DefaultMaxWidth)
	def(&l.MaxHeight, DefaultMaxHeight)
	def(&l.InputRate, DefaultInputRate)
	def(&l.InputBurst, DefaultInputBurst)
	def(&l.MaxHandshakes, DefaultMaxHandshakes)
	def(&l.HandshakesPerAddress, DefaultHandshakesPerAddress)
	def(&l.LoginFailures, DefaultLoginFailures)
	def(&l.NewNames, DefaultNewNames)
	return l
}

// clamp bounds a terminal size to the limits; a zero size stays zero.
func (l Limits) clamp(w, h uint32) (uint32, uint32) {
	return min(w, uint32(l.MaxWidth)), min(h, uint32(l.MaxHeight))
}

// hostOf is the IP address of a network address, the key of every
// per-address limit.
func hostOf(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	if a == nil {
		return "unknown"
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// gate admits connections into the handshake: at most max at once, at
// most perAddr from one address, and the oldest is closed to make room
// when all are taken.
type gate struct {
	max, perAddr int
	hit          func(limit, remote string, max int, args ...any)

	mu      sync.Mutex
	pending map[*pendingConn]struct{}
	byAddr  map[string]int
}

type pendingConn struct {
	net.Conn
	g     *gate
	addr  string
	since time.Time
	once  sync.Once
	spoke atomic.Bool // the client has sent something
}

func (p *pendingConn) Read(b []byte) (int, error) {
	n, err := p.Conn.Read(b)
	if n > 0 && !p.spoke.Load() {
		p.spoke.Store(true)
	}
	return n, err
}

type pendingKey struct{}

func newGate(max, perAddr int, hit func(string, string, int, ...any)) *gate {
	return &gate{max: max, perAddr: perAddr, hit: hit, pending: map[*pendingConn]struct{}{}, byAddr: map[string]int{}}
}

// admit returns the connection wrapped for the handshake, or nil when its
// address holds too many handshakes already.
func (g *gate) admit(c net.Conn) *pendingConn {
	addr := hostOf(c.RemoteAddr())
	g.mu.Lock()
	if g.byAddr[addr] >= g.perAddr {
		g.mu.Unlock()
		g.hit("handshakes-per-address", c.RemoteAddr().String(), g.perAddr)
		return nil
	}
	var evict *pendingConn
	if len(g.pending) >= g.max {
		var oldest *pendingConn
		for p := range g.pending {
			if !p.spoke.Load() && (evict == nil || p.since.Before(evict.since)) {
				evict = p
			}
			if oldest == nil || p.since.Before(oldest.since) {
				oldest = p
			}
		}
		if evict == nil && time.Since(oldest.since) > stallAge {
			evict = oldest
		}
		if evict == nil {
			g.mu.Unlock()
			g.hit("handshakes", c.RemoteAddr().String(), g.max, "action", "closed the new connection: every handshake is under way")
			return nil
		}
		g.removeLocked(evict)
	}
	p := &pendingConn{Conn: c, g: g, addr: addr, since: time.Now()}
	g.pending[p] = struct{}{}
	g.byAddr[addr]++
	g.mu.Unlock()
	if evict != nil {
		g.hit("handshakes", evict.RemoteAddr().String(), g.max,
			"action", "closed the longest-waiting handshake", "waited", time.Since(evict.since).Round(time.Millisecond).String())
		evict.Conn.Close()
	}
	return p
}

func (g *gate) removeLocked(p *pendingConn) {
	if _, ok := g.pending[p]; !ok {
		return
	}
	delete(g.pending, p)
	if g.byAddr[p.addr]--; g.byAddr[p.addr] <= 0 {
		delete(g.byAddr, p.addr)
	}
}

func (p *pendingConn) release() {
	p.once.Do(func() {
		p.g.mu.Lock()
		p.g.removeLocked(p)
		p.g.mu.Unlock()
	})
}

func (p *pendingConn) Close() error {
	p.release()
	return p.Conn.Close()
}

// loggedIn takes a connection out of the handshake count once its login
// succeeded.
func loggedIn(ctx ssh.Context) {
	if p, ok := ctx.Value(pendingKey{}).(*pendingConn); ok {
		p.release()
	}
}

// pending returns the number of connections in the handshake.
func (g *gate) count() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.pending)
}

// perAddress is a token bucket per IP address: n events a minute, n at
// once. It keeps at most maxAddresses buckets; beyond that it forgets
// those that are full again, and at worst all of them.
type perAddress struct {
	n  int
	mu sync.Mutex
	m  map[string]*rate.Limiter
}

const maxAddresses = 4096

func newPerAddress(perMinute int) *perAddress {
	return &perAddress{n: perMinute, m: map[string]*rate.Limiter{}}
}

func (p *perAddress) limiter(addr string) *rate.Limiter {
	l := p.m[addr]
	if l == nil {
		if len(p.m) >= maxAddresses {
			for k, v := range p.m {
				if v.Tokens() >= float64(p.n) {
					delete(p.m, k)
				}
			}
			if len(p.m) >= maxAddresses {
				clear(p.m)
			}
		}
		l = rate.NewLimiter(rate.Every(time.Minute/time.Duration(p.n)), p.n)
		p.m[addr] = l
	}
	return l
}

// blocked reports whether the address has used up its events.
func (p *perAddress) blocked(addr string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.limiter(addr).Tokens() < 1
}

// take uses one event, reporting false when none was left.
func (p *perAddress) take(addr string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.limiter(addr).Allow()
}

// guardSessions wraps the session channel handler so that every request
// is bounded before the SSH library acts on it: the PTY's size and every
// window change are clamped, the TERM name is cut, and environment
// variables beyond maxEnv or longer than maxEnvLen are refused.
func (s *Server) guardSessions(next ssh.ChannelHandler) ssh.ChannelHandler {
	return func(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
		next(srv, conn, &guardedChannel{NewChannel: nc, s: s, remote: conn.RemoteAddr().String()}, ctx)
	}
}

type guardedChannel struct {
	gossh.NewChannel
	s      *Server
	remote string
}

func (g *guardedChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := g.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		env := 0
		for req := range reqs {
			switch req.Type {
			case "env":
				env++
				if env > maxEnv || len(req.Payload) > maxEnvLen {
					if env == maxEnv+1 || len(req.Payload) > maxEnvLen {
						g.s.limitHit("environment", g.remote, maxEnv)
					}
					if req.WantReply {
						req.Reply(false, nil)
					}
					continue
				}
			case "pty-req":
				req.Payload = g.s.clampPty(req.Payload, g.remote)
			case "window-change":
				req.Payload = g.s.clampWindow(req.Payload, g.remote)
			}
			out <- req
		}
	}()
	return ch, out, nil
}

// clampPty rewrites a pty-req payload (RFC 4254 6.2) with its size clamped
// and its TERM cut; a payload that does not parse is passed on for the
// library to refuse.
func (s *Server) clampPty(p []byte, remote string) []byte {
	if len(p) < 4 {
		return p
	}
	n := binary.BigEndian.Uint32(p)
	if uint64(len(p)) < 4+uint64(n)+16 {
		return p
	}
	term, rest := p[4:4+n], p[4+n:]
	if len(term) > maxTermLen {
		term = term[:maxTermLen]
	}
	out := make([]byte, 0, 4+len(term)+len(rest))
	out = binary.BigEndian.AppendUint32(out, uint32(len(term)))
	out = append(out, term...)
	out = append(out, s.clampWindow(rest, remote)...)
	return out
}

// clampWindow clamps the columns and rows that start a window payload
// (RFC 4254 6.7) and zeroes its pixel sizes; the rest is kept.
func (s *Server) clampWindow(p []byte, remote string) []byte {
	if len(p) < 16 {
		return p
	}
	w, h := binary.BigEndian.Uint32(p), binary.BigEndian.Uint32(p[4:])
	cw, ch := s.limits.clamp(w, h)
	if cw == w && ch == h {
		return p
	}
	s.limitHit("window-size", remote, s.limits.MaxWidth, "asked", []uint32{w, h})
	out := make([]byte, len(p))
	copy(out, p)
	binary.BigEndian.PutUint32(out, cw)
	binary.BigEndian.PutUint32(out[4:], ch)
	binary.BigEndian.PutUint32(out[8:], 0)
	binary.BigEndian.PutUint32(out[12:], 0)
	return out
}

// limitHit logs a limit a client reached: one line per limit and address
// every logEvery at most, so a flood of refused connections does not
// flood the log; the line counts those left out since the last.
func (s *Server) limitHit(limit, remote string, max int, args ...any) {
	if n, ok := s.hits.due(limit + " " + hostOf(addrString(remote))); ok {
		if n > 0 {
			args = append(args, "not_logged_since_last", n)
		}
		s.log.Warn("limit hit", append([]any{"limit", limit, "remote", remote, "max", max}, args...)...)
	}
}

// logEvery is the shortest time between two log lines for one limit and
// address.
const logEvery = 10 * time.Second

// hitLog remembers when each limit and address was last logged.
type hitLog struct {
	mu   sync.Mutex
	last map[string]time.Time
	skip map[string]int
}

// due reports whether key may be logged now, and how many times it was
// not since it last was.
func (h *hitLog) due(key string) (int, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.last == nil || len(h.last) > maxAddresses {
		h.last, h.skip = map[string]time.Time{}, map[string]int{}
	}
	now := time.Now()
	if t, ok := h.last[key]; ok && now.Sub(t) < logEvery {
		h.skip[key]++
		return 0, false
	}
	n := h.skip[key]
	delete(h.skip, key)
	h.last[key] = now
	return n, true
}

// addrString is an address given as text, for hostOf.
type addrString string

func (a addrString) Network() string { return "tcp" }
func (a addrString) String() string  { return string(a) }

// throttledReader delivers a session's input at most at the limiter's
// rate; reading more waits, which holds the client back through SSH's
// flow control rather than buffering its input.
type throttledReader struct {
	r     io.Reader
	lim   *rate.Limiter
	ctx   context.Context
	burst int
	hit   func() // called once, the first time input has to wait
	once  sync.Once
}

func newThrottledReader(ctx context.Context, r io.Reader, perSecond, burst int, hit func()) *throttledReader {
	return &throttledReader{r: r, lim: rate.NewLimiter(rate.Limit(perSecond), burst), ctx: ctx, burst: burst, hit: hit}
}

func (t *throttledReader) Read(p []byte) (int, error) {
	if len(p) > t.burst {
		p = p[:t.burst]
	}
	n, err := t.r.Read(p)
	if n > 0 {
		res := t.lim.ReserveN(time.Now(), n)
		if d := res.Delay(); d > 0 {
			t.once.Do(t.hit)
			select {
			case <-time.After(d):
			case <-t.ctx.Done():
			}
		}
	}
	return n, err
}
