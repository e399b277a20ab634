package workshop

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

// TestLogName: a name in a log line is quoted once, by the handler, and
// only where it must be; escapes and invisible characters stay visible.
func TestLogName(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"kari", "user=kari"},
		{"Kari Nordmann", `user="Kari Nordmann"`},
		{"eve\x1b[2J", `user=eve\x1b[2J`},
		{"a\u202eb", `user=a\u202eb`},
		{strings.Repeat("x", 50), "user=" + strings.Repeat("x", 40) + "…"},
	} {
		var b bytes.Buffer
		slog.New(slog.NewTextHandler(&b, nil)).Info("m", "user", logName(tc.name))
		if got := strings.TrimSpace(b.String()); !strings.HasSuffix(got, " "+tc.text) {
			t.Errorf("logName(%q) logs %s, want it to end in %s", tc.name, got, tc.text)
		}
	}
}
