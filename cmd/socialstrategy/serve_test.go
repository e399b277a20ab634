package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/workshop"
)

func TestServeRefusesUnsafeFlags(t *testing.T) {
	keys := filepath.Join(t.TempDir(), "keys")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"network without access control", []string{"--listen", "0.0.0.0:2222"}, "would let anyone on the network in"},
		{"all interfaces", []string{"--listen", ":2222"}, "would let anyone on the network in"},
		{"both code and keys", []string{"--code", "sourdough", "--authorized-keys", keys}, "not both"},
		{"short code", []string{"--code", "abc"}, "at least 6 characters"},
		{"code of spaces", []string{"--code", "a     b c"}, "at least 6 characters besides spaces"},
		{"code with a trailing space", []string{"--code", "sourdough "}, "starts or ends with a space"},
		{"port without address", []string{"--listen", "2399"}, "127.0.0.1:2399"},
		{"not host:port", []string{"--listen", "localhost"}, "not HOST:PORT"},
		{"tiny window limit", []string{"--max-window", "20x5"}, "between 60x20"},
		{"bad window limit", []string{"--max-window", "big"}, "COLUMNSxROWS"},
		{"no input", []string{"--input-rate", "0"}, "--input-rate must be at least 1"},
		{"log format", []string{"--log-format", "xml"}, "use text or json"},
		{"metrics on the network", []string{"--metrics", "0.0.0.0:6060"}, "must be a loopback address"},
		{"no sessions", []string{"--max-sessions", "0"}, "at least 1"},
		{"tiny idle timeout", []string{"--idle-timeout", "10ms"}, "at least 1s"},
		{"extra argument", []string{"now"}, "takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append([]string{"serve", "--data", t.TempDir()}, tt.args...)
			code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
			if code != exitUsage || !strings.Contains(errOut.String(), tt.want) {
				t.Errorf("serve %v = %d, %q; want %d and %q", tt.args, code, errOut.String(), exitUsage, tt.want)
			}
		})
	}
}

func TestClosingSummary(t *testing.T) {
	tests := []struct {
		r    workshop.SaveReport
		err  error
		want string
	}{
		{workshop.SaveReport{}, nil, "Closed. Every session was saved."},
		{workshop.SaveReport{Failed: 1}, nil, "Closed. 1 save failed while the workshop ran (see the log)."},
		{workshop.SaveReport{Failed: 3, Unsaved: []string{"kari", "ola"}}, nil,
			"Closed. 3 saves failed while the workshop ran (see the log). The latest answers of kari, ola are not saved."},
		{workshop.SaveReport{}, context.DeadlineExceeded, "Closed. Some sessions did not finish saving in time."},
	}
	for _, tt := range tests {
		if got := closingSummary(tt.r, tt.err); got != tt.want {
			t.Errorf("closingSummary(%+v, %v) = %q, want %q", tt.r, tt.err, got, tt.want)
		}
	}
}

func TestConnectLines(t *testing.T) {
	ips := []net.IP{net.ParseIP("192.168.1.20"), net.ParseIP("10.0.0.5"), net.ParseIP("10.0.0.6"), net.ParseIP("10.0.0.7")}
	tests := []struct {
		name  string
		addr  string
		login int
		host  string
		ips   []net.IP
		want  string
	}{
		{"loopback, code", "127.0.0.1:2301", loginCode, "", nil,
			"Participants connect with: ssh -p 2301 NAME@127.0.0.1 (the code is asked as a password)\n" +
				"Loopback only: participants on other computers cannot connect (to let them in: --listen :2301).\n"},
		{"loopback, keys", "[::1]:2301", loginKeys, "", nil,
			"Participants connect with their key: ssh -p 2301 NAME@::1\n" +
				"Loopback only: participants on other computers cannot connect (to let them in: --listen :2301).\n"},
		{"loopback, no login", "127.0.0.1:2222", loginNone, "", nil,
			"Loopback only: just this computer can connect (to let the room in: --listen :2222 --code WORD).\n" +
				"Try it: ssh -p 2222 kari@127.0.0.1\n"},
		{"all interfaces, host name", "0.0.0.0:2222", loginCode, "laptop", ips,
			"Participants connect with: ssh -p 2222 NAME@laptop (the code is asked as a password)\n" +
				"If their network does not know the name laptop, use this computer's address instead: 192.168.1.20, 10.0.0.5, 10.0.0.6\n"},
		{"all interfaces, no addresses", "[::]:2222", loginKeys, "laptop", nil,
			"Participants connect with their key: ssh -p 2222 NAME@laptop\n"},
		{"all interfaces, no host name", "[::]:2222", loginCode, "", ips[:2],
			"Participants connect with: ssh -p 2222 NAME@192.168.1.20 (the code is asked as a password)\n" +
				"This computer also has the address 10.0.0.5.\n"},
		{"all interfaces, nothing known", "[::]:2222", loginCode, "", nil,
			"Participants connect with: ssh -p 2222 NAME@THIS-COMPUTER (the code is asked as a password)\n"},
		{"one network address", "192.168.1.20:2222", loginCode, "laptop", nil,
			"Participants connect with: ssh -p 2222 NAME@192.168.1.20 (the code is asked as a password)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr, err := net.ResolveTCPAddr("tcp", tt.addr)
			if err != nil {
				t.Fatal(err)
			}
			if got := connectLines(addr, tt.login, tt.host, tt.ips); got != tt.want {
				t.Errorf("connectLines(%s, %d, %q, %v) =\n%s\nwant\n%s", tt.addr, tt.login, tt.host, tt.ips, got, tt.want)
			}
		})
	}
}

// TestServeBannerOnLoopback runs the binary as the facilitator did, with a
// code on a loopback address: the banner names that address, not "this
// computer", and says other computers cannot connect.
func TestServeBannerOnLoopback(t *testing.T) {
	cmd := exec.Command(serveBinary(t), "serve", "--listen", "127.0.0.1:0", "--code", "sourdough-42", "--data", t.TempDir())
	cmd.Dir = t.TempDir()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := bufio.NewScanner(stdout)
	var said string
	for lines.Scan() && !strings.HasPrefix(lines.Text(), "Stop with") {
		said += lines.Text() + "\n"
	}
	port := regexp.MustCompile(`open on 127\.0\.0\.1:(\d+)`).FindStringSubmatch(said)
	if port == nil {
		t.Fatalf("no address announced:\n%s", said)
	}
	for _, want := range []string{
		"ssh -p " + port[1] + " NAME@127.0.0.1 (the code is asked as a password)",
		"participants on other computers cannot connect",
	} {
		if !strings.Contains(said, want) {
			t.Errorf("banner lacks %q:\n%s", want, said)
		}
	}
	if strings.Contains(said, "THIS-COMPUTER") {
		t.Errorf("banner names this computer for a loopback address:\n%s", said)
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:2222", true},
		{"127.0.0.2:2222", true},
		{"[::1]:2222", true},
		{"localhost:2222", true},
		{":2222", false},
		{"0.0.0.0:2222", false},
		{"192.168.1.10:2222", false},
		{"example.com:2222", false},
		{"127.0.0.1", false},
	}
	for _, tt := range tests {
		if got := isLoopback(tt.addr); got != tt.want {
			t.Errorf("isLoopback(%q) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

var (
	buildOnce sync.Once
	built     string
	buildErr  error
)

// serveBinary builds the program once for the tests that run it as a
// facilitator would, with real signals.
func serveBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "socialstrategy-serve")
		if err != nil {
			buildErr = err
			return
		}
		built = filepath.Join(dir, "socialstrategy")
		if out, err := exec.Command("go", "build", "-o", built, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return built
}

// lockedBuffer collects output written from another goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// waitFor polls until cond holds, for at most 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestServeSavesOnSIGTERM runs the real binary, as a facilitator would,
// and stops it with SIGTERM while a participant is typing on a page that
// is not saved yet.
func TestServeSavesOnSIGTERM(t *testing.T) {
	data := t.TempDir()
	cmd := exec.Command(serveBinary(t), "serve", "--listen", "127.0.0.1:0", "--data", data)
	cmd.Dir = t.TempDir()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var logs lockedBuffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := bufio.NewScanner(stdout)
	var addr, said string
	for addr == "" && lines.Scan() {
		said += lines.Text() + "\n"
		if m := regexp.MustCompile(`open on (127\.0\.0\.1:\d+)`).FindStringSubmatch(lines.Text()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("no address announced:\n%s", said)
	}
	var rest lockedBuffer
	go io.Copy(&rest, stdout)

	client, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "kari", HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var screen lockedBuffer
	sess.Stdout = &screen
	in, _ := sess.StdinPipe()
	if err := sess.RequestPty("xterm", 40, 100, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	shows := func(s string) func() bool {
		return func() bool { return strings.Contains(ansi.Strip(screen.String()), s) }
	}
	waitFor(t, "the welcome page", shows("Language / Språk"))
	io.WriteString(in, "\r")
	waitFor(t, "the organisation page", shows("What is the organisation called?"))
	// Enter moves to the kind, and enter there takes the business offered
	// and moves to a text field whose help offers a new line: once that
	// shows, every key before it was read.
	io.WriteString(in, "Sigterm Bakery\r\r")
	waitFor(t, "the name to be read", shows("new line"))

	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve after SIGTERM: %v\n%s", err, logs.String())
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("serve took %s to stop, want under 5s", d)
	}
	data2, err := os.ReadFile(filepath.Join(data, "participants", "kari", "plan.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := strategy.Decode("plan.yaml", data2)
	if err != nil || p.Organisation.Name != "Sigterm Bakery" || p.Organisation.Kind != strategy.KindBusiness {
		t.Errorf("plan after SIGTERM = %+v, %v; want the name typed and the kind taken saved", p, err)
	}
	waitFor(t, "the goodbye", func() bool { return strings.Contains(rest.String(), "Every session was saved") })
	waitFor(t, "how to collect", func() bool {
		return strings.Contains(rest.String(), "socialstrategy workshop collect --data "+shellQuote(data)+" -o plans")
	})
	if fi, err := os.Stat(filepath.Join(data, "host_key")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("host key = %v, %v; want mode 0600 in the data folder", fi, err)
	}
	if entries, _ := os.ReadDir(cmd.Dir); len(entries) != 0 {
		t.Errorf("serve wrote to its current folder: %v", entries)
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"./workshop":       "./workshop",
		"/tmp/my room":     "'/tmp/my room'",
		"it's":             `'it'\''s'`,
		"":                 "''",
		"$(rm -rf ~)":      "'$(rm -rf ~)'",
		"kurs/2026-11-30a": "kurs/2026-11-30a",
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}
