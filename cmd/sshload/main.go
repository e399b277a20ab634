// Command sshload puts a local workshop server under load: it opens N SSH
// sessions with real PTY requests, waits for each wizard's first frame,
// lets them sit idle, then, each at its own moment, moves every session
// to the next page and types a few keys a second, timing every key until
// the frame it causes is drawn, and lets them sit idle again in the text
// field they typed into. It reports latency percentiles
// and, from the server's --metrics endpoint, memory, goroutines and CPU.
//
// The sessions come from -sources loopback addresses (127.0.0.1,
// 127.0.0.2, …; all of 127.0.0.0/8 is loopback on Linux), as a room's
// laptops would, so the server's per-address limits apply as they would in
// a room.
//
// -hostile N adds N hostile clients beside the normal sessions, each from
// its own address, in turn: a 65535×65535 PTY that then floods window
// changes, silent connections that never start the handshake (reopened as
// the server closes them), a typist sending 2000 keys a second, and a code
// guesser with parallel connections. The report gives the normal sessions'
// latencies and the server's peak memory, so a run with and one without
// them can be compared.
//
// -keylog FILE writes every key as a line of CSV (session, when it was
// sent in milliseconds since typing began, its latency, page or key), to
// see when in a run the slow keys came.
//
// It only talks to loopback addresses, and the number of sessions, the
// hostile clients' connections and the time it runs are all bounded.
//
//	socialstrategy serve --data /tmp/load --metrics 127.0.0.1:6060 --max-sessions 300 &
//	go run ./cmd/sshload -n 200 -metrics 127.0.0.1:6060
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Bounds on what one run may do.
const (
	maxSessions = 1000
	maxRun      = 10 * time.Minute
	maxHostile  = 50
	// silentConns is how many connections a silent client holds open.
	silentConns = 100
	// guessers is how many connections a code guesser runs at once.
	guessers = 20
	// typistRate is how many keys a second the fast typist sends.
	typistRate = 2000
)

type config struct {
	addr, metrics, code, prefix string
	n, sources, hostile         int
	ramp, idle, typing, stagger time.Duration
	rate                        float64
	frameTimeout                time.Duration
	keylog                      string
}

func main() {
	var c config
	flag.StringVar(&c.addr, "addr", "127.0.0.1:2222", "workshop server to load (loopback only)")
	flag.StringVar(&c.metrics, "metrics", "", "the server's --metrics address, for memory, goroutines and CPU (loopback only)")
	flag.StringVar(&c.code, "code", "", "workshop code, if the server asks for one")
	flag.StringVar(&c.prefix, "user", "load", "prefix of the participants' names")
	flag.IntVar(&c.n, "n", 50, fmt.Sprintf("sessions to open (at most %d)", maxSessions))
	flag.IntVar(&c.sources, "sources", 100, "loopback addresses the sessions come from, 127.0.0.1 and up (1 for 127.0.0.1 only)")
	flag.IntVar(&c.hostile, "hostile", 0, fmt.Sprintf("hostile clients beside the sessions (at most %d): huge PTYs, silent connections, fast typists, code guessers in turn", maxHostile))
	flag.DurationVar(&c.ramp, "ramp", 2*time.Second, "spread the connections over this long")
	flag.DurationVar(&c.stagger, "stagger", 2*time.Second, "each session leaves the welcome page at its own moment within this long, as people read it at their own pace; 0 puts every page change within the first gap between keys, a stress test")
	flag.DurationVar(&c.idle, "idle", 10*time.Second, "how long the sessions sit idle, to measure what idle costs")
	flag.DurationVar(&c.typing, "type", 20*time.Second, "how long each session types")
	flag.Float64Var(&c.rate, "rate", 3, "keys per second per session")
	flag.DurationVar(&c.frameTimeout, "frame-timeout", 10*time.Second, "longest wait for a frame before a session counts as failed")
	flag.StringVar(&c.keylog, "keylog", "", "write every key to this file as CSV (session, sent in ms since typing began, latency in ms, page or key), to see when the slow ones came")
	flag.Parse()
	if err := c.check(); err != nil {
		fmt.Fprintln(os.Stderr, "sshload:", err)
		os.Exit(2)
	}
	if err := run(c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "sshload:", err)
		os.Exit(1)
	}
}

func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return host == "localhost" || ip != nil && ip.IsLoopback()
}

func (c config) check() error {
	switch {
	case !loopback(c.addr):
		return fmt.Errorf("-addr %s is not a loopback address; sshload only loads a server on this computer", c.addr)
	case c.metrics != "" && !loopback(c.metrics):
		return fmt.Errorf("-metrics %s is not a loopback address", c.metrics)
	case c.n < 1 || c.n > maxSessions:
		return fmt.Errorf("-n must be between 1 and %d", maxSessions)
	case c.rate <= 0 || c.rate > 50:
		return errors.New("-rate must be above 0 and at most 50 keys a second")
	case c.sources < 1 || c.sources > 250:
		return errors.New("-sources must be between 1 and 250")
	case c.hostile < 0 || c.hostile > maxHostile:
		return fmt.Errorf("-hostile must be between 0 and %d", maxHostile)
	case c.stagger < 0:
		return errors.New("-stagger must not be negative")
	case c.ramp+2*c.idle+c.stagger+c.typing+2*c.frameTimeout > maxRun:
		return fmt.Errorf("a run may take at most %s", maxRun)
	}
	return nil
}

// stats is what the server's metrics endpoint reports.
type stats struct {
	Live        int     `json:"live"`
	Connections int64   `json:"connections"`
	Goroutines  int     `json:"goroutines"`
	HeapInuse   uint64  `json:"heap_inuse"`
	Sys         uint64  `json:"sys"`
	RSS         uint64  `json:"rss"`
	CPUSeconds  float64 `json:"cpu_seconds"`
}

func (c config) stats() (stats, bool) {
	var s stats
	if c.metrics == "" {
		return s, false
	}
	cl := http.Client{Timeout: 5 * time.Second}
	resp, err := cl.Get("http://" + c.metrics + "/")
	if err != nil {
		return s, false
	}
	defer resp.Body.Close()
	return s, json.NewDecoder(resp.Body).Decode(&s) == nil
}

// screen is what a session has drawn, without escape sequences.
type screen struct {
	mu    sync.Mutex
	text  []byte
	st    stripper
	moved chan struct{} // closed and replaced whenever text grows
}

func newScreen() *screen { return &screen{moved: make(chan struct{})} }

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	n := len(s.text)
	s.text = s.st.strip(s.text, p)
	if len(s.text) > n {
		close(s.moved)
		s.moved = make(chan struct{})
	}
	s.mu.Unlock()
	return len(p), nil
}

// waitFrom waits until the text after offset contains want.
func (s *screen) waitFrom(offset int, want string, timeout time.Duration) bool {
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		found := offset <= len(s.text) && strings.Contains(string(s.text[offset:]), want)
		moved := s.moved
		s.mu.Unlock()
		if found {
			return true
		}
		select {
		case <-moved:
		case <-deadline:
			return false
		}
	}
}

func (s *screen) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.text)
}

// stripper removes ANSI escape sequences from a stream that may split
// them across writes.
type stripper struct{ state int }

const (
	sText = iota
	sEsc
	sCSI
	sString // OSC, DCS, APC, PM, SOS: until BEL or ESC \
	sStringEsc
)

func (st *stripper) strip(dst, p []byte) []byte {
	for _, b := range p {
		switch st.state {
		case sText:
			switch {
			case b == 0x1b:
				st.state = sEsc
			case b >= 0x20 || b == '\n':
				dst = append(dst, b)
			}
		case sEsc:
			switch b {
			case '[':
				st.state = sCSI
			case ']', 'P', '_', '^', 'X':
				st.state = sString
			default:
				st.state = sText
			}
		case sCSI:
			if b >= 0x40 && b <= 0x7e {
				st.state = sText
			}
		case sString:
			switch b {
			case 0x07:
				st.state = sText
			case 0x1b:
				st.state = sStringEsc
			}
		case sStringEsc:
			if b == '\\' {
				st.state = sText
			} else {
				st.state = sString
			}
		}
	}
	return dst
}

// result is what one session measured.
type result struct {
	firstFrame time.Duration
	page       time.Duration   // from enter on the welcome page to the next page
	keys       []time.Duration // every key, the enter included
	sent       []time.Time     // when each of keys was sent
	err        error
}

func run(c config, out io.Writer) error {
	auth := []gossh.AuthMethod{}
	if c.code != "" {
		auth = append(auth, gossh.Password(c.code))
	}
	base, haveStats := c.stats()
	run := time.Now().Unix() % 100000

	// The server's peak memory, sampled through the run.
	var peak peakStats
	stopSampling := make(chan struct{})
	var sampling sync.WaitGroup
	if haveStats {
		sampling.Go(func() { peak.sample(c, stopSampling) })
	}
	stopHostile := make(chan struct{})
	var hostile sync.WaitGroup
	var hostileCount hostileCounts
	for i := range c.hostile {
		hostile.Go(func() { runHostile(c, i, run, stopHostile, &hostileCount) })
	}

	results := make([]result, c.n)
	var connected, typed sync.WaitGroup
	startTyping := make(chan struct{})
	finish := make(chan struct{})
	var clients sync.WaitGroup
	connected.Add(c.n)
	typed.Add(c.n)
	clients.Add(c.n)
	for i := range c.n {
		go func() {
			defer clients.Done()
			time.Sleep(c.ramp * time.Duration(i) / time.Duration(c.n))
			user := fmt.Sprintf("%s%d-%d", c.prefix, run, i)
			from := fmt.Sprintf("127.0.0.%d", 1+i%c.sources)
			results[i] = session(c, from, user, auth, &connected, &typed, startTyping, finish)
		}()
	}
	connected.Wait()
	ready, _ := c.stats()

	// Idle: every session shows its welcome page and nobody types.
	idleStart := time.Now()
	time.Sleep(c.idle)
	idle, _ := c.stats()
	idleFor := time.Since(idleStart)

	typeStart := time.Now()
	close(startTyping)
	typed.Wait()
	busy, _ := c.stats()
	typeFor := time.Since(typeStart)

	// Idle again, now in a text field with the cursor in it, as most of a
	// workshop's participants are most of the time.
	quietStart := time.Now()
	time.Sleep(c.idle)
	quiet, _ := c.stats()
	quietFor := time.Since(quietStart)
	close(finish)
	clients.Wait()
	close(stopHostile)
	hostile.Wait()
	close(stopSampling)
	sampling.Wait()

	// Let the server notice the sessions have gone.
	var after stats
	for deadline := time.Now().Add(15 * time.Second); haveStats && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		after, _ = c.stats()
		if after.Live == 0 && after.Goroutines <= base.Goroutines {
			break
		}
	}

	if c.keylog != "" {
		if err := writeKeylog(c.keylog, typeStart, results); err != nil {
			fmt.Fprintln(os.Stderr, "sshload:", err)
		}
	}
	var first, pages, keys []time.Duration
	failed := 0
	var firstErr error
	for _, r := range results {
		if r.err != nil {
			failed++
			if firstErr == nil {
				firstErr = r.err
			}
		}
		if r.firstFrame > 0 {
			first = append(first, r.firstFrame)
		}
		if r.page > 0 {
			pages = append(pages, r.page)
		}
		keys = append(keys, r.keys...)
	}
	fmt.Fprintf(out, "sessions          %d (%d failed)\n", c.n, failed)
	if firstErr != nil {
		fmt.Fprintf(out, "first failure     %v\n", firstErr)
	}
	fmt.Fprintf(out, "first frame       %s\n", percentiles(first))
	fmt.Fprintf(out, "keystroke→frame   %s (%d keys, %.1f/s per session)\n", percentiles(keys), len(keys), c.rate)
	fmt.Fprintf(out, "  of which pages  %s (enter on the welcome page)\n", percentiles(pages))
	if c.hostile > 0 {
		fmt.Fprintf(out, "hostile clients   %d: %s\n", c.hostile, hostileCount.String())
	}
	if !haveStats {
		fmt.Fprintln(out, "server            (no -metrics: memory, goroutines and CPU not measured)")
		return failures(failed, c.n, firstErr)
	}
	n := float64(c.n)
	mb := func(b uint64) float64 { return float64(b) / (1 << 20) }
	fmt.Fprintf(out, "server before     %d goroutines, RSS %.1f MB, heap %.1f MB\n", base.Goroutines, mb(base.RSS), mb(base.HeapInuse))
	fmt.Fprintf(out, "server connected  %d goroutines (%.1f per session), RSS %.1f MB (%.2f MB per session), heap %.1f MB (%.2f MB per session)\n",
		ready.Goroutines, float64(ready.Goroutines-base.Goroutines)/n,
		mb(ready.RSS), (mb(ready.RSS)-mb(base.RSS))/n, mb(ready.HeapInuse), (mb(ready.HeapInuse)-mb(base.HeapInuse))/n)
	idleCPU := (idle.CPUSeconds - ready.CPUSeconds) / idleFor.Seconds()
	fmt.Fprintf(out, "server idle       %.2f%% of a core in all, %.4f%% per session, over %s\n", 100*idleCPU, 100*idleCPU/n, idleFor.Round(time.Second))
	busyCPU := (busy.CPUSeconds - idle.CPUSeconds) / typeFor.Seconds()
	fmt.Fprintf(out, "server typing     %.1f%% of a core, RSS %.1f MB (%.2f MB per session), %d goroutines\n",
		100*busyCPU, mb(busy.RSS), (mb(busy.RSS)-mb(base.RSS))/n, busy.Goroutines)
	quietCPU := (quiet.CPUSeconds - busy.CPUSeconds) / quietFor.Seconds()
	fmt.Fprintf(out, "server idle again %.2f%% of a core in all, %.4f%% per session, over %s in a text field\n", 100*quietCPU, 100*quietCPU/n, quietFor.Round(time.Second))
	fmt.Fprintf(out, "server after      %d goroutines (baseline %d), %d live, RSS %.1f MB\n", after.Goroutines, base.Goroutines, after.Live, mb(after.RSS))
	kinds := hostileKinds(c.hostile)
	ptys := c.n + kinds[kindHugePty] + kinds[kindTypist] // every client with a session
	// The budget's base is the server before the sessions, as the server
	// counts it (at least 16 MB): its resident memory when idle.
	baseMB := max(mb(base.RSS), 16)
	fmt.Fprintf(out, "server peak       RSS %.1f MB, heap %.1f MB; budget %.1f MB (%.1f MB idle + 3 MB for each of %d sessions)\n",
		mb(peak.rss.Load()), mb(peak.heap.Load()), baseMB+3*float64(ptys), baseMB, ptys)
	return failures(failed, c.n, firstErr)
}

// failures is the run's error when sessions failed, so a script notices.
func failures(failed, n int, first error) error {
	if failed == 0 {
		return nil
	}
	return fmt.Errorf("%d of %d sessions failed; the first: %w", failed, n, first)
}

// dial connects from a loopback source address.
func dial(c config, from, user string, auth []gossh.AuthMethod) (*gossh.Client, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: c.frameTimeout}
	conn, err := d.Dial("tcp", c.addr)
	if err != nil {
		return nil, err
	}
	conn.SetDeadline(time.Now().Add(c.frameTimeout))
	cc, chans, reqs, err := gossh.NewClientConn(conn, c.addr, &gossh.ClientConfig{
		User: user, Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: c.frameTimeout,
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	conn.SetDeadline(time.Time{})
	return gossh.NewClient(cc, chans, reqs), nil
}

// session opens one participant's session and measures it.
func session(c config, from, user string, auth []gossh.AuthMethod, connected, typed *sync.WaitGroup, start, finish <-chan struct{}) (r result) {
	var once, typedOnce sync.Once
	done := func() { once.Do(connected.Done) }
	doneTyping := func() { typedOnce.Do(typed.Done) }
	defer done()
	defer doneTyping()

	t0 := time.Now()
	client, err := dial(c, from, user, auth)
	if err != nil {
		r.err = err
		return r
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		r.err = err
		return r
	}
	scr := newScreen()
	sess.Stdout = scr
	in, err := sess.StdinPipe()
	if err != nil {
		r.err = err
		return r
	}
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		r.err = err
		return r
	}
	if err := sess.Shell(); err != nil {
		r.err = err
		return r
	}
	if !scr.waitFrom(0, "Social media strategy", c.frameTimeout) {
		r.err = fmt.Errorf("%s: no first frame in %s", user, c.frameTimeout)
		return r
	}
	r.firstFrame = time.Since(t0)
	done()
	<-start

	// People in a room do not read or type in step: each session leaves
	// the welcome page at its own moment, and types in its own rhythm.
	gap := time.Duration(float64(time.Second) / c.rate)
	time.Sleep(rand.N(max(c.stagger, gap)))
	end := time.Now().Add(c.typing)

	// Leave the welcome page for the organisation's name: a key too, and
	// the one that costs the server most.
	off := scr.len()
	sent := time.Now()
	io.WriteString(in, "\r")
	if !scr.waitFrom(off, "organisation called?", c.frameTimeout) {
		r.err = fmt.Errorf("%s: the organisation page did not come", user)
		return r
	}
	r.page = time.Since(sent)
	r.keys = append(r.keys, r.page)
	r.sent = append(r.sent, sent)
	time.Sleep(max(gap-r.page, 0))

	// Letters that appear nowhere else once the page is drawn.
	letters := []byte("qzxjvwkQZXJVWK")
	for i := 0; time.Now().Before(end) && i < 250; i++ {
		k := letters[i%len(letters)]
		off := scr.len()
		sent := time.Now()
		if _, err := in.Write([]byte{k}); err != nil {
			r.err = err
			return r
		}
		if !scr.waitFrom(off, string(k), c.frameTimeout) {
			r.err = fmt.Errorf("%s: key %q was not drawn in %s", user, k, c.frameTimeout)
			return r
		}
		lat := time.Since(sent)
		r.keys = append(r.keys, lat)
		r.sent = append(r.sent, sent)
		time.Sleep(max(gap-lat, 0))
	}
	doneTyping()
	<-finish
	return r
}

// percentiles formats p50, p95, p99 and the maximum.
func percentiles(ds []time.Duration) string {
	if len(ds) == 0 {
		return "no data"
	}
	slices.Sort(ds)
	p := func(q float64) time.Duration { return ds[min(int(q*float64(len(ds))), len(ds)-1)] }
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	return fmt.Sprintf("p50 %s  p95 %s  p99 %s  max %s", ms(p(0.50)), ms(p(0.95)), ms(p(0.99)), ms(ds[len(ds)-1]))
}

// writeKeylog writes every key as a CSV line: the session's number, when
// the key was sent in milliseconds since typing began, its latency in
// milliseconds, and whether it was the page change or a letter.
func writeKeylog(name string, start time.Time, results []result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# typing began at %d ms since the Unix epoch\n", start.UnixMilli())
	b.WriteString("session,sent_ms,latency_ms,kind\n")
	for i, r := range results {
		for j, lat := range r.keys {
			kind := "key"
			if j == 0 {
				kind = "page"
			}
			fmt.Fprintf(&b, "%d,%.1f,%.1f,%s\n", i, float64(r.sent[j].Sub(start).Microseconds())/1000, float64(lat.Microseconds())/1000, kind)
		}
	}
	return os.WriteFile(name, []byte(b.String()), 0o644)
}
