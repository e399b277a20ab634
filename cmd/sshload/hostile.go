package main

import (
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// The kinds of hostile client, in the order -hostile adds them.
const (
	kindHugePty = iota
	kindSilent
	kindTypist
	kindGuesser
	nKinds
)

// hostileKinds counts how many clients of each kind -hostile n makes.
func hostileKinds(n int) [nKinds]int {
	var k [nKinds]int
	for i := range n {
		k[i%nKinds]++
	}
	return k
}

// hostileCounts is what the hostile clients managed, for the report.
type hostileCounts struct {
	ptys, resizes, silentOpened, keys, guesses, guessesIn atomic.Int64
}

func (h *hostileCounts) String() string {
	return fmt.Sprintf("%d huge PTYs with %d window changes, %d silent connections opened, %d fast keys sent, %d code guesses (%d let in)",
		h.ptys.Load(), h.resizes.Load(), h.silentOpened.Load(), h.keys.Load(), h.guesses.Load(), h.guessesIn.Load())
}

// runHostile runs hostile client i until stop, from its own address in
// 127.0.2.0/24. Every loop is bounded by stop, which the run closes.
func runHostile(c config, i int, run int64, stop <-chan struct{}, n *hostileCounts) {
	from := fmt.Sprintf("127.0.2.%d", 1+i)
	user := fmt.Sprintf("hostile%d-%d", run, i)
	var auth []gossh.AuthMethod
	if c.code != "" {
		auth = append(auth, gossh.Password(c.code))
	}
	switch i % nKinds {
	case kindHugePty:
		hugePty(c, from, user, auth, stop, n)
	case kindSilent:
		silent(c, from, stop, n)
	case kindTypist:
		typist(c, from, user, auth, stop, n)
	case kindGuesser:
		guess(c, from, user, stop, n)
	}
}

// hugePty asks for a 65535×65535 terminal, then sends a window change to
// a huge size 100 times a second.
func hugePty(c config, from, user string, auth []gossh.AuthMethod, stop <-chan struct{}, n *hostileCounts) {
	client, err := dial(c, from, user, auth)
	if err != nil {
		return
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		return
	}
	sess.Stdout = io.Discard
	in, _ := sess.StdinPipe()
	defer in.Close()
	if sess.RequestPty("xterm-256color", 65535, 65535, gossh.TerminalModes{}) != nil || sess.Shell() != nil {
		return
	}
	n.ptys.Add(1)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for k := 0; ; k++ {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		size := uint32(60000 + k%1000)
		if _, err := sess.SendRequest("window-change", false, gossh.Marshal(struct{ W, H, PW, PH uint32 }{size, size, 0, 0})); err != nil {
			return
		}
		n.resizes.Add(1)
	}
}

// silent holds silentConns TCP connections that never send a byte,
// opening a new one whenever the server closes one.
func silent(c config, from string, stop <-chan struct{}, n *hostileCounts) {
	var wg sync.WaitGroup
	defer wg.Wait()
	for range silentConns {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: time.Second}
				conn, err := d.Dial("tcp", c.addr)
				if err != nil {
					select {
					case <-stop:
						return
					case <-time.After(100 * time.Millisecond):
					}
					continue
				}
				n.silentOpened.Add(1)
				closed := make(chan struct{})
				go func() { io.Copy(io.Discard, conn); close(closed) }()
				select {
				case <-stop:
					conn.Close()
					return
				case <-closed:
					conn.Close()
					// The server closed it: wait a moment, then open another.
					time.Sleep(100 * time.Millisecond)
				}
			}
		})
	}
}

// typist reaches a text field and types typistRate keys a second into it.
func typist(c config, from, user string, auth []gossh.AuthMethod, stop <-chan struct{}, n *hostileCounts) {
	client, err := dial(c, from, user, auth)
	if err != nil {
		return
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		return
	}
	scr := newScreen()
	sess.Stdout = scr
	in, _ := sess.StdinPipe()
	if sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}) != nil || sess.Shell() != nil {
		return
	}
	if !scr.waitFrom(0, "Social media strategy", c.frameTimeout) {
		return
	}
	io.WriteString(in, "\r")
	burst := make([]byte, typistRate/100)
	for i := range burst {
		burst[i] = "abcdefghij"[i%10]
	}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		// Writes block once the server stops reading: that is the limit
		// working, and the loop goes on when it reads again.
		done := make(chan error, 1)
		go func() { _, err := in.Write(burst); done <- err }()
		select {
		case <-stop:
			return
		case err := <-done:
			if err != nil {
				return
			}
			n.keys.Add(int64(len(burst)))
		}
	}
}

// guess runs guessers connections at once, each trying wrong codes.
func guess(c config, from, user string, stop <-chan struct{}, n *hostileCounts) {
	var wg sync.WaitGroup
	defer wg.Wait()
	for g := range guessers {
		wg.Go(func() {
			for k := 0; ; k++ {
				select {
				case <-stop:
					return
				default:
				}
				code := fmt.Sprintf("guess-%d-%d", g, k)
				n.guesses.Add(1)
				cl, err := dial(c, from, user, []gossh.AuthMethod{gossh.Password(code)})
				if err == nil {
					n.guessesIn.Add(1)
					cl.Close()
				}
			}
		})
	}
}

// peakStats keeps the highest memory the server reported.
type peakStats struct{ rss, heap atomic.Uint64 }

func (p *peakStats) sample(c config, stop <-chan struct{}) {
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		if s, ok := c.stats(); ok {
			if s.RSS > p.rss.Load() {
				p.rss.Store(s.RSS)
			}
			if s.HeapInuse > p.heap.Load() {
				p.heap.Store(s.HeapInuse)
			}
		}
		select {
		case <-stop:
			return
		case <-tick.C:
		}
	}
}
