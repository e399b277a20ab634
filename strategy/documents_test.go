package strategy

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestDocuments: a document is ours while it holds what was last written;
// edited or someone else's, Write keeps it under a free name first.
func TestDocuments(t *testing.T) {
	dir := t.TempDir()
	d := Documents{Record: filepath.Join(dir, "state", "written")}
	doc := filepath.Join(dir, "strategy.md")
	state := func(want DocState) {
		t.Helper()
		if got, _, err := d.State(doc); err != nil || got != want {
			t.Fatalf("State() = %v, %v; want %v", got, err, want)
		}
	}
	state(DocNew)
	if kept, err := d.Write(doc, []byte("one\n")); err != nil || kept != "" {
		t.Fatalf("Write(new) = %q, %v", kept, err)
	}
	state(DocOurs)
	if kept, err := d.Write(doc, []byte("two\n")); err != nil || kept != "" {
		t.Fatalf("Write(ours) = %q, %v; want nothing kept", kept, err)
	}
	if err := os.WriteFile(doc, []byte("two\nedited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	state(DocEdited)
	for i, want := range []string{"strategy.edited.md", "strategy.edited-2.md"} {
		if err := os.WriteFile(doc, []byte("edited again\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		kept, err := d.Write(doc, []byte("three\n"))
		if err != nil || kept != filepath.Join(dir, want) {
			t.Fatalf("Write(edited) #%d = %q, %v; want %s", i+1, kept, err, want)
		}
		if got, _ := os.ReadFile(kept); string(got) != "edited again\n" {
			t.Errorf("kept %q, want the edited document", got)
		}
	}
	other := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(other, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := d.State(other); got != DocForeign {
		t.Errorf("State(someone else's file) = %v, want DocForeign", got)
	}
	if got, _, _ := d.State(dir); got != DocNew {
		t.Errorf("State(a folder) = %v, want DocNew (writing refuses it)", got)
	}
}

// TestNewestTagged: the newest copy FreeName named, written after the
// file it copies (or with that file missing); other names never.
func TestNewestTagged(t *testing.T) {
	now := time.Now()
	tests := []struct {
		name  string
		files map[string]time.Duration // name: age
		want  string
	}{
		{"none", map[string]time.Duration{"plan.yaml": 0}, ""},
		{"newer", map[string]time.Duration{"plan.yaml": time.Hour, "plan.unsaved.yaml": time.Minute}, "plan.unsaved.yaml"},
		{"older", map[string]time.Duration{"plan.yaml": time.Minute, "plan.unsaved.yaml": time.Hour}, ""},
		{"newest of several", map[string]time.Duration{
			"plan.yaml": 3 * time.Hour, "plan.unsaved.yaml": 2 * time.Hour, "plan.unsaved-2.yaml": time.Minute, "plan.unsaved-3.yaml": time.Hour,
		}, "plan.unsaved-2.yaml"},
		{"answers missing", map[string]time.Duration{"plan.unsaved-2.yaml": time.Hour}, "plan.unsaved-2.yaml"},
		{"other names", map[string]time.Duration{
			"plan.yaml": time.Hour, "plan.unsaved-x.yaml": 0, "plan.unsaved.yaml.bak": 0, "plan.unsaved-.yaml": 0,
			"other.unsaved.yaml": 0, "plan.edited.yaml": 0, "plan.unsaved-2.yml": 0,
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, age := range tt.files {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, []byte("version: 1\n"), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
					t.Fatal(err)
				}
			}
			want := ""
			if tt.want != "" {
				want = filepath.Join(dir, tt.want)
			}
			if got := NewestTagged(filepath.Join(dir, "plan.yaml"), "unsaved"); got != want {
				t.Errorf("NewestTagged = %q, want %q", got, want)
			}
		})
	}
}
