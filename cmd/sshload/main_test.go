package main

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func TestLoopbackOnly(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:2222", true},
		{"127.8.9.10:2222", true},
		{"[::1]:2222", true},
		{"localhost:2222", true},
		{"10.0.0.1:2222", false},
		{"192.168.1.20:2222", false},
		{"example.com:22", false},
		{"127.0.0.1", false}, // no port
	}
	for _, tt := range tests {
		if got := loopback(tt.addr); got != tt.want {
			t.Errorf("loopback(%q) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestConfigBounds(t *testing.T) {
	ok := config{addr: "127.0.0.1:2222", n: 10, sources: 10, rate: 3, typing: time.Second, idle: time.Second, frameTimeout: time.Second}
	if err := ok.check(); err != nil {
		t.Fatalf("check() = %v for a sound config", err)
	}
	for name, c := range map[string]config{
		"remote target":  func() config { c := ok; c.addr = "10.1.2.3:2222"; return c }(),
		"remote metrics": func() config { c := ok; c.metrics = "192.168.0.1:6060"; return c }(),
		"too many":       func() config { c := ok; c.n = maxSessions + 1; return c }(),
		"too fast":       func() config { c := ok; c.rate = 51; return c }(),
		"too long":       func() config { c := ok; c.typing = maxRun; return c }(),
		"stagger < 0":    func() config { c := ok; c.stagger = -time.Second; return c }(),
		"no sources":     func() config { c := ok; c.sources = 0; return c }(),
		"sources beyond": func() config { c := ok; c.sources = 251; return c }(),
		"hostile < 0":    func() config { c := ok; c.hostile = -1; return c }(),
		"many hostile":   func() config { c := ok; c.hostile = maxHostile + 1; return c }(),
		"stagger long":   func() config { c := ok; c.stagger = maxRun; return c }(),
	} {
		if err := c.check(); err == nil {
			t.Errorf("%s: check() = nil, want a refusal", name)
		}
	}
}

// TestStripper: escape sequences split across writes leave only the text.
func TestStripper(t *testing.T) {
	in := "\x1b[31mred\x1b[0m \x1b]11;?\x07plain\x1b]0;title\x1b\\ end\x1b[?25l"
	for cut := range len(in) {
		var st stripper
		got := st.strip(st.strip(nil, []byte(in[:cut])), []byte(in[cut:]))
		if string(got) != "red plain end" {
			t.Fatalf("split at %d: strip = %q, want %q", cut, got, "red plain end")
		}
	}
}

func TestPercentilesAndFailures(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	if got := percentiles(ds); !strings.Contains(got, "p50 51.0 ms") || !strings.Contains(got, "p99 100.0 ms") {
		t.Errorf("percentiles(1..100 ms) = %q", got)
	}
	if err := failures(0, 10, nil); err != nil {
		t.Errorf("failures(0) = %v, want nil", err)
	}
	boom := errors.New("boom")
	if err := failures(2, 10, boom); !errors.Is(err, boom) {
		t.Errorf("failures(2) = %v, want it to wrap the first error", err)
	}
}

func TestHostileKinds(t *testing.T) {
	if got := hostileKinds(5); got != [nKinds]int{2, 1, 1, 1} {
		t.Errorf("hostileKinds(5) = %v, want two huge PTYs and one of each other kind", got)
	}
	if got := hostileKinds(0); got != [nKinds]int{} {
		t.Errorf("hostileKinds(0) = %v, want none", got)
	}
}

func TestKeylog(t *testing.T) {
	start := time.UnixMilli(1_700_000_000_000)
	results := []result{
		{keys: []time.Duration{40 * time.Millisecond, 20 * time.Millisecond}, sent: []time.Time{start.Add(500 * time.Millisecond), start.Add(900 * time.Millisecond)}},
		{err: errors.New("no first frame")},
		{keys: []time.Duration{35500 * time.Microsecond}, sent: []time.Time{start.Add(1250 * time.Millisecond)}},
	}
	name := t.TempDir() + "/keys.csv"
	if err := writeKeylog(name, start, results); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	want := "# typing began at 1700000000000 ms since the Unix epoch\n" +
		"session,sent_ms,latency_ms,kind\n" +
		"0,500.0,40.0,page\n" +
		"0,900.0,20.0,key\n" +
		"2,1250.0,35.5,page\n"
	if string(got) != want {
		t.Errorf("keylog:\n%s\nwant\n%s", got, want)
	}
}
