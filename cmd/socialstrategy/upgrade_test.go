package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUpgrade(t *testing.T) {
	// upgrade rewrites version 1 files in place, says what changed, leaves
	// current and invalid files as they were, and the document stays the
	// same.
	v1 := readFile(t, filepath.Join("..", "..", "testdata", "v1", "example_en.yaml"))
	twitter := "version: 1\norganisation: {name: Kro, audiences: [Hikers]}\npresence: active\nchannels: [{id: Twitter}]\n"
	dir := workdir(t, map[string]string{
		"old.yaml":     v1,
		"twitter.yaml": twitter,
		"bad.yaml":     invalidPlan,
	})
	before := runBinary(t, dir, "", "render", "old.yaml")
	r := runBinary(t, dir, "", "upgrade", "old.yaml", "bad.yaml", "twitter.yaml")
	if r.code != 1 {
		t.Errorf("upgrade old bad twitter = %d, want 1 (bad.yaml is invalid)", r.code)
	}
	for _, want := range []string{
		"old.yaml: upgraded to version 2\n  version: 1 → 2\n",
		"twitter.yaml: upgraded to version 2\n  version: 1 → 2\n  channels[0].id: Twitter → x\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("upgrade stdout = %q, want it to contain %q", r.stdout, want)
		}
	}
	if !strings.Contains(r.stderr, "bad.yaml:") {
		t.Errorf("upgrade stderr = %q, want the problems in bad.yaml", r.stderr)
	}
	if got := readFile(t, filepath.Join(dir, "bad.yaml")); got != invalidPlan {
		t.Errorf("bad.yaml after upgrade = %q, want it unchanged", got)
	}
	if got := readFile(t, filepath.Join(dir, "old.yaml")); !strings.Contains(got, "\nversion: 2\n") {
		t.Errorf("old.yaml after upgrade has no version 2:\n%s", got)
	}
	if after := runBinary(t, dir, "", "render", "old.yaml"); after.stdout != before.stdout || after.code != 0 {
		t.Errorf("render after upgrade = %d\n%s\nwant 0 and the same document as before:\n%s", after.code, after.stdout, before.stdout)
	}
	if again := runBinary(t, dir, "", "upgrade", "old.yaml"); again.code != 0 || again.stdout != "old.yaml: already version 2; nothing to change\n" {
		t.Errorf("upgrade (again) = %d, %q", again.code, again.stdout)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("upgrade left %d files in the folder, want the 3 it was given (no temporary files)", len(entries))
	}
	if r := runBinary(t, dir, "", "upgrade"); r.code != 2 {
		t.Errorf("upgrade (no files) = %d, want 2", r.code)
	}
}
